"""Archive pages of registers the tool had rarely seen (round 21), written here in several styles, with
near-misses:

- each post's stamp written above its heading ("Posted on 17 July 2019" / "WEC report"), the same undated heading
  again and again: each heading starts a report, the stamp ends the post above and dates the one below;
- the opening naming the meeting's year ("NC – 15 January" / "The first NC of 2022."), and the year that report
  then gives its neighbour ("NC – 23 March" above it);
- a weekday ending a heading after a separator ("SEC – Saturday") is a date mention, counted from the page's
  date."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _reports(page: str) -> list[tuple[str | None, str | None]]:
    return [(r.title, r.meeting_date.start if r.meeting_date else None) for r in extract(page, "t.txt").reports]


@pytest.mark.parametrize(
    ("heading", "stamps", "expected"),
    [
        ("WEC report", ("Posted on 8 October 2019", "Posted on 17 July 2019"), ["2019-10-05", "2019-07-13"]),
        ("Branch executive news", ("Published 9 June 2021", "Published 12 May 2021"), ["2021-06-05", "2021-05-08"]),
        ("Labour group update", ("Posted 14/03/2023", "Posted 14/02/2023"), ["2023-03-11", "2023-02-11"]),
    ],
)
def test_a_stamp_above_each_posts_heading_starts_and_dates_it(
    heading: str, stamps: tuple[str, str], expected: list[str]
) -> None:
    page = (
        f"Category: archive\n\n{stamps[0]}\n\n{heading}\n\nThe meeting on Saturday agreed to back the campaign for "
        "a new bus station, after a long debate in which members raised the cost of the scheme.\n\n"
        f"{stamps[1]}\n\n{heading}\n\nThe meeting on Saturday agreed the budget for the year, with extra money for "
        "training new stewards and for the campaign against cuts to local services.\n"
    )
    found = extract(page, "t.txt").reports
    assert [r.meeting_date.start if r.meeting_date else None for r in found] == expected
    assert all(not any(d.text.startswith("Posted") or "2019" in d.text for d in r.dates) for r in found)


def test_a_stamp_above_one_heading_only_is_no_archive() -> None:
    page = (
        "Posted on 8 October 2019\n\nWEC report\n\nThe WEC met on Saturday and agreed to back the campaign.\n\n"
        "Posted on 17 July 2019 in the news section, this was widely read.\n"
    )
    assert len(extract(page, "t.txt").reports) == 1


@pytest.mark.parametrize(
    ("later", "earlier", "opening", "expected"),
    [
        ("NC – 23 March", "NC – 15 January", "The first NC of 2022.", ["2022-03-23", "2022-01-15"]),
        ("SEC – 9 March", "SEC – 26 January", "This was 2019's first SEC.", ["2019-03-09", "2019-01-26"]),
        ("NCG – 10 June", "NCG – 8 April", "It was the first meeting of 2023 in person.", ["2023-06-10", "2023-04-08"]),
    ],
)
def test_the_opening_names_the_meetings_year_for_it_and_its_neighbour(
    later: str, earlier: str, opening: str, expected: list[str]
) -> None:
    page = (
        f"Reports from the committee\n\n{later}\n\nThe committee met in Birmingham and heard the Chair's report on "
        "the campaign against the new code of conduct.\n\n"
        f"{earlier}\n\n{opening} The committee agreed its priorities for the year, including a campaign on fares.\n"
    )
    assert [day for _, day in _reports(page)] == expected


def test_a_year_of_another_thing_in_the_opening_names_no_meeting() -> None:
    page = "NC – 15 January\n\nThe committee discussed the 2022 elections and agreed its priorities.\n"
    assert [day for _, day in _reports(page)] == [None]


@pytest.mark.parametrize(
    ("heading", "stamp", "day"),
    [
        ("SEC – Saturday", "Posted 14 September 2020", "2020-09-12"),  # party executive
        ("Branch executive: Tuesday", "Published 10 March 2022", "2022-03-08"),  # union branch
        ("Labour group, Monday", "Posted 17 May 2023", "2023-05-15"),  # council group
    ],
)
def test_a_weekday_ending_a_heading_is_a_mention(heading: str, stamp: str, day: str) -> None:
    page = f"{heading}\n\n{stamp}\n\nThe meeting agreed its budget and heard the secretary's report.\n"
    report = extract(page, "t.txt").reports[0]
    assert (report.dates[0].text, report.dates[0].start) == (heading.split()[-1], day)


def test_a_range_of_weekdays_in_a_heading_is_no_mention() -> None:
    page = "Office hours: Monday – Friday\n\nSEC report – 9 March 2019\n\nThe SEC met and agreed its budget.\n"
    texts = [d.text for r in extract(page, "t.txt").reports for d in r.dates]
    assert "Monday" not in texts and "Friday" not in texts


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Branch executive report – 14 June 2021\nPublished 16 June 2021\n\nExecutive report\n\nThe executive met "
            "on Monday and agreed to ballot members over the pay offer, after a long debate on the timetable.\n\n"
            "Published 10 May 2021\n\nExecutive report\n\nThe executive met on Monday and agreed its budget for the "
            "year, with extra money for training stewards.\n",
            "Branch executive report – 14 June 2021",
        ),
    ],
)
def test_a_stamp_right_under_a_meeting_heading_is_that_posts(page: str, title: str) -> None:
    assert extract(page, "t.txt").reports[0].title == title


def test_a_day_alone_above_each_posts_heading_is_its_stamp() -> None:
    body = "agreed its budget for the year, with money for training stewards and for the pay campaign."
    page = (
        f"Welsh Labour Grassroots\n\n14 March 2019\n\nExecutive report\n\nThe executive met on Tuesday and {body}\n\n"
        f"12 February 2019\n\nExecutive report\n\nThe executive met on Monday and {body}\n"
    )
    found = [(r.meeting_date.start if r.meeting_date else None) for r in extract(page, "t.txt").reports]
    assert found == ["2019-03-12", "2019-02-11"]


@pytest.mark.parametrize("top", ["Executive reports from your branch", "Labour group news archive"])
def test_an_undated_page_title_above_the_first_stamp_leaves_it_the_posts(top: str) -> None:
    body = "agreed its budget for the year, with money for training stewards and for the pay campaign."
    page = (
        f"{top}\n\nPosted 14 March 2019\n\nExecutive report\n\nThe executive met on Tuesday and {body}\n\n"
        f"Posted 12 February 2019\n\nExecutive report\n\nThe executive met on Monday and {body}\n"
    )
    found = [(r.meeting_date.start if r.meeting_date else None) for r in extract(page, "t.txt").reports]
    assert found == ["2019-03-12", "2019-02-11"]
