"""A body that "voted to" or "agreed to" do something "after a meeting on <day>" decided at that meeting: the day
lies behind, whatever the decision was to do, and dates the meeting; what the body agreed to hold on a day still
lies ahead. Pages and lines written for these tests (round 18): a news report on a union executive, a council
cabinet's write-up, an NEC member's blog."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from nec_extract.pipeline import extract
from support import report_context


def _meeting(page: str) -> str | None:
    date = extract(page, "test.txt").reports[0].meeting_date
    return date.start if date else None


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # news report, a comma before the meeting and a place after it
        (
            "Union executive votes to block return\n\nThe national executive has voted to stop its former leader "
            "standing again, after a heated meeting in London on 9 May 2023.\n",
            "2023-05-09",
        ),
        # council cabinet write-up, "following"
        (
            "Cabinet agrees ballot\n\nThe cabinet agreed to consult tenants following a long meeting on 3 March "
            "2024.\n",
            "2024-03-03",
        ),
        # what was agreed to be held on a day lies ahead: no meeting date from it
        ("Executive plans\n\nThe executive agreed to hold a special meeting on 3 June 2024.\n", None),
    ],
)
def test_a_decision_after_a_meeting_on_a_day_dates_it(page: str, expected: str | None) -> None:
    assert _meeting(page) == expected


def test_the_day_of_the_meeting_after_a_decision_lies_behind() -> None:
    # an NEC member's blog on 20 May: "2 May" after "voted to ... after a meeting on" is the past one
    mentions = extract_dates(
        report_context("The NEC voted to suspend him after a meeting on 2 May.", meeting="2023-05-20", parse=False)
    )
    assert [m.start for m in mentions] == ["2023-05-02"]
