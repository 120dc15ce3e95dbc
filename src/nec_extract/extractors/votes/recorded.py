"""Recorded votes: runs of "For: A, B." / "Against: C." lines, where each name is one vote."""

from __future__ import annotations

import re

from nec_extract.extractors.votes.patterns import patterns
from nec_extract.extractors.votes.tally import Tally, field_of, label_of, outcome_from_counts
from nec_extract.language.numbers import count_value
from nec_extract.language.text import Sentence
from nec_extract.page.context import ReportContext


def recorded_votes(report: ReportContext) -> list[tuple[Sentence, Sentence, Tally]]:
    """ "For: A, B, C." / "Against: D." / "Abstaining: E." lines, each name one vote, or "For: 12" /
    "Against: 9" lines, each giving its count: one tally for the run."""
    found: list[tuple[Sentence, Sentence, Tally]] = []
    run: list[tuple[Sentence, str, int]] = []
    for sentence in [*lines_of(report.sentences), None]:
        match = patterns().recorded.match(sentence.text) if sentence else None
        if match and sentence:
            run.append((sentence, label_of(match["label"]), _count(match)))
            continue
        if len({label for _, label, _ in run}) >= 2:
            tally = Tally(0, 0)
            for _, label, count in run:
                setattr(tally, field_of(label), count)
            tally.outcome = outcome_from_counts(tally)
            found.append((run[0][0], run[-1][0], tally))
        run = []
    return found


def lines_of(sentences: list[Sentence]) -> list[Sentence]:
    """Each line of the sentences on its own: the sentence splitter may join a recorded vote's lines ("For the
    amendment (6): A, B\nAgainst the amendment (11): C, D"), which have no full stop between them."""
    lines = []
    for sentence in sentences:
        offset = 0
        for line in sentence.text.split("\n"):
            lines.append(Sentence(sentence.start + offset, sentence.start + offset + len(line), line))
            offset += len(line) + 1
    return lines


def is_recorded(sentence: Sentence) -> bool:
    """Whether a line of the sentence is a line of a recorded vote (read by :func:`recorded_votes`)."""
    return any(patterns().recorded.match(line) for line in sentence.text.split("\n"))


def _count(line: re.Match[str]) -> int:
    """The votes a line records: its number ("Against: 9"), the total it gives ("(23)", "For the motion (19):"),
    or its names."""
    if line["lead"] is not None:
        return int(line["lead"])
    if line["count"] is not None:
        return count_value(line["count"]) or 0
    if line["total"] is not None:
        return int(line["total"])
    return len(_names(line["names"]))


def _names(listing: str) -> list[str]:
    return [
        n for n in re.split(r",|;|\band\b|&", listing) if n.strip() and n.strip().lower() not in {"none", "nil", "-"}
    ]
