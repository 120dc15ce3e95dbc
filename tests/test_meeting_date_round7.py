"""Meeting dates given in ways the tool missed on pages written here (round 7), in several styles (regional
board, policy forum, union branch, council group, news), each with negatives:

- a sentence that opens with the day and then names the body by any of its names ("On 5 October 2021 the
  Regional Board considered ...", "5 October 2021 saw the Labour group elect ...") gives the meeting's day, as
  one that names the meeting does; not a day that opens a sentence about something else ("On 23 June 2016 the
  country voted ..."), nor a day the body will meet on;
- a heading that names a meeting stacked right under a title that names none ("Executive reports" / "EC report –
  14 June 2022") dates the report; not under a title that names a meeting of its own, and not a dated line
  that names no meeting (a posting stamp, a byline);
- a meeting's verb in the past right before the day ("the NEC met on 17 May 2022") dates the meeting whatever
  the tense of another clause before it ("when we agreed to review ..."); not "had met on", nor "meets on";
- the header lines above an untitled report's body: a day under a line naming the body ("Executive Committee" /
  "Tuesday 14 June 2022 at 7pm"), or a day line with the meeting's hours, date the meeting; not a blog's stamp
  (a day and a clock time alone), a posting stamp or a byline, nor a day under a page's title about a meeting.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = (
    "The treasurer reported that the accounts were in good order and that the fighting fund had raised more than "
    "expected. After a long discussion members agreed to support the campaign for a new hospital."
)


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("heading", "opening"),
    [
        ("Regional Board", "On 5 October 2021 the Regional Board considered the selection timetable."),
        ("Policy forum notes", "On Tuesday 5 October 2021 the policy forum discussed housing."),
        ("Group report", "5 October 2021 saw the Labour group elect a new leader after a long contest."),
        ("Branch news", "On 5th October 2021, our branch agreed to affiliate to the trades council."),
        ("Panel decisions", "5 October 2021: the disputes panel heard three appeals and upheld one."),
    ],
)
def test_a_sentence_opening_with_the_day_then_naming_the_body_dates_the_meeting(heading: str, opening: str) -> None:
    assert meeting_dates(f"{heading}\n\n{opening} {BODY}\n") == ["2021-10-05"]


@pytest.mark.parametrize(
    "opening",
    [
        "On 23 June 2016 the country voted to leave the European Union.",  # background, no body
        "On 5 October 2021 the regional board will consider the selection timetable.",  # to come
        "On 5 October 2021 the Labour group meets to choose its new leader.",  # to come
    ],
)
def test_a_sentence_opening_with_another_day_does_not_date_the_meeting(opening: str) -> None:
    assert meeting_dates(f"Branch notes\n\n{opening} {BODY}\n") == [None]


@pytest.mark.parametrize(
    ("title", "subtitle", "day"),
    [
        ("Executive reports", "EC report – 14 June 2022", "2022-06-14"),  # union archive page
        ("Regional news", "Regional Board, 3 March 2021", "2021-03-03"),  # party region
        ("Members' bulletin", "Branch committee meeting – Tuesday 7 March 2023", "2023-03-07"),  # union branch
        ("Group update", "Labour Group AGM, 12 May 2022", "2022-05-12"),  # council group
    ],
)
def test_a_meeting_heading_stacked_under_a_title_naming_none_dates_the_report(
    title: str, subtitle: str, day: str
) -> None:
    assert meeting_dates(f"{title}\n\n{subtitle}\n{BODY}\n") == [day]


def test_a_meeting_heading_under_a_title_naming_its_own_meeting_keeps_the_titles_date() -> None:
    page = f"NEC report – 14 June 2022\n\nOrganisation Committee – 7 June 2022\n{BODY}\n"
    assert meeting_dates(page)[0] == "2022-06-14"


@pytest.mark.parametrize("line", ["Posted 14 June 2022", "Jo Bloggs, 14 June 2022", "Summer 2022 edition"])
def test_a_dated_line_under_a_title_naming_none_that_names_no_meeting_does_not_date_the_report(line: str) -> None:
    assert meeting_dates(f"Executive reports\n\n{line}\n{BODY}\n") == [None]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        (
            "Following on from our April meeting, when we agreed to review the strike fund, the NEC met on 17 May "
            "2022 and adopted the review's findings.",  # union NEC
            "2022-05-17",
        ),
        (
            "Although the council will vote on the budget next month, the Labour group met on 3 March 2023 to agree "
            "its amendments.",  # council group
            "2023-03-03",
        ),
        (
            "With selections due to open in the spring, the executive convened on 4 February 2020 to set the "
            "timetable.",  # CLP
            "2020-02-04",
        ),
    ],
)
def test_a_meeting_verb_in_the_past_right_before_the_day_dates_the_meeting(opening: str, day: str) -> None:
    assert meeting_dates(f"Branch notes\n\n{opening} {BODY}\n") == [day]


@pytest.mark.parametrize(
    "opening",
    [
        "When the budget is ready, the Labour group meets on 3 March 2023 to agree its amendments.",
        "Before we agreed to review the strike fund, the panel had met on 2 May 2022 to hear the appeals.",
    ],
)
def test_a_meeting_to_come_or_met_before_is_not_dated_by_its_verb(opening: str) -> None:
    assert meeting_dates(f"Branch notes\n\n{opening} {BODY}\n") == [None]


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Executive Committee\nTuesday 14 June 2022 at 7pm", "2022-06-14"),  # union branch
        ("Executive Committee\n\n7pm, Tuesday 14 June 2022, Unity House\n\nPresent: 10.", "2022-06-14"),
        ("Westgate CLP\nAll Members' Meeting\n4 March 2023, 11am – 1pm, Miners' Hall", "2023-03-04"),  # CLP
        ("Labour Group\n23/02/2023", "2023-02-23"),  # council group
        ("7.30pm, Wednesday 8 November 2023, Trades Hall", "2023-11-08"),  # a trades council: hours on the line
    ],
)
def test_a_day_in_an_untitled_reports_header_dates_the_meeting(header: str, day: str) -> None:
    assert meeting_dates(f"{header}\n\n{BODY}\n") == [day]


@pytest.mark.parametrize(
    "header",
    [
        "Welcome to our site\nSaturday, 05 December 2009 14:56",  # a blog's stamp
        "Executive Committee\nPosted by Jo Bloggs on 14 June 2022",  # a byline
        "Branch news\n14 June 2022",  # a page's title about its branch, over its date
    ],
)
def test_a_stamp_or_a_pages_date_in_the_header_does_not_date_the_meeting(header: str) -> None:
    assert meeting_dates(f"{header}\n\n{BODY}\n") == [None]
