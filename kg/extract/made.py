"""The mentions ``Arguments`` makes for actors a text implies: generic groups ("the rebels"), pronouns and
descriptions standing for a name, a state's weapon standing for the state, the wider phrase a name is part of.

Each made mention is remembered in ``added`` (the document's entities and evidence come from it); a coreferent one
also in ``antecedents``, so the evidence can show the name it stands for.
"""
from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from ..model import Mention
from ..resolve import PHRASE, slug
from .lexicon import first_person

Arg = tuple[Mention, str]  # the mention as evidence, the entity id it resolves to


class MentionMaker:
    """Makes and remembers mentions for one document; ``Arguments`` sets the attributes below."""

    doc: Doc
    doc_id: str
    text: str
    generic: dict[str, str]
    added: set[Arg]
    antecedents: dict[Arg, Mention]
    owners: dict[str, Arg]
    by_token: dict[int, Mention]
    parts: dict[str, str]

    def made(self, start: int, end: int, cls: str, actor_id: str | None, eid: str, source: str) -> Arg:
        """A mention of the text from ``start`` to ``end`` for the entity ``eid``, remembered in ``added``."""
        m = Mention(self.doc_id, start, end, self.text[start:end], cls, actor_id, source)
        self.added.add((m, eid))
        return (m, eid)

    def generic_entity(self, t: Token, cls: str | None = None, source: str = "generic", owner: Arg | None = None) -> Arg:
        """A generic actor noun ("the rebels", "security forces", "Kurds") as its own entity; an ``owner`` its words do
        not name ("its troops") is part of its id, so two states' troops in one text stay apart."""
        words = self._phrase(t)
        start, end = min(w.idx for w in words), t.idx + len(t.text)
        text = self.text[start:end]
        if cls is None and self.generic[t.lower_] == "GovernmentBody":  # "rebel forces", "resistance fighters"
            cls = next((self.generic[w.lower_] for w in words if w.i != t.i and self.generic.get(w.lower_) == "ArmedGroup"), None)
        cls = cls or self.generic[t.lower_]
        aside = owner is not None and not start <= owner[0].start < end
        return self.made(start, end, cls, None, f"{cls}/{slug(f'{owner[1]} {text}' if aside else text)}", source)

    def phrase_span(self, t: Token) -> tuple[int, int]:
        """Where the generic noun ``t`` with its modifiers stands in the text ("Saudi-led coalition forces")."""
        return min(w.idx for w in self._phrase(t)), t.idx + len(t.text)

    def _phrase(self, t: Token) -> list[Token]:
        words = [w for w in t.subtree if w.i <= t.i and w.dep_ in {"amod", "compound", "nmod"} or w.i == t.i]
        words += [e for w in words if w.i != t.i for e in w.subtree if e.i < w.i and e.dep_ != "det"]  # "Saudi-led"
        return words + [w for c in t.children if c.dep_ == "poss" and c.i in self.by_token for w in c.subtree]  # "Japan's"

    def corefer(self, t: Token, antecedent: Arg) -> Arg:
        """A mention at ``t`` of the actor ``antecedent`` names (pronouns, descriptions), remembered so the
        evidence can show the name (``shown``)."""
        arg = self.made(t.idx, t.idx + len(t.text), antecedent[0].cls, antecedent[0].actor_id, antecedent[1], "coref")
        self.antecedents[arg] = antecedent[0]
        return arg

    def shown(self, arg: Arg) -> tuple[int, int]:
        """The span that shows ``arg`` to a reader: a pronoun's antecedent when its name is in the same sentence (but a
        speaker's "we" or "I" shows itself: the quote is the speaker's, and the speaker is recorded apart)."""
        m, named = arg[0], self.antecedents.get(arg)
        if named is None or m.text.lower() in first_person():
            return m.span
        sent = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return named.span if sent is not None and sent.sent.start_char <= named.start else m.span

    def agent(self, arg: Arg, operators: Mapping[str, Arg] | None = None) -> Arg:
        """Who acts when ``arg`` is the subject: a state's weapon stands for the state ("a Ukrainian drone struck"); with
        ``operators`` (named weapon id → operator), a named weapon for its operator ("Akinci drones struck" after
        "Turkey")."""
        owner = self.owners.get(arg[1]) or (operators or {}).get(arg[1])
        if owner is None:
            return arg
        return self.made(arg[0].start, arg[0].end, owner[0].cls, owner[0].actor_id, owner[1], "national")

    def body_state(self, arg: Arg) -> Arg:
        """The state a generic body of it stands for ("Turkish fighter jets": Turkey), else ``arg`` itself."""
        state = self.parts.get(arg[1])
        return arg if state is None else self.made(arg[0].start, arg[0].end, "State", state, state, "national")

    def widened(self, t: Token, arg: Arg) -> Arg:
        """``arg`` as named by the phrase from ``t`` to its end ("members of the party" for the party)."""
        m = arg[0]  # (with the noun's own adjectives: "foreign and defence ministers of the EU")
        start = min([t.idx] + [c.left_edge.idx for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i])
        return arg if m.start <= start else self.made(start, m.end, m.cls, m.actor_id, arg[1], PHRASE)

    def synthetic(self, t: Token, actor_id: str, cls: str) -> Arg:
        """An actor the text implies at ``t`` without naming it (a title's state from the gazetteer)."""
        return self.made(t.idx, t.idx + len(t.text), cls, actor_id, actor_id, "office")
