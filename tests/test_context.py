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
