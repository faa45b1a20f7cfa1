"""Who asserts a claim: the subject of a reporting verb, "according to X", or the speaker of a quote.

Quotes may span sentences and paragraphs' worth of text; a quote without its own attribution
inherits the speaker of the quote just before it in the same paragraph. Speech introduced by
"X said:" without quote marks runs to the end of its paragraph.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from .lexicon import table


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages (curly quotes pair open/close; straight quotes toggle)."""
    lex = table("syntax")
    spans, start = [], None
    for i, ch in enumerate(text):
        if start is None and ch in lex["quote_open"]:
            start = i
        elif start is not None and ch in lex["quote_close"]:
            spans.append((start, i + 1))
            start = None
        elif start is not None and ch == "\n" and text[i + 1:i + 2] == "\n":
            start = None  # an unclosed quote ends with its paragraph
    return spans


def colon_speech(doc: Doc, text: str) -> list[tuple[tuple[int, int], Token | None]]:
    """Unquoted speech after "X said:", to the end of its paragraph, with its speaker.

    Press releases often give a statement as ``The Minister said:  The attack was ...``.
    """
    out: list[tuple[tuple[int, int], Token | None]] = []
    starts = doc.to_array("IDX").tolist()
    pos = text.find(":")
    while pos >= 0:
        i = bisect_right(starts, pos) - 1
        if i > 0 and doc[i].text == ":" and is_reporting(doc[i - 1]):
            body = pos + 1 + len(text[pos + 1:]) - len(text[pos + 1:].lstrip())
            if body < len(text) and text[body] not in table("syntax")["quote_open"]:
                end = text.find("\n\n", body)
                out.append(((body, len(text) if end < 0 else end), reporting_subject(doc[i - 1])))
        pos = text.find(":", pos + 1)
    return out


def reporting_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb ("X said", "said X"), or of the clause it hangs from ("X told Y, noting that")."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        if verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def is_reporting(tok: Token) -> bool:
    """Does ``tok`` report speech? A reporting verb, but one of the ``bare_reporting_verbs`` only without a direct
    object ("added that ...", not "added 140 firms to its blacklist")."""
    syn = table("syntax")
    lemma = tok.lemma_.lower()
    return tok.pos_ in {"VERB", "AUX"} and lemma in syn["reporting_verbs"] and not (
        lemma in syn["bare_reporting_verbs"] and any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in tok.children))


def accusation(t: Token) -> Token | None:
    """The accusing verb whose charge holds ``t`` ("accused Y of shelling its towns", "blamed Y for the attack on
    its embassy"), its "of" or "for" hung on the verb or on the one accused: the accuser asserts the charge."""
    for u in (t, *t.ancestors):
        if u.dep_ in {"pcomp", "pobj"} and u.head.lower_ in {"of", "for"}:
            host = u.head.head.head if u.head.head.dep_ == "dobj" else u.head.head
            return host if host.lemma_.lower() in table("syntax")["accusing_verbs"] else None
    return None


class Attribution:
    """Per-document index from character offsets to the token that names who said them."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        """``text`` is ``doc.text`` when the caller has it already (``Doc.text`` is rebuilt on every access)."""
        self.doc = doc
        self.text = doc.text if text is None else text
        marked = quote_spans(self.text)
        colon = {span: who for span, who in colon_speech(doc, self.text)
                 if not any(a < span[1] and span[0] < b for a, b in marked)}
        self.quotes = sorted([*marked, *colon])
        starts = [i for i, s in enumerate(doc.to_array("SENT_START")) if s == 1 or i == 0]  # no Token objects
        self.sents = [doc[a:b] for a, b in zip(starts, [*starts[1:], len(doc)])]
        self.sent_starts = [sent.start_char for sent in self.sents]
        self.sent_tokens = starts
        self.starts = [s for s, _ in self.quotes]
        self.speakers: list[Token | None] = []
        previous: Token | None = None
        for qs, qe in self.quotes:
            who = colon[(qs, qe)] if (qs, qe) in colon else self._attribute(qs, qe)
            gap = self.text[self.quotes[len(self.speakers) - 1][1]:qs] if self.speakers else "\n\n"
            if who is None and previous is not None and "\n" not in gap.strip(" "):
                who = previous  # a quote continued after "..., Putin declared. “..."
            self.speakers.append(who)
            previous = who

    def _sentence(self, offset: int) -> Span:
        return self.sents[max(0, bisect_right(self.sent_starts, offset) - 1)]

    def sentence_of(self, tok: Token) -> Span:
        """The sentence holding ``tok`` (cheaper than ``Token.sent``, which walks the document)."""
        return self.sents[max(0, bisect_right(self.sent_tokens, tok.i) - 1)]

    def sentence_before(self, tok: Token) -> Span | None:
        """The sentence before the one holding ``tok`` (None in the first)."""
        sent = self.sentence_of(tok)
        return self.sentence_of(tok.doc[sent.start - 1]) if sent.start else None

    def _attribute(self, qs: int, qe: int) -> Token | None:
        """The subject of a reporting verb outside the quote, in the sentence where it ends or begins, or in the next
        one when that verb reports no clause of its own ("'...' He added.", not "'...' Japan said the missiles ...")."""
        sents: list[Span] = []
        for offset in (qe - 1, qs, qe + 2):
            sent = self._sentence(min(offset, len(self.text) - 1))
            if sent not in sents and (offset != qe + 2 or (sent.start_char - qe < 3 and "\n" not in self.text[qe:sent.start_char])):
                sents.append(sent)
        for sent in sents:
            after = sent.start_char >= qe
            for tok in sent:
                if after and any(c.dep_ == "ccomp" for c in tok.children):
                    continue  # a verb that reports a clause of its own does not attribute the quote before it
                if is_reporting(tok) and not (qs <= tok.idx < qe) and self.inside(tok.idx) is None:
                    subj = reporting_subject(tok)
                    if subj is not None and not (qs <= subj.idx < qe):
                        return subj
        return None

    def inside(self, offset: int) -> int | None:
        """Index of the quote holding character ``offset``, or None."""
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1] else None

    def speaker(self, trigger: Token) -> Token | None:
        """Who asserts the clause of ``trigger``: quote speaker, reporting subject, or "according to" object."""
        q = self.inside(trigger.idx)
        if q is not None:
            return self.speakers[q]
        tok = trigger
        for _ in range(6):
            if tok.dep_ == "ccomp" and is_reporting(tok.head):
                return reporting_subject(tok.head)
            if tok.head.i == tok.i:
                break
            tok = tok.head
        sent = self.sentence_of(trigger)
        for t in sent if any(w in sent.text.lower() for w in table("syntax")["according"]) else ():
            if t.lower_ in table("syntax")["according"]:
                for prep in t.children:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return pobj
        return None
