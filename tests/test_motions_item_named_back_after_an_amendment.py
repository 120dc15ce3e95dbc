"""The motion moved in one sentence, an amendment settled in the next, and in the same sentence "the motion (as
drafted / itself / unamended) then passed": the later clause names the motion moved before by its bare noun, so it
is that motion's result, not a third item (issue 13, round 16). Sentences written for these tests in several
styles; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "body", "outcome"),
    [
        (
            "NEC report, 12 May 2025",
            "The motion on rents was moved by Jo Smith. An amendment was defeated; the motion then passed.",
            Outcome.CARRIED,
        ),
        (
            "Branch minutes, 4 June 2025",
            "Jo Smith moved the motion on rents. The amendment was defeated and the unamended motion was carried.",
            Outcome.CARRIED,
        ),
        (
            "Council group notes, 3 March 2025",
            "Cllr Reed's proposal on parking was tabled. An amendment was accepted, and the proposal as amended was "
            "then agreed.",
            Outcome.CARRIED,
        ),
        (
            "Executive Council summary, 9 April 2025",
            "The Eastern region's motion on pay was moved by the regional secretary. An amendment from the Western "
            "region, to add a clause on pensions, was carried by 20 votes to 11; the motion as amended itself then "
            "fell.",
            Outcome.DEFEATED,
        ),
        (
            "CLP bulletin, 20 January 2025",
            "A motion on bus fares came from Hillside branch. There was an amendment to drop the call for free travel, "
            "which was lost, but the motion as drafted was carried overwhelmingly.",
            Outcome.CARRIED,
        ),
    ],
)
def test_the_motion_named_back_takes_the_later_result(title: str, body: str, outcome: Outcome) -> None:
    found = titled_page_motions(f"{title}\n\n{body}\n")
    assert [m.kind for m in found].count(MotionKind.AMENDMENT) == 1
    others = [m for m in found if m.kind is not MotionKind.AMENDMENT]
    assert len(others) == 1, [m.summary for m in found]
    assert others[0].outcome is outcome


@pytest.mark.parametrize(
    "body",
    [
        # a second motion with words of its own is a new item, not the first one's result
        "The motion on rents was moved by Jo Smith. An amendment was defeated; the motion on fares then passed.",
        # nothing moved before: the motion named is the only item, with its own result
        "The amendment was lost, but the main motion was then passed.",
    ],
)
def test_a_motion_with_words_of_its_own_or_nothing_before_stays_its_own(body: str) -> None:
    found = titled_page_motions(f"NEC report, 12 May 2025\n\n{body}\n")
    assert [m.outcome for m in found if m.kind is not MotionKind.AMENDMENT][-1] is Outcome.CARRIED
    assert len(found) == (3 if "fares" in body else 2), [m.summary for m in found]


def test_a_summary_does_not_end_on_the_be_form_before_its_mover() -> None:
    found = titled_page_motions("NEC report, 12 May 2025\n\nThe motion on rents was moved by Jo Smith. It passed.\n")
    assert [m.summary for m in found] == ["on rents"]
