"""Members named for a group ("Western governments, including Germany", "its backers, notably Russia") and
companions named beside an actor ("France, together with Britain, ...").

The members act wherever the group does ("several states, including Chile, condemned X": Chile condemns X), and
a group that is itself an actor ("the alliance, including Turkey and Greece") has each of them as a member
(``structural.inclusions``). The lexicon's ``inclusion_marks`` are the words that introduce members: a preposition
("including", "such as") or an adverb on an apposition ("notably", "especially"). Companions (``company_marks``: "together with", "along with",
"alongside") do what the actor they are named beside does, whether the parser hangs them on it or on the verb; so do
the actors an echo of the verb names after it ("X condemned Y, as did Z", "and so did Z"; the lexicon's ``echo_verbs``).
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import table


def member_tokens(tok: Token) -> list[Token]:
    """The tokens naming members of ``tok``, with their conjuncts; empty when no inclusion mark introduces any."""
    marks = table("syntax")["inclusion_marks"]
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "prep":
            word = "such as" if c.lower_ == "as" and any(s.lower_ == "such" for s in c.children) else c.lower_
            heads = [o for o in c.children if o.dep_ == "pobj"] if word in marks and not (
                word in table("syntax")["likeness_marks"] and tok.pos_ == "PROPN") else []  # ("Honduras, like its
            # neighbours, ..." compares; "countries like Chile" names members)
        elif c.dep_ == "appos" and c.i > tok.i:
            heads = [c] if any(a.dep_ == "advmod" and a.lower_ in marks for a in c.children) else []
        else:
            continue
        out += [t for h in heads for t in (h, *h.conjuncts)]
    return out


def companions(tok: Token) -> list[Token]:
    """The tokens named as doing what ``tok`` (an actor, or a verb) does: "X, along with Y, attacked Z"."""
    marks = table("syntax")["company_marks"]
    out: list[Token] = []
    for p in (c for c in tok.children if c.dep_ == "prep"):
        adverbs = [a.lower_ for a in p.children if a.dep_ == "advmod" and a.i < p.i]
        inner = [q for q in p.children if q.dep_ == "prep" and f"{p.lower_} {q.lower_}" in marks]  # "along" + "with"
        if inner:
            heads = [o for q in inner for o in q.children if o.dep_ == "pobj"]
        elif p.lower_ in marks or any(f"{a} {p.lower_}" in marks for a in adverbs):  # "alongside", "together with"
            heads = [o for o in p.children if o.dep_ == "pobj"]
        else:
            continue
        out += [t for h in heads for t in (h, *h.conjuncts)]
    return out


def echoes(verb: Token) -> list[Token]:
    """The tokens an echo of ``verb`` names as doing it too: "X condemned Y, as did Z" (an "as" clause), "and so did Z"
    (a conjunct after "so"), a pro-verb with nothing of its own but its actor."""
    out: list[Token] = []
    for c in verb.children:
        if c.i < verb.i or c.lemma_.lower() not in table("syntax")["echo_verbs"] or any(
                x.dep_ in {"ccomp", "xcomp", "acomp", "attr", "oprd", "dative", "aux"} for x in c.children):
            continue
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            slots = {"nsubj"}
        elif c.dep_ == "conj" and any(m.dep_ == "advmod" and m.lower_ == "so" and m.i < c.i for m in c.children):
            slots = {"nsubj", "dobj"}  # "and so did Z", Z parsed as the object
        else:
            continue
        out += [t for x in c.children if x.dep_ in slots and x.i > c.i for t in (x, *x.conjuncts)]
    return out


def collectives(verb: Token) -> list[Token]:
    """The tokens naming a body the verb's subject acts as part of ("is working as part of the Global Coalition to
    defeat X"): it does the act too (the lexicon's ``collective_parts``)."""
    parts = table("syntax")["collective_parts"]
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in parts
            for q in n.children if q.dep_ == "prep" and q.lower_ == "of"
            for h in q.children if h.dep_ == "pobj" for o in (h, *h.conjuncts)]
