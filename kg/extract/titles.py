"""Leadership and membership from titles: "Russian President Vladimir Putin" → leaderOf(Putin, Russia), "William
Courtney, the adjunct senior fellow at the RAND Corporation" → memberOf(Courtney, RAND).

Title words and the relation each implies come from the ontology (``kg:triggerTitle``). A bare title ("President
Trump") is tied to a state through the gazetteer's offices. A minister whose state nothing names holds no state's
office: the state a story was filed from is wrong as often as not (visiting envoys, a bloc's secretary-general).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from itertools import takewhile

from spacy.tokens import Token

from ..gazetteer import Gazetteer
from ..model import Mention
from ..resolve import NAMED, PERSON
from . import groups
from .arguments import PLACE, Arg, Arguments
from .attribution import is_reporting
from .lexicon import first_person, table
from .modality import first_conjunct
from .offices import office_name, seat, titles_at
from .relations import Candidate
from .structural import field
from .unnamed import government



def title_phrase(tokens: list[Token], titles: Mapping[str, str]) -> tuple[str, Token, str] | None:
    """The relation, last token and key of the longest title phrase among ``tokens`` ("prime minister" before
    "minister")."""
    words = [t.lower_ for t in tokens]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            lemma = " ".join([*words[i:i + size - 1], tokens[i + size - 1].lemma_.lower()])
            if size == 1 and tokens[i].dep_ == "amod" and tokens[i].tag_ == "JJ":
                continue  # "its chief spokesman": an adjective ranks the title after it, it is none
            if size == 1 and tokens[i].dep_ in {"amod", "compound"} and tokens[i].head in tokens[i + 1:] and (
                    tokens[i].head.lower_ in titles or tokens[i].head.lemma_.lower() in titles) \
                    and titles.get(lemma, titles.get(phrase)) != titles.get("member"):
                continue  # "its chief negotiator": the title it modifies holds (but a "deputy army chief" is a member)
            for key in (phrase, lemma, phrase.replace(" - ", "-"), phrase.replace(" - ", " ")):  # "Secretary-General"
                # is three tokens; "Vice-President" the vice president's title
                if key in titles:
                    return titles[key], tokens[i + size - 1], key
    return None


def _holders(tokens: list[Token], args: Arguments, person: str, holder: Callable[[str], bool]) -> list[Arg]:
    named = {t.i: args.actors(t, generic=False, expand=False) for t in tokens}
    qualifiers = {args.by_token[t.i] for t in tokens if _qualifies(t, args)}  # "Greek Cypriot leader X": no Greek
    out: list[Arg] = []
    for t in tokens:  # ("the junta's spokesman, Colonel X": the state the junta rules; but "Mali's military
        # leader": a description beside a name is that name's, not the one named before)
        for arg in named[t.i] or ([] if any(named.values()) else _group(args, t) or government(args, t)):
            if arg[1] != person and holder(arg[0].cls) and arg not in out and arg[0] not in qualifiers:
                out.append(arg)
    return out


def _qualifies(t: Token, args: Arguments) -> bool:
    """Is ``t`` a state's adjective before another state's ("Greek Cypriot leader X": a Cypriot, no Greek)?"""
    this, after = args.by_token.get(t.i), args.by_token.get(t.i + 1)
    return this is not None and after is not None and this != after and this.cls == after.cls == "State" \
        and t.tag_ == "JJ" and args.gaz is not None and args.gaz.form(after.text) == "demonyms"


def _group(args: Arguments, t: Token) -> list[Arg]:
    """The body a description names before ("an economist at the institute", "the coalition's leader")."""
    return groups.group_described(args, t) if t.lower_ in table("syntax")["group_descriptions"] else []


def _bosses_seats(tokens: list[Token], args: Arguments, person: str, holder: Callable[[str], bool]) -> list[Arg]:
    """Where the people ``tokens`` name hold office, in the gazetteer: "Putin's spokesman" speaks for Russia."""
    out: list[Arg] = []
    for t in tokens if args.gaz is not None else ():
        for boss in args.actors(t, generic=False, expand=False):
            place = seat(args.gaz, boss[1]) if boss[0].cls == PERSON and boss[1] != person else None
            if place is not None and holder(place.cls):
                out.append(args.synthetic(t, place.id, place.cls))
    return out


def _office_holder(person: str, title_tok: Token, title: str, gaz: Gazetteer, args: Arguments) -> Arg | None:
    """The state a known office holder leads under this title ("President Trump" → United States, "Secretary of
    State Rubio" → United States, a secretary there)."""
    place = seat(gaz, person, office_name(title).split()[-1])
    return args.synthetic(title_tok, place.id, place.cls) if place else None


def _spoken_for(root: Token, title_tok: Token, args: Arguments) -> list[Arg]:
    """The state a spokesperson of no named state speaks for: the subject of what they are reported saying
    ("spokesperson Lin said Beijing urged Tokyo", "\"Greece will defend its rights,\" spokesman X said"), else
    the state the sentence before is about ("Ankara rejected the criticism. Foreign ministry spokesman X said ...")."""
    if title_tok.lemma_.lower() not in table("syntax")["spokesperson_titles"] or root.dep_ != "nsubj" \
            or not is_reporting(root.head):
        return []
    said = [s for c in root.head.children if c.dep_ == "ccomp" and not any(t.lower_ in first_person() for t in c.subtree)
            for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]  # ("the Chinese vessel blocked our ship": theirs)
    found = [a for s in said[:1] for a in args.actors(s, generic=False, expand=False) if a[0].cls == "State"]
    before = args.attr.sentence_before(title_tok) if not found else None
    topic = [s for s in before.root.children if s.dep_ in {"nsubj", "nsubjpass"}] if before is not None else []
    return found or [a for s in topic[:1] for a in args.actors(s, generic=False, expand=False) if a[0].cls == "State"]


def candidates(args: Arguments, titles: Mapping[str, str], gaz: Gazetteer, holder: Callable[[str], bool]) -> Iterator[Candidate]:
    """leaderOf / memberOf (or any relation with title triggers) for each person mention."""
    scan = table("syntax")["title_scan"]
    doc = args.doc
    held = {w: r for w, r in titles.items() if w in table("syntax")["state_titles"]}
    homes = {w: r for w, r in titles.items() if w in table("syntax")["home_titles"]}
    for mention in args.ordered:
        if mention.cls != PERSON and mention.source in NAMED and held:  # "Turkey is a member of NATO"
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                member = (mention, args.ids[mention])
                yield from _described(span.root, member, args, held, holder)
                left = [u for t in span.root.children if t.dep_ == "compound" and t.i < span.start for u in t.subtree]
                found = title_phrase(left, held)  # "fellow NATO member Turkey"
                for h in _holders(left, args, member[1], holder) if found else ():
                    yield Candidate(found[0], member, h, found[1], "title", 0.8)
        if mention.cls != PERSON or mention.source not in NAMED:
            continue
        person = (mention, args.ids[mention])
        start = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if start is None:
            continue
        left = []
        for t in reversed(doc[max(0, start.start - scan):start.start]):
            joined = t.lower_ == "and" and t.i > 0 and doc[t.i - 1].lemma_.lower() in titles  # "Prime Minister and
            # Foreign Minister X" (not "China and Prime Minister X")
            if t.pos_ not in {"PROPN", "NOUN", "ADJ", "PART", "PUNCT"} and t.tag_ != "POS" and t.lower_ != "of" \
                    and not joined or (
                    t.is_punct and (t.tag_ != "HYPH" and t.text != "-" or t.whitespace_ and doc[t.i - 1].whitespace_)):
                break  # ("Secretary-General X", "Vice-President X" (the hyphen tagged a noun or not): the hyphen is
                # inside the title; "KIGALI - President X": a dash is not)
            left.insert(0, t)
        appointed = _appointed(start.root)  # "General X, whom the army named transitional president": both
        for first, left in ((True, left), *(((False, appointed),) if appointed else ())):
            found = title_phrase(left, titles)
            if not found and first:  # "King Salman": a name the gazetteer knows may hold the title
                own = list(takewhile(lambda t: t.is_title and t.lower_ in titles, start[:-1]))
                found, left = title_phrase(own, titles), left + own
            if found and " of " not in found[2]:  # "Secretary of State X" reads across "of", "the envoy of X" not
                left = left[max([i + 1 for i, t in enumerate(left) if t.lower_ == "of"], default=0):]
                found = title_phrase(left, titles)
            if found and _former(left):
                continue  # "Former president Jorge Quiroga" holds no office now
            if found and any(t.lower_ in table("syntax")["people_words"] and t.i not in args.by_token for t in left):
                continue  # "Bosnian Serb leader X", "Iraqi Kurdish officials": of a people, not of the state
            if found:
                relation, title_tok, title = found
                # "King Hassan of Morocco": the holder may follow the name
                after = [o for p in start.root.children if p.dep_ == "prep" and p.lower_ == "of"
                         and p.i == start.end for o in p.children if o.dep_ == "pobj"]
                end = max([mention.end, *(o.idx + len(o.text) for o in after)])
                if first:
                    args.titled.setdefault(person[1], set()).add(args.text[left[0].idx:end])  # an alias
                holders = _holders(left + after, args, person[1], holder)
                inferred = not holders  # from the gazetteer's offices or from what a spokesperson says: less sure
                if inferred:
                    office = _office_holder(person[1], title_tok, title, gaz, args)
                    holders = [office] if office else _spoken_for(start.root, title_tok, args)
                    home = _home_office(person, left, relation, homes, titles, args) if not holders else None
                    if home is not None:
                        relation, title_tok, holders = home
                for h in holders:
                    yield Candidate(_ranked(relation, title, person, h, args, titles), person, h, title_tok, "title",
                                    0.7 if inferred else 0.85)
            elif first:  # "Liu Wenjie of the Shanghai Institute argues": one of an organisation is its member (of a
                # state, a place or a person, no one: "Ahmed of Egypt" may be its player, "Mary of Teck" its princess)
                yield from (Candidate(titles["member"], person, h, p, "of", 0.7) for p in start.root.children
                            if p.dep_ == "prep" and p.lower_ == "of" and p.i == start.end
                            for o in p.children if o.dep_ == "pobj"
                            for h in args.actors(o, generic=False, expand=False)
                            if h[0].cls not in {"State", PLACE, PERSON} and holder(h[0].cls))
        yield from _described(start.root, person, args, titles, holder, start.start)


def _home_office(person: Arg, left: list[Token], relation: str, homes: Mapping[str, str], titles: Mapping[str, str],
                 args: Arguments) -> tuple[str, Token, list[Arg]] | None:
    """(relation, title word, holders) of a home office (lexicon ``home_titles``) no word holds, or None. The lesser
    title's relation holds ("Chief Cabinet Secretary X", "Deputy President X" are members), at the state the gazetteer
    seats the person in under another title; no holder when it seats them nowhere."""
    home = title_phrase(left, homes)
    if home is None:
        return None
    lesser = titles["member"] if titles["member"] in {relation, home[0]} else relation
    place = seat(args.gaz, person[1]) if args.gaz is not None else None
    return lesser, home[1], [args.synthetic(home[1], place.id, place.cls)] if place and place.cls == "State" else []


def _appointed(root: Token) -> list[Token]:
    """The words of the title a person is given ("named X transitional president", "appointed X as prime minister",
    "X, whom the army named president", "X was elected president"); none if no appointment verb gives one."""
    verbs = table("syntax")["appointment_verbs"]
    if root.dep_ == "nmod" and root.head.dep_ == "oprd" and root.head.head.lemma_.lower() in verbs:
        return [t for t in root.head.subtree if root.i < t.i <= root.head.i]  # "named [X transitional president]"
    whom = [c for c in root.children
            if c.dep_ == "relcl" and any(w.tag_ == "WP" and w.dep_ == "dobj" for w in c.children)]
    for verb in whom + ([root.head] if root.dep_ in {"dobj", "nsubjpass"} else []):
        if verb.lemma_.lower() in verbs:
            return _given(verb)
    return []


def _given(verb: Token) -> list[Token]:
    """The title words an appointment verb gives: its complement or its "as" phrase."""
    for c in verb.children:
        if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}:
            return [t for t in c.subtree if t.i <= c.i]
        if c.dep_ == "prep" and c.lower_ == "as":
            return [t for o in c.children if o.dep_ == "pobj" for t in o.subtree if t.i <= o.i]
    return []


def _former(tokens: list[Token]) -> bool:
    """Does a title phrase name an office once held ("former president", "ex-minister", "the late king", "then-prime
    minister", its adverb left out of the phrase)?"""
    marks = table("syntax")["former_marks"]
    joined = tokens[0].i > 0 and tokens[0].tag_ == "HYPH" and tokens[0].doc[tokens[0].i - 1].lower_ in marks if tokens \
        else False
    return joined or any(t.lower_ in marks for t in tokens)


def _ranked(relation: str, title: str, person: Arg, holder: Arg, args: Arguments, titles: Mapping[str, str]) -> str:
    """The relation a counterpart's own office at ``holder`` gives ("his Swedish counterpart Ulf Kristersson": a prime
    minister's, leadership; "Crown Prince Mohammed bin Salman", prime minister too), else ``relation``."""
    if title not in table("syntax")["counterpart_nouns"] | table("syntax")["ranked_titles"] or args.gaz is None:
        return relation
    ranks = {titles.get(t) for t in titles_at(args.gaz, person[1], holder[1])}
    return next((r for r in ranks if r and r != relation), relation)


def _respective(root: Token, holders: list[Arg]) -> list[Arg]:
    """The holder of a person's own office when as many are named as the names ("his South Korean and Japanese
    counterparts, Cho Hyun and Toshimitsu Motegi": each in turn), else all of ``holders``."""
    first = root.head if root.dep_ == "conj" and root.head.dep_ == "appos" else root
    names = [first, *first.conjuncts] if first.dep_ == "appos" else [first]
    return [holders[names.index(root)]] if 1 < len(names) == len(holders) and root in names else holders


def heads_field(title_tok: Token, whole: Mention, args: Arguments, titles: Mapping[str, str]) -> bool:
    """Does a leader's title lead a field of the whole rather than the whole: a common noun no actor names in its
    "of" phrase ("head of oil research at X"), or compounded on it for a state or an international body ("Pakistan's
    army chief", "the EU's foreign policy chief")?"""
    return title_tok.pos_ == "NOUN" and (_division(title_tok, args) or whole.cls in {"State", "IGO"} and any(
        (c.dep_ == "compound" and c.pos_ == "NOUN" or c.dep_ == "amod" and args.generic.get(c.lower_) == "GovernmentBody"
         and title_tok.lemma_.lower() in table("syntax")["body_head_titles"])
        and c.i not in args.by_token and c.lemma_.lower() not in titles
        and f"{c.lower_} {title_tok.lemma_.lower()}" not in titles  # (not "prime" in a lower-case "prime minister")
        for c in title_tok.children))  # ("Uganda's military chief": "military" an adjective; its "military
    # leader" may rule it)


def _division(title_tok: Token, args: Arguments) -> bool:
    """Does a title lead a field rather than an actor ("head of oil research", "director of the Asia programme")?
    (Not the charge an accusing verb's "of" gives, hung on its object: "accused the Philippine leader of provoking
    tensions".)"""
    if title_tok.dep_ == "dobj" and title_tok.head.lemma_.lower() in table("syntax")["accusing_verbs"]:
        return False
    return any(field(o, args) for p in title_tok.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


def _owned_part(noun: Token, args: Arguments) -> bool:
    """Is ``noun`` a common noun for something an actor owns, no actor or government itself ("Mexico's chancery",
    "the ministry's consular department"), or for some of its people (lexicon ``led_parts``: "Seoul's delegation")?
    Its head is one of the owner's people, not the owner's leader."""
    syn = table("syntax")
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and noun.i not in args.by_token and any(c.dep_ == "poss" for c in noun.children) and (
        lemma in syn["led_parts"] or noun.lower_ not in args.generic
        and lemma not in syn["government_nouns"] | syn["description_nouns"])


def _loose(root: Token, first: int) -> list[Token]:
    """The noun a comma right before a name closes, when the parser hung the name elsewhere ("welcomed by the U.N.
    envoy for Yemen, Hans Grundberg, who ..."); not before a subject ("Speaking to the envoy, Hans said")."""
    if first < 2 or root.doc[first - 1].text != "," or root.dep_ in {"conj", "nsubj", "nsubjpass"}:
        return []
    t = _phrase_head(root.doc[first - 2])
    return [t] if t.pos_ in {"NOUN", "PROPN"} and root not in t.subtree and t not in root.subtree else []


def _phrase_head(t: Token, titles: Mapping[str, str] | None = None) -> Token:
    """The noun whose phrase ``t`` ends: "the envoy for Yemen", "the envoy to Syria" → envoy (not "commanders,
    including the head of X"); a title among ``titles`` ends it itself ("talks with his counterpart, X")."""
    syn = table("syntax")
    preps = syn["membership_preps"] | syn["mission_preps"]
    while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in preps \
            and t.head.head.pos_ in {"NOUN", "PROPN"} and t.head.head.i < t.i \
            and t.lemma_.lower() not in (titles or {}):
        t = t.head.head
    return t


def _described(root: Token, person: Arg, args: Arguments, titles: Mapping[str, str],
               holder: Callable[[str], bool], first: int = 0) -> Iterator[Candidate]:
    """Titles in an apposition or a copula's complement: "X, the leader of Y", "X is a member of Y", "Y's leader, X";
    ``first``: the name's first token, after which a comma may close a title ("the envoy, X, said")."""
    preps = table("syntax")["membership_preps"]
    for desc in _loose(root, first) + [c for c in root.children if c.dep_ in {"appos", "attr"}] + (
            [c for c in root.head.children if c.dep_ == "appos" and c.tag_ in {"NNS", "NNPS"}]
            if root.dep_ == "conj" else []) + (  # "Greece and Turkey, both NATO members"
            [c for c in root.head.children if c.dep_ == "attr"] if root.dep_ == "nsubj" else []) + (
            [c for c in first_conjunct(root).head.children if c.dep_ == "attr" and c.tag_ in {"NNS", "NNPS"}]
            if root.dep_ == "conj" and first_conjunct(root).dep_ == "nsubj" else []) + (  # "X and Y are members"
            [o for p in root.head.children if p.dep_ == "prep" and p.lower_ == "as" and p.i < root.i
             for o in p.children if o.dep_ == "pobj"] if root.dep_ == "nsubj" else []) + (  # "As a NATO member, X"
            [_phrase_head(root.head, titles)] if root.dep_ == "appos" and root.head.i < root.i and not (
                root.head.i in args.by_token and args.by_token[root.head.i].cls == PERSON) else []) + (  # (a name
            # after another's: "X's President Y and the head of Z, W" is not X's president)
            [_phrase_head(root.head.head, titles)] if root.dep_ == "conj" and root.head.dep_ == "appos"
            and root.head.head.i < root.i else []):  # "his Korean and Japanese counterparts, X and Y": Y too
        # "Russia's foreign minister, X", "the envoy for Yemen, X" (not a possessor's title: "President Y's
        # spokesman, X" is a spokesman)
        owners = {u.i for c in desc.children if c.dep_ == "poss" for u in c.subtree}
        found = title_phrase([t for t in desc.subtree if t.i <= desc.i and t.i not in owners], titles)
        if not found or _former([t for t in desc.subtree if t.i <= desc.i]):
            continue  # ("X, a former minister of Y": no office now)
        relation, title_tok, title = found
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in desc.children):
            relation = titles["member"]  # "X, a senior commander of Y": one of its commanders, not its head
        if desc.i < root.i and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in desc.children) \
                and desc.left_edge.i != desc.sent.start and not any(
                    c.dep_ in {"amod", "compound"} and c.i in args.by_token for c in desc.children):
            continue  # "its leader, X": whose, a pronoun in a nested clause leaves open (one opening a sentence
            # is the sentence before's: "Its chief spokesman, X, said ..."; "his Polish counterpart, X" says whose)
        relative = [p for p in desc.head.children if p.dep_ == "prep" and p.i < desc.i and any(
            o.tag_ in {"WDT", "WP"} for o in p.children)] if desc.dep_ == "attr" else []  # "the GCC, of which X is a
        for prep in [*desc.children, *relative]:  # member": the "of" on the copula
            to_person = prep.dep_ == "prep" and prep.lower_ == "to" and title not in table("syntax")["mission_titles"] \
                and any(a[0].cls == PERSON for o in prep.children for a in args.actors(o, generic=False, expand=False))
            if to_person:  # "X, a senior adviser to President Trump": one of the state Trump leads
                for h in _bosses_seats(list(prep.children), args, person[1], holder):
                    yield Candidate(relation, person, h, title_tok, "apposition", 0.7)
            if prep.dep_ == "prep" and prep.lower_ in preps and not to_person and not (
                    title in table("syntax")["mission_titles"] and prep.lower_ in table("syntax")["mission_preps"]):
                stray = [c for c in desc.conjuncts if c.i > prep.i and c.i in args.by_token and desc.head.i == root.i
                         and args.by_token[c.i].cls not in {"State", PERSON}]  # "a member of NATO and the EU", the
                for pobj in [*prep.children, *stray]:  # EU parsed as a second member: the prepositions' too
                    part = _owned_part(pobj, args)  # "X, the head of Mexico's chancery": one of Mexico, no leader
                    held = args.actors(pobj, generic=False) or _group(args, pobj) or government(args, pobj)
                    # ("X, a spokesman for the transitional government": the state named before)
                    owners = {a[1] for c in pobj.children if c.dep_ == "poss" for a in args.actors(c, expand=False)}
                    if any(h[1] not in owners for h in held):  # "the head of Russia's Wagner group": Wagner's
                        held = [h for h in held if h[1] not in owners]
                    for h in held:
                        if h[1] != person[1] and holder(h[0].cls):
                            yield Candidate(titles["member"] if part else relation, person, h, title_tok,
                                            "apposition", 0.8)
                    if any(a[0].cls == PERSON for a in args.actors(pobj, generic=False, expand=False)):
                        # "X, the envoy of French President Macron": of the body the person's own title names
                        own = [t for c in pobj.children if c.i < pobj.i and c.dep_ in {"amod", "compound", "poss"}
                               for t in c.subtree]
                        for h in _holders(own, args, person[1], holder) if title_phrase(own, titles) else ():
                            yield Candidate(relation, person, h, title_tok, "apposition", 0.7)
                        if not (title_phrase(own, titles) and _holders(own, args, person[1], holder)):
                            for h in _bosses_seats([pobj], args, person[1], holder):  # "an envoy of President
                                yield Candidate(relation, person, h, title_tok, "apposition", 0.7)  # Macron": France
        held = _holders([t for t in desc.subtree if t.i < desc.i], args, person[1], holder)
        if title in table("syntax")["mission_titles"] and any(h[0].cls == "State" for h in held):
            held = [h for h in held if h[0].cls == "State"]  # "South Korea's U.N. ambassador": posted to the UN
        for h in _respective(root, held):
            yield Candidate(_ranked(relation, title, person, h, args, titles), person, h, title_tok, "apposition", 0.75)
        # "X, Vladimir Putin's spokesman" (but "his counterpart, X" is another state's)
        bosses = [] if title in table("syntax")["counterpart_nouns"] else [c for c in desc.children if c.dep_ == "poss"]
        for h in _bosses_seats(bosses, args, person[1], holder):
            yield Candidate(relation, person, h, title_tok, "apposition", 0.7)
        for h in _holders([c for c in desc.children if c.dep_ == "appos" and c.i > desc.i], args, person[1], holder):
            yield Candidate(relation, person, h, title_tok, "apposition", 0.75)  # "X, commander, U.S. Africa Command"
