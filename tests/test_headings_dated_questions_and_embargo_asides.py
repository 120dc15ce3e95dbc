"""Two heading forms met in round 22 (voices22): a dated question that asks what a meeting did ("What happened at the
NEC? (20 May 2025)") heads an account of it, not another article; and a byline under a meeting's heading with an
embargo in brackets ("Report by a CLP rep (not for publication before 12 February)") names no second meeting. Pages
written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment.headings import is_article_headline, names_meeting
from support import titles_and_first_meeting_day


@pytest.mark.parametrize(
    "line",
    [
        "What happened at the NEC? (20 May 2025)",
        "What did the executive decide? 4 March 2024",
        "How the NEC voted on Tuesday? (12 June 2023)",
    ],
)
def test_a_dated_question_about_a_meeting_names_it(line: str) -> None:
    assert names_meeting(line)
    assert not is_article_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "What happened at the NEC?",  # undated: an explainer's question as much as an account
        "Who should be the next General Secretary? (3 May 2024)",
        "Why did the NEC vote for this? Our view, 3 May 2024",
    ],
)
def test_other_questions_head_other_articles(line: str) -> None:
    assert not names_meeting(line)


def test_an_embargoed_byline_names_no_second_meeting() -> None:
    page = (
        "NEC meeting, 10 February 2015\n\nReport by a CLP section member (not for publication before 12 February)\n\n"
        "Leader's report: a short update on the campaign.\n\nThe timetable was agreed.\n"
    )
    assert titles_and_first_meeting_day(page) == (["NEC meeting, 10 February 2015"], "2015-02-10")


def test_a_question_headline_page_is_one_report() -> None:
    page = (
        "Left Voice\n\nWhat happened at the NEC? (20 May 2025)\n\nWere there any votes?\nYes. The new code was "
        "passed 24-10.\n"
    )
    assert titles_and_first_meeting_day(page) == (["What happened at the NEC? (20 May 2025)"], "2025-05-20")
