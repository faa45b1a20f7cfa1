"""How sure the text is of a claim: asserted, hedged, intended or negated, read off the parse.

The cue words live in ``data/lexicon/modality.json``; this module only walks the tree from the
trigger up to its clause root and looks at the words that govern or modify that path.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from .attribution import accusation, is_reporting
from .lexicon import first_person, table

# deps along which a trigger is still inside the governing clause ("plans to build", "chose to do nothing to oppose")
# ("advcl" is not climbed: "China urged restraint, while Russia vetoed" asserts the veto; "conj" only when the
# coordinated verb shares its subject)
# ("relcl" is not climbed either: in "would not sanction firms that help Moscow" the help is not denied)
CLIMB = {"xcomp", "ccomp", "acl", "pcomp", "prep", "pobj", "dobj", "acomp", "attr", "nsubj", "nsubjpass", "csubj", "amod", "compound", "appos", "oprd", "dative", "npadvmod"}
RANK = {"asserted": 0, "hedged": 1, "intended": 2, "negated": 3}


@lru_cache(maxsize=1)
def adjunct_preps() -> frozenset[str]:
    """Prepositions of time, cause and concession: what they introduce is outside the clause's modality."""
    syn = table("syntax")
    return syn["adjunct_preps"] | syn["concessive_preps"]


def _shares_subject(tok: Token) -> bool:
    """A verb coordinated with the one before it and sharing its subject ("aims to tighten sanctions and impose a blockade")."""
    return tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def purpose_relative(tok: Token) -> bool:
    """An infinitive on a noun that says what it is for ("steps to normalise ties", "a bid to oust him"), not what
    was done ("the first country to recognise X": an ordinal or a superlative asserts it; "an offensive to drive X
    out" does it)."""
    return tok.dep_ in {"acl", "relcl"} and tok.tag_ == "VB" and tok.head.pos_ == "NOUN" \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) \
        and tok.head.lemma_.lower() not in table("modality")["operation_nouns"] \
        and not any(c.tag_ in {"JJS", "RBS"} or c.lower_ in table("modality")["assertive_determiners"]
                    or c.dep_ == "nummod" for c in tok.head.children)


def _purpose_clause(tok: Token) -> bool:
    """An infinitive of purpose on a verb ("sent troops to attack X"): what the verb is for shares its modality
    ("denied sending troops to attack X" denies the attack)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children)


def path_up(trigger: Token, limit: int = 6) -> list[Token]:
    """The trigger and the tokens that govern it, up to the clause that reports it (``say`` stops the climb)."""
    path, tok = [trigger], trigger
    while (tok.dep_ in CLIMB or _shares_subject(tok) or purpose_relative(tok) or _purpose_clause(tok) or _noun_conjunct(tok)) \
            and tok.head.i != tok.i and len(path) < limit:
        if tok.dep_ == "ccomp" and is_reporting(tok.head):
            break  # "X said that ..." — the reporting verb does not change the reported claim's modality
        if tok.dep_ == "prep" and tok.lower_ in adjunct_preps():
            break  # "declined to resign despite pressure from X": the pressure is not declined
        if tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
            break  # "Brazil's plan, criticised by Chile", "the Algeria-backed front may hold a vote": the criticism is
            # not planned, the backing not in doubt (but "the plan to strike" is,
            # and "no evidence that China has armed Russia" denies the arming)
        if tok.dep_ == "prep" and tok.lower_ in table("syntax")["cause_preps"] and len(path) > 1 \
                and any(c.dep_ == "poss" for c in path[-2].children):
            break  # "refused to join sanctions over its invasion of X": a cause with its own agent happened
        if tok.dep_ == "prep" and tok.lower_ == "to" and tok.head.lemma_.lower() in table("syntax")["cessation_nouns"]:
            break  # "demanded a halt to Russian strikes": the strikes go on, whatever is asked of them
        tok = tok.head
        path.append(tok)
    return path


def _noun_conjunct(tok: Token) -> bool:
    """Is ``tok`` a noun coordinated with another, so in its slot ("wants peace and dialogue with X": wanted too)?"""
    return tok.dep_ == "conj" and tok.pos_ in {"NOUN", "PROPN"} and tok.head.pos_ in {"NOUN", "PROPN"}


def first_conjunct(tok: Token) -> Token:
    """The first of the nouns ``tok`` is coordinated with, whose slot it stands in; ``tok`` itself if none."""
    while _noun_conjunct(tok) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _own_act(clause: Token) -> bool:
    """Is the clause's subject its reporter, by a pronoun or the same word ("Iran warned it could strike")? Not
    "it" after a plural or another pronoun ("analysts said it may deploy", "it may strike, they said")."""
    reporters = [c for c in clause.head.children if c.dep_ == "nsubj"]
    own = {c.lower_ for c in reporters}
    plural = any(c.tag_ in {"NNS", "NNPS"} or (c.pos_ == "PRON" and c.lower_ != "it") for c in reporters)
    return any(c.dep_ == "nsubj" and (c.pos_ == "PRON" and not (c.lower_ == "it" and plural) or c.lower_ in own)
               for c in clause.children)


def _own_claim(clause: Token, verb: Token) -> bool:
    """Is a claim's content about the one who dismisses it: its subject a pronoun, one's own ("his country"), or
    the dismisser's own word ("Iran rejected claims that Iran ...")?"""
    said = {c.lower_ for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ == "PRON" or c.lower_ in said or any(
        g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)) for c in clause.children)


def governors(path: list[Token]) -> list[Token]:
    """The tokens of ``path`` above the trigger whose own word governs it: a coordinated verb's first
    conjunct lends its auxiliaries ("will tighten ... and impose"), not its meaning ("refused to X and urged Y")."""
    return [tok for i, tok in enumerate(path) if i and not (path[i - 1].dep_ == "conj" and path[i - 1].head.i == tok.i)]


def modality(trigger: Token, spent: int | None = None) -> str:
    """The strongest modality cue on the trigger's governing path.

    ``spent``: a governing word whose meaning the relation already holds (a reversal: "prohibited aid"), read for
    its auxiliaries and negation but not for its own word."""
    return max(cues(trigger, spent) & RANK.keys(), key=RANK.__getitem__, default="asserted")


def intention_word(tok: Token) -> bool:
    """Does ``tok`` name an intention: a word of the lexicon's ``intentions`` ("plans", "ready"), or as an adjective
    one of its ``intention_adjectives`` ("open to talks"; the verb in "opened fire" is an act)?"""
    lemma, lex = tok.lemma_.lower(), table("modality")
    return lemma in lex["intentions"] or (tok.pos_ == "ADJ" and lemma in lex["intention_adjectives"])


def said_on(tok: Token) -> bool:
    """Is ``tok`` the occasion of a request or a report (the lexicon's ``occasion_nouns``), in a phrase its
    ``occasion_preps`` open on the verb ("told Wang Yi in a phone call that ...", "urged X during talks to ...")? The
    occasion happened; only what was asked is open."""
    syn = table("syntax")
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in syn["occasion_preps"] \
        and tok.lemma_.lower() in syn["occasion_nouns"] else None  # (not "in coordination with X": how)
    return verb is not None and (is_reporting(verb) or verb.lemma_.lower() in table("modality")["requests"])


def cues(trigger: Token, spent: int | None = None) -> set[str]:
    """Every modality cue on the trigger's governing path ("unclear whether X will": hedged and intended), and
    "doubt" when a hedge is more than a conditional "would" ("would not hesitate to strike" is no doubt)."""
    lex = table("modality")
    found: set[str] = set()
    note = found.add
    path = path_up(trigger)
    lexical = {t.i for t in governors(path)} - {spent}
    top = path[-1]
    if top.dep_ == "ROOT" and top.right_edge.text == "?":  # "Will China invade Taiwan?": asked, not said
        note("hedged")
        note("doubt")
    for i, tok in enumerate(path):
        if i > 1 and purpose_relative(path[i - 2]) and path[i - 1].lemma_.lower() in lex["capacity_nouns"]:
            note("hedged")  # "could be in a position to attack X": a capacity, no act
        if i > 1 and purpose_relative(path[i - 2]):  # "failed to agree on steps to normalise ties": above the noun
            note = _negation_only(found)  # ("a bid to join"), only a denial reaches a purpose ("will lead the
            # coalition to defeat X" fights X)
        negated_head = tok.tag_ in {"VB", "VBN"} and any(c.dep_ == "neg" for c in tok.children)
        if i and path[i - 1].dep_ == "conj" and negated_head and (
                path[i - 1].tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" for c in path[i - 1].children)):
            break  # "did not want war and urged X", "will not normalise ties and has warned X": a verb coordinated
            # after the negated one, finite or with an auxiliary of its own, is not under it
        lemma = tok.lemma_.lower() if tok.i in lexical else ""
        if lemma in lex["negators"]:
            note("negated")
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None) if lemma else None
        if particle and f"{lemma} {particle}" in lex["denials"]:
            lemma = f"{lemma} {particle}"  # "head off", "ward off": phrasal denials
        if lemma in lex["endings"] and i == 1 and path[0].dep_ == "nsubj" and path[0].pos_ == "NOUN":
            note("negated")  # "the friendship between X and Y has collapsed": it holds no more
        if lemma in lex["denials"] and path[i - 1].dep_ not in {"nsubj", "nsubjpass", "csubj"}:
            # "failed to mediate" denies the mediation; "the mediation failed" does not; "refused to rule out
            # sanctions" denies a reluctance: the sanctions stay open
            note("intended" if any(p.lemma_.lower() in lex["reluctance"] for p in path[1:i]) else "negated")
        if i and path[i - 1].dep_ in {"acl", "ccomp"} and lemma in lex["claim_nouns"] and tok.dep_ == "dobj" \
                and tok.head.lemma_.lower() in lex["claim_dismissals"] and _own_claim(path[i - 1], tok.head):
            note("negated")  # "rejected the charge that his country was hostile to X": denied by the one it is about
            # (one rejecting a charge against another only disputes it)
        if i and trigger.pos_ == "VERB" and trigger.tag_ in {"VBG", "VB"} and (lemma in lex["oppositions"] or (
                tok.dep_ == "prep" and tok.lower_ in lex["oppositions"] and tok.head.lemma_.lower() == "be")) \
                and not any(p.pos_ in {"NOUN", "PROPN"} for p in path[1:i]):
            note("hedged")  # "is against hosting US troops", "opposed Sweden joining NATO": no hosting, no joining yet
            # (but "opposed the invasion", "opposed the US move to deploy X": the invasion, the move are under way)
        intends = bool(lemma) and intention_word(tok)
        if intends and not (path[i - 1].dep_ == "dobj" and lemma in table("syntax")["agent_verbs"]):
            note("intended")  # (but "committing genocide" commits it: an act its object names is done)
        wished = intends and i > 0 and path[i - 1].dep_ == "dobj"  # "wants talks with X": its own
        if lemma in lex["hedges"] or (lemma in lex["requests"] and not wished and not said_on(trigger)):
            # ("told X in a phone call that ...": the call is when it was asked, not what)
            note("hedged")
            note("doubt")
        subject = any(p.dep_ in {"nsubj", "nsubjpass", "csubj"} for p in path[:i])  # the act is what the clause is about
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex["awaited_marks"] for c in tok.children) \
                and any(c.dep_ == "aux" and c.lower_ in {*lex["future"], *lex["reported_future"]} for c in tok.head.children):
            note("hedged")  # "would continue until the Houthis stopped firing": not yet stopped
        reported = tok.dep_ == "ccomp" and is_reporting(tok.head)
        warned = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex["threat_verbs"] and _own_act(tok)
        reluctant = i > 0 and lemma in lex["reluctance"]  # "would not hesitate to strike": a negated reluctance
        for child in tok.children:
            cl = child.lower_
            if child.dep_ == "neg" or (child.dep_ in {"det", "advmod", "dobj"} and cl in lex["negators"]) or (
                    child.dep_ == "advmod" and any(g.dep_ == "neg" for g in child.children)  # "is no longer"
                    and not any(g.lower_ in lex["focus_adverbs"] for g in child.children)) or (  # (not "not just")
                    child.dep_ in {"nsubj", "nsubjpass"} and any(  # "Neither Serbia nor Kosovo accepted"
                        g.dep_ in {"det", "preconj"} and g.lower_ in lex["negating_determiners"] for g in child.children)):
                note("intended" if reluctant else "negated")
            elif i == 0 and child.dep_ == "dobj" and tok.pos_ in {"VERB", "AUX"} and any(
                    g.dep_ == "det" and g.lower_ in lex["negators"] for g in child.children):
                note("negated")  # "sent no troops", "received no notification from X": nothing sent or received
            elif i and child.dep_ == "advmod" and cl in lex["pending"].get(tok.lemma_.lower(), ()):
                note("negated")  # "has yet to approve": not approved
            elif child.dep_ == "aux" and warned and (cl in lex["hedges"] or cl in lex["future"]):
                note("intended")  # "warned it could use force against Iran": what the warner may do is threatened
            elif child.dep_ == "aux" and subject and cl in lex["reported_future"]:
                note("hedged")  # "allowing Ukraine to strike Russia would mean war": a supposed act
            elif child.dep_ == "aux" and subject and cl in lex["future"]:
                pass  # "the grant will support conservation": the clause's future is not its subject act's intent
            elif i == 0 and child.dep_ == "det" and cl in lex["hypothetical_determiners"]:
                note("hedged")  # "any Chinese support for Russia would have consequences": a supposed act
            elif child.dep_ == "aux" and reported and cl in lex["reported_future"]:
                note("intended")  # "they said they would blockade Paris": a future in reported speech is an announced act
            elif child.dep_ in {"aux", "advmod", "mark", "amod"} and (cl in lex["hedges"] or child.lemma_.lower() in lex["hedges"]):
                note("hedged")
                if not (child.dep_ == "aux" and cl in lex["reported_future"]):
                    note("doubt")
            elif child.dep_ == "aux" and cl in lex["future"]:
                note("intended")
    return found


def own_warning(trigger: Token) -> bool:
    """Is the act one its own doer says it may do ("Russia said it may strike X", "they could hit Y")? Said of a
    forceful act, that is a threat; "may have struck" is a hedge on the past."""
    lex = table("modality")
    for tok in path_up(trigger):
        if tok.dep_ == "ccomp" and is_reporting(tok.head) and _own_act(tok):
            aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
            return bool(aux & set(lex["hedges"])) and not aux & set(lex["perfect"])
    return False


def _negation_only(found: set[str]) -> Callable[[str], None]:
    """A cue recorder that keeps a negation only (for the words above a purpose's noun)."""
    return lambda cue: found.add(cue) if cue == "negated" else None


def refused(trigger: Token, standing: bool = False) -> bool:
    """Does the text say the act will not be done ("would not meet the demands", "won't hold talks", "does not
    recognise the court")?

    A negation and a future auxiliary on the same verb of the trigger's path: a refusal, not a denial of the past.
    ``standing``: a present one too, for a verbal act ("does not recognise" refuses; "does not trade" only denies)."""
    lex = table("modality")
    future = {*lex["future"], *lex["reported_future"], *(lex["standing"] if standing else ())}
    path = path_up(trigger)
    for i, tok in enumerate(path):
        if i and path[i - 1].dep_ == "conj" and path[i - 1].tag_ in {"VBD", "VBZ", "VBP"}:
            break  # "said he would not be provoked and called on Beijing": a finite verb after it is not refused
        kids = list(tok.children)
        if any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in future for c in kids):
            return True
    return False


def conditioned(clause: Token) -> bool:
    """Is ``clause`` stated on a condition, an "if" clause under it ("if X intervened, it would be aggression")?"""
    marks = table("modality")["condition_marks"]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in clause.children)


def ultimatum(trigger: Token) -> bool:
    """Is the act stated as what will happen unless someone complies ("will withdraw unless Chad agrees", "could halt
    transit if the crossings are not reopened")?"""
    lex = table("modality")
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and (m.lower_ in lex["ultimatum_marks"] or (
        m.lower_ in lex["condition_marks"] and any(n.dep_ == "neg" for n in c.children))) for m in c.children)
               for tok in path_up(trigger) for c in tok.children)


def decided(trigger: Token) -> bool:
    """Is the act announced as what its doer will do, by a future auxiliary on its own verb or a decision verb above it,
    with no threat verb and no negation above it ("announced it would quit the bloc", "will impose tariffs", "agreed to
    freeze the assets of X"; not "threatened to impose restrictions", "would not hesitate to sanction X", "refused to
    rule out sanctions")?"""
    lex = table("modality")
    verb = trigger.head if trigger.dep_ in {"dobj", "nsubjpass"} else trigger
    path, threats = path_up(trigger), set(lex["threat_verbs"])
    announced = any(c.dep_ == "aux" and c.lower_ in {*lex["future"], *lex["reported_future"]} for c in verb.children)
    agreed = any(tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex["decision_verbs"] for tok in path)
    return (announced or agreed) \
        and not any(tok.head.lemma_.lower() in threats for tok in path if tok.head is not tok) \
        and not any(c.dep_ == "neg" for tok in path for c in tok.children)


def denied_charge(trigger: Token) -> bool:
    """Is the act a charge its sentence says was denied ("accused Kabul of sheltering X, a charge the Afghan government
    denies", "accused Iran of arming Y, charges Tehran has always denied")?"""
    lex = table("modality")
    accuser = accusation(trigger)
    if accuser is None or accuser.i == trigger.i:
        return False
    nouns = [u for u in accuser.subtree if u.lemma_.lower() in lex["claim_nouns"] and u.dep_ in {"appos", "conj", "npadvmod"}]
    return any(v.lemma_.lower() in lex["claim_dismissals"] and v.dep_ in {"relcl", "ccomp", "acl"} for n in nouns
               for v in n.children)


def unanswered(trigger: Token) -> bool:
    """Is the act what a speaker did not say or declined to say ("did not say whether it had raised the matter with
    X", "declined to say if ..."): no claim either way."""
    lex = table("modality")
    top = path_up(trigger)[-1]
    verb = top.head
    if top.dep_ != "ccomp" or not is_reporting(verb) or not any(
            c.dep_ == "mark" and c.lower_ in lex["question_marks"] for c in top.children):
        return False
    declined = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex["denials"]
    return declined or any(c.dep_ == "neg" for c in verb.children)


def performed(trigger: Token) -> bool:
    """Does a first person do the act by saying they wish to ("I want to thank Jordan", "we would like to welcome")?"""
    lex = table("modality")
    return any(tok.lemma_.lower() in lex["performatives"]
               and any(c.dep_ == "nsubj" and c.lower_ in first_person() for c in tok.children) for tok in path_up(trigger))
