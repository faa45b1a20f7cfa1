"""One parsed document → its entities and statements with evidence (the extract stage's entry point)."""
from __future__ import annotations

from spacy.tokens import Doc

from .. import resolve
from ..gazetteer import Gazetteer
from ..model import Document, DocumentResult, Mention, Statement
from ..ontology import Ontology
from . import confidence, cover, entities, relations, seats, structural, titles, units
from .arguments import PLACE, Arguments
from .attribution import Attribution
from .clauses import Candidate
from .dates import event_date
from .lexicon import table
from .modality import cues, decided, denied_charge, modality, own_warning, path_up, performed, refused, ultimatum, \
    unanswered
from .quantities import quantity
from .rules import rules
from .triggers import kept_state, traded
from .unnamed import each_other

MEMBERSHIP, POSSESSION, LOCATION = "memberOf", "possesses", "locatedIn"  # the structural relations the rules without
# title words give
COMPANY = "Company"  # the class whose acts kg:commercialSense reads


def extract(doc: Doc, document: Document, onto: Ontology, gaz: Gazetteer) -> DocumentResult:
    """Mentions, resolved entities and statements of one document; pure apart from reading the lexicons."""
    r = rules(onto)
    doc_ents = tuple(doc.ents)  # Doc.ents is rebuilt on every access
    mentions = entities.mentions(doc, document.id, gaz, onto.classes, r.triggers["title"], r.triggers["noun"])
    ids = resolve.resolve(mentions, entities.definitions(document.text, mentions))
    attribution = Attribution(doc, document.text)
    args = Arguments(doc, document.id, ids, attribution, gaz, r.actor_classes, r.triggers["title"], document.date, r.acts,
                     document.publisher)
    found = [*relations.candidates(args, r),
             *titles.candidates(args, r.triggers["title"], gaz, r.holder), *units.candidates(args, MEMBERSHIP),
             *structural.inclusions(args, MEMBERSHIP), *structural.origins(args, MEMBERSHIP),
             *structural.fellows(args, MEMBERSHIP), *structural.divisions(args, MEMBERSHIP),
             *structural.namings(args, MEMBERSHIP),
             *structural.assignments(args, MEMBERSHIP), *structural.contributors(args, MEMBERSHIP),
             *structural.possessions(args, POSSESSION),
             *structural.locations(args, LOCATION),
             *structural.governments(args, r.triggers["title"]["leader"], MEMBERSHIP)]
    found += seats.offices_held(args, r.triggers["title"], gaz)  # of the office descriptions the rules read
    found += seats.state_members(found, args, gaz, r.triggers["title"], MEMBERSHIP)  # one of a state's body
    offices = set(r.triggers["title"].values())
    owned = {(c.subject[1], c.object[1]) for c in found if c.relation == POSSESSION}  # "its S-400 batteries"
    seated = {(c.subject[1], c.object[1]) for c in found if c.relation in offices and c.object[0].cls == "State"
              and c.rule == "title" and (gaz.form(c.object[0].text) == "demonyms" or _named_title(args, c))}
    # offices a nationality or a name right before the title gives ("Iranian Oil Minister X", "Cook Islands Prime
    # Minister X"), as the gazetteer's (not "Turkey: Minister X visits ...")
    best: dict[tuple, Statement] = {}
    weapons = table("syntax")["weapon_nouns"]
    for c in found:
        rel = onto.relation(c.relation)
        if not r.allows(c.relation, c.subject[0].cls, c.object[0].cls):
            continue  # "joined John Kerry" makes no one a member of a person
        if rel.structural and c.relation != MEMBERSHIP and c.rule.startswith("noun") and any(
                a[0].cls != "State" and any(ch.dep_ == "compound" and a[0].start <= ch.idx < a[0].end
                                            for ch in c.trigger.children) for a in (c.subject, c.object)):
            continue  # "NATO allies including Germany", "Poland's NATO allies": the body's members, no ally of it
        if rel.structural and args.nationality.get(c.object[1]) == c.subject[1]:
            continue  # "Syria belongs to Syrians": its own people, no body it is a member of
        if rel.structural and c.subject[0].cls == "State" and _people_of(args, c.subject[0]):
            continue  # "two Ukrainian citizens working for Russian intelligence": its people, not Ukraine, are members
        placed = r.names_subject(c.relation, c.subject[0].cls)  # ("Al Udeid Air Base in Qatar": located in it)
        if (c.subject[0].cls in {PLACE, resolve.INSTALLATION} and not placed) or (
                c.object[0].cls == PLACE and c.relation not in r.place_targets):
            continue  # a place or an installation does not act ("the oil infrastructure that provides ISIL's support",
            # though "F-16s struck" may); a place is the target of force only
        if c.subject[0].cls in resolve.THINGS and not placed and (c.relation not in r.forceful or (
                c.subject[0].source == "generic" and c.subject[1] not in args.owners)):
            continue  # "F-16s struck" may, but a weapon backs, supplies or talks to no one ("backed by TB2 drones"),
            # and "missiles hit the plant" says nothing of who fired them
        ends = ((c.subject, c.object), (c.object, c.subject)) if c.relation not in r.forceful else ((c.subject, c.object),)
        if not rel.structural and any(a[0].cls == resolve.PERSON and b[0].cls == "State" and (b[1] in args.affiliations(
                a[1]) or (a[1], b[1]) in seated) for a, b in ends):
            continue  # one who holds office in a state does not act on it, nor it on them but by force ("Sheinbaum called
            # the storming of Mexico's embassy a violation": of whoever stormed it; "Araghchi raised the issue ...
            # Tehran demanded": of whom he spoke to; but "Niger detained Bazoum")
        machines = c.object[0].source == "generic" and c.object[0].text.split()[-1].lower() in weapons
        if (c.object[0].cls in resolve.THINGS or machines) and c.relation not in r.forceful and (
                c.object[0].source == "generic" or c.relation in r.cooperative):
            continue  # a tank or a bridge is the target of force, not of talks, aid or inspections; no one cooperates
            # with a named weapon either ("accepted the Patriots"), nor is sent jets ("offered to send fighter jets")
        if (c.object[0].cls in resolve.THINGS or machines) and c.relation in r.owned_targets \
                and c.object[0].source == "generic" and c.object[1] not in args.owners:
            continue  # goods stand for their owner, and "halting four days of missile and drone exchanges" names none
        if not rel.structural and _own_group(args, c):
            continue  # "will defend its sovereignty and its people": one's own people are no other party
        # "its ally" states no event to hedge (but "applied for membership" is a membership intended)
        described = rel.structural and not (c.rule.startswith(("verb", "passive")) or (
            c.rule.startswith("noun") and c.trigger.dep_ in {"dobj", "pobj"}))
        if unanswered(c.trigger):
            continue  # "did not say whether it had raised the matter with X": no claim either way
        mood = "asserted" if described else "negated" if denied_charge(c.trigger) else modality(c.trigger, c.spent)
        if mood == "intended" and (c.relation in r.verbal and performed(c.trigger) or kept_state(c.trigger)):
            mood = "asserted"  # "I want to thank Jordan" thanks Jordan; "will keep its border closed" has closed it
        warning = mood == "hedged" and c.relation in r.forceful and (own_warning(c.trigger) or ultimatum(c.trigger))
        if warning:
            mood = "intended"  # "Russia said it may strike X": a threat (but "may have struck X" is a hedge)
        name = c.relation
        if name in r.commercial_senses and (
                c.subject[0].cls == COMPANY or name in r.commercial_goods and traded(c.trigger)):
            name = r.commercial_senses[name]  # "its shipments to the US", said of a firm, and "supplies gas to the
            # EU": trade, no aid (but a "fuel grant" is)
        if name in r.corporate_senses and c.object[0].cls == COMPANY:
            name = r.corporate_senses[name]  # "took control of chipmaker Nexperia": its property seized, no land held
        if name == r.triggers["title"]["leader"] and (
                structural.leads_part(c.trigger, c.object[0])
                or titles.heads_field(c.trigger, c.object[0], args, r.triggers["title"])):
            name = r.triggers["title"]["member"]  # "a US delegation led by X", "the EU's foreign policy chief": one of
            # the whole's, leading part of it
        if name in r.body_senses and c.object[0].source in resolve.NAMED and c.object[0].cls != "State" \
                and c.object[0].start <= c.trigger.idx < c.object[0].end:
            name = r.body_senses[name]  # "their own Alliance of Sahel States": its members
        ours = args.parts.get(c.object[1]) in {None, c.subject[1]}  # a body no other state's words name
        own_force = c.object[0].source == "generic" and c.object[0].cls in {"GovernmentBody", *resolve.THINGS} \
            and ours and c.object[1] not in args.owners
        if own_force and name in r.postures and c.object[0].cls not in resolve.THINGS:
            continue  # "deployed 14,000 troops": the means of a show of force, no target (what weapons were
            # deployed, "the deployment of missiles", is kept)
        if name in r.postures and (c.subject[1], c.object[1]) in owned:
            continue  # "put its Hsiung Feng III batteries on alert": its own means, no target
        if mood in {"intended", "hedged"} and name in r.verbal and r.ultimatum is not None and cover.responds(c.trigger):
            name, mood = r.ultimatum, "asserted"  # "would respond with full force to any attack by X": a threat
        elif mood == "intended" and not (name in r.postures and c.object[0].cls in resolve.THINGS) \
                and (intent := r.intent(name)) is not None:  # ("will deploy Type 12 missiles" threatens no missile)
            if intent != name and own_force:
                continue  # "will deploy more troops": one's own forces, sent nowhere named, are no one threatened
            if ultimatum(c.trigger) and r.ultimatum is not None:
                intent = r.ultimatum  # "will withdraw its force unless ...": an ultimatum is a threat
            elif intent == r.ultimatum and name in r.decided and not warning and decided(c.trigger):
                intent = name  # "announced it would quit the bloc": a decision, the act itself, no threat
            elif name in r.postures and (cover.helpful(c.trigger) or each_other(c.trigger)) and r.promise is not None:
                intent = r.promise  # "will send police to Haiti to reinforce the mission": help promised, no threat;
                # "will deploy troops on each other's soil": a pact's partners, no threat to each other
            # CAMEO codes a stated intent (to cooperate, to attack) as its own event, which may itself be in doubt
            # ("it is unclear whether Turkey will approve")
            name, mood = intent, "hedged" if "doubt" in cues(c.trigger, c.spent) and not warning \
                else "intended" if intent == name else "asserted"
        elif mood == "negated" and (refusal := r.refusal(name)) is not None \
                and refused(c.trigger, c.relation in r.stances):
            name, mood = refusal, "asserted"  # "would not meet the demands": a rejection
        speaker_tok = attribution.speaker(c.trigger)
        speakers = args.actors(speaker_tok, generic=False, expand=False) if speaker_tok is not None else []
        governors = path_up(c.trigger, 3)
        sent = attribution.sentence_of(c.trigger)
        sentence = sent.text.rstrip()  # a paragraph break belongs to no sentence
        conf = c.confidence - (0.1 if mood == "hedged" else 0.0)
        conf = confidence.score(confidence.features(c.rule, mood, onto.relation(name), (c.subject[0].source, c.object[0].source)), conf)
        st = Statement(
            doc_id=document.id, subject=c.subject[1], relation=name, object=c.object[1],
            subject_span=args.shown(c.subject), object_span=args.shown(c.object),
            trigger_span=(c.trigger.idx, c.trigger.idx + len(c.trigger.text)), trigger=c.trigger.lemma_.lower(),
            sentence_span=(sent.start_char, sent.start_char + len(sentence)), sentence=sentence, modality=mood,
            confidence=round(max(0.05, min(0.99, conf)), 2), extractor=c.rule,
            speaker=speakers[0][1] if speakers else None,
            date=event_date(governors, sent, document.date, doc_ents) if not rel.structural else None,
            quantity=quantity(governors, doc_ents) if not rel.structural else None,
        )
        key = (st.subject, st.relation, st.object, st.trigger_span)
        if key not in best or best[key].confidence < st.confidence:
            best[key] = st
    statements = tuple(sorted(best.values(), key=lambda s: (s.sentence_span, s.trigger_span, s.subject, s.relation, s.object)))
    ends = {(s.subject, s.subject_span) for s in statements} | {(s.object, s.object_span) for s in statements}
    # added mentions that a statement uses, and those inside a phrase it uses ("Iraqi Kurds" in "thousands of Iraqi Kurds")
    used = [(m, i) for m, i in sorted(args.added, key=lambda p: (p[0].span, p[1]))
            if any(eid == i and a <= m.start and m.end <= b for eid, (a, b) in ends)]
    # the description or name a used pronoun stands for names its entity too ("The ministry warned ... the accusations")
    used += [(named, i) for m, i in list(used) if (named := args.antecedents.get((m, i))) is not None
             and named not in ids and (named, i) not in used]
    ents = resolve.entities([*ids.items(), *used],
                            gaz, args.parts, args.titled)
    return DocumentResult(document, ents, statements)


def _named_title(args: Arguments, c: Candidate) -> bool:
    """Does the state's name open the person's title, with nothing but the title's capitalised words between them
    ("Cook Islands Prime Minister X"; not "Chile met its Peruvian counterpart X")?"""
    between = args.text[c.object[0].end:c.subject[0].start]
    words = between.replace("-", " ").split()
    name = args.doc.char_span(c.object[0].start, c.object[0].end, alignment_mode="expand")
    return c.object[0].end <= c.subject[0].start and between[:1] == " " and 0 < len(words) <= 4 \
        and all(w.isalpha() and w[:1].isupper() for w in words) and name is not None \
        and name.root.dep_ != "pobj" and not (name.start > 0 and args.doc[name.start - 1].pos_ == "ADP")
    # (not "In Turkey Minister X met ...", whichever way it is parsed)


def _own_group(args: Arguments, c: Candidate) -> bool:
    """Is the object a group the text names only as the subject's own ("its people", "their citizens"; not "its
    allies")?"""
    if c.object[0].source != "generic":
        return False
    span = args.doc.char_span(c.object[0].start, c.object[0].end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() in table("syntax")["relational_nouns"]:
        return False  # ("consulted its allies": others, though unnamed)
    owners = [p for p in span.root.children if p.dep_ == "poss" and p.pos_ == "PRON"]
    return any(a[1] == c.subject[1] for p in owners for a in args.actors(p, generic=False, expand=False))


def _people_of(args: Arguments, m: Mention) -> bool:
    """Is the mention a state's adjective on a plural noun of people, not of its forces or bodies ("Ukrainian
    citizens", not "Ukrainian troops" or "Ukrainian officials")?"""
    span = args.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    head = root.head if root is not None and root.dep_ == "amod" else None
    return head is not None and head.tag_ == "NNS" and head.lemma_.lower() not in args.titles \
        and args.generic.get(head.lower_) in {None, "Person", "Organization"} \
        and head.lower_ not in table("syntax")["force_nouns"]
