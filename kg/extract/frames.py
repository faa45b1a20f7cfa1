"""Statements framed by a verb around another clause: obligations, labels and inclusions.

"X declared that Y must withdraw" is a demand of X on Y (the ontology's ``kg:triggerModal``);
"X branded the drills by Y a provocation" criticises Y (``kg:triggerLabel``). Each yields the
candidate and the framed clause or label, whose own triggers the caller does not code again.
"The coalition includes Australia" makes each object a member of the subject, "Ukraine received jets from
Denmark" makes the giver provide to the receiver (``kg:triggerInverseVerb``).
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Set

from spacy.strings import get_string_id
from spacy.tokens import Token

from .acts import act_referent
from .arguments import PLACE, THINGS, Arg, Arguments
from .attribution import is_reporting
from .clauses import PASSIVE_SUBJ, SUBJ, Candidate, by_agents, children, phrase_objects, prep_objects, subjects
from .lexicon import first_person, table
from .modality import conditioned
from .triggers import trigger_of

_BE = get_string_id("be")  # the copula a predicated label hangs on


def obligations(args: Arguments, modals: Mapping[str, str],
                joint: Mapping[str, str] | None = None) -> Iterator[tuple[Candidate, Token]]:
    """Statements that someone must act, with the obliged clause: "X declared that Y must withdraw" relates X to Y,
    and so does "Y must withdraw," X said (a quoted main clause, its speaker found as for any quote).

    The trigger is the stating verb (its negation or hedges count), or the modal in a quote; the obliged
    act is not coded. With the speaker's own side among the obliged ("the two countries should cooperate," said by
    one's leader), the relation is ``joint[relation]``: a proposal to the others.
    """
    if not modals:
        return
    wanted = {get_string_id(m) for m in modals}
    for i, lower in enumerate(args.doc.to_array("LOWER").tolist()):
        if lower not in wanted:
            continue
        aux = args.doc[i]
        comp = aux.head
        if aux.dep_ != "aux":
            continue
        said = _saying(args, comp, aux)
        if said is None:
            continue
        trigger, subs = said
        objs = [a for s in children(comp, SUBJ | PASSIVE_SUBJ) if not (s.pos_ == "PRON" and s.lower_ in first_person())
                and (s.dep_ in SUBJ or s.i in args.by_token or s.pos_ == "PRON" or s.lower_ in args.generic)
                for a in args.actors(s)]  # ("Russia must be held to account"; but "X's role should not be
        # undermined" asks nothing of X)
        for s in subs:  # ("we must stand together," X said: X's own resolve, no demand)
            own = {s[1], *args.affiliations(s[1])}
            shared = len(objs) > 1 and any(o[1] in own for o in objs)  # the speaker's side among others
            relation = (joint or {}).get(modals[aux.lower_], modals[aux.lower_]) if shared else modals[aux.lower_]
            for o in objs:  # (one's own state alone is still yielded: its clause is then covered, and the statement
                if s[1] != o[1] and not (shared and o[1] in own):  # dropped later as an office holder's on its state)
                    yield Candidate(relation, s, o, trigger, "obligation", 0.6), comp


def _saying(args: Arguments, clause: Token, aux: Token) -> tuple[Token, list[Arg]] | None:
    """The saying that carries a clause someone states, and who says it: a reported clause's reporting verb and its
    subject ("X declared that Y must withdraw"), or in a quoted main clause its auxiliary and the quote's speaker
    ("Russia must withdraw its troops," the chancellor said); None for a clause no one else states. A clause
    coordinated with a reported one is reported too, and so is one the reporter's own pronoun frames ("X said he
    was open to talks but that Y must withdraw", "X said it was clear that Y must withdraw")."""
    top = clause
    while top.head.i != top.i and top.head.pos_ in {"VERB", "AUX"} and (top.dep_ == "conj" or (
            top.dep_ == "ccomp" and not is_reporting(top.head) and top.head.dep_ in {"ccomp", "conj"}
            and all(s.pos_ == "PRON" for s in children(top.head, SUBJ)))):
        top = top.head
    if top.dep_ == "ccomp" and is_reporting(top.head):
        return top.head, subjects(top.head, args)
    if clause.dep_ == "ROOT" and args.attr.inside(clause.idx) is not None:
        speaker = args.attr.speaker(clause)
        return aux, (args.actors(speaker, generic=False, expand=False) if speaker is not None else [])
    return None


def labellings(args: Arguments, labels: Mapping[str, str]) -> Iterator[tuple[Candidate | None, Token]]:
    """Labels put on what someone did, with the label: "North Korea branded the drills by the South a provocation".

    The trigger is the labelling verb; the target is the labelled thing's actor or its agent. A label whose
    target is not named comes with no candidate: it is still no act of the labeller ("a violation of X").
    """
    if not labels:
        return
    verbs = {get_string_id(v) for v in table("syntax")["labelling_verbs"]}
    for i, lemma in enumerate(args.lemmas):  # read once per document
        tok = args.doc[i] if lemma in verbs else None  # no Token objects for the other words
        if tok is None or tok.pos_ != "VERB":
            continue
        slots = [c for c in tok.children if c.dep_ in {"dobj", "oprd", "attr", "xcomp"}]
        slots += [p for prep in children(tok, {"prep"}) if prep.lower_ == "as"  # ("described X as a provocation",
                  for p in children(prep, {"pobj", "amod", "acomp"})]  # "as dangerous")
        keyed = next(((s, k) for s in sorted(slots, key=lambda s: s.dep_ == "dobj")  # the label, not what is labelled
                      if (k := _label_key(s, labels)) is not None), None)  # ("called his threats blackmail")
        label, key = keyed if keyed else (None, "")
        labelled = next((s for s in slots if s.dep_ == "dobj" and label is not None and s.i != label.i), None)
        if labelled is None and label is not None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" \
                and not any(c.tag_ in {"WDT", "WP"} for c in tok.children):
            labelled = tok.head  # "a move Belgrade called an act of aggression": the move
        if labelled is None and label is not None and label.dep_ == "oprd":  # "calling Tehran's action reckless",
            labelled = next((c for c in label.children if c.dep_ in {"compound", "nmod"} and c.pos_ in {"NOUN", "PROPN"}),
                            None)  # the labelled thing parsed as a modifier of the label
        if label is None or labelled is None:
            continue
        objs = args.actors(labelled) or prep_objects(tok, frozenset({"by"}), args) or by_agents(tok, args)
        # ("called the discharge by Japan an act of terror": the "by" parsed as the verb's agent)
        if not objs:
            yield None, label
        for s in subjects(tok, args):
            for o in objs:
                if s[1] != o[1]:
                    yield Candidate(labels[key], s, o, tok, "label", 0.6), label


def _label_key(tok: Token, labels: Mapping[str, str]) -> str | None:
    """The label a noun phrase names, longest first: "an act of war", "an unfriendly act", "a provocation"."""
    lemma = tok.lemma_.lower()
    keys = [f"{lemma} of {o.lemma_.lower()}" for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]
    mods = [c.lemma_.lower() for c in tok.children if c.dep_ in {"amod", "compound"}]
    keys += [f"{m} {lemma}" for m in mods] + [lemma]
    if lemma in table("syntax")["act_summary_nouns"]:
        keys += mods  # "a hostile step", "a dangerous move": the act is what its adjective says
    return next((k for k in keys if k in labels), None)


def predications(args: Arguments, labels: Mapping[str, str]) -> Iterator[tuple[Candidate | None, Token]]:
    """Labels a speaker predicates of someone or of what they did, with the label: "Manila said Beijing's actions were
    illegal" criticises China, as "called Beijing's actions illegal" does. The trigger is the saying, whose
    negation or hedges count; a label denied in the clause itself ("were not illegal") or put on a condition ("if X
    intervened, it would be aggression") is none."""
    if not labels:
        return
    for i, lemma in enumerate(args.lemmas):
        tok = args.doc[i] if lemma == _BE else None
        if tok is None or tok.dep_ not in {"ccomp", "ROOT"}:
            continue
        label, key = next(((c, k) for c in tok.children if (k := _predicated_key(c, labels))), (None, ""))
        aux = next((c for c in tok.children if c.dep_ == "aux"), tok)
        said = _saying(args, tok, aux) if label is not None else None
        if said is None or any(c.dep_ == "neg" for c in (*tok.children, *label.children)) or conditioned(tok):
            continue  # ("if X dares to intervene, it would be an act of aggression": a label on what is not done)
        trigger, speakers = said
        objs = [a for s in children(tok, {"nsubj"}) if not (s.pos_ == "PRON" and s.lower_ in first_person())
                for a in _act_or_actors(args, s)]  # ("X struck Y. Z said it was a violation": the striker)
        if not objs:
            yield None, label
        yield from ((Candidate(labels[key], s, o, trigger, "label", 0.6), label)
                    for s in speakers for o in objs if s[1] != o[1])


def _act_or_actors(args: Arguments, s: Token) -> list[Arg]:
    """The actors a predicated subject stands for; "it" for a judged act's doer when there is one."""
    referent = act_referent(args, s) if s.lower_ == "it" else None
    return referent if referent is not None else args.actors(s)


def _predicated_key(tok: Token, labels: Mapping[str, str]) -> str | None:
    """The label a complement of "be" names: a label phrase ("was illegal", "was an unprecedented hostile step") or
    "to" and a label verb ("was to blame")."""
    if tok.dep_ in {"acomp", "attr"}:
        return _label_key(tok, labels)
    key = f"to {tok.lemma_.lower()}"
    return key if tok.dep_ == "xcomp" and key in labels else None


def inclusions(args: Arguments, index: Mapping[str, Mapping[str, str]], events: Set[str] = frozenset(),
               felt: Set[str] = frozenset()) -> Iterator[Candidate]:
    """Relations an inverse verb states towards its subject: from each of its objects ("Coalition nations include
    Australia and Canada": each is a member of the group; for a relation in ``felt``, "Beijing's influence alarmed
    Canberra": Canberra is alarmed at Beijing), or for an act in ``events``, from the source its "from"
    phrase names ("Ukraine received jets from Denmark": Denmark gives). The verb's negation or hedges count as for
    any trigger. An object that is itself a trigger noun of another relation is the event: "received mortar fire from
    X" is no gift. ``index`` is the ontology's trigger index; its inverse verbs are read."""
    inverses = index.get("inverse", {})
    if not inverses:
        return
    verbs = {get_string_id(v) for v in inverses}
    for i, lemma in enumerate(args.lemmas):  # read once per document
        tok = args.doc[i] if lemma in verbs else None
        if tok is None or tok.pos_ not in {"VERB", "AUX"}:
            continue
        wholes = subjects(tok, args)
        relation = inverses[tok.lemma_.lower()]
        if relation in felt:  # (the passive, "was alarmed by X", is a trigger of its own)
            parts = [] if children(tok, PASSIVE_SUBJ) else [
                a for o in children(tok, {"dobj"}) for a in args.actors(o) if a[0].cls not in THINGS]
            wholes = [w for w in wholes if w[0].cls not in THINGS]
            yield from (Candidate(relation, p, w, tok, "inverse", 0.6) for p in parts for w in wholes if p[1] != w[1])
            continue
        if relation in events and any((hit := trigger_of(o, index)) is not None and hit[1] == "noun" and hit[0] != relation
                                      for o in children(tok, {"dobj"})):
            continue
        if relation in events:  # "received jets from Denmark": the giver acts on the receiver
            # (but "received a delegation from X" received visitors)
            visitors = any(args.generic.get(o.lower_) not in {None, *THINGS}
                           or any(a[0].cls not in THINGS for a in args.actors(o)) for o in children(tok, {"dobj"}))
            parts = [] if visitors else prep_objects(tok, table("syntax")["source_preps"], args)
        elif children(tok, PASSIVE_SUBJ):  # "Egypt was admitted to BRICS": the one admitted is the member
            parts = [a for p in children(tok, PASSIVE_SUBJ) for a in args.actors(p, generic=False)]
            wholes = prep_objects(tok, frozenset(table("syntax")["admission_preps"]), args)
        elif any(o.pos_ == "NOUN" and args.generic.get(o.lower_) in {None, *THINGS}
                 and all(a[0].cls in {PLACE, *THINGS} for a in args.actors(o))
                 for p in children(tok, {"prep"}) if p.lower_ in table("syntax")["admission_preps"]
                 for o in children(p, {"pobj"})):
            continue  # "admitted X to a hospital" let them in, to no body
        else:  # "the coalition includes Australia": each object is a member (but "demands that include an Israeli
            # withdrawal" name an act, of no member)
            parts = [a for o in children(tok, {"dobj"}) if trigger_of(o, index) is None
                     for a in args.actors(o, generic=False)]
        for part in parts:
            for whole in wholes:
                if part[1] != whole[1]:
                    yield Candidate(relation, part, whole, tok, "inverse", 0.6)


def shieldings(args: Arguments, shields: Mapping[str, str]) -> Iterator[Candidate]:
    """Whom a protector is set against: "vowed to protect Lebanon from Israeli aggression" opposes Israel (the
    ontology's ``kg:triggerShieldVerb``; the verb's own relation, protection or defence, is coded apart)."""
    if not shields:
        return
    preps = frozenset(table("syntax")["shield_preps"])
    for tok in args.having(shields, lemma=True):
        if tok.pos_ not in {"VERB", "AUX"} or any(d.lemma_.lower() in args.acts for d in children(tok, {"dobj"})):
            continue  # ("defended the deportation of activists from X": an act justified, no one shielded)
        holders = [tok, *children(tok, {"dobj"})]  # ("protect civilians from X", the "from" hung on the object,
        holders += [o for d in holders[1:] for o in phrase_objects(d, "of")]  # or on its "of" phrase: "defend
        # every inch of our territory against X")
        enemies = [a for h in holders for a in prep_objects(h, preps, args)]
        for s in subjects(tok, args) if enemies else ():
            yield from (Candidate(shields[tok.lemma_.lower()], s, e, tok, "shield", 0.55) for e in enemies if e[1] != s[1])


def fates(args: Arguments, foretold: Mapping[str, str]) -> Iterator[Candidate]:
    """What a speaker foretells of someone: "Israel will pay a heavy price," the minister said, is his threat to
    Israel (the ontology's ``kg:triggerFate``); only a future said by someone else counts."""
    if not foretold:
        return
    future = {*table("modality")["future"], *table("modality")["reported_future"]}
    for tok in args.having({k.split()[0] for k in foretold}, lemma=True):
        keys = [tok.lemma_.lower()] + [f"{tok.lemma_.lower()} {c.lemma_.lower()}" for c in tok.children
                                       if c.dep_ in {"dobj", "advmod"}]
        aux = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in future), None)
        relation = next((foretold[k] for k in keys if k in foretold), None)
        said = _saying(args, tok, aux) if relation is not None and aux is not None else None
        if said is None:
            continue
        trigger, speakers = said  # the saying carries the modality, as for an obligation (the future is the fate's)
        fated = [a for s in children(tok, {"nsubj"}) if s.lower_ not in first_person()  # (nor "our neighbours will pay
                 and not any(c.dep_ == "poss" and c.lower_ in first_person() for c in s.children)  # the price": a
                 for a in args.actors(s)]  # warning on one's own side)
        yield from (Candidate(relation, s, o, trigger, "fate", 0.6) for s in speakers for o in fated if s[1] != o[1])
