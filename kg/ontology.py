"""Loads ontology/kg.ttl once into plain values: relation types, entity classes, quad classes, trigger lemmas.

Everything is discovered from the Turtle file; no relation or class is named here.
A relation is a ``kg:`` property that has a ``kg:cameoCode`` or is typed ``kg:StructuralRelation``;
an entity class is a ``kg:`` class that has a ``kg:color`` (its own or an ancestor's).
Finer relations inherit quad class, Goldstein value and PLOVER type from their parent when
they lack one; classes inherit colour and the ``kg:isActorClass`` flag.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import KgError, UnknownNameError
from kg.iri import KG
from kg.resources import ONTOLOGY

_NS = rdflib.Namespace(KG)
DEFAULT_PATH = ONTOLOGY / "kg.ttl"
SHAPES = ("circle", "square", "triangle", "diamond", "hexagon", "pentagon")  # what kg:shape may say
COOPERATION, CONFLICT = (1, 2), (3, 4)  # GDELT's quad classes, as kg.ttl states them: 1-2 cooperate, 3-4 conflict
TRIGGER_KINDS = {"verb": _NS.triggerVerb, "noun": _NS.triggerNoun, "title": _NS.triggerTitle, "modal": _NS.triggerModal,
                 "label": _NS.triggerLabel, "inverse": _NS.triggerInverseVerb, "shield": _NS.triggerShieldVerb, "fate": _NS.triggerFate}


@dataclass(frozen=True)
class RelationType:
    """One relation: a CAMEO event category (root or finer) or a structural relation."""

    name: str
    iri: str
    label: str
    comment: str
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    plover: str | None
    parent: str | None
    structural: bool
    symmetric: bool
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    titles: tuple[str, ...]
    modals: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    inverses: tuple[str, ...] = ()  # verbs whose object holds this relation to their subject ("X includes Y")
    shields: tuple[str, ...] = ()  # verbs whose "from" phrase names whom their subject holds this relation to
    fates: tuple[str, ...] = ()  # fates a speaker foretells of someone ("will pay a price"): the speaker's relation to them


@dataclass(frozen=True)
class EntityClass:
    """One class of entity (State, Person, IGO ...), with its diagram colour and shape and its i2 icon type."""

    name: str
    iri: str
    label: str
    comment: str
    parent: str | None
    color: str
    actor: bool
    shape: str = "circle"
    i2_icon: str | None = None


@dataclass(frozen=True)
class QuadClass:
    """One of GDELT's four quad classes."""

    number: int
    iri: str
    label: str
    color: str


def _local(term: object) -> str | None:
    """The local name of a kg: IRI, None for anything else."""
    text = str(term)
    return text[len(KG):] if isinstance(term, rdflib.URIRef) and text.startswith(KG) else None


def _text(g: rdflib.Graph, subject: rdflib.URIRef, predicate: rdflib.URIRef) -> str | None:
    """One literal value, preferring English; None when absent."""
    values = [o for o in g.objects(subject, predicate) if isinstance(o, rdflib.Literal)]
    values.sort(key=lambda lit: (lit.language not in ("en", None), str(lit)))
    return str(values[0]).strip() if values else None


def _lemmas(g: rdflib.Graph, subject: rdflib.URIRef, predicate: rdflib.URIRef) -> tuple[str, ...]:
    return tuple(sorted({" ".join(str(o).lower().split()) for o in g.objects(subject, predicate)}))


def _descends(node: RelationType | EntityClass | None, ancestor: str,
              table: Mapping[str, RelationType] | Mapping[str, EntityClass]) -> bool:
    """Walk ``node``'s parents in ``table`` looking for ``ancestor`` (the node itself counts)."""
    while node is not None:
        if node.name == ancestor:
            return True
        node = table.get(node.parent) if node.parent else None
    return False


def _chain(name: str, parents: Mapping[str, str | None], kind: str) -> list[str]:
    """``name`` and its ancestors, nearest first; a cycle is an error in the file."""
    out = [name]
    while (nxt := parents.get(out[-1])) is not None:
        if nxt in out:
            raise KgError(f"ontology: {kind} hierarchy has a cycle through {nxt!r}")
        out.append(nxt)
    return out


class Ontology:
    """The parsed ontology as read-only mappings of plain values."""

    def __init__(self, path: Path, graph: rdflib.Graph) -> None:
        self.path, self.namespace, self._graph = path, KG, graph
        self.quad_classes: Mapping[int, QuadClass] = MappingProxyType(self._read_quads())
        self.classes: Mapping[str, EntityClass] = MappingProxyType(self._read_classes())
        self.relations: Mapping[str, RelationType] = MappingProxyType(self._read_relations())
        self._triggers = self._index_triggers()

    # -- lookups ---------------------------------------------------------
    def relation(self, name: str) -> RelationType:
        if name not in self.relations:
            raise UnknownNameError("relation", name, self.relations)
        return self.relations[name]

    def entity_class(self, name: str) -> EntityClass:
        if name not in self.classes:
            raise UnknownNameError("class", name, self.classes)
        return self.classes[name]

    def root(self, name: str) -> RelationType:
        """The CAMEO root ancestor of a relation (a root or structural relation is its own)."""
        rel = self.relation(name)
        while rel.parent is not None:
            rel = self.relations[rel.parent]
        return rel

    def is_subproperty(self, name: str, ancestor: str) -> bool:
        """True when relation ``name`` is ``ancestor`` or a (transitive) sub-relation of it."""
        self.relation(ancestor)
        return _descends(self.relation(name), ancestor, self.relations)

    def is_subclass(self, name: str, ancestor: str) -> bool:
        """True when ``name`` is ``ancestor`` or a (transitive) subclass of it."""
        self.entity_class(ancestor)
        return _descends(self.entity_class(name), ancestor, self.classes)

    def relations_by_root(self) -> Mapping[str, tuple[str, ...]]:
        """Each root (CAMEO root or structural relation) -> itself followed by its finer relations, by code."""
        groups: dict[str, list[str]] = {}
        for rel in sorted(self.relations.values(), key=lambda r: (r.cameo or "~", r.name)):
            groups.setdefault(self.root(rel.name).name, []).append(rel.name)
        return MappingProxyType({k: tuple(v) for k, v in groups.items()})

    def trigger_index(self) -> Mapping[str, Mapping[str, str]]:
        """{"verb": {lemma: relation}, "noun": {...}, "title": {...}} over all relations."""
        return self._triggers

    def graph(self) -> rdflib.Graph:
        """A copy of the parsed Turtle (safe to add to, e.g. as a SHACL ontology graph)."""
        copy = rdflib.Graph()
        for prefix, ns in self._graph.namespaces():
            copy.bind(prefix, ns)
        copy += self._graph
        return copy

    # -- reading ---------------------------------------------------------
    def _read_quads(self) -> dict[int, QuadClass]:
        g, out = self._graph, {}
        for node in g.subjects(RDF.type, _NS.QuadClass):
            number = g.value(node, _NS.quadNumber)
            if number is None:
                raise KgError(f"ontology: quad class {node} has no kg:quadNumber")
            out[int(number)] = QuadClass(int(number), str(node), _text(g, node, RDFS.label) or _local(node) or "",
                                         _text(g, node, _NS.color) or "#999999")
        return dict(sorted(out.items()))

    def _read_classes(self) -> dict[str, EntityClass]:
        g = self._graph
        nodes = {n for t in (OWL.Class, RDFS.Class) for n in g.subjects(RDF.type, t) if _local(n)}
        parents = {_local(n): next((_local(p) for p in g.objects(n, RDFS.subClassOf) if p in nodes), None)
                   for n in nodes}
        out = {}
        for node in sorted(nodes):
            name = _local(node)
            chain = [_NS[c] for c in _chain(name, parents, "class")]
            color = next((c for c in (_text(g, n, _NS.color) for n in chain) if c), None)
            if color is None:  # meta classes (QuadClass, StructuralRelation) have no colour
                continue
            actor = any(g.value(n, _NS.isActorClass) == rdflib.Literal(True) for n in chain)
            shape = next((s for s in (_text(g, n, _NS.shape) for n in chain) if s), "circle")
            if shape not in SHAPES:
                raise UnknownNameError(f"shape of class {name!r}", shape, SHAPES)
            icon = next((i for i in (_text(g, n, _NS.i2IconType) for n in chain) if i), None)
            out[name] = EntityClass(name, str(node), _text(g, node, RDFS.label) or name,
                                    _text(g, node, RDFS.comment) or "", parents[name], color, actor, shape, icon)
        return out

    def _read_relations(self) -> dict[str, RelationType]:
        g = self._graph
        nodes = {n for n in g.subjects(_NS.cameoCode, None) if _local(n)}
        nodes |= {n for n in g.subjects(RDF.type, _NS.StructuralRelation) if _local(n)}
        parents = {_local(n): next((_local(p) for p in g.objects(n, RDFS.subPropertyOf) if p in nodes), None)
                   for n in nodes}
        quad_by_iri = {q.iri: q.number for q in self.quad_classes.values()}

        def inherited(name: str, predicate: rdflib.URIRef) -> rdflib.term.Node | None:
            return next((v for c in _chain(name, parents, "relation")
                         if (v := g.value(_NS[c], predicate)) is not None), None)

        out = {}
        for node in sorted(nodes):
            name = _local(node)
            structural = (node, RDF.type, _NS.StructuralRelation) in g
            cameo, quad_iri = _text(g, node, _NS.cameoCode), inherited(name, _NS.quadClass)
            goldstein, plover = inherited(name, _NS.goldstein), inherited(name, _NS.ploverType)
            if structural and cameo:
                raise KgError(f"ontology: structural relation {name!r} has a CAMEO code")
            if not structural and (quad_iri is None or str(quad_iri) not in quad_by_iri):
                raise KgError(f"ontology: relation {name!r} has no known kg:quadClass (own or inherited)")
            parent = parents[name]
            parent_code = _text(g, _NS[parent], _NS.cameoCode) if parent else None
            if cameo and parent_code and not cameo.startswith(parent_code):
                raise KgError(f"ontology: {name!r} has CAMEO code {cameo} outside its parent {parent!r} ({parent_code})")
            out[name] = RelationType(
                name=name, iri=str(node), label=_text(g, node, RDFS.label) or name,
                comment=_text(g, node, RDFS.comment) or "", cameo=cameo,
                quad_class=None if structural else quad_by_iri[str(quad_iri)],
                goldstein=None if structural or goldstein is None else float(goldstein),
                plover=None if structural or plover is None else str(plover),
                parent=parent, structural=structural,
                symmetric=(node, RDF.type, OWL.SymmetricProperty) in g,
                verbs=_lemmas(g, node, _NS.triggerVerb), nouns=_lemmas(g, node, _NS.triggerNoun),
                titles=_lemmas(g, node, _NS.triggerTitle), modals=_lemmas(g, node, _NS.triggerModal),
                labels=_lemmas(g, node, _NS.triggerLabel), inverses=_lemmas(g, node, _NS.triggerInverseVerb),
                shields=_lemmas(g, node, _NS.triggerShieldVerb), fates=_lemmas(g, node, _NS.triggerFate))
        return out

    def _index_triggers(self) -> Mapping[str, Mapping[str, str]]:
        index: dict[str, dict[str, str]] = {kind: {} for kind in TRIGGER_KINDS}
        fields = {"verb": "verbs", "noun": "nouns", "title": "titles", "modal": "modals", "label": "labels",
                  "inverse": "inverses", "shield": "shields", "fate": "fates"}
        for rel in self.relations.values():
            for kind, table in index.items():
                for lemma in getattr(rel, fields[kind]):
                    if lemma in table:
                        first, second = sorted((table[lemma], rel.name))
                        raise KgError(f"ontology {self.path}: trigger {kind} {lemma!r} is given to both "
                                      f"{first!r} and {second!r}; a lemma may trigger one relation only")
                    table[lemma] = rel.name
        return MappingProxyType({k: MappingProxyType(dict(sorted(v.items()))) for k, v in index.items()})


@functools.lru_cache(maxsize=None)
def _load(path: Path) -> Ontology:
    if not path.is_file():
        raise KgError(f"ontology file not found: {path}")
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise KgError(f"ontology {path} is not valid Turtle: {exc}") from exc
    return Ontology(path, graph)


def load(path: Path | str | None = None) -> Ontology:
    """The ontology at ``path`` (default ``<repo>/ontology/kg.ttl``), parsed once per resolved path."""
    return _load(Path(path if path is not None else DEFAULT_PATH).expanduser().resolve())
