"""A headline that tells an election to a body is no meeting's (round 10):

- "Healey-style" news of who was elected to a body ("Three left candidates elected to Labour's NEC", "Jo Bloggs
  wins a seat on the union executive", "Results of the NEC elections 2022", "Regional board election: Sam Hill
  re-elected") names the body only as the one people join, or as its election's name: the page is about a
  ballot, and yields no report, even when its prose reads like an account;
- negatives: a body that elects at its meeting ("NEC elects new chair", "Executive elects Jo Bloggs as
  president"), an election at a meeting the headline names ("Left candidates elected to NEC at conference"),
  a headline naming a meeting beside the election ("Branch committee elections and AGM report"), and a body
  that votes to hold a ballot still head their reports.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment.headings import tells_an_election, titles_page
from nec_extract.pipeline import extract

RESULT_BODY = (
    "The count finished late last night. Jo Bloggs topped the poll with 216 votes, Sam Hill was second with 133, "
    "and Ann Lee missed out with 121. Bloggs had already been elected unopposed to the treasurer's post in "
    "2020, and the result was confirmed by the returning officer.\n\n"
    "Most of those I spoke to were surprised by the result, which leaves the left with two of the three seats.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "Bloggs and Hill elected to NEC – but Lee loses out",  # news
        "Three left candidates elected to Labour's national executive",  # a left website
        "Jo Bloggs wins a seat on the union executive",  # union news
        "Results of the NEC elections 2022",  # party archive
        "Regional board election: Sam Hill re-elected",  # regional party site
    ],
)
def test_a_headline_of_an_election_to_a_body_heads_no_report(headline: str) -> None:
    assert tells_an_election(headline)
    assert not titles_page(headline)
    assert extract(f"{headline}\n\n{RESULT_BODY}", "test.txt").reports == []


@pytest.mark.parametrize(
    "headline",
    [
        "NEC elects new chair",
        "Executive elects Jo Bloggs as president",
        "Left candidates elected to NEC at conference",
        "Branch committee elections and AGM report",
        "NEC votes to hold ballot on rule changes",
        "Jo Bloggs elected chair of the NEC",
    ],
)
def test_a_body_electing_or_a_meeting_beside_the_election_still_heads_a_report(headline: str) -> None:
    assert not tells_an_election(headline)
    assert titles_page(headline)


def test_a_meetings_account_under_an_electing_bodys_headline_is_its_report() -> None:
    page = (
        "NEC elects new chair\n\n"
        "The NEC met on Tuesday 24 January 2023. It elected Jo Bloggs as chair by 20 votes to 12 and agreed the "
        "timetable for selections.\n"
    )
    (report,) = extract(page, "test.txt").reports
    assert report.title == "NEC elects new chair"
    assert report.meeting_date is not None and report.meeting_date.start == "2023-01-24"
