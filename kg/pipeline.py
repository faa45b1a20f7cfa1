"""The one module that knows the stage order: read → nlp → extract/resolve → graph → store."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import gazetteer, graph, nlp, ontology, reader
from .errors import InputError
from .extract.statements import extract
from .model import Document, DocumentResult
from .store import Store


@dataclass(frozen=True)
class BuildReport:
    """What a build did: documents stored, statements written, inputs skipped with their reasons."""

    documents: tuple[str, ...] = ()
    statements: int = 0
    entities: int = 0
    skipped: tuple[str, ...] = field(default=())


def analyse(documents: Iterable[Document], model: str | None = None, batch_size: int = 32) -> Iterable[DocumentResult]:
    """Parse and extract each document, streaming results in input order."""
    language, onto, gaz = nlp.load(model), ontology.load(), gazetteer.load()
    pairs = ((d.text, d) for d in documents)
    for doc, document in language.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract(doc, document, onto, gaz)


def build(inputs: Iterable[str | Path], store: Store, model: str | None = None,
          on_skip: Callable[[str], None] | None = None, progress: Callable[[Iterable], Iterable] | None = None) -> BuildReport:
    """Read ``inputs``, extract, and replace each document's named graph in ``store``.

    A document that cannot be read is skipped (``on_skip`` gets its one-line reason); the
    others are stored one by one, each atomically.
    """
    onto = ontology.load()
    skipped: list[str] = []

    def readable() -> Iterable[Document]:
        for item in reader.read(inputs):
            if isinstance(item, InputError):
                skipped.append(str(item))
                if on_skip:
                    on_skip(str(item))
            else:
                yield item

    done, n_statements, n_entities = [], 0, 0
    results = analyse(readable(), model)
    for result in (progress(results) if progress else results):
        store.replace_document(result.document.id, graph.to_quads(result, onto))
        done.append(result.document.id)
        n_statements += len(result.statements)
        n_entities += len(result.entities)
    return BuildReport(tuple(done), n_statements, n_entities, tuple(skipped))
