"""The actor graph as Neo4j admin-import CSV files (``nodes.csv``, ``relationships.csv``) in one zip."""
from __future__ import annotations

import csv
import io
import zipfile
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.ontology import Ontology

NODE_HEADER = ("id:ID", "name", "class", "wikidata", "iso3", ":LABEL")
REL_HEADER = (":START_ID", ":END_ID", ":TYPE", "statement", "label", "cameo", "quad_class:int", "goldstein:float",
              "confidence:float", "modality", "date", "doc", "doc_title", "doc_source", "sentence", "speaker")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed member timestamps: the same graph gives the same bytes


def _labels(cls: str | None, ontology: Ontology) -> str:
    """The class and its ancestors, ``;``-separated as neo4j-admin reads multiple labels."""
    chain = []
    while cls and cls in ontology.classes:
        chain.append(cls)
        cls = ontology.classes[cls].parent
    return ";".join(chain) or "Entity"


def _one_line(value: Any) -> Any:
    """Cells on one line, so neo4j-admin needs no --multiline-fields."""
    return "" if value is None else " ".join(str(value).split()) if isinstance(value, str) else value


def _csv(header: tuple[str, ...], rows: list[tuple]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    w.writerows([_one_line(v) for v in r] for r in rows)
    return out.getvalue().encode("utf-8")


def write_neo4j(store: Any, ontology: Ontology) -> bytes:
    """A zip of ``nodes.csv`` and ``relationships.csv`` for ``neo4j-admin database import full``."""
    from kg.graphfiles import flat

    G = flat(store, ontology)
    nodes = [(n, d.get("label"), d.get("cls"), d.get("wikidata"), d.get("iso3"), _labels(d.get("cls"), ontology))
             for n, d in G.nodes(data=True)]
    rels = [(u, v, d["relation"], k, d.get("label"), d.get("cameo"), d.get("quad_class"), d.get("goldstein"),
             d.get("confidence"), d.get("modality"), d.get("date"), d.get("doc"), d.get("doc_title"),
             d.get("doc_source"), d.get("sentence"), d.get("speaker"))
            for u, v, k, d in G.edges(keys=True, data=True)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("nodes.csv", _csv(NODE_HEADER, nodes)), ("relationships.csv", _csv(REL_HEADER, rels))):
            z.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()
