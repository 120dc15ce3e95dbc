"""False decisions and tallies (issue 13): a set of items the meeting only considered or discussed, with no
result, is no motion (one named item discussed still is); a decision in a concession ("although the regional
board approved ...") is background; a sum of money set "against" another is no tally. Sentences written for these
tests in several styles, with positives beside the negatives; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import extract_votes
from nec_extract.models import Outcome
from support import report_context, titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "Regional committee minutes\n\nMembers considered the national executive's proposed rule changes on "
        "branch mergers.",
        "Union executive minutes\n\nThe executive considered the draft rule amendments for conference, which "
        "will be voted on in June.",
        "CLP executive notes\n\nWe discussed the proposals on ward boundaries at some length.",
        "NEC report\n\nThe NEC looked at the draft rule changes for this year's conference.",
    ],
)
def test_a_set_of_items_only_considered_is_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # one named item discussed is a motion put, its result perhaps unknown
        ("NEC report\n\nWe discussed the motion to restore the whip to the member.", [Outcome.UNKNOWN]),
        ("Branch minutes\n\nWe debated two motions on housing. Both were carried.", [Outcome.CARRIED] * 2),
        ("Council minutes\n\nMembers considered the proposed rule changes on fees. They were agreed.", None),
    ],
)
def test_items_considered_with_a_result_or_named_one_by_one_stay(page: str, expected: list[Outcome] | None) -> None:
    motions = titled_page_motions(page)
    assert motions
    if expected is not None:
        assert [m.outcome for m in motions] == expected


@pytest.mark.parametrize(
    "page",
    [
        "Group minutes\n\nThe Leader reminded colleagues that, although the regional board approved the selection "
        "timetable in July, ward selection dates have still not been set.",
        "NEC report\n\nWe were told that, though the National Constitutional Committee upheld the appeal, the "
        "member has not been readmitted.",
        "Union news\n\nThe branch says that, even though the national executive endorsed the offer last month, "
        "members remain angry.",
    ],
)
def test_a_decision_in_a_concession_is_background(page: str) -> None:
    assert titled_page_motions(page) == []


def test_the_main_clause_after_a_concession_still_decides() -> None:
    page = "Council group minutes\n\nThe group agreed to fund the youth club, although two members spoke against it."
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


def _tallies(text: str) -> list[tuple[int | None, int | None]]:
    report = report_context("Minutes\n\n" + text, title="Minutes")
    return [(v.for_, v.against) for v in extract_votes(report)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treasurer reported income of £412,000 against spending of £398,000 since December.", []),
        ("The precept was set at £48,600, an increase of £3,100 against last year.", []),
        ("Costs were $2,500 against a budget of $3,000.", []),
        ("The motion was carried by 22 votes to 12.", [(22, 12)]),
        ("The amendment fell, 1,204 against and 980 for.", [(980, 1204)]),
    ],
)
def test_money_set_against_money_is_no_tally(text: str, expected: list[tuple[int, int]]) -> None:
    assert _tallies(text) == expected
