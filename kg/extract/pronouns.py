"""Pronouns: who "he", "it", "they", "we" and "our" stand for.

A first person is the quote's or the reported clause's speaker ("we" in a head of state's mouth is
their state; "we" or "I" no one is reported as saying is the document's publisher); a third person is the
nearest compatible actor before it, a subject pronoun preferring the last subject, "they" a group
subject nearer than any name ("Protesters said they ..."); "they" after
"Iraq and Syria" stands for both; "it is absurd to ..." and "there are ..." stand for nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..gazetteer import Actor, Gazetteer
from ..model import Mention
from ..resolve import PERSON, THINGS
from . import acts, offices
from .attribution import accusation
from .lexicon import first_person, table

if TYPE_CHECKING:
    from .arguments import Arg, Arguments


def resolve(args: Arguments, t: Token) -> list[Arg]:
    """The actors the pronoun ``t`` stands for, as mentions at ``t`` (none when it stands for nothing)."""
    lex, low = table("syntax"), t.lower_
    if low in first_person():
        speaker = args.attr.speaker(t)  # in a quote, or in a clause reported by "X said"
        found = args.one(speaker, False) if speaker is not None and speaker.i != t.i else []
        if speaker is None and args.publisher is not None and t.tag_ != "PRP$" \
                and args.attr.inside(t.idx) is None:  # "we" or "I" in a press release: its issuer
            plural = low in lex["first_person_plural"] and args.gaz is not None
            issuer_ = args.gaz.state_of(args.publisher) if plural else args.publisher
            return [args.synthetic(t, issuer_.id, issuer_.cls)]  # a ministry's "we" is its state's
        if found and low in lex["first_person_plural"]:
            state = offices.seat(args.gaz, found[0][1]) if args.gaz else None  # "we" in a head of state's mouth
            if state is not None:
                return [args.synthetic(t, state.id, state.cls)]
        if speaker is not None and speaker.i != t.i and low in lex["first_person_plural"] \
                and (not found or found[0][0].cls == PERSON):
            # "a spokesman for Central Command said, 'We ...'", "Gen. Y, commander of X, said 'we'": the command
            found = _spoken_for(args, speaker) or found
        return [args.corefer(t, found[0])] if found else []
    willing = table("modality")["intentions"]  # "it is ready to ..." has an agent; "it is absurd to ..." does not
    if t.dep_ == "expl" or (low == "it" and any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() not in willing
                                                and any(d.dep_ in {"xcomp", "ccomp"} for d in (*c.children, *t.head.children))
                                                for c in t.head.children)):
        return []  # "it is absurd to ...", "there are ...": the pronoun stands for nothing (but "it was concerned by X")
    clause = t.head
    referent = acts.act_referent(args, t) if low == "it" and t.dep_ == "dobj" \
        and clause.lemma_.lower() in lex["labelling_verbs"] else None
    if referent is not None:  # "X struck Y. Z condemned it": the strike, so its striker
        return referent
    if low == "it" and t.dep_ == "dobj" and clause.lemma_.lower() in lex["document_verbs"]:
        return []  # "Israel signed it, and must honour it": a treaty, no actor
    parallel = clause.head if clause.dep_ == "conj" or (clause.dep_ == "advcl" and clause.tag_ == "VBG") else \
        clause.head.head if clause.dep_ == "pcomp" and clause.head.lower_ == "with" else None
    if low in lex["parallel_pronouns"] and t.dep_ == "dobj" and parallel is not None and parallel.pos_ == "VERB":
        # "condemned the launch and called it a threat", "..., calling it", "..., with X calling it": the object of
        # the verb before, an actor or not
        before = [o for o in parallel.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
        if before:
            return [args.corefer(t, a) for a in args.actors(before[0])]
    if (low in lex["third_person_person"] or low == "it") and t.dep_ in {"nsubj", "nsubjpass"} \
            and clause.dep_ == "ccomp" and args.attr.inside(t.idx) is None:
        # "the AU's chairman, X, said he would ...", "the Brazilian president said he tried ...": the speaker himself;
        # "the ministry said ... and warned that it would ...": the ministry
        speaker = args.attr.speaker(t)
        reporting = {clause.head.i, clause.head.head.i} if clause.head.dep_ == "conj" else {clause.head.i}
        found = [a for a in args.one(speaker, True) if (a[0].cls == PERSON) == (low != "it")
                 and a[0].source != "generic"] \
            if speaker is not None and speaker.head.i in reporting and not (low == "it" and speaker.pos_ == "PRON") \
            else []  # (not "it may deploy X, they said")
        if found:
            return [args.corefer(t, found[0])]
    if low == "its" and t.dep_ == "poss" and t.head.lemma_.lower() in lex["keeper_nouns"]:
        return []  # "targeted the ship because its owner did business with X": the ship's, no actor's
    if t.dep_ == "poss" and low in lex["third_person_thing"]:
        owner = _coordinated_owner(t)
        found = args.actors(owner) if owner is not None else []
        if found:  # "sanctions on the court's prosecutor and several of its judges": the court's
            return [args.corefer(t, a) for a in found]
    if low in lex["third_person_plural"] and t.dep_ == "poss":  # "Kishida and Yoon strengthened their partnership":
        verb = next((h for h in t.ancestors if h.pos_ in {"VERB", "AUX"}), None)  # the coordinated people's own
        people = [a for c in _subjects(verb) for a in args.actors(c, generic=False)]
        if len(people) > 1 and all(a[0].cls == PERSON for a in people):
            return [args.corefer(t, a) for a in people]
    if low in lex["third_person_person"]:
        want = {PERSON}
    elif low in lex["third_person_thing"]:
        want = None  # any actor but a person
    else:
        return []
    fits = [m for m in reversed(args.ordered) if m.start < t.idx and t.idx - m.start <= 600
            and m.cls in args.actor_classes and (m.cls in want if want else m.cls != PERSON)]
    told = _told(args, t)
    fits = [m for m in fits if m.start not in told]  # '"We warned them," X told Reuters': not the one told
    if t.dep_ in {"dobj", "dative"} and not low.endswith(("self", "selves")):
        fits = outside_own_subject(t, fits)  # "a UN panel accused it"
    own = t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "own"  # "X praised Y and raised its own budget": X's
    subject_form = lex["possessive_pronouns"].get(low)
    if t.dep_ == "poss" and subject_form is not None and t.head.dep_ in {"dobj", "pobj"}:
        bound = [c for c in t.head.head.children if c.dep_ == "nsubj" and c.lower_ == subject_form]
        if bound:  # "said they would coordinate their positions", "it would coordinate its response": their own
            return [args.corefer(t, a) for a in args.actors(bound[0])]
        owner = _controller(args, t) if t.head.lemma_.lower() not in lex["relational_nouns"] else []
        if len(owner) == 1 and owner[0][0].cls != PERSON:  # "the North would take counteraction to protect its
            return [args.corefer(t, owner[0])]  # security": the subject's own, whoever was named last
    if t.dep_ == "poss" and t.head.lemma_.lower() in lex["relational_nouns"] and t.head.dep_ != "conj":
        # "the North shipped munitions to its partner", "Moscow is supplying its neighbour": the subject's,
        # also in a reported clause ("X said Y sought relations with its neighbour": Y's)
        verb = next((h for h in t.head.ancestors if h.pos_ in {"VERB", "AUX"}), None)
        several = low in lex["third_person_plural"]  # ("X and Y voiced support for their neighbour": both's)
        owners = [a for c in _subjects(verb) for a in args.actors(c, generic=False, expand=several)
                  if a[0].cls != PERSON]
        if owners:
            return [args.corefer(t, o) for o in (owners if several else owners[:1])]
    reporter = _reporter(args, t, fits, own) if t.dep_ == "poss" else None
    if reporter is not None:  # "Ukraine said Russia had struck its energy facilities": Ukraine's
        return [args.corefer(t, (reporter, args.ids[reporter]))]
    doer = _doer(args, t) if t.dep_ == "poss" and not own and low in lex["third_person_thing"] \
        and low not in lex["third_person_plural"] else []
    if len(doer) == 1:  # "Niger ordered French troops out and ended its military agreement with X": Niger's
        return [args.corefer(t, doer[0])]
    # "Russia voted for resolutions that Iran opposed, and it courted ...": the subject of the clause it is
    # coordinated with, not of a clause inside that one
    first = [m for s in clause.head.children if s.dep_ in {"nsubj", "nsubjpass"} for m in fits
             if m.start <= s.idx < m.end] if t.dep_ in {"nsubj", "nsubjpass"} and clause.dep_ == "conj" else []
    same = [s for s in clause.head.children if s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ == low] \
        if t.dep_ in {"nsubj", "nsubjpass"} and clause.dep_ == "conj" else []
    if same:  # "It said the group would ..., and it urged X": the same pronoun, the same actor as the first
        return [args.corefer(t, a) for a in args.actors(same[0], expand=False)[:1]]
    subject_owner = t.dep_ == "poss" and t.head.dep_ in {"nsubj", "nsubjpass"}  # "..., and its jets struck X"
    if t.dep_ in {"nsubj", "nsubjpass"} or own or subject_owner:  # a subject pronoun continues the last subject
        # ("Russia condemned Japan. It ...")
        subjects = [m for m in fits if m in args.subjects]
        main = clause.dep_ == "ROOT" or subject_owner and clause.head.dep_ == "ROOT"  # ("Its leader urged ...")
        described = _described_subject(args, t, want) if main and not own else []
        if described and (not subjects or described[0][0].start > subjects[0].start):
            return [args.corefer(t, a) for a in described]  # "The militant group, which ..., accused X. Its
            # leader ...": the group a description in the last sentence's main subject stood for
        if subjects and main and not own and subjects[0].start < args.attr.sentence_of(t).start_char:
            # "China said the Philippine vessel had intruded. It urged ...": the last sentence's main subject
            # ("X, the movement that Algeria backs, condemned it. Its leader ...": X's)
            span = args.doc.char_span(subjects[0].start, subjects[0].end, alignment_mode="expand")
            before = args.attr.sentence_of(span[0]) if span is not None else None
            subjects = [m for m in subjects if before is not None and before.start_char <= m.start
                        and m in args.main_subjects] or subjects
        start = args.attr.sentence_of(t).start_char
        here = [m for m in fits if m.start >= start] if clause.dep_ == "relcl" and want == {PERSON} else []
        if here and subjects and subjects[0].start < start:  # "a post by Trump in which he accused ...": the person
            subjects = here  # of its own sentence, not the last sentence's subject
        fits = first[:1] or subjects[:1] or fits
    plural = low in lex["third_person_plural"]
    group = _group_subject(args, t, plural) if plural or want is None else None
    named_subject = bool(fits) and t.dep_ in {"nsubj", "nsubjpass"} and fits[0] in args.subjects
    if plural and group is None and fits and fits[0].cls == "State" and t.dep_ in {"nsubj", "nsubjpass", "poss"}:
        group = _plural_after(args, t, fits[0].end)  # "France stands with the Ukrainian people as they resist"
        if t.dep_ == "poss" and group is not None and (group.dep_ == "conj" or any(
                c.dep_ == "conj" for c in group.children)):
            group = None  # ("troops in Congo alongside the rebels ... their operations": the rebels'; but "backs
            # Chile and the Chilean people in their fight": both's)
    elif plural and group is None and fits and t.dep_ in {"dobj", "pobj"} and not _plural(args, fits[0]):
        things = _plural_after(args, t, fits[0].end, things=True)  # "sold the drones to Iran, which returned them"
        if things is not None and args.generic.get(things.lower_) in {None, *THINGS}:
            return []  # the pronoun stands for the things, no actor
        found = args.actors(things, expand=False) if things is not None and fits[0].cls == "State" \
            and not adjectival(args, fits[0]) else []
        if found:  # "pulled its soldiers out of Niger after the junta ordered them to leave": the soldiers' (after
            # a demonym's body, the body may be "them": "sent trainers to the Chilean army to help them")
            return [args.corefer(t, a) for a in found]
    if group is not None and (not fits or group.idx > fits[0].start or (plural and not named_subject)):
        # "Protesters said they would march on parliament"; "The rebels took the town from Mali's army. They ..."
        found = args.one(group, True)
        if found:  # ("the ministers of Japan and Korea said they ...": each)
            return [args.corefer(t, a) for a in (found if plural else found[:1])]
    if not fits:
        return []
    if low in lex["third_person_plural"]:  # "Iraq and Syria continued their fight": all of the coordinated actors
        span = args.doc.char_span(fits[0].start, fits[0].end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ in {"amod", "compound"} and root.head.tag_ == "NNS":
            root = root.head  # "Somali forces": the forces (and whoever is coordinated with them), not Somalia
        group = args.actors(root) if root is not None else []
        if len(group) > 1 or (group and root.i != span.root.i):
            return [args.corefer(t, a) for a in group]
    body = _owned_body(args, fits[0]) if t.dep_ == "poss" and t.head.lemma_.lower() in args.titles \
        and low not in lex["third_person_plural"] else None
    if body is not None:  # "China's coast guard told a different story. Its spokesperson ...": the coast guard's
        return [args.corefer(t, body)]
    return [args.corefer(t, (fits[0], args.ids[fits[0]]))]


def _described_subject(args: Arguments, t: Token, want: set[str] | None) -> list[Arg]:
    """The actor a description that is the main subject of the sentence before ``t``'s stands for ("The militant group
    ... accused X."), if it stands for a named one of the class ``t`` may take."""
    before = args.attr.sentence_before(t)
    subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None) \
        if before is not None else None
    syn = table("syntax")
    if subject is None or subject.pos_ != "NOUN" or subject.i in args.by_token \
            or not (subject.lower_ in syn["group_descriptions"] or subject.lower_ in syn["description_nouns"]) \
            or (subject.tag_ == "NNS") != (t.lower_ in syn["third_person_plural"]):
        return []
    found = [a for a in args.actors(subject, expand=False) if a[0].source == "coref"
             and (a[0].cls in want if want else a[0].cls != PERSON)]
    return found if subject.tag_ == "NNS" else found[:1]  # ("The three governments ... They": each)


def _coordinated_owner(t: Token) -> Token | None:
    """The named possessor of the phrase a possessive pronoun's phrase is coordinated with ("the court's prosecutor
    and [several of] its judges": the court), if any."""
    phrase = t.head
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "prep" and phrase.head.lower_ == "of":
        phrase = phrase.head.head  # "several of its judges": the quantity is the conjunct
    if phrase.dep_ != "conj" or phrase.head.i == phrase.i:
        return None
    return next((c for c in phrase.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)


def _told(args: Arguments, t: Token) -> set[int]:
    """Where the one a quote holding ``t`` is told to stands ("X told Reuters"): the quote calls them "you"."""
    speaker = args.attr.speaker(t) if args.attr.inside(t.idx) is not None else None
    if speaker is None or speaker.i == t.i:
        return set()
    return {w.idx for c in speaker.head.children if c.dep_ in {"dobj", "dative"} for w in c.subtree}


def _subjects(verb: Token | None) -> list[Token]:
    """The subject of ``verb``, or of the verb its subjectless infinitive completes or it is coordinated with
    ("X protested and threatened to sue its neighbour": X); an object controls a complement ("urged Y to
    restrain its ally": Y)."""
    while verb is not None:
        own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if own or verb.dep_ not in {"xcomp", "conj"}:
            return own
        objects = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        if objects:
            return objects[:1]
        verb = verb.head
    return []


def _controller(args: Arguments, t: Token) -> list[Arg]:
    """Who does the subjectless infinitive whose object ``t`` possesses: the object of the verb it completes
    ("invited China to restrain its ally"), else that verb's subject ("acted to protect its security"); not a
    pronoun, which is left to the rules below."""
    verb = t.head.head if t.head.dep_ == "dobj" else None
    if verb is None or verb.dep_ not in {"xcomp", "advcl"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    deps = ({"dobj"} if verb.dep_ == "xcomp" else set(), {"nsubj", "nsubjpass"})  # an object controls a complement
    control = [c for dep in deps for c in verb.head.children if c.dep_ in dep]
    return [a for c in control[:1] if c.pos_ != "PRON" for a in args.actors(c, expand=False)]


def _doer(args: Arguments, t: Token) -> list[Arg]:
    """The named subject, not a person, of the verb whose direct object ``t`` possesses (the verb's own, or that
    of the verb it is coordinated with): one acts on what is one's own."""
    verb = t.head.head if t.head.dep_ == "dobj" else None
    prep = t.head.head
    if t.head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "dobj" \
            and t.head.lemma_.lower() in table("syntax")["commodity_nouns"]:
        verb = prep.head.head  # "imports most of its gas from X": its own gas (not "two of its staff")
    elif t.head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ != "of":  # "deployed batteries on its coast":
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # where one acts (not "two of its staff")
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return []
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [a for c in subjects if c.pos_ != "PRON" for a in args.actors(c, generic=False, expand=False)
            if a[0].cls != PERSON]


def _owned_body(args: Arguments, m: Mention) -> Arg | None:
    """The body a state's name possesses when it opens a subject ("China's coast guard", "Sudan's army"): the subject
    a later "it" continues, made only when asked for."""
    span = args.doc.char_span(m.start, m.end, alignment_mode="expand")
    head = span.root.head if span is not None and span.root.dep_ in {"poss", "compound", "amod"} else None
    if head is None or head.dep_ not in {"nsubj", "nsubjpass"} or head.pos_ != "NOUN" \
            or args.generic.get(head.lower_) in {None, PERSON, "State", *THINGS}:
        return None
    return next((a for a in args.actors(head, expand=False) if a[1] != args.ids[m] and a[0].cls not in {"State", PERSON}),
                None)


def _reporter(args: Arguments, t: Token, fits: list[Mention], own: bool) -> Mention | None:
    """The reporter a possessive in a reported clause stands for: in its subject ("X blamed Y and said its troops had
    ..."), or in its object when the clause has a subject of its own ("X said Y had shelled its towns"); or the accuser
    for one in the act of the accused ("X accused Y of shelling its towns"; but "its own" is the accused's). One's own
    forces stay the subject's ("said Y had moved its troops") unless the clause attacks them."""
    speaker = _reporting(args, t, own)
    if speaker is None:
        return None
    span = (speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge))
    inside = [m for m in fits if span[0] <= m.start < span[1]]  # (the speaker's own name before one in a clause on it:
    return next((m for m in inside if m.start <= speaker.idx < m.end), inside[0] if inside else None)  # "X, which
    # is allied to Y, said its fighters ...": X's)


def _reporting(args: Arguments, t: Token, own: bool) -> Token | None:
    """The token naming whom ``_reporter`` looks for: the reporting verb's subject, or the accuser or accused."""
    noun = t.head
    clause = noun.head
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head  # "X said some drones had strayed and that its military had warned Y": X's military
    if noun.dep_ in {"nsubj", "nsubjpass"} and clause.dep_ == "ccomp" and not own \
            and args.attr.inside(t.idx) is None:  # "X blamed Y and said its troops had ...": X's troops
        return args.attr.speaker(clause)
    if noun.dep_ not in {"dobj", "pobj"} or noun.pos_ != "NOUN":
        return None
    verb = next((h for h in t.ancestors if h.pos_ in {"VERB", "AUX"}), None)
    if verb is None or args.attr.inside(t.idx) is not None:
        return None
    if args.generic.get(noun.lower_) == "GovernmentBody" and not any(h.lemma_.lower() in args.acts for h in t.ancestors):
        return None  # "said Moscow had deployed its troops": its own, unless attacked ("had shelled its troops")
    accuser = accusation(t)
    if accuser is not None:
        # "X accused Y of opening fire on its positions": X's, Y being the one accused ("its own": Y's)
        speaker = next((c for c in accuser.children if c.dep_ == ("dobj" if own else "nsubj")), None)
    elif own:
        return None
    elif verb.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in verb.children):
        speaker = args.attr.speaker(verb)
    else:
        return None
    return speaker


def outside_own_subject(t: Token, mentions: list[Mention], climb: bool = False) -> list[Mention]:
    """The ``mentions`` outside the subject of the clause ``t`` is an argument of: an object does not stand for its
    own clause's subject ("a UN panel accused it", "Riyadh restored relations with the emirate"). ``climb``: the
    nearest clause above ``t`` that has a subject ("X said after hosting the two leaders": not X)."""
    verb = next((h for h in t.ancestors if h.pos_ in {"VERB", "AUX"} and (not climb or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in h.children))), None)
    subjects = _subjects(verb)  # ("the Kremlin was trying to derail the republic's bid": the Kremlin's, too)
    spans = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) for s in subjects]
    aside = [(r.left_edge.idx, r.right_edge.idx + len(r.right_edge)) for s in subjects for r in s.children
             if r.dep_ in {"relcl", "appos"}]  # ("The EU, which mediates between Belgrade and Pristina, urged both
    # sides": those two are no part of the subject; nor is Y in "X, one of Y's allies, invited him")
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans) or any(a <= m.start < b for a, b in aside)]


def _group_subject(args: Arguments, t: Token, plural: bool = True) -> Token | None:
    """The nearest plural generic actor noun that is a subject before ``t``, in its sentence or the one before
    ("Protesters said they ...", "The rebels captured the town. They ..."): named mentions are found apart.
    Not ``plural``: the nearest group description ("The group said it ...")."""
    start = (args.attr.sentence_before(t) or args.attr.sentence_of(t)).start
    groups = table("syntax")["group_descriptions"].keys() - table("syntax")["body_descriptions"].keys()  # (a state's
    # army saying "it" speaks for the state, as before)
    for i in range(t.i - 1, start - 1, -1):
        u = args.doc[i]
        fits = u.tag_ == "NNS" and u.lower_ in args.generic if plural else u.tag_ != "NNS" and u.lower_ in groups
        if u.dep_ in {"nsubj", "nsubjpass"} and fits and i not in args.by_token:
            return u
    return None


def _spoken_for(args: Arguments, speaker: Token) -> list[Arg]:
    """Whom a speaker speaks for: "a spokesman for X", "an official of X", "an X spokesman", "X's envoy", or a
    named person's title so written ("Gen. Y, commander of X")."""
    titles = [c for c in speaker.children if c.dep_ == "appos"]
    heads = [o for u in (speaker, *titles) for p in u.children if p.dep_ == "prep" and p.lower_ in {"for", "of"}
             for o in p.children if o.dep_ == "pobj"]
    heads += [c for u in (speaker, *titles) for c in u.children if c.dep_ in {"poss", "compound", "amod"}]
    return [a for h in heads for a in args.one(h, False) if a[0].cls != PERSON]


def _plural_after(args: Arguments, t: Token, after: int, things: bool = False) -> Token | None:
    """The nearest plural group noun between a state named at ``after`` and ``t``, in ``t``'s sentence: "they" after
    "France stands with the Ukrainian people as ..." are the people, not France. ``things``: any plural object noun
    that names no actor by a name ("the Patriots", "the loans"), also before the state, and a direct object or an "of"
    phrase in the sentence before ("detained 11 staff members in Sanaa. Most of them work for X", "fired missiles at X. Y
    intercepted them")."""
    own = args.attr.sentence_of(t).start
    start = ((args.attr.sentence_before(t) if things else None) or args.attr.sentence_of(t)).start
    for i in range(t.i - 1, start - 1, -1):
        u = args.doc[i]
        if u.idx < after and not things:
            break
        if u.tag_ in {"NNS", "NNPS"} and (u.dep_ in {"pobj", "dobj", "conj"} if i >= own else u.dep_ == "dobj" or (
                u.dep_ == "pobj" and u.head.lower_ == "of")) and (
                u.lower_ in args.generic or (things and i not in args.by_token and not u.ent_type_)):
            return u
    return None


def adjectival(args: Arguments, m: Mention) -> bool:
    """Is the mention a demonym or a name modifying a noun ("Chinese ships", "U.S. forces", "Israeli and U.S.
    strikes")?"""
    span = args.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in {"amod", "compound"} and root.head.pos_ in {"NOUN", "PROPN"}


def _plural(args: Arguments, m: Mention) -> bool:
    """Can a plural pronoun stand for the mention: a plural name ("the Patriots") or noun ("British nationals"), or
    one coordinated with another?"""
    span = args.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is not None and root.dep_ in {"amod", "compound"}:
        root = root.head  # "British nationals": the nationals
    return root is not None and (root.tag_ in {"NNS", "NNPS"} or root.dep_ == "conj"
                                 or any(c.dep_ == "conj" for c in root.children))


def issuer(gaz: Gazetteer, name: str) -> Actor | None:
    """The actor a publisher's name stands for: a gazetteer name, or "UK Government" (a state's government is the state)."""
    found = gaz.lookup(name)
    words = name.split()
    if found is None and len(words) > 1 and words[-1].lower() in table("syntax")["government_nouns"]:
        state = gaz.lookup(" ".join(words[:-1]))
        found = state if state is not None and state.cls == "State" else None
    return found
