"""A report's context: its sentences parsed once, however often they are asked for."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from nec_extract.pipeline import spacy_parser
from support import report_context

if TYPE_CHECKING:
    from spacy.tokens import Doc


def test_a_sentence_listed_twice_is_parsed_once() -> None:
    report = report_context("The branch agreed the accounts. Nothing else came up.")
    batches: list[list[str]] = []

    def counted(texts: Iterable[str]) -> Iterator[Doc]:
        batches.append(list(texts))
        return iter(spacy_parser(batches[-1]))

    report.parser = counted
    first, second = report.sentences
    report.parse([first, second, first])
    report.parse([second])
    assert batches == [[first.text, second.text]]
    assert report.doc(first).text == first.text


def test_sentences_queued_go_with_the_next_batch() -> None:
    report = report_context("The branch agreed the accounts. Jo Bloggs said it was a good year. Then we left.")
    batches: list[list[str]] = []

    def counted(texts: Iterable[str]) -> Iterator[Doc]:
        batches.append(list(texts))
        return iter(spacy_parser(batches[-1]))

    report.parser = counted
    first, second, third = report.sentences
    report.parse_with_next([first])
    assert batches == []
    report.parse([second])
    report.doc(third)
    assert batches == [[second.text, first.text], [third.text]]
