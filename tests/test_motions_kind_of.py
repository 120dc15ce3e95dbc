"""The kind a sentence names first, found in one scan: the same as searching kind by kind and taking the first place
(a rule change before a plain amendment at the same place)."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.reading import kind_of
from nec_extract.models import MotionKind


def _kind_by_kind(text: str) -> tuple[MotionKind | None, int]:
    best: tuple[int, int, MotionKind] | None = None
    for order, (kind, regex) in enumerate(patterns().kinds):
        match = regex.search(text)
        if match and (best is None or (match.start(), order) < best[:2]):
            best = (match.start(), order, kind)
    return (best[2], best[0]) if best else (None, -1)


@pytest.mark.parametrize(
    "text",
    [
        "The branch agreed an amendment to the rules on quorum.",
        "Amendments to our standing orders were debated, then the emergency motion.",
        "The report of the working group, with its recommendations, was noted.",
        "Our proposal on fees and the motion on pay both fell.",
        "A rule change and an amendment were put together.",
        "The NEC approved the timetable and the code of conduct.",
        "Nothing of the kind was said.",
        "MOTIONS: housing; PROPOSALS: none",
    ],
)
def test_one_scan_finds_what_the_kinds_one_by_one_find(text: str) -> None:
    assert kind_of(text) == _kind_by_kind(text)


def test_the_first_kind_named_wins_and_a_rule_change_beats_an_amendment() -> None:
    assert kind_of("The report backed the motion.") == (MotionKind.REPORT, 4)
    assert kind_of("Amendments to the rules were agreed.")[0] is MotionKind.RULE_CHANGE
