"""A fronted phrase naming what the meeting acts on, then its decision (issue 13, round 12): "Following the motion
carried at last year's conference, the NEC set up a working group" is this meeting's decision; the date and the result
inside the phrase belong to the thing it names. A decision dated by the sentence itself stays another time's. Sentences
written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import pipeline_motions


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Union NEC bulletin – meeting of 14 March 2025",
            "Following the motion carried at last year's conference, the NEC set up a working group of five.",
        ),
        (
            "Union NEC bulletin – meeting of 14 March 2025",
            "In line with the motion carried at conference in 2024, the executive agreed to open a ballot.",
        ),
        (
            "Minutes of the Housing Committee, 9 July 2024",
            "In response to the petition received in May, the committee agreed to scrap the parking charge.",
        ),
        (
            "CLP GC report, 12 January 2024",
            "Following last month's ward motion on buses, the GC voted to write to the mayor.",
        ),
    ],
)
def test_the_decision_after_a_fronted_phrase_is_the_meetings(title: str, sentence: str) -> None:
    assert [m.outcome for m in pipeline_motions(f"{title}\n\nThe meeting was quorate. {sentence}\n")] == [
        Outcome.CARRIED
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024 the NEC agreed to set up a working group.",
        "Following last year's conference the NEC had agreed to set up a working group.",
        "The motion carried at last year's conference asked the NEC to set up a working group.",
    ],
)
def test_a_decision_the_sentence_dates_to_before_stays_another_times(sentence: str) -> None:
    page = f"Union NEC bulletin – meeting of 14 March 2025\n\nThe meeting was quorate. {sentence}\n"
    assert pipeline_motions(page) == []
