"""The actor graph for i2 Analyst's Notebook: an ANX chart and a CSV in the import-specification shape."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.ontology import Ontology

# Analyst's Notebook's three standard link strengths, by confidence (at least this much -> this strength).
STRENGTHS = ((0.75, 1, "Confirmed", "DotStyleSolid"), (0.5, 2, "Unconfirmed", "DotStyleDashed"),
             (0.0, 3, "Tentative", "DotStyleDotted"))
DEFAULT_ICON = "Organisation"  # for an entity whose class has no kg:i2IconType
CSV_HEADER = ("Entity1 Identity", "Entity1 Type", "Entity1 Label", "Link Type", "Link Label", "Direction",
              "Strength", "Confidence", "Modality", "Date", "Sentence", "Document", "Source",
              "Entity2 Identity", "Entity2 Type", "Entity2 Label")


def strength(confidence: float | None) -> tuple[int, str, str]:
    """Strength id, name and dot style for a confidence value."""
    c = confidence or 0.0
    return next((i, name, dots) for floor, i, name, dots in STRENGTHS if c >= floor)


def _icon(cls: str | None, ontology: Ontology) -> str:
    known = ontology.classes.get(cls or "")
    return (known.i2_icon if known else None) or DEFAULT_ICON


def _colour(hex_color: str) -> str:
    """An i2 colour: the integer 0x00BBGGRR."""
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return str(r | g << 8 | b << 16)


def _date(date: str | None) -> dict[str, str]:
    """ChartItem/Card date attributes (i2 wants a full date; a year or month stands for its first day)."""
    if not date:
        return {"DateSet": "false"}
    from kg.graphfiles import period
    return {"DateSet": "true", "DateTime": period(date)[0] + "T00:00:00", "TimeSet": "false"}


def write_anx(store: Any, ontology: Ontology) -> bytes:
    """ANX chart XML: entity types with icons, entities laid out on a grid, one directed link per statement
    with a strength from its confidence and a card carrying its sentence, document and date."""
    from kg.graphfiles import flat
    from kg.layout import layout

    G = flat(store, ontology)
    pos = layout(G, seed=0)
    chart = ET.Element("Chart", IdReferenceLinking="false", Rigorous="true")
    strengths = ET.SubElement(chart, "StrengthCollection")
    for _, i, name, dots in STRENGTHS:
        ET.SubElement(strengths, "Strength", Id=str(i), Name=name, DotStyle=dots)
    link_types = ET.SubElement(chart, "LinkTypeCollection")
    for rel in sorted({d["relation"] for _, _, d in G.edges(data=True)}):
        ET.SubElement(link_types, "LinkType", Name=rel,
                      Colour=_colour(next(d["color"] for _, _, d in G.edges(data=True) if d["relation"] == rel)))
    entity_types = ET.SubElement(chart, "EntityTypeCollection")
    for icon in sorted({_icon(d.get("cls"), ontology) for _, d in G.nodes(data=True)}):
        ET.SubElement(entity_types, "EntityType", Name=icon, IconFile=icon)
    items = ET.SubElement(chart, "ChartItemCollection")
    for n, d in G.nodes(data=True):
        x, y = pos[n]
        item = ET.SubElement(items, "ChartItem", Label=d.get("label", n), DateSet="false",
                             XPosition=str(round(400 + 350 * x)))
        end = ET.SubElement(item, "End", Y=str(round(400 - 350 * y)))
        entity = ET.SubElement(end, "Entity", EntityId=n, Identity=d.get("label", n))
        ET.SubElement(ET.SubElement(entity, "Icon"), "IconStyle", Type=_icon(d.get("cls"), ontology))
        ET.SubElement(ET.SubElement(item, "CardCollection"), "Card",
                      Summary=d.get("class_label", ""), Text=f"{n}\nWikidata: {d.get('wikidata', '')}", DateSet="false")
    for u, v, k, d in G.edges(keys=True, data=True):
        sid, _, _ = strength(d.get("confidence"))
        item = ET.SubElement(items, "ChartItem", Label=d.get("label", d["relation"]), Description=k,
                             **_date(d.get("date")))
        link = ET.SubElement(item, "Link", End1Id=u, End2Id=v)
        ET.SubElement(link, "LinkStyle", ArrowStyle="ArrowOnHead", Type=d["relation"], Strength=str(sid),
                      LineColour=_colour(d["color"]), LineWidth="1")
        cards = ET.SubElement(item, "CardCollection")
        source = d.get("doc_source") or d.get("doc_title") or ""
        ET.SubElement(cards, "Card", Summary=f"{d.get('label', '')} ({d.get('modality', 'asserted')}, "
                      f"confidence {d.get('confidence', 0):.2f})", Text=d.get("sentence", ""),
                      SourceReference=d.get("doc", ""), SourceType=source, **_date(d.get("date")))
    ET.indent(chart)
    return ET.tostring(chart, encoding="utf-8", xml_declaration=True) + b"\n"


def write_i2csv(store: Any, ontology: Ontology) -> bytes:
    """One row per statement: both ends' identity, type and label, the link and its evidence (i2 import spec)."""
    from kg.graphfiles import flat

    G = flat(store, ontology)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_HEADER)
    for u, v, _, d in G.edges(keys=True, data=True):
        a, b = G.nodes[u], G.nodes[v]
        w.writerow((u, _icon(a.get("cls"), ontology), a.get("label", u), d["relation"], d.get("label", ""),
                    "Directed", strength(d.get("confidence"))[1], d.get("confidence", ""), d.get("modality", ""),
                    (_date(d.get("date")).get("DateTime") or "")[:10], " ".join(d.get("sentence", "").split()),
                    d.get("doc", ""), d.get("doc_source") or d.get("doc_title") or "",
                    v, _icon(b.get("cls"), ontology), b.get("label", v)))
    return out.getvalue().encode("utf-8")
