"""The mentions ``Arguments`` makes for actors a text implies: generic groups ("the rebels"), pronouns and
descriptions standing for a name, a state's weapon standing for the state, the wider phrase a name is part of.

Each made mention is remembered in ``added`` (the document's entities and evidence come from it); a coreferent one
also in ``antecedents``, so the evidence can show the name it stands for.
"""
from __future__ import annotations

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

    def _mention(self, t: Token, cls: str, actor_id: str | None, source: str) -> Mention:
        return Mention(self.doc_id, t.idx, t.idx + len(t.text), t.text, cls, actor_id, source)

    def generic_entity(self, t: Token, cls: str | None = None, source: str = "generic", owner: Arg | None = None) -> Arg:
        """A generic actor noun ("the rebels", "security forces", "Kurds") as its own entity; an ``owner`` its words do
        not name ("its troops") is part of its id, so two states' troops in one text stay apart."""
        words = [w for w in t.subtree if w.i <= t.i and w.dep_ in {"amod", "compound", "nmod"} or w.i == t.i]
        words += [e for w in words if w.i != t.i for e in w.subtree if e.i < w.i and e.dep_ != "det"]  # "Saudi-led"
        words += [w for c in t.children if c.dep_ == "poss" and c.i in self.by_token for w in c.subtree]  # "Japan's"
        start, end = min(w.idx for w in words), t.idx + len(t.text)
        text = self.text[start:end]
        if cls is None and self.generic[t.lower_] == "GovernmentBody":  # "rebel forces", "resistance fighters"
            cls = next((self.generic[w.lower_] for w in words if w.i != t.i and self.generic.get(w.lower_) == "ArmedGroup"), None)
        m = Mention(self.doc_id, start, end, text, cls or self.generic[t.lower_], None, source)
        aside = owner is not None and not start <= owner[0].start < end
        eid = f"{m.cls}/{slug(f'{owner[1]} {text}' if aside else text)}"
        self.added.add((m, eid))
        return (m, eid)

    def corefer(self, t: Token, antecedent: Arg) -> Arg:
        """A mention at ``t`` of the actor ``antecedent`` names (pronouns, descriptions), remembered so the
        evidence can show the name (``shown``)."""
        m = self._mention(t, antecedent[0].cls, antecedent[0].actor_id, "coref")
        self.added.add((m, antecedent[1]))
        self.antecedents[(m, antecedent[1])] = antecedent[0]
        return (m, antecedent[1])

    def shown(self, arg: Arg) -> tuple[int, int]:
        """The span that shows ``arg`` to a reader: a pronoun's antecedent when its name is in the same sentence (but a
        speaker's "we" or "I" shows itself: the quote is the speaker's, and the speaker is recorded apart)."""
        m, named = arg[0], self.antecedents.get(arg)
        if named is None or m.text.lower() in first_person():
            return m.span
        sent = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return named.span if sent is not None and sent.sent.start_char <= named.start else m.span

    def agent(self, arg: Arg) -> Arg:
        """Who acts when ``arg`` is the subject: a state's weapon stands for the state ("a Ukrainian drone struck")."""
        owner = self.owners.get(arg[1])
        if owner is None:
            return arg
        m = Mention(self.doc_id, arg[0].start, arg[0].end, arg[0].text, owner[0].cls, owner[0].actor_id, "national")
        self.added.add((m, owner[1]))
        return (m, owner[1])

    def body_state(self, arg: Arg) -> Arg:
        """The state a generic body of it stands for ("Turkish fighter jets": Turkey), else ``arg`` itself."""
        state = self.parts.get(arg[1])
        if state is None:
            return arg
        m = Mention(self.doc_id, arg[0].start, arg[0].end, arg[0].text, "State", state, "national")
        self.added.add((m, state))
        return (m, state)

    def widened(self, t: Token, arg: Arg) -> Arg:
        """``arg`` as named by the phrase from ``t`` to its end ("members of the party" for the party)."""
        m = arg[0]  # (with the noun's own adjectives: "foreign and defence ministers of the EU")
        start = min([t.idx] + [c.left_edge.idx for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i])
        if m.start <= start:
            return arg
        wide = Mention(self.doc_id, start, m.end, self.text[start:m.end], m.cls, m.actor_id, PHRASE)
        self.added.add((wide, arg[1]))
        return (wide, arg[1])

    def synthetic(self, t: Token, actor_id: str, cls: str) -> Arg:
        """An actor the text implies at ``t`` without naming it (a title's state from the gazetteer)."""
        m = self._mention(t, cls, actor_id, "office")
        self.added.add((m, actor_id))
        return (m, actor_id)
