"""kg: a geopolitical knowledge-graph builder (spaCy → RDF with evidence → SPARQL)."""
__version__ = "0.1.0"
