"""Which trigger carries the event when triggers govern one another.

"threatened to cut off aid" is a threat and no cut; "lifted the embargo" is an easing and no embargo; what is
demanded has not happened; "reiterated its demand" is the demand; "condemned ISIL's attack on Iraq" is both the
condemnation and the attack; "beat Pakistan in the final" and "denied arming X" state no act of their own
(``no_act``). ``relations.candidates`` asks these questions of each trigger it meets.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Set

from spacy.tokens import Token

from ..ontology import CONFLICT
from .clauses import children, infinitival, party_holders
from .lexicon import table
from .modality import first_conjunct, governors, modality, path_up, said_on
from .rules import Rules


def carries_noun(verb: Token, hits: Mapping[int, tuple], index: Mapping[str, Mapping[str, str]],
                  structural: Set[str], reversals: Mapping[str, Mapping[str, str]] | None = None,
                  cooperative: Set[str] = frozenset()) -> bool:
    """Does the verb only carry an event noun that is the event itself? A statement verb its object ("reiterated
    its demand", "voiced support"; but "approved Sweden's accession" approves: a membership is no act), a
    reciprocal verb its object ("exchanged threats": each side's; but "traded fire" is a phrase of its own), an
    engaging verb its "in" phrase ("engaged in mass killings"), a claim its object or subject ("X claimed the
    bombing", "the attack was claimed by X": X did it, see ``acts.claimant``), a command its object ("ordered the
    expulsion of X": the commander expels), a verb that reverses its object's act ("scrapped duties on US goods" eases
    sanctions, though "scrap" alone reduces relations), a cooperative verb + object trigger the object's own kind of
    cooperation ("deepened security ties": military cooperation, not just better relations)."""
    syn, lemma = table("syntax"), verb.lemma_.lower()

    def nouns(tokens: Iterable[Token]) -> list[Token]:
        return [n for n in tokens if n.i in hits and hits[n.i][1] == "noun"]
    objects = children(verb, {"dobj"})[:1]  # ("delivered missiles, a claim X denied": the first is the object)
    stated = lemma in syn["statement_verbs"] and any(
        hits[n.i][0] not in structural and not any(p.dep_ == "poss" and p.pos_ != "PRON" for p in n.children)
        for c in objects for n in nouns((c, *children(c, {"compound"}))))  # ("approved Sweden's bid": another's act)
    traded = lemma in syn["reciprocal_verbs"] and any(  # ("trading drone, missile and artillery fire": the fire)
        f"{lemma} {n.lemma_.lower()}" not in index["verb"] for n in nouns(t for o in objects for t in (o, *o.conjuncts)))
    engaged = lemma in syn["engaging_verbs"] and bool(nouns(
        o for p in children(verb, {"prep"}) if p.lower_ == "in" for o in children(p, {"pobj"})))
    claimed = lemma in syn["claim_verbs"] and bool(nouns(children(verb, {"dobj", "nsubj", "nsubjpass"})))
    commanded = lemma in syn["command_verbs"] and not children(verb, {"xcomp", "ccomp"}) and any(
        hits[n.i][0] not in structural for n in nouns(objects))  # (but "ordered the mission to leave" asks it)
    own = hits[verb.i][0] in cooperative
    reversed = any((r := (reversals or {}).get(hits[n.i][0], {}).get(lemma)) is not None and (r in cooperative) != own
                   for n in nouns(objects))  # (but "scrapped the deal with X", "cut aid" reduce relations either way)
    kinded = own and any(f"{lemma} {n.lemma_.lower()}" in index["verb"] and hits[n.i][0] in cooperative
                         and hits[n.i][0] != hits[verb.i][0] for n in nouns(objects))
    return stated or traded or engaged or claimed or commanded or reversed or kinded


def intends_other(verb: Token, hits: Mapping[int, tuple], rules: Rules) -> bool:
    """Does the act this promise announces carry an intent of another kind ("vowed to continue the offensive")?

    Only promises are read so: a threat stays a threat whatever it threatens ("threatened to deliver blows").
    """
    own = hits[verb.i][0]
    for obj in children(verb, {"dobj"}):  # "vowed revenge"
        if obj.i in hits and rules.intent(hits[obj.i][0]) not in {None, own}:
            return True
    for comp in children(verb, {"xcomp"}):
        for t in (comp, *children(comp, {"dobj"})):
            if t.i in hits and t.i != verb.i and (rules.intent(hits[t.i][0]) not in {None, own} or responds(t)):
                return True  # ("vowed to respond to India": a threat)
    return False


def governor(tok: Token) -> Token | None:
    """The verb that takes a trigger as its object or complement ("reduced [food supplies]", "stopped [cooperating]"),
    or the noun it modifies as its object ("suspended a [cooperation] programme"); a noun coordinated with another
    has the first one's ("suspended its aid and [budget support]")."""
    if (first := first_conjunct(tok)) is not tok:
        return governor(first)
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        syn = table("syntax")
        if head.lower_ in syn["adjunct_preps"] | syn["means_preps"] | syn["agentive_preps"]:
            return None  # "cut off talks after Pelosi's visit": the visit is not what was cut; "broke the truce with
            # air strikes": the means; "postponed a speech at Kuwait's request": another's act
        head = head.head
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head  # "suspended its participation in the treaty", "stopped the flow of aid": the act
    elif tok.dep_ == "compound" and tok.pos_ == "NOUN" and head.dep_ == "dobj" and head.pos_ == "NOUN":
        head = head.head  # "suspended a cooperation programme with X": the programme's verb
    elif tok.dep_ not in {"dobj", "xcomp", "nsubjpass"}:
        return None
    return head if head.pos_ in {"VERB", "AUX"} and head.i != tok.i else None


def governed_by(tok: Token, hits: Mapping[int, tuple], emitted: Mapping[int, set[str]], event: bool = True,
                 intents: Set[str] = frozenset(), reactions: Set[str] = frozenset(),
                 reversing: Set[str] = frozenset(), commanded: Set[int] = frozenset()) -> bool:
    """True when a trigger that governs ``tok`` already gave a relation that covers it.

    That is a verb taking it as complement or object ("threatened to cut off", "lifted the embargo"),
    or a request anywhere above it in its clause: what X demanded that Y do has not happened, so the
    asked-for act is no claim at all; the request is the event ("demanded that Hamas renounce
    violence"). A structural relation (``event`` false) describes a state of affairs, not an act, and
    is not covered by a request. An intent or threat (``intents``) covers the act in its that-clause. Any other
    trigger does not cover an act whose parties it names ("welcomed the agreement between X and Y", "hosted
    talks between X and Y"), nor an owned act it reacts to ("condemned ISIL's attack"), unless it is one of the
    ``reversing`` verbs ("lifted its veto").
    (A prepositional object of a verb trigger is covered only when it adds no target: see ``candidates``.)
    """
    head = tok.head
    syn = table("syntax")
    parties = [o for h in party_holders(tok) for p in h.children  # "the agreement reached between X and Y"
               if p.dep_ == "prep" and p.lower_ in syn["mutual_preps"] for o in p.children]
    pairs = [c for o in parties for m in (o, *(m for m in o.children if m.dep_ in {"amod", "compound"}))
             for c in m.children if c.dep_ == "conj"]  # ("between X and Y", "between Iranian and American negotiators")
    if pairs and head.i in hits \
            and hits[head.i][0] not in intents and head.lemma_.lower() not in table("modality")["requests"] \
            and modality(head) == "asserted":  # but "ready to host a meeting between X and Y" is no meeting yet
        # "welcomed the agreement between Russia and Ukraine", "hosted talks between X and Y": their own event
        return False
    owned = any(c.dep_ == "poss" for c in tok.children) and hits[head.i][0] not in intents \
        and head.lemma_.lower() not in reversing if head.i in hits else False  # "lifted its veto": no veto stands
    if tok.dep_ == "dobj" and head.i in hits and (hits[head.i][0] in reactions or owned) and hits[tok.i][1] == "noun" \
            and head.lemma_.lower() not in table("modality")["requests"] and modality(head) == "asserted":
        return False  # "condemned ISIL's attack on Iraq": the attack happened, ISIL's own act ("demanded" it did not)
    if tok.dep_ == "dobj" and head.dep_ == "xcomp" and head.lemma_.lower() in syn["light_verbs"]:
        head = head.head  # "threatened to hold a strike": the strike is what was threatened
    if tok.dep_ in {"xcomp", "dobj", "pobj"} and head.i in emitted and hits[head.i][1] == "verb":
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i in emitted \
            and head.head.lemma_.lower() in syn["intent_nouns"]:
        return True  # "a warning of strikes against Iran": the strikes are only threatened
    if tok.dep_ == "ccomp" and head.i in emitted and hits[head.i][0] in intents:
        return True  # "agreed that their countries should cooperate": the agreement is the event
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in syn["cessation_nouns"] and any(
            c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.text[:1].isupper()) for c in tok.children):
        return False  # "called for an end to the regime's attacks on X": the attacks go on; their end is asked for
    requests, wishes = table("modality")["requests"], table("modality")["intentions"]
    path = path_up(tok)
    reporter = [path[-1].head] if path[-1].dep_ == "ccomp" else []  # "reiterated its demand that ..."
    above = governors(path)
    top = path[-1]
    if top.dep_ == "advcl" and infinitival(top) and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in top.children):
        above.append(top.head)  # "called on Iran to use its influence to halt X", the infinitive parsed as an adjunct

    slot = first_conjunct(tok)  # ("wants peace and dialogue with X": the first noun's slot)

    def asks(g: Token) -> bool:  # "wants Iran to halt" asks Iran; "wants to thank Jordan" is a wish of one's own,
        # and so is "wants close cooperation with X"
        own = g.lemma_.lower() in wishes and (not any(c.dep_ in {"dobj", "ccomp"} for c in g.children)
                                              or (slot.dep_ == "dobj" and slot.head.i == g.i))
        own = own or (g.lemma_.lower() in syn["command_verbs"] and slot.head.i == g.i and slot.dep_ == "dobj") \
            or g.i in commanded  # ("ordered the army to drive them out": the commander's own act)
        return g.lemma_.lower() in requests and g.pos_ in {"VERB", "NOUN"} and not own
    if said_on(tok):
        return False  # "told Wang Yi in a phone call that ...": the call is when it was said, not what was asked
    return event and (any(asks(g) for g in above)
                      or any(c.dep_ == "dobj" and c.lemma_.lower() in requests and c.i != tok.i
                             for g in above + reporter for c in g.children))  # a request is not its own request


def _helping_purpose(tok: Token) -> bool:
    """Is ``tok`` an infinitive of purpose that helps ("to reinforce the mission")? The lexicon's ``help_purposes``."""
    return tok.dep_ in {"advcl", "xcomp"} and infinitival(tok) \
        and tok.lemma_.lower() in table("syntax")["help_purposes"]


def helpful(trigger: Token) -> bool:
    """Is the act done to help, by an infinitive of purpose on it or on its object ("send police to Haiti to reinforce
    the mission", "deploy troops to help Somalia")?"""
    return any(_helping_purpose(c) for tok in (trigger, *children(trigger, {"dobj"})) for c in tok.children)


def no_act(tok: Token, relation: str, kind: str, hits: Mapping[int, tuple], rules: Rules) -> bool:
    """Does this trigger state no act of its own, whatever its arguments?

    A forceful word with a contest in its "in"/"at" phrase ("defeated the opposition in the election", "beat
    Pakistan in the final") or a competitor as object ("beat bidders from China"), or with an office as object
    ("took over the bloc's presidency"); the help a deployment is for ("send police to Haiti to reinforce the
    mission": the deployment is the act); a denial of an act it governs ("denied arming the RSF": the arming, negated, is the claim); an aim of one's own ("seeking to join
    the fight": the act is intended, no one is asked); a help to act ("sent troops to help fight X": the fight is
    the act, theirs who help; who is helped is named as object or subject: "assists Iraq to defeat ISIL"); a
    mobilization of civilians or means ("mobilized pressure groups"); a market's demand for goods ("Chinese demand
    for Brazilian soybeans"); a rehearsal ("drills simulating a blockade"); a refusal of a hostile act ("refused to
    condemn Iran" rejects no one: the condemnation, negated, is the claim); a refusal to comment."""
    syn, modal, lemma = table("syntax"), table("modality"), tok.lemma_.lower()
    contest = relation in rules.forceful and any(
        o.lemma_.lower() in syn["contest_nouns"] or any(c.dep_ == "compound" and c.lemma_.lower() in syn["contest_nouns"]
                                                       for c in o.children)
        for h in (tok, *children(tok, {"dobj"})) for p in children(h, {"prep"}) if p.lower_ in syn["contest_preps"]
        for o in children(p, {"pobj"})) or relation in rules.forceful and kind == "verb" and any(
        o.lemma_.lower() in syn["competitor_nouns"] for o in children(tok, {"dobj"}))  # "beat bidders from China"
    # "took over the bloc's presidency" (but "raided offices", "attacked border posts" are places)
    office = relation in rules.forceful and kind == "verb" and any(
        o.lemma_.lower() in syn["office_nouns"] and o.tag_ != "NNS" for o in children(tok, {"dobj"}))
    market = kind == "noun" and lemma in syn["market_nouns"] and any(  # "Chinese demand for Brazilian soybeans"
        o.lemma_.lower() in syn["commodity_nouns"] for p in children(tok, {"prep"}) if p.lower_ == "for"
        for o in children(p, {"pobj"}))
    purpose = kind == "verb" and _helping_purpose(tok) and tok.head.i in hits \
        and hits[tok.head.i][0] in rules.postures  # "send police to reinforce the mission": the sending is the act
    # "drills simulating a blockade of Taiwan", "practising how to cut the island off": a rehearsal, no act
    rehearsed = any(h.lemma_.lower() in syn["simulation_verbs"] for h, _ in zip(tok.ancestors, range(3)))
    if contest or market or office or purpose or rehearsed or kind != "verb":
        return contest or market or office or purpose or rehearsed
    denial = lemma in modal["fact_denials"] and any(c.i in hits for c in children(tok, {"xcomp", "ccomp", "pcomp"}))
    aim = relation not in rules.intent_relations | rules.structural and lemma in modal["intentions"] \
        and bool(children(tok, {"xcomp"})) and not children(tok, {"dobj", "dative", "prep"})
    helping = lemma in syn["helping_words"] and not children(tok, {"dobj"}) and any(
        c.i in hits and hits[c.i][1] == "verb" and not children(c, {"nsubj"}) for c in children(tok, {"xcomp", "ccomp"}))
    civil = lemma in syn["mobilizing_verbs"] and any(  # "mobilized pressure groups", "mobilize support": no force
        o.lemma_.lower() in syn["civil_means"] or table("generic_actors").get(o.lower_) == "Organization"
        for o in children(tok, {"dobj"}))
    # "did not rule out sanctions": no rejection; the sanctions stay open (an intent, see ``modality``)
    open_ = lemma in modal["reluctance"] and modality(tok) == "negated"
    # "refused to condemn Iran", "refused to sanction Russia": no rejection of whom a hostile act spares
    spared = relation in rules.rejections and any(  # ("refused to join sanctions against X": the sanctions' too)
        d.i in hits and rules.ontology.relation(hits[d.i][0]).quad_class in CONFLICT
        for c in children(tok, {"xcomp"})
        for d in ((c,) if c.i in hits and hits[c.i][0] not in rules.structural else [
            o for o in children(c, {"dobj"}) if not any(g.dep_ == "poss" or (g.dep_ == "prep" and (
                g.lower_ == "by" or g.lower_ in syn["source_preps"])) for g in o.children)]))
    # (but "refused to host CSTO exercises" rejects the CSTO: the hosting is the refused act; "refused to answer a
    # demand from X" rejects X: the demand is X's)
    silent = relation in rules.rejections and any(  # "declined to comment on the Chinese exercises": no rejection
        c.lemma_.lower() in syn["comment_verbs"] for c in children(tok, {"xcomp"}))
    return denial or aim or helping or civil or open_ or spared or silent


def responds(trigger: Token) -> bool:
    """Is the act a response in kind ("would respond with full force to any attack", "vowed to respond to India"), not
    a reply to words ("will respond to the proposal", "responded to the letter")?"""
    syn = table("syntax")
    if trigger.lemma_.lower() not in syn["response_verbs"]:
        return False
    answered = [o for p in children(trigger, {"prep"}) if p.lower_ == "to" for o in children(p, {"pobj"})]
    words = {*syn["speech_acts"], *syn["proposal_nouns"], *syn["policy_nouns"], *syn["reply_nouns"]}
    return not any(o.lemma_.lower() in words for o in answered)


def adjunct_of_act(tok: Token, hits: Mapping[int, tuple]) -> bool:
    """Is the noun ``tok`` in a phrase on the clause of a verb trigger, or of a participle on one ("struck 60 targets,
    using warplanes, in retaliation for ..."), so that it tells of that verb's act, not of one between its subjects?
    (A caller keeps cooperation nouns apart: "X and Y agreed in talks in Istanbul" did talk to each other.)"""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    h = tok.head.head
    while True:
        if h.i in hits and hits[h.i][1] == "verb":
            return True
        if h.dep_ not in {"advcl", "xcomp", "conj"} or h.head.i == h.i:
            return False
        h = h.head
