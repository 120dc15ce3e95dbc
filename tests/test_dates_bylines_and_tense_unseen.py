"""Dates on unseen pages (issue 12), on pages and sentences written here in several styles (Green Party
region, union branch, CLP, NEC write-up, news), each with negatives:

- a byline with an affiliation in brackets, whose words may hold a hyphen ("Posted by <name> (co-chair),
  24.11.22"), dates the page, so "On Tuesday we met" counts back from it;
- a month in the past perfect ("had cut its staff from 400 in April") lies before the meeting, but not a
  date something had been meant for ("had been ready for a May election"), one after "had not", nor one in a
  clause of its own after it ("there had been no time before nominations close on 7 June");
- a meeting's bare day ("went to the full NEC on the 25th") after another month was named ("cards go out in
  Feb") is the page's meeting day of that number a month either side, not that day of the month last named;
- numbers in identifiers are no years: a reference's "2022-31" or "2019/22", a circular's "3/2022", a minute's
  "2022/33"; a range of years written with two digits spans at most five;
- a day counted from the meeting ("last Sunday") names the month in view for a bare day after it ("on the 3rd");
- "since", "until" give the tense of their own date only, not of a later one in the sentence ("in place since 11
  November, was extended to 31 March"); "extended to" a date looks ahead;
- "moved to the 19th": a bare day after "to";
- a holiday right before a noun names a thing ("the Christmas lights", "Easter eggs"), not a date; before a
  function word, a year or a stop it is one ("before Christmas", "over the Christmas break").
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from nec_extract.language.dates import find_candidates
from nec_extract.pipeline import extract
from support import report_context

BODY = "The board agreed the conference agenda by 9 votes to 2, and the treasurer reported on the accounts."


def page_facts(page: str) -> tuple[str | None, list[str | None]]:
    document = extract(page, "t.txt")
    published = str(document.published) if document.published else None
    return published, [r.meeting_date.start if r.meeting_date else None for r in document.reports]


@pytest.mark.parametrize(
    ("heading", "byline", "opening", "published", "meeting"),
    [
        (
            "Regional Committee summary report",
            "Posted by Ria Moss (regional co-ordinator), 24.11.22",
            "On Tuesday we met at the regional office.",
            "2022-11-24",
            "2022-11-22",
        ),
        (
            "Branch executive report",
            "Written by Ade Cole (vice-chair), 12/06/2021",
            "On Thursday the executive met in the union office.",
            "2021-06-12",
            "2021-06-10",
        ),
        (
            "CLP executive notes",
            "By Lin Shaw (ex-officio member) - 3 March 2020",
            "The executive met last night in the Labour club.",
            "2020-03-03",
            "2020-03-02",
        ),
        (
            "NEC report",
            "Posted by Sam Okoro-Hale, 14 March 2019",
            "On Tuesday the NEC met for five hours.",
            "2019-03-14",
            "2019-03-12",
        ),
    ],
)
def test_a_byline_with_a_bracketed_affiliation_dates_the_page(
    heading: str, byline: str, opening: str, published: str, meeting: str
) -> None:
    assert page_facts(f"{heading}\n{byline}\n\n{opening} {BODY}\n") == (published, [meeting])


def test_a_byline_without_a_date_dates_nothing() -> None:
    byline = "Posted by Ria Moss (regional co-ordinator)"
    page = f"Regional Committee summary report\n{byline}\n\nOn Tuesday we met. {BODY}\n"
    assert page_facts(page) == (None, [None])


def mention_start(text: str, meeting: str, expression: str) -> str | None:
    found = [m for m in extract_dates(report_context(text, meeting=meeting, parse=False)) if m.text == expression]
    assert len(found) == 1, found
    return found[0].start


@pytest.mark.parametrize(
    ("text", "meeting", "expression", "start"),
    [
        # NEC write-up, meeting in November: April and September lie behind
        ("We were told the party had cut its staff from 410 in April to 330 now.", "2021-11-23", "April", "2021-04"),
        # union minutes
        (
            "The branch had already balloted its members in December, the secretary said.",
            "2019-10-08",
            "December",
            "2018-12",
        ),
        # council group
        (
            "Cllr Rowe noted that officers had met the contractor on 14 November to agree terms.",
            "2022-09-05",
            "14 November",
            "2021-11-14",
        ),
        # news
        (
            "The committee had rejected the same proposal in October, a spokesperson said.",
            "2020-06-02",
            "October",
            "2019-10",
        ),
    ],
)
def test_a_date_in_the_past_perfect_lies_before_the_meeting(
    text: str, meeting: str, expression: str, start: str
) -> None:
    assert mention_start(text, meeting, expression) == start


@pytest.mark.parametrize(
    ("text", "meeting", "expression", "start"),
    [
        (
            "The general secretary regretted that the election had not been called for 2 May.",
            "2024-03-26",
            "2 May",
            "2024-05-02",
        ),
        (
            "Our opponents had been ready for a May election and had printed their leaflets.",
            "2024-03-26",
            "May",
            "2024-05",
        ),
        (
            "The chair said there had been no time before nominations close on 7 June.",
            "2024-06-05",
            "7 June",
            "2024-06-07",
        ),
        ("The committee had agreed that the ballot will open in May.", "2024-03-26", "May", "2024-05"),
        ("The branch had to postpone the rally until August.", "2024-03-26", "August", "2024-08"),
    ],
)
def test_a_date_the_past_perfect_does_not_put_behind(text: str, meeting: str, expression: str, start: str) -> None:
    assert mention_start(text, meeting, expression) == start


def dated_mentions(page: str) -> dict[str, str | None]:
    return {d.text: d.start for r in extract(page, "t.txt").reports for d in r.dates}


SUB_COMMITTEE_PAGES = [
    # NEC write-up: the full NEC's heading stacked over its sub-committee's
    "NEC – 22 March 2022\nOrganisation Committee – 15 March 2022\n\nThe committee met a week before the full NEC. "
    "I asked about the new cards, which will go out in April. All of this went to the full NEC on the 22nd, "
    "which noted it.\n",
    # union: an executive's report and its finance panel's, the panel's report later on the page
    "Executive Council – 9 June 2021\n\nThe council met and agreed the pay claim by 20 votes to 3. The treasurer "
    "reported on the accounts.\n\nFinance Panel – 2 June 2021\n\nThe panel agreed the budget, to be paid out in "
    "July. It went to the council meeting on the 9th, which endorsed it.\n",
    # council group: the group's meeting and its cabinet's a month before
    "Group Meeting – 4 October 2023\n\nThe group agreed the budget consultation by 19 votes to 3. The leader "
    "reported on the settlement.\n\nCabinet briefing – 27 September 2023\n\nCabinet members briefed on the "
    "plans for November. The group would decide at its meeting on the 4th.\n",
]


@pytest.mark.parametrize(
    ("page", "expression", "start"),
    list(
        zip(
            SUB_COMMITTEE_PAGES,
            ["the 22nd", "the 9th", "the 4th"],
            ["2022-03-22", "2021-06-09", "2023-10-04"],
            strict=True,
        )
    ),
)
def test_a_meetings_bare_day_is_the_pages_meeting_day_of_that_number(page: str, expression: str, start: str) -> None:
    assert dated_mentions(page)[expression] == start


def test_a_bare_day_not_said_of_a_meeting_keeps_the_month_in_view() -> None:
    page = (
        "Branch meeting – 18 April 2019\n\nThe branch met and agreed the budget by 9 votes to 2.\n\n"
        "Branch meeting – 14 March 2019\n\nThe branch met. Our rally will be in May, on the 18th, with a stall.\n"
    )
    assert dated_mentions(page)["the 18th"] == "2019-05-18"


def test_a_meeting_day_two_months_off_is_not_taken() -> None:
    page = (
        "NEC – 25 January 2022\n\nThe NEC met and agreed the budget by 20 votes to 9.\n\n"
        "Organisation Committee – 18 January 2022\n\nThe committee met. It goes out in March, and the NEC "
        "meets on the 25th to sign it off.\n"
    )
    assert dated_mentions(page)["the 25th"] == "2022-03-25"


def found_dates(text: str) -> list[str]:
    return [c.match.group() for c in find_candidates(text, 0, len(text), [])]


@pytest.mark.parametrize(
    "text",
    [
        "The e-mail ballot (ref. 2022-31) closed with 10 votes for.",  # a Green regional committee
        "Our claim, Ref: 2019/22, was lodged with the employer.",  # a union branch
        "See Labour Group Circular 3/2022 for the rota.",  # a council group
        "Branch Circular 14/2021 set out the strike fund rules.",  # union
        "The appeal, reference 2020-07, was heard by the panel.",  # CLP disputes
        "Minute 2022/33 was noted and the clerk will write.",  # parish council
        "Item 4 (see 2021/34 in the file) was deferred.",  # a number too wide for a range of years
        "The 2018-49 housing bond was discussed.",  # council
    ],
)
def test_numbers_in_references_are_no_years(text: str) -> None:
    assert found_dates(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The 2019/20 accounts were approved.", ["2019/20"]),
        ("In 2021-22 the branch grew.", ["2021-22"]),
        ("The 2020-25 plan was adopted.", ["2020-25"]),
        ("In the 2019-2024 Parliament the group grew.", ["2019-2024"]),
        ("The ballot closed on 12/3/2022 at noon.", ["12/3/2022"]),
        ("Membership has grown since 2019.", ["2019"]),
    ],
)
def test_years_and_year_ranges_outside_references_stay(text: str, found: list[str]) -> None:
    assert found_dates(text) == found


def starts_of(text: str, meeting: str) -> dict[str, str | None]:
    return {m.text: m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))}


@pytest.mark.parametrize(
    ("text", "meeting", "start"),
    [
        # trades council minutes: October named, then a day of November counted from the meeting
        (
            "The minutes of 12 October were agreed. The banner was ready last Sunday and the bill was paid on the 3rd.",
            "2023-11-09",
            "2023-11-03",
        ),
        # NEC write-up
        (
            "We last met on 20 January. Papers came yesterday and the ballot opened on the 2nd.",
            "2022-02-08",
            "2022-02-02",
        ),
        # CLP
        (
            "Since 30 May we have held two stalls. The one last Saturday beat the one on the 1st.",
            "2019-07-11",
            "2019-07-01",
        ),
    ],
)
def test_a_day_counted_from_the_meeting_names_the_month_in_view(text: str, meeting: str, start: str) -> None:
    assert [
        value for expression, value in starts_of(text, meeting).items() if expression.endswith(("rd", "nd", "st"))
    ] == [start]


def test_a_bare_day_after_a_written_date_keeps_its_month() -> None:
    text = "The minutes of 12 October were agreed. The bill was paid on the 3rd."
    assert starts_of(text, "2023-11-09")["the 3rd"] == "2023-10-03"


@pytest.mark.parametrize(
    ("text", "meeting", "expression", "start"),
    [
        ("The freeze, in place since 11 November, was extended to 31 March.", "2021-01-26", "31 March", "2021-03-31"),
        ("Pay has been frozen since 1 April and talks resume on 3 March.", "2019-01-15", "3 March", "2019-03-03"),
        ("The office, closed since 3 December, reopens on 11 February.", "2020-01-09", "11 February", "2020-02-11"),
        ("The strike pay, paid until 28 February, was extended to 30 April.", "2022-12-06", "30 April", "2023-04-30"),
    ],
)
def test_since_gives_the_tense_of_its_own_date_only(text: str, meeting: str, expression: str, start: str) -> None:
    assert starts_of(text, meeting)[expression] == start


@pytest.mark.parametrize(
    ("text", "meeting", "expression", "start"),
    [
        ("Membership has risen since 14 March.", "2021-01-26", "14 March", "2020-03-14"),
        (
            "Nothing has changed since 3 December, though talks resume on 11 February.",
            "2020-01-09",
            "3 December",
            "2019-12-03",
        ),
        ("The ban runs until 30 June.", "2019-01-15", "30 June", "2019-06-30"),
    ],
)
def test_since_and_until_still_give_the_tense_of_their_own_date(
    text: str, meeting: str, expression: str, start: str
) -> None:
    assert starts_of(text, meeting)[expression] == start


@pytest.mark.parametrize(
    ("text", "meeting", "start"),
    [
        ("The deadline, first set for 5 February, was moved to the 19th.", "2021-01-26", "2021-02-19"),  # NEC
        ("The ballot was put back to the 21st, when the hall is free.", "2019-03-12", "2019-03-21"),  # union
        ("Our AGM has been brought forward to the 4th.", "2018-05-01", "2018-05-04"),  # CLP
    ],
)
def test_a_bare_day_after_to(text: str, meeting: str, start: str) -> None:
    assert [v for k, v in starts_of(text, meeting).items() if k.startswith("the ")] == [start]


@pytest.mark.parametrize(
    "text",
    ["The office moved to the 2nd floor.", "The bill was sent to the 3rd reading.", "We spoke to the 1st years."],
)
def test_no_bare_day_after_to_in_other_uses(text: str) -> None:
    assert not [k for k in starts_of(text, "2019-03-12") if k.startswith("the ")]


@pytest.mark.parametrize(
    "text",
    [
        "Item 7, CHRISTMAS LIGHTS: the quote of £3,400 was accepted.",  # town council
        "The branch Christmas social raised £300.",  # union branch
        "Members sold Easter eggs for the hospice.",  # CLP
        "The Easter Rising centenary was marked.",  # news
    ],
)
def test_a_holiday_before_a_noun_is_no_date(text: str) -> None:
    assert starts_of(text, "2023-11-14") == {}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The new banner will be ready before Christmas.", "2023-12-25"),
        ("Over the Christmas break the office will close.", "2023-12-25"),
        ("Since Christmas, forty members have joined.", "2022-12-25"),
        ("We will canvass after Easter and in May.", "2024-03-31"),
    ],
)
def test_a_holiday_as_a_time_is_a_date(text: str, start: str) -> None:
    assert [
        value for expression, value in starts_of(text, "2023-11-14").items() if expression in {"Christmas", "Easter"}
    ] == [start]
