"""The names the NER and the gazetteer ruler found, mended: a title's tail or another's given names taken into a
name, a known name that is only part of a longer one, a possessed body cut from its possessor.

Plain functions over a ``Doc``; ``kg.nlp`` registers them as pipeline components and knows their order.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from . import gazetteer as gazetteer_mod
from .extract import lexicon

POSSESSIVES = {"'s", "’s"}  # the possessive token, read before the tagger has run


@lru_cache(maxsize=1)
def _known() -> gazetteer_mod.Gazetteer:
    """The default gazetteer the ruler's patterns come from, read once (not a directory listing per document)."""
    return gazetteer_mod.load()


def title_tails(doc: Doc) -> Doc:
    """Start a person's name after the tail of a hyphenated title the NER took into it, as a person or an organisation
    ("GCC Secretary-General Jasem Albudaiwi": the person "Jasem Albudaiwi", the title "Secretary-General"); lexicon
    ``title_tails``."""
    tails = lexicon.table("syntax")["title_tails"]

    def tail(i: int) -> bool:  # "Secretary-General": the title's tail at token i
        return i >= 2 and doc[i].lower_ in tails and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_

    ents = list(doc.ents)
    for k, e in enumerate(ents):
        if e.label_ in {"PERSON", "ORG"} and len(e) > 2 and tail(e.start):
            ents[k] = Span(doc, e.start + 1, e.end, label="PERSON")
        elif e.label_ == "ORG" and len(e) > 1 and tail(e.start - 1):  # (the NER may have left the tail out)
            ents[k] = Span(doc, e.start, e.end, label="PERSON")
    if ents != list(doc.ents):
        doc.ents = ents
    return doc


def name_joins(doc: Doc) -> Doc:
    """Make a known person's name that is only part of a longer name someone else's: the gazetteer's surname after
    given names the NER found ("Finance Minister Bishnu Prasad Paudel" is not President Ram Chandra Paudel) or a
    name hyphened to the next ("Yunus-Bek Yevkurov" is not Muhammad Yunus); and take the rest of an organisation's
    name the NER cut before "and" ("the Centre for Memory and Dialogue"), a mission's before its place ("the U.N.
    Support Mission in Libya": the lexicon's ``mission_heads``), or a facility's before its kind ("the Banjska
    monastery": ``facility_nouns``)."""
    gaz = _known()

    def given(before: Span, surname: Span) -> bool:  # "Adel ... Jubeir": a word of the known person's own names
        words = {w for _, name in gaz.get(surname.ent_id_).forms() for w in re.split(r"[\s-]+", name.lower())}
        return any(t.lower_ in words for t in before if not t.is_punct)

    ents = list(doc.ents)
    out: list[Span] = []
    for k, e in enumerate(ents):
        if e.label_ in {"ORG", "FAC"} and (end := _and_tail(e)) > e.end \
                and not (k + 1 < len(ents) and ents[k + 1].start < end):
            out.append(Span(doc, e.start, end, label=e.label_))  # "the Centre for Memory and Dialogue"
            continue
        place = ents[k + 1] if k + 1 < len(ents) else None
        if e.label_ == "ORG" and e[-1].lower_ in lexicon.table("syntax")["mission_heads"] and place is not None \
                and place.start == e.end + 1 and doc[e.end].lower_ in lexicon.table("syntax")["mission_preps"] \
                and place.label_ in {"State", "Location", "GPE", "LOC"}:
            for t in place:
                t.ent_id_ = ""
            out.append(Span(doc, e.start, place.end, label="ORG"))  # "the U.N. Support Mission in Libya"
            continue
        site = _site_end(e)
        if site > e.end and not (k + 1 < len(ents) and ents[k + 1].start < site):
            out.append(Span(doc, e.start, site, label="FAC"))  # "the Banjska monastery", "the Burshtyn power plant"
            continue
        if e.label_ != "Person" or not e.ent_id_:
            out.append(e)
            continue
        start, end = e.start, e.end
        if len(e) == 1 and out and out[-1].end == start and out[-1].label_ == "PERSON" and not given(out[-1], e):
            start = out.pop().start
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title:
            end += 2
            if k + 1 < len(ents) and ents[k + 1].start == end and ents[k + 1].label_ == "PERSON":
                end = ents[k + 1].end
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                end += 1  # (the surname the NER left out)
        if (start, end) == (e.start, e.end):
            out.append(e)
            continue
        for t in e:
            t.ent_id_ = ""
        out.append(Span(doc, start, end, label="PERSON"))
    if len(out) != len(ents) or any(a is not b for a, b in zip(out, ents)):
        doc.ents = [e for e in out if not any(o is not e and o.start <= e.start < o.end for o in out)]
    return doc


def _site_end(ent: Span, reach: int = 3) -> int:
    """Where a facility's name ends that the NER cut before its kind: an unknown name followed by up to ``reach``
    lower-case words that end in a facility noun (the lexicon's ``facility_nouns``: "Burshtyn | power plant"); else
    the name's own end."""
    doc = ent.doc
    if ent.ent_id_ or ent.label_ not in {"ORG", "GPE", "LOC", "FAC"}:
        return ent.end
    facilities = lexicon.table("syntax")["facility_nouns"]
    for end in range(ent.end, min(ent.end + reach, len(doc))):
        t = doc[end]
        if not t.is_lower or t.pos_ not in {"NOUN", "ADJ"} or t.ent_type_:
            return ent.end
        if t.lemma_.lower() in facilities and (end + 1 == len(doc) or doc[end + 1].pos_ not in {"NOUN", "PROPN"}):
            return end + 1
    return ent.end


def _and_tail(ent: Span) -> int:
    """Where an organisation's name ends that the NER cut before "and" ("the Centre for Memory | and Dialogue"): after
    capitalised words with no entity, when the name reads "... for (of) X"; else its own end."""
    doc = ent.doc
    if len(ent) < 3 or ent[-2].lower_ not in lexicon.table("syntax")["name_preps"] or not ent[-1].is_title \
            or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return ent.end
    end = ent.end + 1
    while end < len(doc) and doc[end].is_title and not doc[end].ent_type_ and not doc[end].is_sent_start:
        end += 1
    return end if end > ent.end + 1 else ent.end


def name_guard(doc: Doc) -> Doc:
    """Drop gazetteer matches glued by a hyphen to the word before them ("al-Kuwaiti" is part of a name), places
    that open an organisation's name ("the Kashmir Liberation Front") or stand inside one ("the Centre for Arctic
    Policy", "Save Romania Union"), persons that open a thing's ("the Trump
    Route") and bodies a capitalised word before them makes part of a longer name ("the National Security Council"
    is not the UN's): the NER may take the whole."""
    ents = tuple(s for e in doc.ents for s in _possessor(e))
    keep = [e for e in ents
            if not (e.start >= 2 and doc[e.start - 1].text == "-" and not doc[e.start - 2].whitespace_
                    and not doc[e.start - 1].whitespace_ and (doc[e.start - 2].is_lower or doc[e.start - 2].lower_
                                                              in lexicon.table("syntax")["glued_prefixes"]))
            and not _opens_name(e)
            and not _ends_name(e) and not _names_thing(e) and not _inside_name(e) and not _in_party_name(e)]
    if len(keep) != len(ents) or keep != list(doc.ents):
        for e in ents:
            if e not in keep:
                for t in e:
                    t.ent_id_ = ""  # or a later, longer entity over this token would inherit the id
        doc.ents = keep
    return doc


def _possessor(ent: Span) -> tuple[Span, ...]:
    """A gazetteer match whose last word opens a hyphenated modifier, as its possessor and the rest ("Sudan's
    army-backed government" is Sudan's government, backed by its army: Sudan, and the army), else the match."""
    doc = ent.doc
    owner = next((t.i for t in ent if t.text in POSSESSIVES), None)
    if owner is None or ent.end + 1 >= len(doc) or doc[ent.end].text != "-" or doc[ent.end - 1].whitespace_ \
            or doc[ent.end].whitespace_ or not doc[ent.end + 1].is_lower:
        return (ent,)
    actor = _known().lookup(doc[ent.start:owner].text)
    if actor is None:
        return (ent,)
    for t in doc[ent.start:owner + 1]:
        t.ent_id_ = ""
    return (Span(doc, ent.start, owner, label=actor.cls, span_id=actor.id),
            Span(doc, owner + 1, ent.end, label=ent.label_, span_id=ent.ent_id_))


def _names_thing(ent: Span) -> bool:
    """Is this person's name the first word of a thing's name: "the" before it and a capitalised word after it ("the
    Trump Route for International Peace", "the Putin Doctrine"; not "the Trump administration")?"""
    doc = ent.doc
    return ent.label_ == "Person" and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent.end < len(doc) \
        and doc[ent.end].is_title and not doc[ent.end].ent_type_


def _ends_name(ent: Span) -> bool:
    """Is this organisation the tail of a longer name: a capitalised word, no entity and no stop word, right before
    it ("National Security Council", "Supreme Court")? Not a person ("President Putin"), a place or a thing ("Air
    Force F-16s")."""
    if ent.label_ in {"Person", "State", "Location", "WeaponSystem", "Infrastructure"} or ent.start == 0 \
            or not ent.ent_id_:
        return False
    before = ent.doc[ent.start - 1]
    return before.is_title and not before.is_stop and not before.ent_type_ \
        and before.lower_ not in lexicon.table("syntax")["sentence_adverbs"]


def _in_party_name(ent: Span) -> bool:
    """Is this state the middle of a party's or movement's name: a capitalised word that is no name before it and an
    organisation's head word after it ("Save Romania Union", "the Progressive Slovakia party")?"""
    doc = ent.doc
    if ent.label_ != "State" or ent.start == 0 or ent.end >= len(doc):
        return False
    before, after, syn = doc[ent.start - 1], doc[ent.end], lexicon.table("syntax")
    return before.is_title and not before.is_stop and not before.ent_type_ \
        and after.lower_ in syn["organisation_heads"] and before.lower_ not in syn["sentence_adverbs"]


def _inside_name(ent: Span) -> bool:
    """Is this place or state inside an organisation's name, after its head and a preposition and before a capitalised
    word ("the Nordic Centre for Arctic Policy", "the Institute for Middle East Studies"; not "the Centre for Iran")?"""
    doc = ent.doc
    return ent.label_ in {"State", "Location"} and ent.start >= 2 \
        and doc[ent.start - 1].lower_ in lexicon.table("syntax")["name_preps"] \
        and doc[ent.start - 2].is_title and doc[ent.start - 2].lower_ in lexicon.table("syntax")["organisation_heads"] \
        and ent.end < len(doc) and doc[ent.end].is_title and not doc[ent.end].ent_type_


def _opens_name(ent: Span) -> bool:
    """Is this place or state the first word of an organisation's name ("the Kashmir Liberation Front": up to three
    capitalised words after it, the last one of the lexicon's ``organisation_heads``, or a company's, ending the name,
    of its ``company_heads``: "Iran Air"; not "Russia's Security Council", "the Pakistan Air Force")? Or an
    intergovernmental body's name the first words of a mission's ("the African Union Support and Stabilization
    Mission": up to four capitalised words, "and" between them, the last of its ``mission_heads``)?"""
    doc = ent.doc
    if ent.label_ == "IGO":
        missions = lexicon.table("syntax")["mission_heads"]
        for end in range(ent.end, min(ent.end + 5, len(doc))):
            if doc[end].lower_ in missions and doc[end].is_title:
                return True
            if not (doc[end].is_title or (doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title)):
                return False
        return False
    if ent.label_ not in {"State", "Location"}:
        return False
    heads, companies = lexicon.table("syntax")["organisation_heads"], lexicon.table("syntax")["company_heads"]
    if ent.end < len(doc) and doc[ent.end].text in POSSESSIVES:
        return False  # "Russia's Security Council": the state's own body
    for end in range(ent.end, min(ent.end + 4, len(doc))):
        if not (doc[end].is_title or doc[end].text in POSSESSIVES):
            return False
        if doc[end].lower_ in heads or (doc[end].lower_ in companies
                                        and (end + 1 == len(doc) or not doc[end + 1].is_title)):
            return True
    return False
