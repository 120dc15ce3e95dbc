"""Mentions chunked for a whole report at once, the entity recogniser run in one batch, are those chunked one sentence
at a time (sentences and names written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from nec_extract.extractors.speakers import chunks
from nec_extract.extractors.speakers.chunks import Chunk, chunks_of, chunks_of_sentences
from nec_extract.extractors.speakers.cues import worth_parsing
from nec_extract.language import nlp
from nec_extract.language.text import Sentence
from nec_extract.page.context import ReportContext
from support import report_context

if TYPE_CHECKING:
    from spacy.tokens import Doc

# one-word names that only the entity recogniser can vouch for (in four sentences), and a full name that needs none
TEXT = (
    "The executive met on Tuesday. Okonkwo said the budget was tight. Later, Thornton asked about the accounts. "
    "The treasurer replied that Kowalski had agreed the figures. Jo Bloggs thanked everyone. "
    "Okonkwo then moved the report, and Jo Bloggs seconded it."
)


def _parsed() -> ReportContext:
    report = report_context(TEXT)
    report.parse(s for s in report.sentences if worth_parsing(s.text))
    return report


def _candidates(report: ReportContext) -> list[Sentence]:
    return [s for s in report.sentences if worth_parsing(s.text)]


def _summary(found: list[Chunk]) -> list[tuple[object, ...]]:
    return [(c.kind, c.name, c.role, c.name_start, c.name_end, [t.i for t in c.tokens]) for c in found]


def test_chunked_at_once_as_one_at_a_time() -> None:
    alone = _parsed()
    expected = {s.start: _summary(chunks_of(alone, s, alone.doc(s))) for s in _candidates(alone)}
    at_once = _parsed()
    found = chunks_of_sentences(at_once, _candidates(at_once))
    assert {start: _summary(chunked) for start, chunked in found.items()} == expected
    recognised = {c[1] for chunked in expected.values() for c in chunked if c[0] == "name"}
    assert {"Thornton", "Kowalski", "Jo Bloggs"} <= recognised


def test_the_recogniser_reads_the_sentences_that_need_it_in_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    batches: list[int] = []
    recognise = nlp.recognise_entities

    def counted(docs: list[Doc]) -> None:
        batches.append(sum(not doc.has_annotation("ENT_IOB") for doc in docs))
        recognise(docs)

    def one_by_one(doc: Doc) -> Doc:
        assert doc.has_annotation("ENT_IOB"), "the recogniser ran on one sentence alone"
        return doc

    monkeypatch.setattr(chunks, "recognise_entities", counted)
    monkeypatch.setattr(chunks, "with_entities", one_by_one)
    report = _parsed()
    chunks_of_sentences(report, _candidates(report))
    assert batches == [4]  # the four sentences with a one-word name; not the one with the full name only


def test_a_batch_recognises_the_entities_one_at_a_time_would() -> None:
    texts = ["Okonkwo said the budget was tight.", "Marchetti asked about Leeds and the accounts.", "No names here."]
    alone = [nlp.with_entities(doc) for doc in nlp.parse(texts)]
    batched = list(nlp.parse(texts))
    nlp.recognise_entities(batched)
    assert [[(e.text, e.label_) for e in doc.ents] for doc in batched] == [
        [(e.text, e.label_) for e in doc.ents] for doc in alone
    ]
