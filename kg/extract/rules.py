"""What the extraction rules read from the ontology, gathered once per ontology into plain values.

Beyond trigger lemmas, the ontology's annotations steer the rules: ``kg:expressesIntentFor``
(a stated intent is its own CAMEO event), ``kg:mutualWhenCoordinated`` ("X and Y agreed"),
``kg:targetFromPurpose`` ("demonstrated to demand reforms from X"), ``kg:targetFromPartner`` ("met X and urged
..."), ``kg:targetPreposition``
("deployed troops in Syria"), ``kg:targetIsDirectObject`` ("received Modi"), ``kg:placeIsTarget`` ("shelled Kharkiv"),
``kg:agentFromPlace`` ("were detained in Iran"),
``kg:reverses``/``kg:reversalVerb`` ("reduced aid") and ``kg:subjectClass``/``kg:objectClass``.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rdflib import URIRef

from ..ontology import COOPERATION, Ontology
from .triggers import trigger_keys

VERBAL, MATERIAL_CONFLICT = (1, 3), 4  # GDELT's quad class numbers (cooperation and conflict: ``ontology``)
STATEMENT, POSTURE = "01", "15"  # the CAMEO roots of plain statements and of shows of force
TITLE_HOLDERS = ("State", "Organization")  # a title ties a person to a state or an organisation (or their subclasses)


@dataclass(frozen=True)
class Rules:
    """The ontology as the extractor needs it; build with ``rules(ontology)``."""

    triggers: Mapping[str, Mapping[str, str]]  # {"verb"|"noun"|"title": {lemma: relation}}
    trigger_keys: frozenset[int]  # string ids of the words that can begin a trigger (a cheap first filter)
    actor_classes: frozenset[str]
    structural: frozenset[str]
    mutual: frozenset[str]
    purposeful: frozenset[str]  # relations whose acts take their target from a stated purpose ("demonstrated to demand X")
    partnered: frozenset[str]  # relations whose acts take their target from a coordinated verb's partner ("met X and
    # urged ...")
    acts: frozenset[str]  # trigger nouns of material conflict ("strike", "raid"): as subjects they stand for their agent
    third_party: frozenset[str]  # relations whose "between X and Y" names the targets: the subject stands apart
    means: frozenset[str]  # relations whose weapon or installation object is the means (a gift, a round), not the target
    direct: frozenset[str]  # relations whose verbs name the target only as direct object ("received Modi", not "from X")
    place_targets: frozenset[str]  # relations whose target may be a place ("shelled Kharkiv"); no other takes a place
    place_agents: frozenset[str]  # relations whose agentless passive is the place's state's act ("detained in Iran")
    owned_targets: frozenset[str]  # relations whose acts on goods are on their owner ("tariffs on Chinese vehicles")
    national_targets: frozenset[str]  # relations whose acts on a nationality's people are towards its state
    unintended: frozenset[str]  # relations whose announced acts stay themselves ("will respond"), no intent (CAMEO 03)
    decided: frozenset[str]  # conflictual acts announced unconditionally are decisions ("would quit the bloc"), no threat
    forceful: frozenset[str]  # material conflict: the only relations a generic weapon or installation can be the target of
    verbal: frozenset[str]  # verbal cooperation and conflict: acts that speak about other acts
    cooperative: frozenset[str]  # verbal and material cooperation
    target_preps: Mapping[str, frozenset[str]]  # relation → prepositions that name its target ("deployed troops in X")
    venue_preps: Mapping[str, frozenset[str]]  # relation → prepositions that name where or for whom it is done ("a
    # case at the ICJ", "fight for Moscow")
    verbal_senses: Mapping[str, str]  # relation → what it means on a policy ("attacked the budget" criticises)
    forceful_senses: Mapping[str, str]  # relation → what it means done with a weapon ("blasted with water cannon")
    mutual_senses: Mapping[str, str]  # relation → what its act noun means between two sides ("strikes between X and Y")
    joint_senses: Mapping[str, str]  # obligation relation → what it means with the speaker among the obliged
    destination_senses: Mapping[str, str]  # relation → what it means sent into a place ("into its waters")
    body_senses: Mapping[str, str]  # relation → what it means when its trigger is in its object's name ("their Alliance")
    commercial_senses: Mapping[str, str]  # relation → what it means when a company does it (its shipments are trade)
    corporate_senses: Mapping[str, str]  # relation → what it means done to a company (taking control seizes it)
    commercial_goods: frozenset[str]  # relations whose acts moving a commodity are trade ("LNG shipments"; not their
    # sub-relations: a "fuel grant" is aid)
    intents: Mapping[int | str, str]  # quad class or root relation → relation that states an intent to act so
    refusals: Mapping[int, str]  # quad class → relation that states a refusal to act so (CAMEO 12)
    answers: Mapping[str, frozenset[str]]  # relation → relations whose acts it answers when it has no target
    reversals: Mapping[str, Mapping[str, str]]  # relation → {reversing verb → relation it becomes}
    constraints: Mapping[str, tuple[frozenset[str], frozenset[str]]]  # relation → (subject, object) classes
    apart: Mapping[str, frozenset[str]]  # relation → classes its two ends may not both belong to
    ontology: Ontology

    @cached_property
    def postures(self) -> frozenset[str]:
        """Shows of force (CAMEO 15: deploy, mobilise, raise alert): one's own forces are their means, not a target."""
        return frozenset(n for n in self.forceful if self.ontology.root(n).cameo == POSTURE)

    @cached_property
    def stances(self) -> frozenset[str]:
        """Verbal acts that take a side (all but plain statements, CAMEO 01): refusing one for good is a rejection
        ("does not recognise the court"), not refusing a comment ("does not report the number of aircraft")."""
        return frozenset(n for n in self.verbal if self.ontology.root(n).cameo != STATEMENT)

    @cached_property
    def symmetric(self) -> frozenset[str]:
        """Relations under a symmetric CAMEO root (fight, consult, cooperate): the two sides do it with each other."""
        return frozenset(n for n in self.ontology.relations if not self.ontology.relation(n).structural
                         and self.ontology.root(n).symmetric)

    @cached_property
    def reactions(self) -> frozenset[str]:
        """Verbal acts that judge another act (praise, condemn, reject): not meetings, not intents."""
        onto = self.ontology
        return frozenset(n for n in self.verbal if not onto.root(n).symmetric) - self.intent_relations

    @cached_property
    def reversing(self) -> frozenset[str]:
        """Every verb that reverses some act ("lifted", "halted"; see ``reversals``)."""
        return frozenset(v for verbs in self.reversals.values() for v in verbs)

    @cached_property
    def rejections(self) -> frozenset[str]:
        """Relations that reject, block or veto another act (the targets of ``kg:expressesRefusalOf``, and below):
        what they reject has not happened."""
        onto = self.ontology
        return frozenset(n for n in onto.relations if any(onto.is_subproperty(n, r) for r in set(self.refusals.values())))

    @cached_property
    def intent_relations(self) -> frozenset[str]:
        """Relations that state an intent or a threat to act (the targets of ``kg:expressesIntentFor``)."""
        return frozenset(self.intents.values())

    @property
    def ultimatum(self) -> str | None:
        """The relation an act stated as what will happen unless the target complies is coded as (a threat, CAMEO 13)."""
        return self.intents.get(MATERIAL_CONFLICT)

    @property
    def promise(self) -> str | None:
        """The relation a stated intent to cooperate is coded as (CAMEO 03)."""
        return self.intents.get(VERBAL[0])

    def intent(self, relation: str) -> str | None:
        """The relation CAMEO codes a stated intent to do ``relation`` as (its root's entry before its quad class's)."""
        onto = self.ontology
        rel = onto.relation(relation)
        if rel.structural or relation in self.unintended:
            return None
        return self.intents.get(onto.root(relation).name, self.intents.get(rel.quad_class))

    def refusal(self, relation: str) -> str | None:
        """The relation CAMEO codes a stated refusal to do ``relation`` as ("will not meet the demands": a rejection)."""
        rel = self.ontology.relation(relation)
        return None if rel.structural else self.refusals.get(rel.quad_class)

    def holder(self, cls: str) -> bool:
        """Can a title tie a person to an actor of this class?"""
        return cls in self.ontology.classes and any(self.ontology.is_subclass(cls, h) for h in TITLE_HOLDERS)

    def allows(self, relation: str, subject_cls: str, object_cls: str) -> bool:
        """Do the ontology's class constraints admit this subject and object for ``relation``?"""
        subj, obj = self.constraints.get(relation, (frozenset(), frozenset()))
        both = self.apart.get(relation, frozenset())  # ("Indonesia would join Pakistan as ...": no state's member)
        return self._fits(subject_cls, subj) and self._fits(object_cls, obj) \
            and not (both and self._fits(subject_cls, both) and self._fits(object_cls, both))

    def names_subject(self, relation: str, cls: str) -> bool:
        """Does the ontology name ``cls`` (or a class above it) among ``relation``'s subject classes? A weapon or an
        installation acts only in a relation that does ("Al Udeid Air Base in Qatar": located in it)."""
        subj, _ = self.constraints.get(relation, (frozenset(), frozenset()))
        return bool(subj) and self._fits(cls, subj)

    def _fits(self, cls: str, allowed: frozenset[str]) -> bool:
        onto = self.ontology
        return not allowed or any(cls in onto.classes and onto.is_subclass(cls, a) for a in allowed)


def _local(onto: Ontology, term: object) -> str:
    return str(term)[len(onto.namespace):]


def _quad(onto: Ontology, term: object) -> int | None:
    return next((n for n, q in onto.quad_classes.items() if q.iri == str(term)), None)


@lru_cache(maxsize=8)
def rules(onto: Ontology) -> Rules:
    """Gather the extraction rules' view of ``onto`` (cached per ontology)."""
    g, ns = onto.graph(), onto.namespace
    intents: dict[int | str, str] = {}
    for rel, target in g.subject_objects(URIRef(ns + "expressesIntentFor")):
        key = _quad(onto, target)
        intents[_local(onto, target) if key is None else key] = _local(onto, rel)
    refusals = {_quad(onto, quad): _local(onto, rel) for rel, quad in g.subject_objects(URIRef(ns + "expressesRefusalOf"))}

    def flagged(annotation: str) -> set[str]:
        """Relations that carry ``annotation`` (a boolean flag in the ontology)."""
        return {_local(onto, s) for s in g.subjects(URIRef(ns + annotation), None)}

    def family(roots: set[str]) -> frozenset[str]:
        """``roots`` and all their sub-relations: a flag on a relation holds for its sub-relations."""
        return frozenset(n for n in onto.relations if any(onto.is_subproperty(n, r) for r in roots))

    def by_preposition(annotation: str) -> dict[str, frozenset[str]]:
        """relation → the prepositions ``annotation`` gives it or any relation above it."""
        preps: dict[str, set[str]] = {}
        for rel, prep in g.subject_objects(URIRef(ns + annotation)):
            preps.setdefault(_local(onto, rel), set()).add(str(prep))
        return {n: frozenset(p for anc, ps in preps.items() if onto.is_subproperty(n, anc) for p in ps)
                for n in family(set(preps))}
    reversals: dict[str, dict[str, str]] = {}
    # a reversal of a named relation ("ended the war": de-escalation) wins over one of its quad class ("ended the
    # embargo": sanctions eased), so those of quad classes are read first
    for rel, target in sorted(g.subject_objects(URIRef(ns + "reverses")), key=lambda p: (_quad(onto, p[1]) is None, p)):
        verbs = {str(v) for v in g.objects(rel, URIRef(ns + "reversalVerb"))}
        quad, reversed_ = _quad(onto, target), _local(onto, target)
        for name, r in onto.relations.items():
            hit = r.quad_class == quad if quad is not None else onto.is_subproperty(name, reversed_)
            if hit and not r.structural and r.goldstein != 0:  # ("postponed a speech": a neutral act, nothing reversed)
                reversals.setdefault(name, {}).update({v: _local(onto, rel) for v in verbs})
    answering = {_local(onto, r): {_local(onto, a) for a in g.objects(r, URIRef(ns + "answers"))}
                 for r in set(g.subjects(URIRef(ns + "answers"), None))}
    constraints = {}
    for name, rel in onto.relations.items():
        subj = frozenset(_local(onto, c) for c in g.objects(URIRef(rel.iri), URIRef(ns + "subjectClass")))
        obj = frozenset(_local(onto, c) for c in g.objects(URIRef(rel.iri), URIRef(ns + "objectClass")))
        if subj or obj:
            constraints[name] = (subj, obj)
    apart = {name: frozenset(_local(onto, c) for c in g.objects(URIRef(rel.iri), URIRef(ns + "notBetween")))
             for name, rel in onto.relations.items() if (URIRef(rel.iri), URIRef(ns + "notBetween"), None) in g}
    return Rules(
        triggers=onto.trigger_index(), trigger_keys=trigger_keys(onto.trigger_index()),
        actor_classes=frozenset(n for n, c in onto.classes.items() if c.actor),
        structural=frozenset(n for n, r in onto.relations.items() if r.structural),
        mutual=frozenset(n for n, r in onto.relations.items() if r.symmetric or n in flagged("mutualWhenCoordinated")),
        target_preps=by_preposition("targetPreposition"), venue_preps=by_preposition("venuePreposition"),
        verbal_senses={n: _local(onto, sense) for r, sense in g.subject_objects(URIRef(ns + "verbalSense"))
                       for n in family({_local(onto, r)})},
        forceful_senses={n: _local(onto, sense) for r, sense in g.subject_objects(URIRef(ns + "forcefulSense"))
                         for n in family({_local(onto, r)})},
        destination_senses={n: _local(onto, sense) for r, sense in g.subject_objects(URIRef(ns + "destinationSense"))
                            for n in family({_local(onto, r)})},
        joint_senses={_local(onto, r): _local(onto, sense) for r, sense in g.subject_objects(URIRef(ns + "jointSense"))},
        mutual_senses={n: _local(onto, sense) for r, sense in g.subject_objects(URIRef(ns + "mutualSense"))
                       for n in family({_local(onto, r)})},
        body_senses={_local(onto, r): _local(onto, sense) for r, sense in g.subject_objects(URIRef(ns + "namedBodySense"))},
        commercial_senses={n: _local(onto, sense) for r, sense in g.subject_objects(URIRef(ns + "commercialSense"))
                           for n in family({_local(onto, r)})},
        corporate_senses={n: _local(onto, sense) for r, sense in g.subject_objects(URIRef(ns + "corporateSense"))
                          for n in family({_local(onto, r)})},
        commercial_goods=frozenset(_local(onto, r) for r, _ in g.subject_objects(URIRef(ns + "commercialSense"))),
        means=family(flagged("objectIsMeans")), direct=family(flagged("targetIsDirectObject")),
        place_targets=family(flagged("placeIsTarget")), place_agents=family(flagged("agentFromPlace")), third_party=family(flagged("standsApart")),
        owned_targets=family(flagged("goodsStandForOwner")), unintended=family(flagged("noIntentForm")),
        decided=family(flagged("decisionForm")),
        national_targets=family(flagged("peopleStandForState")),
        purposeful=family(flagged("targetFromPurpose")), partnered=family(flagged("targetFromPartner")),
        forceful=frozenset(n for n, r in onto.relations.items() if r.quad_class == MATERIAL_CONFLICT),
        verbal=frozenset(n for n, r in onto.relations.items() if r.quad_class in VERBAL),
        cooperative=frozenset(n for n, r in onto.relations.items() if r.quad_class in COOPERATION),
        acts=frozenset(n for r in onto.relations.values() if r.quad_class == MATERIAL_CONFLICT for n in r.nouns if " " not in n),
        intents=intents, refusals=refusals, reversals=reversals, constraints=constraints, apart=apart, ontology=onto,
        answers={n: family(asked) for root, asked in answering.items() for n in family({root})},
    )
