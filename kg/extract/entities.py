"""Actor and place mentions in a parsed document: gazetteer matches first, statistical NER after."""
from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from ..gazetteer import Actor, Gazetteer
from ..model import Mention
from ..resolve import PERSON
from ..resources import DATA
from .lexicon import table
from .modality import first_conjunct

LEADING = {"the", "a", "an"}


@lru_cache(maxsize=1)
def ner_labels() -> Mapping[str, str | None]:
    """The NER-label → ontology-class table from ``data/ner_labels.json``."""
    table = json.loads((DATA / "ner_labels.json").read_text(encoding="utf-8"))
    return {k: v for k, v in table.items() if not k.startswith("_")}


def trim(span: Span) -> Span:
    """Drop a leading article or preposition, a trailing possessive and an unclosed bracket ("the Alliance for the
    Union of Romanians (AUR": the acronym after it is a name of its own) from an entity span."""
    start, end = span.start, span.end
    opened = next((t.i for t in span if t.text == "(" and t.i > start), None)
    if opened is not None and not any(t.text == ")" for t in span):
        end = opened
    places = table("syntax")["place_preps"]
    while start < end - 1 and (span.doc[start].lower_ in LEADING or span.doc[start].lower_ in places):
        start += 1
    while end > start + 1 and (span.doc[end - 1].tag_ == "POS" or span.doc[end - 1].is_punct
                               or span.doc[end - 1].pos_ in {"ADP", "DET", "CCONJ"}):
        end -= 1  # "the Government of" (the NER stopped where the gazetteer's "Iraq" began)
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label_, span_id=span.id_)


def mention_of(span: Span, doc_id: str, gaz: Gazetteer, classes: Collection[str] = ()) -> Mention | None:
    """One entity span as a mention, or None when it names nothing the ontology tracks.

    A span labelled with an ontology class name (by a ruler, or a hand-built parse) keeps it.
    """
    located = span[0].lower_ in table("syntax")["place_preps"] and len(span) > 1  # "Near Raqqah" taken for a name
    span = trim(span)
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in table("syntax")["likeness_suffixes"]:
        return None  # "a Russian-style law", "Soviet-era tanks": a manner or a period, not the actor
    if _once_part(span):
        return None  # "the former Soviet republic": a state once part of the Soviet Union, left to the argument rules
    actor = gaz.actors.get(span.ent_id_) if span.ent_id_ else None
    source = "gazetteer"
    if actor is None:
        actor = gaz.lookup(span.text)
        source = "ner"
    if actor is None and span.label_ in {"NORP", "ORG", "PERSON"} and len(span) == 1 and span.text.endswith("s") \
            and gaz.form(span.text[:-1]) == "demonyms":
        return None  # "Syrians", "the Greenlanders": a nation's people, no organisation (the argument rules read them:
        # "the Iranians" as the state, "detained two Americans" as people of the United States)
    if actor is None and span.label_ in {"GPE", "NORP"}:
        actor = gaz.misspelt(span.text)  # "a fresh offer from Afganistan"
    if actor is not None and actor.cls == "State" and end < len(doc) \
            and doc[end].lower_ in table("syntax")["region_nouns"] and gaz.form(span.text) == "metonyms":
        return Mention(doc_id, span.start_char, span.end_char, span.text, "Location", None, "ner")  # "Buenos Aires
        # province", "Khartoum state": the region around a capital, not the state
    named = first_conjunct(span.root)  # ("the Paris and Minsk agreements": both)
    if actor is not None and actor.cls == "State" and named.dep_ in {"compound", "nmod"} \
            and named.head.lower_ in table("syntax")["venue_nouns"] and gaz.form(span.text) == "metonyms":
        return Mention(doc_id, span.start_char, span.end_char, span.text, "Location", None, "ner")  # "the Vienna
        # Convention", "the Minsk agreements": the city a text was signed in, not its state
    if actor is not None and actor.cls != "State" and actor.part_of and _foreign_owner(span, gaz, actor):
        return Mention(doc_id, span.start_char, span.end_char, span.text, actor.cls, None, "ner")  # another state's
    if actor is not None:
        return Mention(doc_id, span.start_char, span.end_char, span.text, actor.cls, actor.id, source)
    lowered = span.text.lower()
    if located or lowered in table("syntax")["fixed_groups"] or lowered in table("syntax")["commodity_nouns"]:
        return None  # a place the NER took for a name, "the two Koreas" (left to the argument rules) or goods ("LNG")
    if span.root.lemma_.lower() in table("syntax")["agreement_nouns"] | table("syntax")["document_nouns"]:
        return None  # "the Indus Waters Treaty", "Joint Statement": an agreement or a text, not an actor
    if all(t.lower_ in table("generic_actors") for t in span) or (
            span.label_ == "ORG" and table("generic_actors").get(span.root.lower_) == "GovernmentBody"
            and not _named_body(span, gaz)):
        return None  # "Government", "defense ministry": common nouns, left to the argument rules ("Japan's defense ministry")
    cls = span.label_ if span.label_ in classes else ner_labels().get(span.label_)
    if cls == "Infrastructure" and span.label_ not in classes \
            and any(w.lower_ in table("syntax")["organisation_heads"] for w in span):
        cls = "Organization"  # "the Gulf Policy Centre", "the Centre for Arctic Policy", buildings to the NER
    water = table("syntax")["water_nouns"]
    if span.label_ not in classes and (span[-1].lower_ in water or len(span) > 2 and span[0].lower_ in water
                                       and span[1].lower_ == "of"):
        cls = "Location"  # "the Gulf of Tonkin", "the Red Sea": water, whatever the NER said
    settlements = table("syntax")["settlement_nouns"]
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in settlements:
        cls = "Location"  # "the town of Adre", whatever the NER said
    if span.label_ not in classes and any(c.dep_ == "appos" and c.lemma_.lower() in settlements and not any(
            g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in span.root.children):
        cls = "Location"  # "Doklam, the plateau where ...", "Kalapani, a region" (not "X, the capital of Y")
    prep = span.root.head if span.root.dep_ == "pobj" else None
    sites = table("syntax")["site_nouns"]
    if prep is not None and prep.lower_ in table("syntax")["site_preps"] and any(
            s.lemma_.lower() in sites for s in (prep.head, *prep.head.children) if s.dep_ != "prep"):
        cls = "Location"  # "the crossing at Attari-Wagah", "shut its crossings, at Medininkai": a place
    group = next((k for c in span.root.children if c.dep_ == "appos"
                  if (k := table("generic_actors").get(c.lemma_.lower())) in {"Organization", "ArmedGroup"}), None)
    if cls == "Person" and span.label_ not in classes and group is not None:
        cls = group  # "Hurras al-Din, an al-Qaeda affiliate": a group, whatever the NER said
    if cls in {"Location", "Person", "Infrastructure"} and span.label_ not in classes and any(
            c.dep_ in {"compound", "appos"} and not span.start <= c.i < span.end
            and c.lower_ in table("syntax")["firm_descriptors"] for c in span.root.children):
        cls = "Company"  # "chipmaker Nexperia", "Orano, the French firm": a company, whatever the NER said
    if cls == "Organization" and span.label_ not in classes and len(span) > 1 \
            and span[-1].lower_ in table("syntax")["company_heads"]:
        cls = "Company"  # "Resolute Mining", "Nippon Steel": a company's name
    if cls == "Organization" and span.label_ not in classes and len(span) > 1 \
            and "the" not in {span[0].lower_, doc[span.start - 1].lower_ if span.start else ""} \
            and span[-1].lower_ not in table("syntax")["organisation_heads"] and any(
            c.dep_ == "relcl" and any(w.tag_ == "WP" and w.lower_ in table("syntax")["personal_relatives"]
                                      for w in c.children)
            for c in span.root.children):
        cls = "Person"  # "Beatriz Lemos, who directs ...": a person, whatever the NER said (not "... at the
        # Policy Institute, who has studied ...", the relative hung on the institute, nor "the Inter-American Dialogue
        # who ...": no name of a person has an article)
    weapons = table("syntax")["weapon_nouns"]
    head = span.root.head if span.root.dep_ in {"compound", "nmod"} else None  # ("Caesar self-propelled howitzers")
    if cls in {"Person", "Organization"} and span.label_ not in classes and head is not None and head.i >= span.end and (
            head.lower_ in weapons or any(c.dep_ == "compound" and c.lower_ in weapons for c in head.children)):
        cls = "WeaponSystem"  # "Hsiung Feng III missile batteries", "Kinzhal missiles": a weapon's name, not a person
    if cls == "Person" and span.label_ not in classes and len(span) == 1 and span.root.dep_ in {"compound", "amod"} \
            and table("generic_actors").get(span.root.head.lower_) in {"ArmedGroup", "Organization"}:
        return None  # "Sikh militants", "Tamil rebels": which group, not a person (left to the argument rules)
    if cls is None or not any(t.is_alpha for t in span) or span.text.endswith("-"):
        return None  # no letters, or a fragment of a hyphenated name the tokenizer split ("Itar-")
    if span.label_ not in classes and not any(t.text[:1].isupper() for t in span if t.pos_ != "DET"):
        return None  # "the kingdom of", taken for a name without one: left to the argument rules
    return Mention(doc_id, span.start_char, span.end_char, span.text, cls, None, "ner")


def _named_body(span: Span, gaz: Gazetteer) -> bool:
    """Does a capitalised word other than a state's, a generic actor word and the lexicon's ``body_name_words`` and
    ``force_modifiers`` make a phrase ending in a government body's word a name ("the Baloch Liberation Army"; not
    "the Defence Ministry", "Iraqi Security Forces", "the Armed Forces")?"""
    words = {*table("syntax")["body_name_words"], *table("syntax")["force_modifiers"]}
    return any(t.i != span.root.i and t.text[:1].isupper() and t.lower_ not in words and t.is_alpha
               and t.lower_ not in table("generic_actors")
               and not ((found := gaz.lookup(t.text)) is not None and found.cls == "State") for t in span)


def _once_part(span: Span) -> bool:
    """Is the span a demonym marked "former" or "ex-" before a description noun ("the former Soviet republic", "an
    ex-Soviet state": the lexicon's ``former_marks`` and ``description_nouns``)?"""
    syn, doc, root = table("syntax"), span.doc, span.root
    if root.dep_ not in {"amod", "compound"} or root.head.lower_ not in syn["description_nouns"]:
        return False
    before = [doc[span.start - 2]] if span.start >= 2 and doc[span.start - 1].text == "-" else []
    before += [c for c in root.head.children if c.dep_ == "amod" and c.i < span.start]
    return any(t.lower_ in syn["former_marks"] for t in before)


def _foreign_owner(span: Span, gaz: Gazetteer, actor: Actor) -> bool:
    """Does a state named right before a state body's name own it instead ("South Korea's Joint Chiefs of Staff",
    "the Iraqi National Security Council": not the American bodies of those names)?"""
    doc, i = span.doc, span.start
    tok = doc[i - 2] if i >= 2 and doc[i - 1].tag_ == "POS" else doc[i - 1] if i >= 1 and doc[i - 1].ent_type_ else None
    ent = next((e for e in doc.ents if tok is not None and e.start <= tok.i < e.end), None)
    owner = (gaz.actors.get(ent.ent_id_) or gaz.lookup(ent.text)) if ent is not None else None
    return owner is not None and owner.cls == "State" and owner.id != gaz.state_of(actor).id


def portfolio(span: Span, titles: Collection[str]) -> bool:
    """A one-word name inside an office title ("Defence Minister", "Secretary of State"): a portfolio, not an actor;
    so is a title the NER took for an organisation ("Iran's Supreme Leader"), left to the argument rules."""
    if span.ent_id_ or span.label_ != "ORG":  # only the statistical NER's organisations
        return False
    if span.root.i == span.end - 1 and span.root.lemma_.lower() in titles:
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if len(span) > 1 and span[-1].lower_ in table("syntax")["portfolio_heads"] and nxt is not None \
            and nxt.lemma_.lower() in titles:
        return True  # "External Affairs Minister X"
    words = [t for t in span if t.pos_ not in {"ADP", "PUNCT"}]  # ("Secretary of State for ...": "State for")
    if len(words) != 1 or len(words[0]) > 1 and words[0].text.isupper():
        return False  # ("a UPDF spokesman": an acronym names a body, not a portfolio)
    doc, i = span.doc, words[0].i
    after = doc[i + 1].lemma_.lower() if i + 1 < len(doc) else ""
    before = doc[i - 2].lemma_.lower() if i >= 2 and doc[i - 1].lower_ in {"of", "for"} else ""
    return after in titles or before in titles


def mentions(doc: Doc, doc_id: str, gaz: Gazetteer, classes: Collection[str] = (),
             titles: Mapping[str, str] | None = None, events: Collection[str] = ()) -> list[Mention]:
    """Every actor or place mention in ``doc``, in text order; ``classes`` are the ontology's class names,
    ``titles`` its title words (a name inside a title is no mention), ``events`` its event nouns (one opening a
    sentence is no name: '"Aggression against Guyana ..."')."""
    titles = titles or {}
    found = [_titled_name(m, ent, titles) for ent in _joined(doc.ents) if not portfolio(ent, titles)
             and not _opening_event(ent, events) and (m := mention_of(_untitled(ent, titles), doc_id, gaz, classes))]
    # "chipmaker Nexperia": then its bare name too is a company, whatever the NER took it for
    firms = {m.text for m in found if m.cls == "Company" and m.actor_id is None}
    found = [dataclasses.replace(m, cls="Company") if m.text in firms and m.actor_id is None else m for m in found]
    found += acronyms(doc, doc_id, gaz)
    found += named_groups(doc, doc_id, found)
    return sorted(found + surnames(doc, doc_id, found), key=lambda m: m.start)


def _titled_name(m: Mention, ent: Span, titles: Mapping[str, str]) -> Mention:
    """A name the NER took for an organisation, in apposition with a person's title, is a person ("Bangladesh's
    deputy high commissioner, Nural Islam", "Masaaki Kanai, the head of the bureau"; not "its operator, the
    Caspian Pipeline Consortium")."""
    personal = {titles.get("leader"), titles.get("member")} - {None}
    root = ent.root
    after = root.dep_ == "appos" and root.head.i < ent.start and titles.get(root.head.lemma_.lower()) in personal
    before = any(c.dep_ == "appos" and c.i >= ent.end and titles.get(c.lemma_.lower()) in personal
                 for c in root.children)
    if m.cls == "Organization" and m.actor_id is None and 1 < len(ent) <= 4 and (after or before) \
            and all(t.is_title or t.lower_ in table("syntax")["name_particles"] for t in ent) \
            and ent[-1].lower_ not in table("syntax")["organisation_heads"]:  # (a name's words, not "Land Component
        # Command - Operation Inherent Resolve")
        return dataclasses.replace(m, cls=PERSON)
    return m


def _joined(ents: Sequence[Span]) -> list[Span]:
    """The entities, a person's name the NER cut before a particle joined again ("Abdulaziz" + "bin Salman"), or
    after a capitalised first name the tagger took for a verb ("Saw" + "Chit Thu"), and an organisation's name cut
    before the place its "of" names ("... Liberation of" + "Rwanda"); a generation mark after a person's name is
    part of it ("Donald Trump Jr.")."""
    particles, suffixes = table("syntax")["name_particles"], set(table("syntax")["name_suffixes"])
    out: list[Span] = []
    for ent in ents:
        first = ent.doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "PERSON" and first is not None and first.tag_.startswith("VB") and first.is_title \
                and not first.is_sent_start and first.dep_ == "compound" and ent.start <= first.head.i < ent.end:
            ent = Span(ent.doc, ent.start - 1, ent.end, label=ent.label_)
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if ent.label_ in {"PERSON", PERSON} and after is not None and after.lower_ in suffixes and after.is_title:
            ent = Span(ent.doc, ent.start, ent.end + 1, label=ent.label_)  # "Donald Trump Jr.": another person
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and prev.label_ == ent.label_ == "PERSON" \
                and ent[0].lower_ in particles:
            out[-1] = Span(ent.doc, prev.start, ent.end, label=prev.label_)
        elif prev is not None and prev.end == ent.start and prev.label_ == "ORG" and prev[-1].lower_ == "of":
            out[-1] = Span(ent.doc, prev.start, ent.end, label=prev.label_)  # "the Democratic Forces for the
            # Liberation of" + "Rwanda": a name the gazetteer's state cut
        else:
            out.append(ent)
    return out


def definitions(text: str, found: Sequence[Mention]) -> dict[str, Mention]:
    """Short forms the text defines after a name ("Inter-Services Public Relations (ISPR)") → that name's mention;
    the document's own definition beats the gazetteer's ("Caspian Pipeline Consortium (CPC)" is no party)."""
    skips = set(table("syntax")["acronym_skips"])  # "of", "de", "the": words a short form may pass over
    out: dict[str, Mention] = {}
    for m in found:
        short = re.match(r"\s*\(\s*([A-Z][A-Za-z0-9]{1,7})\s*\)", text[m.end:m.end + 14])
        letters = "".join(c for c in short[1] if c.isupper()) if short else ""
        words = re.split(r"[\s\-]+", m.text)
        if len(letters) > 1 and short[1] not in out and (_initials(words, letters, skips) or sorted(letters) == sorted(
                w[:1].upper() for w in words if w.lower() not in skips)):  # (the short form of a name translated
            out[short[1]] = m  # with its words reordered: "Democratic Forces for the Liberation of Rwanda (FDLR)")
    return out


def _initials(words: Sequence[str], letters: str, skips: Collection[str]) -> bool:
    """Do ``letters`` spell the initials of ``words``, in order, passing over only ``skips``?"""
    if not letters:
        return all(w.lower() in skips for w in words)
    if not words:
        return False
    head, rest = words[0], words[1:]
    return (head[:1].upper() == letters[0] and _initials(rest, letters[1:], skips)) or (
        head.lower() in skips and _initials(rest, letters, skips))


def _opening_event(ent: Span, events: Collection[str]) -> bool:
    """Is ``ent`` one event noun the NER named because it opens a sentence or a quote?"""
    tok = ent[0]
    return len(ent) == 1 and not ent.ent_id_ and tok.lower_ in events and (
        tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].is_quote))


def _untitled(ent: Span, titles: Collection[str]) -> Span:
    """A person's name without the title the NER took into it ("King Abdullah": the title is read apart)."""
    if ent.label_ == "PERSON" and not ent.ent_id_ and len(ent) > 1 and ent[0].lower_ in titles and ent[1].is_title:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def acronyms(doc: Doc, doc_id: str, gaz: Gazetteer) -> list[Mention]:
    """Upper-case proper nouns the NER left out ("accused the TPLF of ..."): the gazetteer's actor, else an organisation."""
    out = []
    flags = doc.to_array(["ENT_IOB", "POS", "IS_UPPER", "IS_ALPHA"]).tolist()  # no Token objects for the other words
    for i in (i for i, (iob, pos, upper, alpha) in enumerate(flags) if iob == 2 and pos == PROPN and upper and alpha):
        t = doc[i]
        if 2 <= len(t) <= 6 \
                and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"} \
                and t.lower_ not in table("generic_actors") \
                and not (t.i > 1 and doc[t.i - 1].text == "(" and doc[t.i - 2].ent_iob_ != "O"):  # "Labor Office (ILO)"
            actor = gaz.lookup(t.text)
            out.append(Mention(doc_id, t.idx, t.idx + len(t), t.text, actor.cls if actor else "Organization",
                               actor.id if actor else None, "ner"))
    return out


def surnames(doc: Doc, doc_id: str, found: Sequence[Mention]) -> list[Mention]:
    """Lone surnames of people named in full elsewhere in the document that the NER left out or took for no actor
    ("Khalifa Haftar ... Haftar met X", "Gnassingbe" as a product): a person mention, which resolution links to the
    full name."""
    names = {get_string_id(m.text.split()[-1]) for m in found if m.cls == PERSON and len(m.text.split()) > 1}
    taken = _covered(found)
    words = doc.to_array(["ORTH"]).tolist()  # no Token objects for the other words
    return [Mention(doc_id, t.idx, t.idx + len(t), t.text, PERSON, None, "ner")
            for t in (doc[i] for i, w in enumerate(words) if w in names)
            if (t.ent_iob_ == "O" or ner_labels().get(t.ent_type_, "") is None)
            and t.pos_ == "PROPN" and t.idx not in taken
            and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss"}
            and not any(c.dep_ == "compound" for c in t.children)]


def named_groups(doc: Doc, doc_id: str, found: Sequence[Mention]) -> list[Mention]:
    """Groups named by capitalised words the NER left out before a group noun ("the Viv Ansanm coalition", "the
    Haqqani network"; lexicon ``named_group_heads``): an organisation, the mention spanning the group noun, the
    name its capitalised words."""
    heads = {get_string_id(w) for w in table("syntax")["named_group_heads"]}
    taken = _covered(found)
    out = []
    lowers = doc.to_array(["LOWER"]).tolist()  # no Token objects for the other words
    for t in (doc[i] for i, w in enumerate(lowers) if w in heads):
        if t.pos_ != "NOUN" or t.ent_iob_ != "O" or t.i == 0:
            continue
        first = t.i
        while first > 0 and doc[first - 1].dep_ == "compound" and first <= doc[first - 1].head.i <= t.i \
                and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title and doc[first - 1].ent_iob_ == "O":
            first -= 1
        if first < t.i and doc[first].idx not in taken and not doc[first].is_sent_start:
            out.append(Mention(doc_id, doc[first].idx, t.idx + len(t), doc[first:t.i].text, "Organization", None,
                               "ner"))  # named by its name, without the kind ("Fidesz", not "Fidesz party")
    return out


def _covered(found: Sequence[Mention]) -> set[int]:
    """The character offsets the mentions already cover."""
    return {i for m in found for i in range(m.start, m.end)}
