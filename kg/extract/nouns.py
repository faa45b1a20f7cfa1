"""The arguments of an event noun: who did it (possessor, group, claimant, the one helped, or the
subject it borrows from its clause) and to whom (its prepositional target, or the target hanging
on its means)."""
from __future__ import annotations

from spacy.tokens import Token

from . import acts
from ..resolve import PERSON
from .arguments import THINGS, Arg, Arguments
from .attribution import accusation, is_reporting
from .clauses import (NOUN_SLOT, OBJ, PASSIVE_SUBJ, SUBJ, by_agents, children, party_holders, phrase_objects,
                      prep_objects, staged_objects, subjects, suffering)
from .lexicon import table
from .modality import intention_word
from .phrases import undergoers
from .unnamed import agentive


def noun_arguments(noun: Token, args: Arguments, places: frozenset[str] = frozenset(),
                   third_party: bool = False, borrow: bool = True, friendly: bool = False,
                   verbal: bool = True, spots: bool = False, joint: bool = False) -> tuple[list[Arg], list[Arg]]:
    """(subjects, objects) of an event noun: possessor or governing clause's subject; its prepositional target.

    A noun that modifies another ("a mediation mission between X and Y") takes that noun's arguments.
    ``third_party``: the parties a "between" phrase names are the targets, not the subjects (mediation);
    ``borrow``: the governing verb's subject may act the noun ("launched an attack"), which is false when
    that verb is an event of its own ("condemned the attack": the condemner did not attack); ``friendly``: a
    cooperative act, whose "against" names an enemy, not its partner; ``verbal``: an act that speaks to someone, so
    that "despite criticism" is aimed at the clause's subject (a material act "amid" a clause is not); ``spots``: an
    act that may target a place, when it names no actor ("the shelling of Kharkiv"); ``joint``: the governing verb is
    an act of the same kind, the noun its purpose ("visited Moscow for talks with Putin": the visitor talks, not
    Moscow; but "blamed Israel for the bombing": Israel bombed).
    """
    syn = table("syntax")
    hostile = syn["enemy_preps"] - places if friendly else frozenset()  # unless the relation names it a target
    mutual = syn["mutual_preps"]
    relational = noun.lemma_.lower() in syn["relational_nouns"]
    head = noun
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and not relational:
        noun = noun.head  # the phrase's head carries the arguments
    preps = syn["noun_object_preps"] - syn["source_preps"] - mutual - hostile
    if friendly and verbal:  # "a meeting on Syria", "talks about Iran": a topic, not a partner
        preps -= frozenset(syn["topic_preps"])
    if not verbal and not spots:  # "a tariff imposed by Washington over the prosecution of X": a cause, no target
        preps -= frozenset(syn["cause_preps"])
    intent = noun.lemma_.lower() in syn["intent_nouns"]  # "threats of retaliation from X": the act is no target
    objects = prep_objects(noun, preps - ({"of"} if intent else set()), args) \
        or prep_objects(noun, places - preps - mutual - hostile, args)

    def at_topic(found: list[Arg], holder: Token) -> list[Arg]:
        """"a complaint with the UN over Israeli violations": at Israel; the UN only hears it."""
        if not verbal or friendly or len(found) < 2:
            return found
        topical = prep_objects(holder, frozenset(syn["topic_preps"]), args)
        return [o for o in found if o in topical] or found

    objects = at_topic(objects, noun)
    if verbal:  # "concern over Castillo's removal": at whoever removed him, not at him
        suffered = suffering(args, noun)
        objects = [o for o in objects if o not in suffered]
    patients = undergoers(args, noun)  # "ordered Castillo's arrest": Castillo is arrested
    objects = objects or patients
    if not objects and noun.dep_ == "pobj" and noun.lemma_.lower() in syn["company_nouns"]:
        # "stood in solidarity with Poland", the "with" hung on the verb: the company is the noun's partner
        objects = [a for p in children(noun.head.head, {"prep"}) if p.lower_ == "with" and p.i == noun.right_edge.i + 1
                   for o in children(p, {"pobj"}) for a in args.actors(o)]
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i != first.i:
        first = first.head
    if not objects and first.i != noun.i:  # "a missile and drone attack on X", the "on" hung on the first conjunct
        objects = prep_objects(first, preps, args)
    probed = [o for p in children(noun, {"prep"}) if p.lower_ == "into" for o in children(p, {"pobj"})]
    if not objects and probed and any(p.lower_ == "by" and p.i > probed[0].i for p in children(noun, {"prep"})):
        objects = prep_objects(noun, frozenset({"by"}), args)  # "an inquiry into war crimes by X": the crimes' agent
    if noun.lemma_.lower() in syn["volley_nouns"]:  # "a barrage of missiles": the means, not the target
        means = [a for a in prep_objects(noun, frozenset({"of"}), args) if a[0].cls == "WeaponSystem"]
        objects = [o for o in objects if o not in means]
    if not objects and intent:
        # "threats of sanctions on Chinese banks", "the threat of war with Iran": the act's own target
        inner_acts = phrase_objects(noun, "of")
        objects = [a for o in inner_acts for a in prep_objects(o, preps - {"of"}, args)]
    if not objects:  # "its ban on arms sales to Vietnam", "curbs on exports from China": whom the trade is with
        objects = [a for o in staged_objects(noun, {"on"}) if o.pos_ == "NOUN"  # ("imposed curbs on X")
                   for a in prep_objects(o, syn["partner_preps"], args)]
    if not objects and noun.dep_ == "dobj":  # "conducted strikes using drones against X": the target hangs on the means
        objects = [a for u in children(noun.head, {"advcl", "xcomp"}) if u.lemma_.lower() in syn["instrument_verbs"]
                   for d in children(u, {"dobj"}) for o in (d, *d.conjuncts) for a in prep_objects(o, preps, args)]
    if relational:  # "our ally Turkey": the name is the ally, "our" the other side
        named = [a for c in noun.children if c.dep_ in {"compound", "appos", "nmod"} for a in args.actors(c, generic=False)]
        if noun.dep_ in {"compound", "appos"}:  # "our ally Turkey" parsed with "ally" modifying "Turkey"
            named += args.actors(noun.head, generic=False)
        if not named and noun.i + 1 < len(noun.doc) and noun.i + 1 in args.by_token:  # the name right after it
            named = args.actors(noun.doc[noun.i + 1], generic=False, expand=False)
        attr = noun.head if noun.dep_ == "conj" and noun.head.dep_ == "attr" else noun  # "no longer X but our partner"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" \
                and noun.head.head.dep_ == "attr":
            attr = noun.head.head  # "Pakistan is one of China's closest allies"
        if not named and attr.dep_ == "attr" and attr.head.pos_ in {"AUX", "VERB"}:
            named = subjects(attr.head, args)  # "Russia is North Korea's patron", "China became the lifeline of Iran"
            objects = [] if named else objects  # (whose: the possessor, or the "of" phrase, below)
        objects = objects or named
    clauses = children(noun, {"acl", "ccomp"})
    if noun.dep_ == "dobj":  # "reiterated its demand today that Israel withdraw": the clause hangs off the verb
        clauses += [c for c in children(noun.head, {"advcl", "ccomp"}) if c.i > noun.i]
    for clause in clauses if not objects else ():  # "the demand that Israel withdraw"
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            objects = [a for s in children(clause, SUBJ | PASSIVE_SUBJ) for a in args.actors(s)]
    said = noun.head if noun.dep_ == "conj" else noun  # ("X, Pakistan's closest ally and its main supplier")
    role = noun.lemma_.lower() in syn["role_nouns"] and said.dep_ in {"appos", "attr"}
    if role:  # "China, Pakistan's main supplier of arms": Pakistan is supplied, the arms are the goods
        objects = [o for o in objects if o[0].cls not in THINGS] or [
            a for c in children(noun, {"poss"}) for a in args.actors(c)]
    subjects_ = [a for a in args.modifiers(noun) or args.groups(noun)
                 if a not in objects and a not in patients]  # "coalition operations"
    if role and not subjects_ and said.dep_ == "attr" and said.head.pos_ in {"AUX", "VERB"}:
        subjects_ = [a for a in subjects(said.head, args) if a not in objects]  # "Russia is India's largest supplier"
    if relational and not subjects_ and noun.dep_ == "attr":  # "the lifeline of Iran's economy": Iran's
        subjects_ = [a for a in prep_objects(noun, frozenset({"of"}), args) if a not in objects]
    if relational and not subjects_ and noun.dep_ == "appos":  # "Pakistan, a close ally of China": Pakistan
        subjects_ = [a for a in named if a not in objects]
    if not subjects_ and said.dep_ == "appos" and noun.lemma_.lower() in syn["role_nouns"]:
        subjects_ = [a for a in args.actors(said.head, expand=False) if a not in objects]  # "China, a major buyer
        # of Ukrainian corn": China buys
    for v in children(noun, {"acl"}) if not subjects_ else ():
        # "the rally staged by the opposition", "strikes carried out by Israel on Syria" (the target may hang on it)
        if agentive(v):
            subjects_ = [a for a in by_agents(v, args) if a not in objects]
            objects = objects or [a for a in prep_objects(v, preps, args) if a not in subjects_]
    if subjects_ and noun.dep_ == "dobj" and noun.head.lemma_.lower() in syn["accompany_verbs"]:
        # "Turkey joined Russia's fight against X": the one who joins acts too
        subjects_ += [a for a in subjects(noun.head, args) if a not in subjects_ and a not in objects]
    joined = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in syn["accompany_preps"] else None
    if joined is not None and joined.dep_ == "dobj" and joined.head.lemma_.lower() in syn["accompany_verbs"]:
        joined = joined.head  # "joined X and partners for talks", the "for" hung on the ones joined
    if not subjects_ and not objects and joined is not None and joined.lemma_.lower() in syn["accompany_verbs"]:
        # "Johnson joined Kerry for talks on Syria": the one who joins and the one joined hold them together
        subjects_ = subjects(joined, args) + [a for o in children(joined, {"dobj"}) for a in args.actors(o)]
    helper = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in syn["helping_preps"] else None
    if helper is not None and helper.pos_ in {"VERB", "AUX"} and helper.lemma_.lower() not in syn["helping_words"]:
        # "reiterated its support for Iraq in the fight against ISIL", the "in" hung on the verb: the support's
        helper = next((o for o in children(helper, {"dobj"}) if o.lemma_.lower() in syn["helping_words"]), helper)
    if not subjects_ and helper is not None and helper.lemma_.lower() in syn["helping_words"]:
        # "supports Ukraine in the fight against X", "its support for Ukraine in the fight": the one helped acts
        helped = [a for o in children(helper, {"dobj"}) for a in args.actors(o)] if helper.pos_ in {"VERB", "AUX"} else []
        helped = helped or prep_objects(helper, syn["noun_object_preps"] - syn["enemy_preps"] - syn["source_preps"], args)
        subjects_ = [a for a in helped if a not in objects]
    if noun.dep_ == "pobj" and noun.head.lower_ in syn["agentive_preps"]:
        # "with the support of Turkey, the rebels ...", "at Poland's request": the of-phrase (or the possessor) gives,
        # the clause's subject receives (but "had sought to stabilise ties at their meeting": their own)
        givers: list[Arg] = []
        if not subjects_:
            givers = prep_objects(noun, frozenset({"of"}), args)
        elif not objects and noun.lemma_.lower() in syn["bidding_nouns"]:
            givers = [a for c in children(noun, {"poss"}) for a in args.actors(c)]
        clause = noun.head.head
        takers = subjects(clause, args) if givers and clause.pos_ in {"VERB", "AUX"} else []
        if givers and not all(g[0].cls in THINGS for g in givers) and not set(givers) & set(takers):
            return givers, takers
    if not subjects_ and noun.dep_ == "dobj" and noun.head.lemma_.lower() in syn["switching_verbs"]:
        # "switched recognition from Taiwan to China": the switcher's, its "from" phrase whom it is taken from
        subjects_ = [a for a in subjects(noun.head, args) if a not in objects]
    subjects_ = subjects_ or [a for a in prep_objects(noun, syn["source_preps"], args) if a not in objects] \
        or acts.claimant(args, noun)
    slot = first if first.dep_ == "dobj" else noun  # "launched artillery, mortar and rocket fire": the first's slot
    gov = slot.head
    if any(c.dep_ == "poss" for c in noun.children) and not (patients and gov.lemma_.lower() in syn["command_verbs"]):
        borrow = False  # "after Pelosi's visit": the possessor acts, whether or not it names an actor (but "ordered
        # Castillo's arrest": the one who orders arrests him)
    # ("airstrikes, including strikes against X": "including", tagged a verb, on an act noun)
    if (gov.pos_ == "ADP" or (gov.dep_ == "prep" and gov.head.lemma_.lower() in args.acts)) and noun.dep_ == "pobj":
        while gov.dep_ == "conj" and gov.head.pos_ == "ADP":  # "coordinated with and in support of X"
            gov = gov.head
        gov = gov.head
        if gov.dep_ == "parataxis" and is_reporting(gov):  # "X struck Y, the army said, in retaliation for ...": X's
            gov = gov.head
        amount = gov.pos_ == "NUM" or (gov.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in gov.children))
        if amount and gov.dep_ in NOUN_SLOT:
            # "gave Ghana 5 million dollars of aid", "granted $50 million in aid": the amount stands in the noun's slot
            gov, slot = gov.head, gov
        elif gov.dep_ == "dobj" and noun.head.lower_ in syn["drawing_preps"] | syn["concessive_preps"]:
            gov = gov.head  # "eased restrictions under pressure from X", the parser hanging "under" on the object
        elif gov.pos_ == "ADJ" and gov.dep_ == "acomp" and intention_word(gov):
            gov = gov.head  # "Greenland is ready for talks with the US", "open to talks": the one ready holds them
    if noun.dep_ == "pobj" and noun.head.lower_ in syn["cause_preps"] and not (
            friendly and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)):
        borrow = False  # "vowed revenge for the killing of X": the cause is someone else's act (but "spoke after
        # talks with X", "after a phone call with X": one's own)
    if (gov.lemma_.lower() in syn["reacting_verbs"] or gov.pos_ == "NOUN" and gov.lemma_.lower() in syn[
            "reacting_nouns"]) and (noun.dep_ == "dobj" or noun.head.lower_ in {"to", "on"}):
        borrow = False  # "responded to the attack in Baghdad", "their response to the war": the responder did not
        # attack ("responded with strikes" did)
    if noun.dep_ == "dobj" and gov.lemma_.lower() in syn["discussion_verbs"] and any(
            p.dep_ == "prep" and p.lower_ == "with" for p in gov.children):
        borrow = False  # "raised the closure with his Polish counterpart": the raiser talks of it, did not close
    charge = accusation(noun) if gov.pos_ == "NOUN" else gov if gov.lemma_.lower() in syn["accusing_verbs"] and any(
        p.lower_ in {"of", "for"} and p.i < slot.i for p in children(gov, {"prep"})) else None
    if not subjects_ and borrow and not joint and slot.dep_ == "pobj" and charge is not None:
        # "accused Tehran of complicity in the killing of X" (the "in" hung on "complicity" or on the verb): the accused's
        subjects_ = [a for o in children(charge, OBJ) for a in args.actors(o) if a not in objects]
    if not subjects_ and gov.pos_ == "NOUN" and gov.dep_ in NOUN_SLOT and gov.head.pos_ in {"VERB", "AUX"} and gov.i != noun.i:
        subjects_ = subjects(gov.head, args) if borrow else []  # "began a hunger strike in protest of X"
    if slot.dep_ in NOUN_SLOT and gov.i not in {noun.i, head.i} and gov.pos_ in {"VERB", "AUX"}:
        if not subjects_ and slot.dep_ == "pobj" and slot.head.lower_ in {"of", "for"} and not joint:
            # "accused the US of aggression", "blamed Israel for the bombing": the object did it
            subjects_ = [a for o in children(gov, OBJ) for a in args.actors(o) if a not in objects]
        drawn = (slot.dep_ == "dobj" and gov.lemma_.lower() in syn["drawing_verbs"]) or (
            slot.dep_ == "pobj" and slot.head.lower_ in syn["drawing_preps"])  # "came under fire from X"
        if drawn:  # "the strikes drew condemnation from Iran" (the parser may hang "from" on the verb): at the strikers
            inner = phrase_objects(noun, "of")
            subjects_ = subjects_ or prep_objects(gov, syn["source_preps"], args) or [
                a for o in inner for a in prep_objects(o, syn["source_preps"], args)] or [  # "threats of retaliation
                a for h in (gov, noun) for a in prep_objects(h, frozenset({"in"}), args)  # from X"; "drew concern in
                if args.gaz is not None and args.gaz.form(a[0].text) == "metonyms"]  # Brussels": its government's
            drawer = gov.head.head if gov.dep_ == "advcl" and gov.head.dep_ == "parataxis" and is_reporting(gov.head) \
                else gov  # "X launched a rocket, Seoul said, drawing condemnation from Y": the launch drew it
            objects = objects or [a for a in subjects(drawer, args) if a not in subjects_]
        engaged = slot.dep_ == "pobj" and slot.head.lower_ == "in" and gov.lemma_.lower() in syn["engaging_verbs"]
        if not subjects_ and engaged:  # "the army was engaged in mass killings": the passive subject acts
            subjects_ = [a for p in children(gov, PASSIVE_SUBJ) for a in args.actors(p)]
        if not subjects_ and not drawn:  # (but "its treaty covered attacks on X": the treaty's owner attacks no one)
            subjects_ = subjects(gov, args) if borrow and not any(
                s.lemma_.lower() in syn["agreement_nouns"] for s in children(gov, SUBJ)) else []
        if not objects and (slot.dep_ in {"dobj", "attr"} or engaged):  # "engaged in mass killings against X"
            causes = frozenset() if verbal else syn["cause_preps"]  # ("issued a warrant for X over the
            # deportation of Y": at X, the "over" phrase its cause, as on the noun itself)
            objects = at_topic(prep_objects(gov, (syn["verb_object_preps"] | places) - hostile - causes, args), gov)
            objects = objects or [a for d in children(gov, {"dative"}) for a in args.actors(d)]  # "gave Ghana aid"
        if not objects and slot.dep_ == "pobj" and slot.head.lower_ in syn["means_preps"] and slot.head.head.i == gov.i:
            # "responded with air strikes on Afghan positions", the "on" hung on the verb: the means' own target
            objects = [a for p in children(gov, {"prep"}) if p.i == slot.right_edge.i + 1 and p.lower_ in preps
                       for o in children(p, {"pobj"}) for a in args.actors(o)]
    clause = noun.head.head if noun.head.head.pos_ in {"VERB", "AUX"} else gov  # (or the verb of the object it hangs on)
    if not objects and subjects_ and noun.dep_ == "pobj" and noun.head.lower_ in syn["concessive_preps"] \
            and clause.pos_ in {"VERB", "AUX"} and verbal:
        # "passed the law despite criticism from the EU", "eased the curbs after pressure from X": of the passer (but
        # "amid North Korea's missile tests" tests no one in particular)
        objects = [a for a in subjects(clause, args) if a not in subjects_]
    # "talks between X and Y", "the agreement reached yesterday between X and Y"
    between = [a for h in party_holders(noun) for a in prep_objects(h, mutual, args)]
    if between and objects and not set(objects) <= set(between):
        between = []  # a target of its own
    if between and subjects_ and third_party:  # "X's mediation between Y and Z"
        objects = between
    elif len(between) > 1:  # "talks between Israel and Hamas", "mediated in a dispute between X and Y": the parties
        subjects_ = objects = between  # hold it with each other, whoever else the clause names
        # (also when its "of" phrase named them: "the normalisation of ties between X and Y")
    elif between and subjects_:
        objects = between
    definite = noun.tag_ in {"NN", "NNP"} and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)
    if not objects and subjects_ and definite and noun.lemma_.lower() in syn["relational_nouns"]:
        # "its aggressive ally": the noun itself is the other party, an actor introduced earlier but not
        # one of the participants of the clauses it sits in
        taken = {a[1] for a in subjects_} | {a[1] for v in _verbs_above(noun) for a in subjects(v, args)}
        found = args.antecedent(noun, taken, person=all(a[0].cls == PERSON for a in subjects_) and any(
            c.dep_ == "poss" for c in noun.children))  # "the trial of his ally": a person's ally is a person
        objects = [found] if found else []
    if not objects and subjects_ and spots:  # "the shelling of Kharkiv", "continued the offensive in Gaza": a place
        holders = [noun] + ([gov] if slot.dep_ in {"dobj", "attr"} and gov.pos_ in {"VERB", "AUX"} else [])
        objects = [a for h in holders for a in args.places_after(h, preps | places | syn["place_preps"])]
    return subjects_, objects


def _verbs_above(tok: Token, limit: int = 3) -> list[Token]:
    out = []
    while tok.head.i != tok.i and len(out) < limit:
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            out.append(tok)
    return out
