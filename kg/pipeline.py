"""The one module that knows the stage order: read → nlp → extract/resolve → graph → store."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import chain
from dataclasses import dataclass, field
from pathlib import Path

from . import gazetteer, graph, nlp, ontology, reader
from .errors import InputError, KgError
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


def analyse(documents: Iterable[Document], model: str | None = None, batch_size: int = 32,
            on_error: Callable[[str], None] | None = None) -> Iterable[DocumentResult]:
    """Parse and extract each document, streaming results in input order.

    A document that spaCy or the extractor cannot handle is reported to ``on_error`` (or
    raised when there is none) and the rest go on: a failing batch is redone one by one.
    """
    language, onto, gaz = nlp.load(model), ontology.load(), gazetteer.load()

    def fail(document: Document, exc: Exception) -> None:
        message = f"{document.source or document.id}: cannot be processed ({type(exc).__name__}: {exc})"
        if on_error is None:
            raise InputError(message) from exc
        on_error(message)

    def one(document: Document) -> DocumentResult | None:
        try:
            return extract(language(document.text), document, onto, gaz)
        except Exception as exc:  # noqa: BLE001 - one bad document must not sink the batch
            fail(document, exc)
            return None

    batch: list[Document] = []
    for document in chain(documents, [None]):
        if document is not None:
            if len(document.text) > language.max_length:
                fail(document, ValueError(f"{len(document.text)} characters, more than the limit {language.max_length}; split it"))
                continue
            batch.append(document)
            if len(batch) < batch_size:
                continue
        try:
            docs = list(language.pipe((d.text for d in batch), batch_size=batch_size))
            results = [extract(doc, d, onto, gaz) for doc, d in zip(docs, batch)]
        except Exception:  # noqa: BLE001 - redo the batch one by one to find the culprit
            results = [one(d) for d in batch]
        yield from (r for r in results if r is not None)
        batch = []


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
                skip(str(item))
            else:
                yield item

    def skip(why: str) -> None:
        skipped.append(why)
        if on_skip:
            on_skip(why)

    store.replace_ontology(onto.path)  # for rdfs:subPropertyOf* / rdfs:subClassOf* in queries
    done, n_statements, n_entities = [], 0, 0
    results = analyse(readable(), model, on_error=skip)
    for result in (progress(results) if progress else results):
        try:
            quads = graph.to_quads(result, onto)
        except KgError as exc:  # e.g. a value no IRI can be made of: skip this document, keep the batch
            skip(f"{result.document.source or result.document.id}: cannot be stored ({exc})")
            continue
        store.replace_document(result.document.id, quads)
        done.append(result.document.id)
        n_statements += len(result.statements)
        n_entities += len(result.entities)
    return BuildReport(tuple(done), n_statements, n_entities, tuple(skipped))
