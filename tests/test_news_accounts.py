"""A news report names the body the way the press does ("Labour's ruling body", "the union's governing body")
and heads the page with a headline about what it did: such a page is an account of one meeting (SPEC ruling),
its day counted from the dateline. Pages written here; negatives: the same words in other news."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

DATELINE = "By Priya Shah\nThursday 7 November 2019\n\n"


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        (
            "Labour executive moves to end row over selections",
            "Labour's ruling body decided on Tuesday to reopen the selection in two seats.",
        ),
        (
            "NEC delays selections",
            "The party's ruling body voted on Tuesday to put off the selections until the spring.",
        ),
        (
            "Union ballots members over pay",
            "The union's governing body agreed on Tuesday to ballot its members over the pay offer.",
        ),
        (
            "Labour ruling body backs new code of conduct",
            "Labour's ruling body backed a new code of conduct on Tuesday after a long debate.",
        ),
    ],
)
def test_a_news_page_about_the_ruling_body_is_one_report_dated_from_its_dateline(headline: str, lede: str) -> None:
    page = f"{headline}\n\n{DATELINE}{lede} The general secretary told members the process had been flawed.\n"
    assert meeting_dates(page) == ["2019-11-05"]


@pytest.mark.parametrize(
    "page",
    [
        # a meeting still to come
        f"School plans new sports hall\n\n{DATELINE}The school's governing body will meet next week to decide on the "
        "plans. Parents have raised concerns about the cost.\n",
        # an explainer
        "What is Labour's ruling body?\n\nThe National Executive Committee is the party's ruling body. It sets the "
        "rules and oversees selections.\n",
        # what a governing body did outside any meeting
        f"FA fines club over crowd trouble\n\n{DATELINE}Football's governing body has fined the club after fans "
        "invaded the pitch. The club said it would appeal.\n",
    ],
)
def test_the_same_words_in_other_news_give_no_report(page: str) -> None:
    assert meeting_dates(page) == []


# --- a headline that opens like a question and tells what the meeting did -----------------------------------------

ACCOUNT = (
    "The NEC met in London. The General Secretary reported on the finances and members agreed the budget. The "
    "motion was carried.\n"
)


@pytest.mark.parametrize(
    ("headline", "meeting"),
    [
        ("What happened at the NEC – 12 March 2019", "2019-03-12"),  # a blog
        ("What the NEC decided on Tuesday", "2019-03-12"),  # a news site
        ("How the executive voted on Tuesday", "2019-03-12"),  # a union bulletin
        ("What the council agreed: 12 March 2019", "2019-03-12"),  # a council group's page
    ],
)
def test_a_headline_telling_what_the_meeting_did_heads_its_report(headline: str, meeting: str) -> None:
    page = f"{headline}\n\nPosted on 14 March 2019\n\n{ACCOUNT}"
    reports = extract(page, "test.txt").reports
    assert [(r.title, r.meeting_date.start if r.meeting_date else None) for r in reports] == [(headline, meeting)]


@pytest.mark.parametrize(
    "headline",
    [
        "What is the NEC?",  # a question
        "What the NEC does",  # an explainer, in the present
        "How to get elected to the NEC",
        "How members are elected to the NEC",
        "What happened at the NEC?",
    ],
)
def test_an_explainer_or_a_question_still_heads_no_report(headline: str) -> None:
    assert extract(f"{headline}\n\nPosted on 14 March 2019\n\n{ACCOUNT}", "test.txt").reports == []


# --- a page title naming the body's meeting on a day counted from the page's date ---------------------------------


@pytest.mark.parametrize(
    ("headline", "dateline", "meeting"),
    [
        ("Tuesday's NEC", "14 March 2019", "2019-03-12"),  # a blog
        ("Tuesday's Regional Executive", "By Jo Bloggs, 14 March 2019", "2019-03-12"),  # a union region
        ("Yesterday at the council", "Thursday 14 March 2019", "2019-03-13"),  # a council group
        ("Last night's CLP executive", "Posted on 14 March 2019", "2019-03-13"),  # a CLP
    ],
)
def test_a_title_naming_the_meeting_by_a_relative_day_heads_its_report(
    headline: str, dateline: str, meeting: str
) -> None:
    reports = extract(f"{headline}\n\n{dateline}\n\n{ACCOUNT}", "test.txt").reports
    assert [(r.title, r.meeting_date.start if r.meeting_date else None) for r in reports] == [(headline, meeting)]


@pytest.mark.parametrize(
    "headline",
    [
        "Tomorrow's NEC",  # to come
        "Next Tuesday's executive",
        "The executive will meet on Tuesday",
        "After lunch, the NEC discussed conference. It will start on Sunday at",  # a wrapped paragraph's line
    ],
)
def test_a_relative_day_to_come_or_in_a_paragraph_titles_no_report(headline: str) -> None:
    reports = extract(f"{headline}\n\n14 March 2019\n\n{ACCOUNT}", "test.txt").reports
    assert [r.title for r in reports] == [None]


# --- a title ending in a weekday ("NEC – Tuesday") -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "dateline", "meeting"),
    [
        ("NEC – Tuesday", "Thursday 14 March 2019", "2019-03-12"),  # a blog
        ("Executive: Monday", "Posted on 14 March 2019", "2019-03-11"),  # a union bulletin
        ("Regional Board, Thursday", "14 March 2019", "2019-03-14"),  # posted the same day
    ],
)
def test_a_title_ending_in_a_weekday_dates_the_meeting_back_from_the_dateline(
    headline: str, dateline: str, meeting: str
) -> None:
    reports = extract(f"{headline}\n\n{dateline}\n\n{ACCOUNT}", "test.txt").reports
    assert [(r.title, r.meeting_date.start if r.meeting_date else None) for r in reports] == [(headline, meeting)]


def test_a_title_ending_in_a_weekday_with_no_date_on_the_page_gives_none() -> None:
    reports = extract(f"NEC – Tuesday\n\n{ACCOUNT}", "test.txt").reports
    assert [(r.title, r.meeting_date) for r in reports] == [("NEC – Tuesday", None)]


def test_a_weekday_inside_a_title_is_not_at_its_end() -> None:
    assert extract(f"Tuesday, the NEC and me\n\n14 March 2019\n\n{ACCOUNT}", "test.txt").reports[0].title is None
