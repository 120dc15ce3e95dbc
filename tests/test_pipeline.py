"""The pipeline: a report's sentences go to spaCy in one batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import pytest

from nec_extract import pipeline
from nec_extract.models import Outcome

if TYPE_CHECKING:
    from spacy.tokens import Doc

PAGE = (
    "Branch committee report\n\n"
    "Our secretary, Dana Whitlow, said the hall booking had run over budget. "
    "The committee turned down the application for a second office. "
    "Dana Whitlow thanked everyone for coming."
)


def test_the_speakers_and_the_clause_layer_share_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision with no speech cue is parsed with the speakers' sentences, not on its own afterwards."""
    batches: list[list[str]] = []
    parse = pipeline.spacy_parser

    def counted(texts: Iterable[str]) -> Iterator[Doc]:
        batches.append(list(texts))
        return iter(parse(batches[-1]))

    monkeypatch.setattr(pipeline, "spacy_parser", counted)
    document = pipeline.extract(PAGE)
    assert len(batches) == 1
    assert any("turned down" in text for text in batches[0])
    assert any("said" in text for text in batches[0])
    motions = document.reports[0].motions
    assert [m.outcome for m in motions] == [Outcome.DEFEATED]
