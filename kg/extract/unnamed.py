"""What a noun that names no actor itself stands for: a pair or group description, the agent of an act, a
national group, whoever carried out, backed or owns what the noun names, the noun it stands in apposition to,
or the ones a plural relational noun ("its allies") stands for (office nouns are ``holders``'s).

``Arguments.one`` asks this last, once names, pronouns, titles, modifiers and places have given nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..resolve import PERSON
from . import acts, anaphora, groups, members, offices
from .lexicon import ordered, table

if TYPE_CHECKING:
    from ..gazetteer import Actor
    from .arguments import Arg, Arguments


def agentive(verb: Token, *lists: str) -> bool:
    """Is ``verb``, as a participle on an act noun, one whose "by" names the act's agent ("carried out by the rebels"),
    not a reaction to it ("condemned by the UN")? The lemma, or the word less its ending (a lemmatizer may miss),
    in one of the lexicon's ``lists`` (by default ``agent_verbs``)."""
    words = {w for name in lists or ("agent_verbs",) for w in table("syntax")[name]}
    return bool({verb.lemma_.lower(), verb.lower_[:-1], verb.lower_[:-2]} & words)


def relational_group(args: Arguments, t: Token, generic: bool) -> list[Arg]:
    """Who a plural relational noun stands for: the ones named in apposition ("Iran's Gulf rivals, Saudi Arabia and
    the UAE"; but "its backers, notably Russia" are members, see ``members``), an organisation's members ("its NATO
    allies"), the two named before ("both allies"), or a group of its own ("our partners", "Russia's allies": neither
    we nor Russia); empty when none applies."""
    syn = table("syntax")
    listed = members.member_tokens(t)
    named = [a for c in t.children if c.dep_ == "appos" and c not in listed
             for x in (c, *c.conjuncts) for a in args.one(x, False)]
    if named:
        return named
    named = [a for c in t.children if c.dep_ in {"compound", "nmod"} for a in args.one(c, False)]
    if named and all(a[0].cls != "State" for a in named):
        return named
    if generic and any(c.lower_ in syn["pair_words"] for c in t.children):
        return anaphora.described(args, t, besides={a[1] for a in named})  # ("the two U.S. allies": not the US)
    if generic and [c.lower_ for c in t.children] == ["the"]:  # "Iran and Saudi Arabia ... the rivals": those two
        found = anaphora.counted(args, t, 2)
        if found:
            return found
    if generic and t.lower_ in args.generic:
        return [args.generic_entity(t)]
    return []


def stand_in(args: Arguments, t: Token, generic: bool) -> list[Arg]:
    """The actors the noun ``t`` stands for when it names none; ``generic`` admits generic nouns and descriptions."""
    syn = table("syntax")
    pair = any(c.lower_ in syn["pair_words"] for c in t.children)
    if generic and t.lower_ in syn["party_nouns"] and pair and t.lower_ in args.generic:
        found = anaphora.described(args, t)  # "the two leaders": the two just named, not a generic group
        if found:
            return found
    found = groups.group_described(args, t) if generic else []
    if found:  # "this terrorist organization", "the group said": the group named before
        return found
    counted = any(c.dep_ == "nummod" for c in t.children)
    if (t.lower_ in syn["bare_people"] or counted and t.lower_ in syn["counted_people"]) and not any(
            c.dep_ in {"amod", "compound", "poss", "prep", "det", "nmod"} for c in t.children):
        return []  # "killing 14 people", "killing three fighters": the victims counted, no actor
    if generic and t.lower_ in args.generic:
        led = [a for v in t.children if v.dep_ == "acl" and v.lemma_.lower() == "lead" for g in v.children
               if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj" for a in args.one(o, False)
               if a[0].cls == PERSON] if t.lemma_.lower() in syn["headed_parties"] and not args.modifiers(t) else []
        if led:  # "The delegation, led by X, held talks with Y": X did
            return [args.corefer(t, led[0])]
        of = [a for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj" for a in args.one(o, False)]
        if of and of[0][0].cls == PERSON and t.lemma_.lower() in syn["government_nouns"] and args.gaz:
            place = offices.seat(args.gaz, of[0][1])  # "the government of President Vucic" is Serbia's
            of = [args.synthetic(t, place.id, place.cls)] if place is not None else []
        start = next(u for u in t.subtree if u.dep_ not in {"det", "predet"})
        of = [args.widened(start, a) for a in of if a[0].cls != PERSON]  # the mention spans "ministers of the EU"
        # "the government of Iraq" is Iraq, as "the Iraqi government" is; "the ministers" those named before
        return of or repeated(args, t) or government(args, t) or [args.generic_entity(t)]
    if generic and t.lemma_.lower() in args.acts and t.dep_ in {"dobj", "pobj"}:
        claimed = acts.claimant(args, t)  # "condemned the bombing, for which X claimed responsibility": X's
        if claimed:
            return claimed
    acting = t.dep_ == "nsubj" or (t.dep_ == "pobj" and t.head.dep_ == "agent")  # "killed by an airstrike"
    if generic and acting and t.lemma_.lower() in args.acts:
        # "two strikes destroyed ...": the group that made them, whoever claimed them, or conducted them
        definite = any(c.dep_ == "det" and c.lower_ in syn["description_determiners"] for c in t.children)
        # ("Israel struck Yemen. The strikes drew ...": a definite act noun, also whoever did the verb)
        agent = args.groups(t) or acts.claimant(args, t) or acts.agent_of_act(args, t, verbs=definite)
        if agent:
            return agent
    if generic and t.lower_ in syn["description_nouns"] and t.dep_ != "compound" and any(
            c.dep_ in {"det", "predet"} and c.lower_ in syn["description_determiners"] for c in t.children):
        if t.tag_ in {"NNS", "NNPS"} and not pair and t.lower_ not in syn["fixed_groups"]:
            named = any(c.dep_ in {"amod", "compound"} and c.text[:1].isupper() for c in t.children)
            return [args.generic_entity(t, "Organization")] if named else []  # "the Baltic states": a group
        return anaphora.described(args, t)  # "the Asian giant", "the two countries"
    if generic and t.lower_ in syn["description_nouns"] and t.tag_ in {"NNS", "NNPS"} and not any(
            c.dep_ in {"det", "predet", "nummod"} for c in t.children) and any(
            c.dep_ in {"amod", "compound"} and c.text[:1].isupper() for c in t.children):
        return [args.generic_entity(t, "Organization")]  # "Western powers", "Coalition nations": a group
    if generic and t.lower_ in syn["anaphoric_acts"] and (t.dep_ in {"dobj", "pobj"} or _subjunctive(t)) and any(
            c.dep_ == "det" and c.lower_ in syn["description_determiners"] for c in t.children) and not any(
            c.dep_ == "prep" and c.lower_ != "as" and not any(o.ent_type_ in {"DATE", "TIME"} for o in c.children)
            for c in t.children):  # ("condemned the move as illegal": a label; "the accusations within hours": when)
        # "Israeli troops raided the camp. ... condemned the raid"; else "North Korea fired missiles. Seoul
        # condemned the launch." (the subject of the sentence before)
        agent = acts.agent_of_act(args, t, verbs=True, named=True)
        if not agent and acts.own_kin(t):
            return []  # "Russia and China, which signed the deal": its other parties, if named before, else no one
        generic_act = t.lemma_.lower() in syn["policy_nouns"]  # ("those moves": of any act, not only one of force)
        agent = agent or acts.last_speaker(args, t) or (
            [] if generic_act else acts.last_act_agent(args, t)) or acts.previous_subject(args, t)
        if agent:
            return agent
    if generic and t.lower_ in syn["anaphoric_acts"] and t.dep_ == "nsubj" and t.lemma_.lower() in args.acts and any(
            c.dep_ == "det" and c.lower_ in syn["description_determiners"] for c in t.children):
        # "Russia fired missiles at Ukraine. The strikes hit power plants": whoever struck
        return acts.agent_of_act(args, t, verbs=True, named=True) or acts.last_act_agent(args, t)
    if generic and t.pos_ == "NOUN":  # "ships linked to Israel", "firms tied to the Kremlin": whom they are tied to
        found = [a for v in t.children if v.dep_ == "acl" and agentive(v, "association_verbs")
                 and not any(c.dep_ == "dobj" for c in v.children)  # ("roads connecting it to X": they tie no one)
                 for p in v.children if p.dep_ in {"prep", "agent"} for o in p.children if o.dep_ == "pobj"
                 for a in args.one(o, False)]
        if found:
            return found
    if t.lower_ in syn["possession_nouns"]:  # "fired at the vessels of the Philippines": their owner
        found = [a for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" for a in args.one(o, generic)]
        if found:
            return found
    if generic and (t.ent_type_ == "NORP" or t.pos_ == "PROPN" and _demonym_state(args, t) is not None):
        # ("arrested five Nigeriens", taken for a person's name by the NER)
        state = _people_state(args, t)
        if state:
            return [state]
        group = args.generic_entity(t, "Organization")
        actor = _demonym_state(args, t)
        if actor is not None:  # "ten detained Americans": people of the United States
            args.nationality[group[1]] = actor.id
        return [group]
    if generic and t.pos_ == "NOUN":  # "violations by the army", "the removal of the president"
        topics = [o for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"] \
            if t.lemma_.lower() in syn["policy_nouns"] else []  # "a law on foreign agents backed by X", hung on "agents"
        for acl in [c for c in t.children if c.dep_ == "acl" and agentive(c, "agent_verbs", "authorship_verbs", "holding_verbs")] \
                + [c for o in topics for c in o.children if c.dep_ == "acl" and agentive(c, "authorship_verbs")]:
            # "sanctions imposed by the EU", "a law backed by the ruling party", "tankers captured by the navy"
            found = [a for ag in acl.children if ag.dep_ == "agent" for o in ag.children if o.dep_ == "pobj"
                     for a in args.one(o, True)]  # "by the ruling party"
            if found:
                return found
        eventive = t.lower_.endswith(tuple(syn["event_noun_suffixes"]))
        for word in ordered("syntax", "argument_preps"):  # in priority order
            if word != "by" and not eventive:
                continue  # "the nature of the predicament" names no act, so no actor
            found = [a for p in t.children if p.dep_ == "prep" and p.lower_ == word
                     for o in p.children if o.dep_ == "pobj" for a in args.one(o, False)]
            if found:
                return found
    if generic and t.lower_ in syn["anaphoric_acts"]:  # "Russia annexed Crimea, a move condemned by the EU": Russia's
        found = acts.summed_up(args, t)
        if found:
            return found
    if generic and t.dep_ == "appos" and t.head.i != t.i:  # "Moscow ... — a move that will ...": the same
        return args.one(t.head, False)
    return []


def _subjunctive(t: Token) -> bool:
    """Is ``t`` the subject of a mandative clause ("demanded that the drills be cancelled": what is asked of their
    agent), a bare "be" and no modal or tense of its own?"""
    verb = t.head
    return t.dep_ == "nsubjpass" and verb.dep_ == "ccomp" and not any(c.dep_ == "aux" for c in verb.children) \
        and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)


def repeated(args: Arguments, t: Token, window: int = 1500) -> list[Arg]:
    """The actor a bare definite noun stood for when it was last written with more: "the foreign ministers of the EU
    ... the ministers" (the EU), "Secretary Blinken ... the Secretary" (Blinken), "Egypt's foreign ministry ... the
    ministry" (that ministry)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(
            c.dep_ in {"amod", "compound", "poss", "prep", "nummod", "nmod"} for c in t.children):
        return []
    for j in range(t.i - 1, -1, -1):
        u = args.doc[j]
        if t.idx - u.idx > window:
            break
        if u.lemma_.lower() != t.lemma_.lower():
            continue
        titled = args.by_token.get(u.i) or (args.by_token.get(u.head.i) if u.dep_ == "compound" else None)
        if titled is not None and titled.cls == PERSON:  # "Secretary Blinken"
            return [args.corefer(t, (titled, args.ids[titled]))]
        of = [a for p in u.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
              for a in args.one(o, False) if a[0].cls != PERSON]
        if of:  # "the foreign ministers of the EU"
            return [args.corefer(t, of[0])]
        if u.lower_ in args.generic and u.i not in args.by_token and t.text.islower() and args.modifiers(u):
            # "Egypt's foreign ministry said ... the ministry warned" (not a name: "the Coalition")
            found = args.one(u, True)
            if found:
                return [args.corefer(t, found[0])]
    return []


def half(args: Arguments, t: Token) -> list[Arg]:
    """The state "the North" or "the South" names: the other half of a divided state named before ("South Korea")."""
    if t.lower_ not in table("syntax")["halves"] or not t.text[:1].isupper() or args.gaz is None or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return []
    for m in reversed(args.ordered):
        words = m.text.split()
        if m.start < t.idx and m.cls == "State" and len(words) == 2 and words[0].lower() in table("syntax")["halves"] \
                and words[0].lower() != t.lower_:
            other = args.gaz.lookup(f"{t.text} {words[1]}")
            if other is not None and other.cls == "State":
                return [args.synthetic(t, other.id, other.cls)]
    return []


def each_other(verb: Token) -> bool:
    """Does the verb act on "each other" or "one another": its object, a prepositional object, or its object's
    possessor ("expelled each other's diplomats")?"""
    pairs = table("syntax")["reciprocals"]
    slots = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    slots += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    slots += [p for d in slots for p in d.children if p.dep_ == "poss"]
    return any(t.i > 0 and f"{t.doc[t.i - 1].lower_} {t.lower_}" in pairs for t in slots)


def government(args: Arguments, t: Token, window: int = 2000) -> list[Arg]:
    """The state a bare "the junta", "the regime" or "the interim government" stands for: the last one named with a
    government so described ("Mali's military government ... the junta": Mali)."""
    words = table("syntax")["government_descriptions"]
    bare = not any(c.dep_ in {"compound", "poss", "prep", "nmod"} or (c.dep_ == "amod" and (
        c.text[:1].isupper() or c.i in args.by_token)) or (c.dep_ in {"acl", "relcl"} and any(
        a[0].cls == "State" for u in c.subtree for a in args.one(u, False))) for c in t.children)
    # ("the transitional government" is bare; "the junta then ruling Greece" says whose it is)
    if t.lower_ not in words or not bare or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return []
    verb = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "poss" and t.head.dep_ == "dobj" else None
    doers = [s for s in (verb.children if verb is not None else ()) if s.dep_ == "nsubj"]
    doers = [verb.head if s.tag_ == "WP" and verb.dep_ == "relcl" else s for s in doers]
    seats = [state for s in doers for a in args.one(s, False)
             if (state := anaphora.person_state(args, t, a)) is not None]
    if seats:  # "X, who heads the government", "X criticised the government's plans": the state X holds office in
        return seats[:1]
    own = _speaker_state(args, t) if t.lower_ in table("syntax")["own_government_words"] and not any(
        c.dep_ == "amod" for c in t.children) else None
    if own is not None:  # "An Iraqi official said the government had briefed X": the speaker's own
        return [args.corefer(t, own)]
    described = " ".join([c.lower_ for c in t.children if c.dep_ == "amod" and c.i < t.i] + [t.lower_])
    forces = table("syntax")["ruling_forces"].get(described, ())  # "Myanmar's military ... the junta" (or "the
    # military government")
    for j in range(t.i - 1, -1, -1):
        u = args.doc[j]
        if t.idx - u.idx > window and not forces:  # (a ruling military is the junta's however far back)
            break
        near = t.idx - u.idx <= window
        states = [a for a in args.modifiers(u) if a[0].cls == "State"] if (
            u.lower_ in words and near) or u.lower_ in forces else []
        if states:
            return [args.corefer(t, states[0])]
    return anaphora.described(args, t)  # else, as "the country", the state named just before


def _speaker_state(args: Arguments, t: Token) -> Arg | None:
    """The state of whoever reports the clause ``t`` is the subject of, when a nationality or the gazetteer says it ("An
    Iraqi official said the government ..."); None outside reported speech or for a speaker of no known state."""
    speaker = args.attr.speaker(t)
    if speaker is None or speaker.i == t.i or t.dep_ not in {"nsubj", "nsubjpass"} \
            or not any(a.dep_ == "ccomp" for a in t.ancestors):
        return None  # (the reported clause's subject: not "X said ... and urged the authorities to ...")
    for a in args.one(speaker, True):
        state = args.body_state(a)  # the speaker itself, or the state its body or nationality names
        state = state if state[0].cls == "State" else anaphora.person_state(args, t, a)
        if state is not None:
            return state
    return None


def _people_state(args: Arguments, t: Token) -> Arg | None:
    """The state "the Saudis" or "the Iranians" stand for in political news: a plural of a state's demonym, with
    "the" and nothing else ("Iranians protested", "ethnic Russians" are people)."""
    if t.tag_ not in {"NNPS", "NNS"} or [c.lower_ for c in t.children if c.dep_ != "prep"] != ["the"]:
        return None
    actor = _demonym_state(args, t)
    return args.synthetic(t, actor.id, actor.cls) if actor is not None else None


def _demonym_state(args: Arguments, t: Token) -> Actor | None:
    """The state whose demonym ``t`` is the plural of ("Americans", "Iranians"), else None."""
    if args.gaz is None or not t.text.endswith("s") or args.gaz.form(t.text[:-1]) != "demonyms":
        return None
    actor = args.gaz.lookup(t.text[:-1])
    return actor if actor is not None and actor.cls == "State" else None
