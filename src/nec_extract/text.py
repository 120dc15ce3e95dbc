"""Plain-text helpers shared by every extractor: sentences with offsets, and spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nec_extract.models import Span

# A sentence ends at . ! ? (optionally closed by a quote or bracket) followed by space and a capital,
# digit or opening quote; common abbreviations do not end one.
_SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’)\]]?\s+(?=["'“‘(\[]?[A-Z0-9£])""")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Cllr|Rt|Hon|St|Prof|Sen|Gen|Capt|Lt|Col|No|Nos|vs|etc|approx|Co|Ltd|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|i\.e|e\.g|cf|al|inc|Inc|ie|eg)|\b[A-Z])\.$"
)
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def make_span(page: str, start: int, end: int) -> Span:
    """The span ``page[start:end]``, trimmed of surrounding whitespace."""
    while start < end and page[start].isspace():
        start += 1
    while end > start and page[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=page[start:end])


def split_sentences(page: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``page[start:end]``: each line is split at sentence ends, offsets into ``page``."""
    end = len(page) if end is None else end
    sentences: list[Sentence] = []
    for line in _PARAGRAPH.finditer(page, start, end):
        cursor = line.start()
        for boundary in _SENTENCE_END.finditer(page, line.start(), line.end()):
            if _ABBREVIATIONS.search(page, cursor, boundary.start()):
                continue
            _append(sentences, page, cursor, boundary.start())
            cursor = boundary.end()
        _append(sentences, page, cursor, line.end())
    return sentences


def _append(sentences: list[Sentence], page: str, start: int, end: int) -> None:
    span = make_span(page, start, end)
    if span.text:
        sentences.append(Sentence(span.start, span.end, span.text))


def normalise_space(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()
