"""A diary of events to come, each line a label, a dash and a weekday's date, where one line at least gives the
hour ("Branch meeting – Tuesday 2 July, 7pm, Unity Hall" / "Summer picnic – Sunday 14 July"), starts no report
(page/segment/listings.py): the lines without the hour are the same diary's. Two stacked meetings' headings give
no hour, and each still starts a report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

ACCOUNT = (
    "The branch executive met on Tuesday 4 June. The treasurer reported that membership was 412, and the "
    "executive agreed to affiliate to the tenants' federation."
)


def titles(page: str) -> list[str | None]:
    return [r.title for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "diary",
    [
        # a branch newsletter's diary, the hour on the first line only
        "DIARY\nBranch meeting – Tuesday 2 July, 7pm, Unity Hall\nPicnic for the Palestine appeal – Sunday 14 July\n",
        # a CLP home page's events, the hour in the middle line
        (
            "EVENTS\nStreet stall – Saturday 18 May\nAll-members meeting – Wednesday 22 May, 7.30pm, St Anne's Hall\n"
            "Executive Committee – Monday 27 May\n"
        ),
        # a union circular's dates, with an en dash and a 24-hour clock
        "Coming up\nStewards' forum – Thursday 11 April, 18:00, online\nRegional Council – Saturday 20 April\n",
    ],
)
def test_a_diary_under_a_report_starts_no_report(diary: str) -> None:
    page = f"EXECUTIVE REPORT\n\n{ACCOUNT}\n\n{diary}"
    assert titles(page) == ["EXECUTIVE REPORT"]


def test_a_page_of_an_opinion_piece_and_a_diary_holds_no_report() -> None:
    page = (
        "Ashby Labour\n\nWhy members need a say\nBy Sam Ode | 3 May 2024\n"
        "Too many decisions are taken before anyone in the room has spoken. At our next meeting I will propose a "
        "motion asking for papers to be published a week ahead.\n\n"
        "EVENTS\nAll-members meeting – Wednesday 15 May, 7pm, St Luke's Hall\nExecutive Committee – Monday 20 May\n"
        "Summer barbecue – Saturday 22 June\n"
    )
    assert titles(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # two meetings' headings stacked, no hour on either: two reports (the SPEC's ruling)
        (
            f"Org Sub – Tuesday 6 February\nDisputes Panel – Tuesday 13 February\n\n{ACCOUNT}\n",
            ["Org Sub – Tuesday 6 February", "Disputes Panel – Tuesday 13 February"],
        ),
        # a meeting's heading with the hour in the sentence under it, not on a line of its own kind
        (
            f"Branch Executive – Tuesday 4 June\nWe met at 7pm in the Unity Hall. {ACCOUNT}\n",
            ["Branch Executive – Tuesday 4 June"],
        ),
    ],
)
def test_meeting_headings_without_an_hour_beside_them_still_start_reports(page: str, expected: list[str]) -> None:
    assert titles(page) == expected
