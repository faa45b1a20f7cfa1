"""Which actors a token stands for: named mentions, possessors, coordinated actors, pronouns, generic nouns.

``Arguments`` is built once per document from the resolved mentions; relation rules ask it for
the actors behind a subject, object or modifier token. New mentions it creates (pronouns
resolved to an antecedent, generic nouns such as "the rebels") are collected in ``added``.
"""
from __future__ import annotations

import functools
from collections.abc import Collection, Mapping

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..gazetteer import Gazetteer
from ..model import Mention
from ..resolve import NAMED, PERSON, THINGS
from . import anaphora, groups, holders, members, offices, phrases, pronouns, unnamed
from .attribution import Attribution
from .bodies import known_body
from .lexicon import table
from .made import Arg, MentionMaker

MODIFIERS = {"poss", "compound", "amod", "nmod", "npadvmod"}
PLACE = "Location"  # a place is no actor, but force can be used on it ("shelled Kharkiv")


class Arguments(MentionMaker):
    """Actor lookup for one parsed document (the mentions it makes on the way: ``MentionMaker``)."""

    def __init__(self, doc: Doc, doc_id: str, ids: Mapping[Mention, str], attribution: Attribution,
                 gaz: Gazetteer | None = None, actor_classes: Collection[str] = (),
                 titles: Mapping[str, str] | None = None, date: str | None = None, acts: Collection[str] = (),
                 publisher: str | None = None) -> None:
        """``actor_classes``: ontology classes whose mentions can take part in relations (not places);
        ``titles``: title word → relation (from the ontology); ``date``: the document's, for office holders;
        ``acts``: nouns of forceful acts that, as a subject, stand for whoever carried them out ("strikes");
        ``publisher``: who issued the document, the "we" of its unattributed sentences when the gazetteer knows it."""
        self.doc, self.doc_id, self.ids, self.attr, self.gaz = doc, doc_id, dict(ids), attribution, gaz
        self.actor_classes = frozenset(actor_classes)
        self.titles, self.date, self.acts = dict(titles or {}), date, frozenset(acts)
        self.publisher = pronouns.issuer(gaz, publisher) if gaz is not None and publisher else None
        self.text = attribution.text
        self.by_token: dict[int, Mention] = {}
        self.subjects: set[Mention] = set()  # mentions that are a clause's subject: the likelier antecedents
        self.main_subjects: set[Mention] = set()  # those of a sentence's main clause ("X said Y had ...": X)
        for m in ids:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.by_token.setdefault(t.i, m)
                # "Russia's ships", "Chinese ships": the modifier of a subject is a likely antecedent too
                head = span.root if span.root.dep_ not in {"poss", "amod", "compound"} else span.root.head
                if head.dep_ == "appos" and head.head.dep_ in {"nsubj", "nsubjpass"}:
                    head = head.head  # "His counterpart, X, called ...": the name in apposition to a subject
                if head.dep_ in {"nsubj", "nsubjpass"} or any(  # or "X, who chose ...": the relative clause's
                        c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.tag_ == "WP" for w in c.children)
                        for c in span.root.children):
                    self.subjects.add(m)
                    if head.head.dep_ == "ROOT" or (head.head.dep_ == "conj" and head.head.head.dep_ == "ROOT"):
                        self.main_subjects.add(m)
        self.ordered = sorted(ids, key=lambda m: m.start)
        self.added: set[Arg] = set()  # (mention, actor) the rules implied; one description may stand for several
        self.parts: dict[str, str] = {}  # generic entity id → the state it belongs to ("Iraqi security forces")
        self.titled: dict[str, set[str]] = {}  # person id → the name as written with its title ("President X")
        self.owners: dict[str, Arg] = {}  # weapon or installation id → the state its nationality names
        self.nationality: dict[str, str] = {}  # generic entity id → the state its own words name ("Iranian advisers")
        self.collective: set[Arg] = set()  # bodies a subject acts as part of ("as part of the coalition"): no party to it
        # (coreferent mention, actor) → the named mention it stands for (one description may stand for several)
        self.antecedents: dict[Arg, Mention] = {}
        self.generic = table("generic_actors")
        self.busy: set[int] = set()  # tokens whose actors are being found (see ``one``)
        self.operated = self._operators(gaz) if gaz is not None else {}

    def _operators(self, gaz: Gazetteer) -> dict[str, Arg]:
        """Named weapon id → the state that operates it, by the gazetteer, when it is the only one of its operators the
        text names before it ("Turkey ... Akinci drones": Turkey's; "India's Russian-made S-400": no one's here)."""
        out: dict[str, Arg] = {}
        for m in self.ordered:
            actor = gaz.actors.get(m.actor_id) if m.actor_id else None
            if actor is None or not actor.operators or self.ids[m] in out:
                continue
            before = [s for s in self.ordered if s.start < m.start and s.cls == "State" and s.actor_id in actor.operators]
            if len({self.ids[b] for b in before}) == 1:
                out[self.ids[m]] = (before[-1], self.ids[before[-1]])
        return out

    def of_nation(self, arg: Arg) -> Arg:
        """The state whose nationality a generic group of people's own words name ("Ukrainian prisoners": Ukraine), or
        whose envoy a person is named as in apposition ("Russia's ambassador, Oleg Ozerov": Russia), else ``arg``."""
        state = self.nationality.get(arg[1]) or (self._envoy_state(arg) if arg[0].cls == PERSON else None)
        span = self.doc.char_span(arg[0].start, arg[0].end, alignment_mode="expand") if state is not None else None
        group = span is not None and span[-1].lemma_.lower() in table("syntax")["group_descriptions"]  # ("Iranian
        # Kurdish groups" are no people of Iran's)
        return arg if state is None or group else self.made(arg[0].start, arg[0].end, "State", state, state, "national")

    def _envoy_state(self, arg: Arg) -> str | None:
        """The state an envoy's title in apposition to the person, or before the name, names (lexicon
        ``mission_titles``: "Russia's ambassador, Oleg Ozerov", "Russian Ambassador Georgy Zinoviev")."""
        states = self._title_states(arg[0], table("syntax")["mission_titles"])
        return next(iter(states)) if len(states) == 1 else None

    def _titled_state(self, person: str) -> str | None:
        """The one state a title of a person's, in any of their mentions, names ("Slovak Prime Minister Eduard
        Heger"), or None."""
        states = {s for m, eid in self.ids.items() if eid == person for s in self._title_states(m, self.titles)}
        return next(iter(states)) if len(states) == 1 else None

    def _title_states(self, m: Mention, words: Collection[str]) -> set[str]:
        """The states that titles of ``words`` in apposition to the mention, or right before it, name."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return set()
        root = span.root
        titles = [root.head] if root.dep_ == "appos" else []
        titles += [c for c in root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < span.start)]
        return {a[1] for t in titles if t.lemma_.lower() in words for c in t.children if c.dep_ in {"poss", "amod"}
                for a in self.one(c, False) if a[0].cls == "State"}

    # -- the public question -------------------------------------------------
    def actors(self, tok: Token, *, generic: bool = True, expand: bool = True) -> list[Arg]:
        """The actors behind ``tok`` and the tokens coordinated with it or named as its members ("including X")."""
        out: list[Arg] = []
        # "Putin and Chinese President Xi" can parse as a coordinated modifier inside one noun phrase
        joined = [c for c in tok.children if c.dep_ in {"nmod", "compound"} and any(g.dep_ == "cc" for g in c.children)]
        together = [tok, *tok.conjuncts, *joined] if expand else [tok]
        for t in together:
            out.extend(arg for arg in self.one(t, generic) if arg not in out)
        for t in [m for t in together for m in members.member_tokens(t) + members.companions(t)] if expand else ():
            # a member is named itself ("obligations, including the UN resolution" name no UN)
            out.extend(arg for arg in self.one(t, generic) if arg not in out and arg[0].start <= t.idx < arg[0].end)
        return out

    @functools.cached_property
    def act_ids(self) -> frozenset[int]:
        """String ids of the act lemmas (``acts``), to compare with ``lemmas``."""
        return frozenset(get_string_id(a) for a in self.acts)

    @functools.cached_property
    def lemmas(self) -> list[int]:
        """The lemma id of every token, read once per document without building Token objects."""
        return self.doc.to_array("LEMMA").tolist()

    @functools.cached_property
    def lowers(self) -> list[int]:
        """The lower-case form id of every token, read once per document."""
        return self.doc.to_array("LOWER").tolist()

    def having(self, words: Collection[str], lemma: bool = False) -> list[Token]:
        """The tokens whose lower-case form (or ``lemma``) is one of ``words``, found without building every Token."""
        ids = {get_string_id(w) for w in words}
        values = self.lemmas if lemma else self.lowers
        return [self.doc[i] for i, v in enumerate(values) if v in ids]

    def modifiers(self, tok: Token) -> list[Arg]:
        """Actors in a noun's possessor/compound/adjective modifiers ("the U.S. move", "Russia's trade")."""
        out: list[Arg] = []
        joiners: list[Arg] = []  # possessors: the ones a membership noun is of
        possessed = any(c.dep_ == "poss" or c.tag_ == "PRP$" for c in tok.children)
        dissent = any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in table("syntax")["dissent_words"]
                      for c in tok.children)  # "Egyptian opposition channels": not Egypt's
        for child in tok.children:
            lemma = child.lemma_.lower()
            owner = phrases.hyphen_agent(child) if lemma in table("syntax")["owner_participles"] | table(
                "syntax")["association_verbs"] and not (possessed and lemma in table("syntax")["maker_participles"]) \
                else None  # ("its Russian-made S-400": India's, made in Russia)
            if owner is not None:  # "a British-owned ship": Britain's ("an Israel-linked ship": whom it is tied to)
                out.extend(a for a in self.one(owner, False) if a not in out)
            if child.dep_ == "amod" and (dissent or any(g.lower_ in table("syntax")["ethnic_words"]
                                                        for g in child.children)):
                continue  # "ethnic Albanian unrest": a people's, not the state's
            if child.dep_ == "compound" and tok.lemma_.lower() in table("syntax")["venue_named_documents"] \
                    and self.gaz is not None and child.i in self.by_token \
                    and self.gaz.form(self.by_token[child.i].text) == "metonyms":
                continue  # "the Rome Statute", "the Minsk agreements": where it was signed, no party
            if child.dep_ in MODIFIERS or (child.dep_ == "det" and child.tag_ == "PRP$"):
                paired = [g for g in child.children if child.dep_ == "amod" and g.dep_ == "amod" and g.i + 2 == child.i
                          and self.doc[g.i + 1].tag_ == "HYPH"]  # "joint Russian-Belarusian exercises": both
                for t in (child, *child.conjuncts, *paired):  # "Hungarian and Romanian officials"
                    # a possessor may be a group ("the kidnappers' demands") or one named before ("the court's order")
                    found = self.one(t, child.dep_ == "poss" and t.pos_ == "NOUN" and (
                        t.lower_ in self.generic or t.lower_ in table("syntax")["description_nouns"])) or (  # "the
                        # island's government"
                        groups.group_described(self, t) if child.dep_ == "poss" else [])
                    out.extend(a for a in found if a not in out)
                    joiners += found if child.dep_ == "poss" else []
        if joiners and tok.lemma_.lower() in table("syntax")["membership_nouns"]:
            return joiners  # "Sweden's NATO membership": Sweden's, not NATO's
        if not out and tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i \
                and any(c.dep_ == "det" for c in tok.head.children) \
                and not any(c.dep_ in {"det", "poss", "amod"} for c in tok.children):
            # "an Iranian missile and drone attack": the premodifier of the first conjunct is the whole phrase's
            out = [a for c in tok.head.children if c.dep_ in {"amod", "poss"} and c.i < tok.head.i
                   for a in self.one(c, False) if a[0].cls == "State"]
        return out

    def places(self, tok: Token) -> list[Arg]:
        """The places ``tok``, its conjuncts and compounds name ("Kharkiv and Odesa", "the Odesa region"): targets of
        force when no actor is named. A place a state possesses is that state ("its Batken region")."""
        waters = table("syntax")["water_nouns"]  # "attacked a ship in the Red Sea": no one's place is hit
        owners = [a for c in tok.children if c.dep_ == "poss" for a in self.actors(c) if a[0].cls == "State"] \
            if self.by_token.get(tok.i) is not None else []
        if owners:
            return owners  # "attacked villages in its Batken region": the state whose region it is
        found = [self.by_token.get(t.i) for t in (tok, *tok.conjuncts) if t.lemma_.lower() not in waters]
        found += [self.by_token.get(c.i) for c in tok.children if c.dep_ == "compound" and tok.lemma_.lower() not in waters]
        if tok.lower_ in table("syntax")["place_nouns"]:  # "the city of Kharkiv"
            found += [self.by_token.get(o.i) for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
        return [(m, self.ids[m]) for m in found if m is not None and m.cls == PLACE and not (
            self.gaz is not None and self.ids[m] in self.gaz.actors  # "a boat in the Caribbean": the Caribbean Sea
            and self.gaz.actors[self.ids[m]].label.split()[-1].lower() in waters)]

    def places_after(self, tok: Token, preps: Collection[str]) -> list[Arg]:
        """The places named in ``tok``'s prepositional phrases that ``preps`` open ("the offensive in Gaza")."""
        return [a for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
                for o in p.children if o.dep_ == "pobj" for a in self.places(o)]

    def groups(self, tok: Token) -> list[Arg]:
        """Generic groups compounded on an act noun, which act it ("coalition operations", "a coalition airstrike")."""
        return [a for c in tok.children if c.dep_ == "compound" and self.generic.get(c.lower_) not in {None, *THINGS}
                for a in self.one(c, True)]

    # -- the rules -------------------------------------------------------------
    def one(self, t: Token, generic: bool) -> list[Arg]:
        """The actors behind ``t`` alone (no conjuncts); ``generic`` admits generic nouns and descriptions.

        A token asked about again while its own answer is being found stands for nothing there: "Chinese entities
        and their executives" would otherwise resolve "their" through the phrase that holds it, without end."""
        if t.i in self.busy:
            return []
        self.busy.add(t.i)
        try:
            return self._one(t, generic)
        finally:
            self.busy.discard(t.i)

    def _one(self, t: Token, generic: bool) -> list[Arg]:
        m = self.by_token.get(t.i)
        if m is not None:  # ("the North", often taken for a place: the other half of a divided state named before)
            return [(m, self.ids[m])] if m.cls in self.actor_classes else unnamed.half(self, t)
        if t.tag_ in {"WP", "WDT"} and t.dep_ in {"dobj", "pobj"}:  # "the ambassador, whom he accused of spying"
            verb = t.head.head if t.dep_ == "pobj" else t.head
            return self.one(self.relative_head(verb), generic) if verb.dep_ == "relcl" and verb.head.i != t.i else []
        if t.tag_ == "WP$":  # "Hungary, whose government opposed X": the one the relative clause describes
            clause = next((h for h in t.ancestors if h.dep_ == "relcl"), None)
            return self.one(self.relative_head(clause), generic) if clause is not None else []
        if generic and t.pos_ in {"NUM", "DET", "PRON"} and t.lower_ in table("syntax")["pair_words"] and t.dep_ in {
                "nsubj", "nsubjpass", "dobj", "pobj"} and not any(c.dep_ == "prep" for c in t.children):
            return anaphora.counted(self, t)  # "the two", "both", "all three" (but "two of the soldiers")
        if t.pos_ == "PRON" or t.tag_ in {"PRP", "PRP$"}:
            return pronouns.resolve(self, t)
        named = self.by_token.get(t.head.i) if t.dep_ == "compound" and t.pos_ == "NOUN" else None
        if generic and named is not None and named.cls != PERSON and t.lower_ in self.generic:
            return [(named, self.ids[named])]  # "French nuclear group Orano": the group is the one named
        if t.pos_ in {"NOUN", "PROPN", "NUM", "PRON", "DET", "ADJ"} or (t.tag_ == "VBG" and t.dep_ in {"dobj", "pobj"}):
            syn = table("syntax")
            if t.lower_ in syn["means_nouns"] and not any(c.dep_ in {"det", "poss", "compound", "nummod"} for c in t.children):
                return []  # "respond with force", "use military force": a means, not a body
            if self.generic.get(t.lower_) not in {None, *THINGS} and any(
                    c.dep_ == "compound" and c.lemma_.lower() in syn["commodity_nouns"] for c in t.children):
                return []  # "54 product groups", "steel groups": kinds of goods, no body
            if t.dep_ in {"compound", "amod", "nmod"} and t.head.lemma_.lower() in syn["agreement_nouns"] \
                    and t.lower_ in self.generic:
                return []  # "a visiting forces agreement", "a status of forces agreement": the kind of pact, no party
            if t.lower_ in syn["container_nouns"] and not any(c.dep_ == "appos" and c.i in self.by_token
                                                               for c in t.children):  # "thousands of students",
                # "members of the party" (but "two of its ex-presidents, X and Y": the two named)
                heads = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
                found = [self.widened(t, a) for o in heads for a in self.one(o, generic)]  # "70 members of the tribe"
                if found:  # (and "ministers of X and Y": Y's own mention beside)
                    return found + [a for o in heads for c in o.conjuncts for a in self.one(c, generic) if a not in found]
            if t.lemma_.lower() in self.titles or t.lower_ in syn["relational_nouns"]:
                # "the Iraqi Foreign Minister, Ibrahim al-Jaafari", "his Russian counterpart Sergei Lavrov": the person
                # named, before any phrase ("met the commander of X, General Y": Y, not X)
                after = [t.doc[t.i + 1]] if generic and t.i + 1 < len(t.doc) and t.i + 1 in self.by_token else []
                relational = t.lower_ in syn["relational_nouns"]  # "its neighbor, Eritrea": any actor
                bodies = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                          if o.dep_ == "pobj" and not relational and t.tag_ != "NNS"
                          and not any(a[0].cls == PERSON for a in self.one(o, False))]  # (the appositive may hang on
                named = [a for c in [*(c for h in (t, *bodies) for c in h.children if c.dep_ == "appos"), *after]
                         for a in (self.actors(c, generic=False) if t.tag_ == "NNS" else self.one(c, False))
                         if a[0].cls == PERSON or relational]  # the body, which is no person; "Presidents X and Y": both)
                if named:
                    return named if t.tag_ == "NNS" else named[:1]
            if t.lemma_.lower() in syn["kin_nouns"]:  # "his Venezuelan wife": a person's kin, no state's, no actor
                return [a for c in t.children if c.dep_ == "appos" for a in self.one(c, False)]  # (unless named)
            found = phrases.phrase_actor(self, t)  # "a demand from the US", "targets in Lebanon", ...
            if found:
                return found
            if t.pos_ in {"NOUN", "NUM"} and t.lower_ not in syn["relational_nouns"]:
                listed = members.member_tokens(t)  # ("its backers, notably Russia" are members, see ``members``)
                found = [a for c in t.children if c.dep_ == "appos" and c.i > t.i and c not in listed
                         for x in (c, *c.conjuncts) if x.i in self.by_token for a in self.one(x, False)]
                if found:  # "the opposition candidate, Edmundo Gonzalez": the one named (of any noun but a relation)
                    return found
            if t.lemma_.lower() in syn["spokesperson_titles"]:  # "a spokesman for the movement accused X", no name
                # given: the movement
                found = [a for p in t.children if p.dep_ == "prep" and p.lower_ in syn["voice_preps"]
                         for o in p.children if o.dep_ == "pobj" for a in self.one(o, generic)]
                ruling = [c for c in t.children if c.dep_ == "compound" and c.lower_ in syn["government_descriptions"]]
                if not found and ruling and generic and len([c for c in t.children if c.dep_ in MODIFIERS]) == 1:
                    found = anaphora.described(self, ruling[0])  # "a government spokesman": the state named before
                if found:
                    return found[:1]
            inner = self.modifiers(t)
            if not inner and t.lower_ in syn["capital_bodies"] and self.gaz is not None:  # "the foreign ministry in
                inner = [a for p in t.children if p.dep_ == "prep" and p.lower_ in syn["place_preps"]  # Seoul": its state's
                         for o in p.children if o.dep_ == "pobj" for a in self.one(o, False)
                         if a[0].cls == "State" and self.gaz.form(a[0].text) == "metonyms"][:1]
            if not inner and t.dep_ == "conj" and t.lower_ in self.generic and t.head.lower_ in self.generic and not any(
                    c.dep_ in MODIFIERS for c in t.children):  # "Pakistani drones and missiles": both Pakistan's
                inner = [a for a in self.modifiers(t.head) if a[0].cls == "State"][:1]
            # an office no title word names generally ("the Pope", not "the emir" of whichever state)
            sole = offices.sole_seat(self.gaz, t.lemma_.lower()) if generic and not inner and self.gaz \
                and t.lemma_.lower() not in self.titles else None
            if sole is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                person = holders.office_holder(self, t, [self.synthetic(t, sole, self.gaz.actors[sole].cls)])
                if person:  # "the Pope": the holder of an office only one actor has
                    return [person]
            if generic and inner and t.lemma_.lower() in self.titles and self.gaz is not None:
                person = holders.office_holder(self, t, inner)
                if person:
                    return [person]
                if len(inner) == 1 and inner[0][0].cls == "State" and t.lemma_.lower() in syn["home_titles"] \
                        and t.tag_ == "NN" and not any(c.dep_ == "appos" for c in t.children):
                    # "Japan's chief cabinet secretary said ...", no one named or known: the state's voice
                    return [self.made(*self.phrase_span(t), "State", inner[0][0].actor_id, inner[0][1], "national")]
            if generic and not inner and t.lemma_.lower() in self.titles:
                person = holders.bare_holder(self, t)
                if person:  # "the prime minister" after "Nikol Pashinyan"
                    return [person]
            if len(inner) > 1 and t.lower_ in self.generic and any(
                    c.dep_ == "conj" for m in t.children if m.dep_ in MODIFIERS for c in m.children):
                return inner  # "Israeli and Hamas negotiators", "French and Egyptian warships": each side
            if t.tag_ == "NNS" and t.lemma_.lower() in syn["relational_nouns"]:  # "its allies", "Iran's rivals"
                found = unnamed.relational_group(self, t, generic)
                if found:
                    return found
            body = t.lower_ in self.generic and self.generic[t.lower_] == "GovernmentBody"
            if inner and t.lower_ in self.generic and t.lemma_.lower() not in syn["government_nouns"] \
                    and inner[0][0].cls == "State" and (generic or body):
                # "Iraqi security forces": a body of that state, named as such ("its troops" only points to it)
                named = body and inner[0][0].source in NAMED
                own_name = any(c.dep_ in {"compound", "amod"} and c.i not in self.by_token
                               and c.lower_ not in syn["force_modifiers"] for c in t.children)
                if t.lower_ in syn["force_nouns"] and not own_name:
                    # "Ethiopian troops", "its soldiers": a state's forces act for it, as its agents ("Iraqi security
                    # forces", "the army's special forces" are a body of its own)
                    return [self.made(*self.phrase_span(t), "State", inner[0][0].actor_id, inner[0][1], "national")]
                known = known_body(self.gaz, inner[0][1], self.text[slice(*self.phrase_span(t))]) if body else None
                if known is not None:  # "China's foreign ministry": the Chinese Foreign Ministry the gazetteer knows
                    return [self.made(*self.phrase_span(t), known.cls, known.id, known.id, "national")]
                arg = self.generic_entity(t, source="national" if named else "generic", owner=inner[0])
                if inner[0][0].source in NAMED:
                    self.nationality[arg[1]] = inner[0][1]  # "Iranian military advisers": Iran's, named so
                if arg[0].cls == "GovernmentBody":  # "Somali rebels" are not part of Somalia; its police is
                    self.parts[arg[1]] = inner[0][1]
                if arg[0].cls in THINGS or arg[0].cls == "GovernmentBody" and t.lower_ in syn["weapon_nouns"]:
                    # ("Turkish warplanes", "Pakistani jets": a force of machines is its state's too)
                    self.owners[arg[1]] = inner[0]  # "a Ukrainian drone": Ukraine's
                return [arg]
            if inner and t.lemma_.lower() in syn["government_nouns"] | syn["homeland_nouns"] \
                    and inner[0][0].cls == PERSON and self.gaz:  # "the Assad regime" is Syria's government, and
                place = offices.seat(self.gaz, inner[0][1])  # "stand by his country" (Irfaan Ali's) is Guyana
                if place is not None:
                    return [self.synthetic(t, place.id, place.cls)]
                titled = self._titled_state(inner[0][1]) if t.lemma_.lower() in syn["homeland_nouns"] else None
                if titled is not None:  # "Slovak Prime Minister X said his country stood by ...": Slovakia
                    return [self.synthetic(t, titled, "State")]
            if generic and t.lower_ in syn["counterpart_nouns"]:  # "his Iranian counterpart"
                return holders.counterpart(self, t, inner)
            if generic and t.lower_ in syn["relational_nouns"] and t.tag_ != "NNS" and any(
                    c.dep_ == "poss" for c in t.children) and t.lower_ not in self.titles and not any(
                    c.dep_ in {"compound", "appos", "nmod"} for c in t.children):  # "Israel's militia ally" is named
                # "talks with its longtime rival": the other party, named before, not the possessor
                speaker = self.attr.speaker(t)  # ("Seoul says the North shipped shells to its ally": not Seoul)
                found = self.antecedent(t, {a[1] for a in inner} | {
                    a[1] for a in (self.one(speaker, False) if speaker is not None else [])},
                    person=bool(inner) and all(a[0].cls == PERSON for a in inner))  # "the trial of his ally": a person
                return [found] if found else []
            states = [a for a in inner if a[0].cls == "State"]
            if len(states) == 1 < len(inner) and t.lemma_.lower() in syn["government_nouns"]:
                return states  # "Afghanistan's Taliban government": the state's government, whichever party holds it
            if inner:
                return inner
            return unnamed.stand_in(self, t, generic)
        return []

    def relative_head(self, clause: Token) -> Token:
        """The noun a relative clause describes ("Iraq, which invaded Kuwait"); for one on an apposition, the actor
        the apposition describes ("Turkey, a NATO member that hosts X": Turkey, not NATO), unless it sums up an act
        ("sent troops to Somalia, a move that Ethiopia condemned": the move)."""
        s = clause.head
        if s.dep_ == "pobj" and s.head.lower_ == "of" and s.lower_ in table("syntax")["population_nouns"] \
                and s.head.head.lower_ in table("syntax")["description_nouns"]:
            s = s.head.head  # "Djibouti, a country of about one million people that hosts X": the country
        if s.dep_ == "pobj" and s.head.lower_ == "of" and s.lower_ in table("syntax")["description_nouns"] \
                and s.head.head.lemma_.lower() in table("syntax")["grouping_nouns"]:
            s = s.head.head  # "BIMSTEC, a grouping of countries ... that includes X": the grouping
        edge = clause.left_edge.i
        if s.i not in self.by_token and s.lower_ not in self.generic and edge > 1 and self.doc[edge - 1].text == "," \
                and self.doc[edge].dep_ == "prep" and edge - 2 in self.by_token and s.i < edge - 2:
            s = self.doc[edge - 2]  # "tensions within NATO, of which X is a member", hung on the noun before the
            # name: the name's
        summary = s.lemma_.lower() in self.acts | table("syntax")["policy_nouns"]  # "..., a move that X condemned"
        return s.head if s.dep_ == "appos" and s.head.i in self.by_token and s.i not in self.by_token \
            and not summary else s

    def home(self, arg: Arg) -> str:
        """The state a government body is part of (the text's own or the gazetteer's), else the actor itself."""
        known = self.gaz.actors.get(arg[1]) if self.gaz is not None else None
        return self.parts.get(arg[1]) or (self.gaz.state_of(known).id if known is not None else arg[1])

    def affiliations(self, actor_id: str) -> set[str]:
        """Where a known person holds or held office (see ``offices.affiliations``)."""
        return offices.affiliations(self.gaz, actor_id) if self.gaz else set()

    def antecedent(self, t: Token, exclude: Collection[str], window: int = 600, person: bool = False) -> Arg | None:
        """The nearest actor (a person if ``person``, else not) mentioned before ``t`` and not in ``exclude``, as a
        mention at ``t``; a state when ``t`` is a word for a state's relation ("its neighbour": the lexicon's
        ``neighbour_nouns``); for a peer ("its ally": the lexicon's ``peer_nouns``) no intergovernmental body, nor a
        person who serves the same state as one excluded ("Putin promised it to his ally": not his spokesman)."""
        states = t.lemma_.lower() in table("syntax")["neighbour_nouns"]
        peers = t.lemma_.lower() in table("syntax")["peer_nouns"]
        own = {s for e in exclude for s in self.affiliations(e)} if peers and person else set()
        for m in reversed(self.ordered):
            if m.start < t.idx and t.idx - m.start <= window and m.cls in self.actor_classes \
                    and (m.cls == PERSON) == person and self.ids[m] not in exclude and (m.cls == "State" or not states) \
                    and not (peers and m.cls == "IGO") and not (own and self.affiliations(self.ids[m]) & own):
                return self.corefer(t, (m, self.ids[m]))
        return None
