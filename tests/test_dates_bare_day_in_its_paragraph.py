"""A bare day ("on the 29th") takes a month named earlier in its own paragraph, else the meeting's month: a month
named paragraphs above it, for something else ("a review to report in April"), is not its month (round-22 pages
bank, written here: an SEC rep's blog, a Momentum report, a union NEC member's report)."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def bare_days(text: str) -> list[tuple[str, str | None]]:
    report = extract(text, "test.txt").reports[0]
    return [(d.text, d.start) for d in report.dates if d.text.startswith("the ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # SEC write-up: the month of the meeting, not the March named two paragraphs up
            "SEC report\n\nAt its January 2019 meeting the SEC discussed selections. A list will be drawn up by"
            " the middle of March.\n\nMembers raised the Commons vote due on the 29th; the chair said it was not"
            " for the SEC.\n",
            [("the 29th", "2019-01-29")],
        ),
        (  # union NEC report: the heading's month, not the April of the paragraph above
            "NEC report – 20 June 2023\n\nI spoke against, because members told us what they thought in April.\n\n"
            "Motions referred from conference\nOn the 21st the NEC dealt with the motions conference had not"
            " reached.\n",
            [("the 21st", "2023-06-21")],
        ),
        (  # Momentum report: a month named a paragraph up, for a review, is not the bare day's
            "NCG report – June 2018\n\nThe organiser wants a review to report in January.\n\n"
            "The NCG agreed its submission to the democracy review, which closes on the 29th.\n",
            [("the 29th", "2018-06-29")],
        ),
        (  # council minutes: a month named in the same paragraph is the bare day's
            "Council minutes – 14 March 2023\n\nThe next meeting is in May, probably on the 16th.\n",
            [("the 16th", "2023-05-16")],
        ),
        (  # branch news: the same paragraph, the sentence before
            "Branch meeting – 14 March 2023\n\nNew cards go out in June. Reminders follow on the 6th.\n",
            [("the 6th", "2023-06-06")],
        ),
    ],
)
def test_a_bare_day_takes_its_paragraphs_month_else_the_meetings(text: str, expected: list[tuple[str, str]]) -> None:
    assert bare_days(text) == expected
