"""Tests for kg.ontology and ontology/kg.ttl: CAMEO roots, finer relations, classes, triggers, parsing."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pyoxigraph
import pytest
import rdflib

from kg import ontology
from kg.errors import KgError, UnknownNameError

TTL = ontology.DEFAULT_PATH
CAMEO_CSV = Path(__file__).resolve().parents[2] / "shared" / "reference" / "cameo-codes.csv"

ROOTS = {  # CAMEO root code -> (relation, GDELT quad class)
    "01": ("makesStatement", 1), "02": ("appealsTo", 1), "03": ("intendsToCooperate", 1),
    "04": ("consults", 1), "05": ("supports", 1), "06": ("cooperatesWith", 2),
    "07": ("providesAid", 2), "08": ("yieldsTo", 2), "09": ("investigates", 2),
    "10": ("demands", 3), "11": ("opposes", 3), "12": ("rejects", 3), "13": ("threatens", 3),
    "14": ("protests", 3), "15": ("mobilizes", 4), "16": ("reducesRelations", 4),
    "17": ("coerces", 4), "18": ("assaults", 4), "19": ("fights", 4), "20": ("usesMassViolence", 4),
}
STRUCTURAL = {"leaderOf", "memberOf", "allyOf", "dependsOn", "locatedIn", "possesses"}
FINER = {  # finer relation -> (CAMEO code, root)
    "tradesWith": ("061", "cooperatesWith"), "praises": ("051", "supports"),
    "signsAgreement": ("057", "supports"), "providesMilitaryAid": ("072", "providesAid"),
    "providesEconomicAid": ("071", "providesAid"), "accuses": ("112", "opposes"),
    "criticizes": ("111", "opposes"), "vetoes": ("129", "rejects"),
    "imposesSanctions": ("163", "reducesRelations"), "deploys": ("154", "mobilizes"),
    "visits": ("042", "consults"), "hosts": ("043", "consults"), "meetsWith": ("040", "consults"),
    "expelsOrWithdraws": ("166", "reducesRelations"), "retreats": ("0874", "yieldsTo"),
}

NEW_RELATION = """
kg:smugglesArmsTo a owl:ObjectProperty ;
    rdfs:subPropertyOf kg:providesMilitaryAid ;
    rdfs:label "smuggles arms to"@en ;
    rdfs:comment "Secretly moves weapons to the target."@en ;
    kg:cameoCode "0729" ; kg:goldstein 8.3 ;
    kg:triggerVerb "smuggle" ; kg:triggerNoun "gunrunning" .

kg:Militia a owl:Class ;
    rdfs:subClassOf kg:ArmedGroup ;
    rdfs:label "militia"@en ;
    rdfs:comment "An irregular armed force."@en .
"""


@pytest.fixture(scope="module")
def ont() -> ontology.Ontology:
    return ontology.load()


def _variant(tmp_path: Path, extra: str, name: str = "variant.ttl") -> Path:
    path = tmp_path / name
    path.write_text(TTL.read_text(encoding="utf-8") + "\n" + extra, encoding="utf-8")
    return path


def test_all_cameo_roots_present_with_code_and_quad_class(ont):
    for code, (name, quad) in ROOTS.items():
        rel = ont.relation(name)
        assert (rel.cameo, rel.quad_class, rel.parent, rel.structural) == (code, quad, None, False), name
        assert rel.iri == ontology.KG + name
        assert rel.label and rel.comment and -10 <= rel.goldstein <= 10
    roots = {r.name for r in ont.relations.values() if r.parent is None and not r.structural}
    assert roots == {name for name, _ in ROOTS.values()}


def test_plover_types_of_roots(ont):
    assert ont.relation("makesStatement").plover is None
    assert ont.relation("cooperatesWith").plover == "COOPERATE"
    assert ont.relation("reducesRelations").plover == "SANCTION"
    assert ont.relation("imposesSanctions").plover == "COERCE"  # 163 differs from its root in the table
    assert ont.relation("releases").plover == "RETREAT"
    assert ont.relation("retreats").plover == "RETREAT"  # inherited from deescalates (087)


def test_finer_relations_point_at_their_root(ont):
    for name, (code, root) in FINER.items():
        rel = ont.relation(name)
        assert rel.cameo == code and ont.root(name).name == root, name
        assert rel.quad_class == ont.relation(root).quad_class  # inherited
    assert ont.relation("retreats").parent == "deescalates"
    for rel in ont.relations.values():
        if rel.parent is not None:
            assert rel.cameo.startswith(ont.relation(rel.parent).cameo), rel.name
    assert ont.root("fights").name == "fights"
    assert "tradesWith" in ont.relations_by_root()["cooperatesWith"]
    assert ont.relations_by_root()["cooperatesWith"][0] == "cooperatesWith"


def test_goldstein_values_match_the_cameo_table(ont):
    if not CAMEO_CSV.is_file():
        pytest.skip(f"{CAMEO_CSV} not available")
    with CAMEO_CSV.open(encoding="utf-8", errors="replace") as fh:
        rows = {r["code"]: r for r in csv.DictReader(fh)}
    for rel in ont.relations.values():
        if rel.cameo is not None:
            row = rows[rel.cameo]
            assert rel.goldstein == float(row["goldstein"]), rel.name
            assert ont.root(rel.name).cameo == row["root_code"], rel.name


def test_structural_relations_and_symmetry(ont):
    found = {r.name for r in ont.relations.values() if r.structural}
    assert found == STRUCTURAL
    for name in STRUCTURAL:
        rel = ont.relation(name)
        assert rel.cameo is None and rel.quad_class is None and rel.goldstein is None
        assert ont.root(name) is rel
    for name in ("consults", "cooperatesWith", "fights", "allyOf", "tradesWith"):
        assert ont.relation(name).symmetric, name
    for name in ("visits", "hosts", "opposes", "leaderOf", "dependsOn"):
        assert not ont.relation(name).symmetric, name


def test_structural_trigger_titles(ont):
    titles = ont.trigger_index()["title"]
    assert titles["president"] == titles["prime minister"] == titles["supreme leader"] == "leaderOf"
    assert titles["fellow"] == titles["foreign minister"] == titles["spokesman"] == "memberOf"
    assert ont.trigger_index()["noun"]["ally"] == "allyOf"
    assert ont.trigger_index()["noun"]["dependency"] == "dependsOn"
    assert ont.trigger_index()["verb"]["rely on"] == "dependsOn"


def test_triggers_are_rich_unique_and_normalised(ont):
    index = ont.trigger_index()
    for root, names in ont.relations_by_root().items():
        if root in STRUCTURAL:
            continue
        rels = [ont.relation(n) for n in names]
        assert sum(len(r.verbs) + len(r.nouns) for r in rels) >= 15, root
    for kind, table in index.items():
        for lemma, rel in table.items():
            assert lemma == " ".join(lemma.lower().split()), lemma
            assert lemma in getattr(ont.relation(rel), kind + "s")
    assert index["verb"]["call on"] == "appealsTo"
    assert index["verb"]["crack down"] == "represses" and ont.root("represses").name == "coerces"
    assert index["verb"]["criticize"] == "criticizes" and index["noun"]["sanction"] == "imposesSanctions"
    assert "criticize" not in ont.relation("opposes").verbs  # held by the finer relation only


def test_unknown_names_list_the_valid_ones(ont):
    with pytest.raises(UnknownNameError) as err:
        ont.relation("befriends")
    assert err.value.kind == "relation" and "cooperatesWith" in str(err.value)
    assert isinstance(err.value, KeyError)
    with pytest.raises(UnknownNameError, match="State"):
        ont.entity_class("Nation")
    with pytest.raises(UnknownNameError):
        ont.root("nope")


def test_entity_classes(ont):
    for name in ("State", "Person", "Organization", "IGO", "Company", "MediaOutlet", "ThinkTank",
                 "ArmedGroup", "GovernmentBody", "WeaponSystem", "Infrastructure"):
        assert ont.entity_class(name).actor, name
    for name in ("Location", "Document", "Statement", "Mention"):
        assert not ont.entity_class(name).actor, name
    assert ont.is_subclass("IGO", "Organization") and ont.is_subclass("IGO", "Actor")
    assert not ont.is_subclass("Location", "Actor") and ont.is_subclass("State", "State")
    assert "QuadClass" not in ont.classes and "StructuralRelation" not in ont.classes
    for cls in ont.classes.values():
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", cls.color) and cls.label and cls.comment


def test_quad_classes(ont):
    assert sorted(ont.quad_classes) == [1, 2, 3, 4]
    assert ont.quad_classes[4].iri == ontology.KG + "MaterialConflict"
    assert len({q.color for q in ont.quad_classes.values()}) == 4


def test_extended_ontology_loads_new_relation_and_trigger(tmp_path, ont):
    ext = ontology.load(_variant(tmp_path, NEW_RELATION))
    rel = ext.relation("smugglesArmsTo")
    assert (rel.parent, rel.quad_class, rel.plover) == ("providesMilitaryAid", 2, "AID")
    assert ext.root("smugglesArmsTo").name == "providesAid"
    assert ext.trigger_index()["verb"]["smuggle"] == "smugglesArmsTo"
    assert ext.trigger_index()["noun"]["gunrunning"] == "smugglesArmsTo"
    militia = ext.entity_class("Militia")
    assert militia.color == ext.entity_class("ArmedGroup").color and militia.actor
    assert "smugglesArmsTo" not in ont.relations  # the default ontology is untouched


def test_duplicated_trigger_lemma_is_refused(tmp_path):
    path = _variant(tmp_path, 'kg:consults kg:triggerVerb "attack" .\n')
    with pytest.raises(KgError, match=r"'assaults' and 'consults'"):
        ontology.load(path)


def test_inconsistent_files_are_refused(tmp_path):
    with pytest.raises(KgError, match="CAMEO code"):
        ontology.load(_variant(tmp_path, 'kg:oddOne rdfs:subPropertyOf kg:fights ; kg:cameoCode "061" .\n', "a.ttl"))
    with pytest.raises(KgError, match="not valid Turtle"):
        ontology.load(_variant(tmp_path, "kg:broken kg:triggerVerb .\n", "b.ttl"))
    with pytest.raises(KgError, match="not found"):
        ontology.load(tmp_path / "missing.ttl")


def test_turtle_parses_strictly_with_pyoxigraph():
    with TTL.open("rb") as fh:
        triples = set(pyoxigraph.parse(fh, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(rdflib.Graph().parse(TTL, format="turtle")) > 1000


def test_load_is_cached_and_graph_is_a_copy(ont):
    assert ontology.load(str(TTL)) is ont
    g = ont.graph()
    g.add((rdflib.URIRef(ontology.KG + "x"), rdflib.RDFS.label, rdflib.Literal("x")))
    assert len(ont.graph()) == len(g) - 1


def test_loader_names_no_relation():
    source = Path(ontology.__file__).read_text(encoding="utf-8")
    named = [n for n in ontology.load().relations if re.search(rf"\b{n}\b", source)]
    assert named == []
