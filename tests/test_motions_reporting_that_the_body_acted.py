"""A write-up's own reporting frame ("I am pleased to report that the NEC ...", "I can report that the executive
...") is no item called a "report": when the body then acts in the active voice, the body decides, and the words
"report that the NEC" are not a report decided. Before, "I am pleased to report that the NEC agreed with the
general secretary" gave a carried report "that the NEC". Found by putting such frames before the decisions of the
read pages. Sentences written for these tests as an NEC member's blog and a union branch's bulletin."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report


def _motions(sentence: str) -> list[tuple[str, str, Outcome]]:
    heading = "NEC report – 3 May 2024" if "NEC" in sentence else "Branch committee meeting, 3 May 2024"
    return [(m.kind.value, m.summary, m.outcome) for m in one_report(sentence, heading=heading).motions]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am pleased to report that the NEC agreed with the general secretary.",
        "I am pleased to report that the NEC endorsed the leader's comments on unity.",
        "I can report that the executive endorsed the chair's remarks about the strike.",
    ],
)
def test_the_reporting_frame_is_no_report_decided(sentence: str) -> None:
    assert not any(summary.startswith("that ") for _, summary, _ in _motions(sentence))
    assert not any(kind == "report" for kind, _, _ in _motions(sentence))


@pytest.mark.parametrize(
    ("sentence", "words", "outcome"),
    [
        ("I am pleased to report that the NEC endorsed the new code of conduct.", "code of conduct", Outcome.CARRIED),
        ("We are glad to report that the committee approved the strike fund.", "strike fund", Outcome.CARRIED),
        ("I am sorry to report that the committee rejected the proposal to twin with Gaza.", "twin", Outcome.DEFEATED),
    ],
)
def test_the_decision_reported_is_still_one(sentence: str, words: str, outcome: Outcome) -> None:
    motions = _motions(sentence)
    assert len(motions) == 1 and words in motions[0][1] and motions[0][2] is outcome


def test_a_reported_item_in_the_passive_is_still_read() -> None:
    # "the report ... was approved": a report as the item, in the passive, is an item
    assert _motions("The treasurer's report was approved.") == [("report", "treasurer's report", Outcome.CARRIED)]
