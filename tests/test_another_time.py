"""A decision or tally its own clause dates to before the meeting is of another time (SPEC: Votes, "a vote last
year"; Motions, decisions of other meetings): one predicate, fed by the report's resolved date mentions, read by
the tallies, the phrase rules, the outcome phrases and the parse layer. Every sentence is written for these tests,
in the styles of an NEC write-up, union and council minutes, a CLP's minutes and a news report, with negatives: a
date the decision plans for, a range or thing the date names, the meeting's own day, a date in another clause.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

Counts = tuple[int | None, int | None, int | None, bool]

JUNE = "Kingsford CLP – GC minutes, 10 June 2025"


def tallies(body: str, title: str = JUNE) -> list[Counts]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(v.for_, v.against, v.abstentions, v.unanimous) for r in document.reports for v in r.votes]


def outcomes(body: str, title: str = JUNE) -> list[str]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


TALLIES_OF_ANOTHER_TIME = [
    "Back in 2019 the NEC voted 24-6 for a similar scheme.",
    "Back in 2019, the NEC voted 24-6 for a similar scheme.",
    "The regional board voted 11–3 in February to ask for a seat on the panel.",
    "On 3 May the executive voted 14 to 9 against the offer.",
    "At its March meeting the cabinet backed the scheme by 6 votes to 2.",
    "Last month the branch committee voted 12-4 to affiliate.",
    "At conference in 2023 the rule change was carried 300-200.",
]


@pytest.mark.parametrize("body", TALLIES_OF_ANOTHER_TIME)
def test_a_tally_dated_before_the_meeting_is_not_listed(body: str) -> None:
    """A year, a month, a day or "last month" in the tally's clause, before the June meeting: an earlier vote."""
    assert tallies(body) == []


TALLIES_OF_THIS_MEETING = [
    ("The GC voted 19 to 11 in favour, despite a ballot last month in which members said no.", (19, 11, None, False)),
    ("The minutes of the meeting held on 14 April were agreed nem con.", (None, None, None, True)),
    ("Cabinet agreed 6-2 to hold the consultation in March.", (6, 2, None, False)),
    ("The accounts for 2024 were approved 10-1.", (10, 1, None, False)),
    ("The motion was carried 15-2 on Tuesday.", (15, 2, None, False)),
    ("The executive voted 9 to 4 to backdate the award to 1 April.", (9, 4, None, False)),
]


@pytest.mark.parametrize(("body", "expected"), TALLIES_OF_THIS_MEETING)
def test_a_date_of_another_clause_a_plan_or_a_thing_keeps_the_tally(body: str, expected: Counts) -> None:
    """The earlier date sits in another clause, names what was voted on, or is a plan's; "on Tuesday" is the
    meeting's own day."""
    assert tallies(body) == [expected]


def test_a_tally_last_year_needs_no_meeting_date() -> None:
    """ "Last year" says by itself that the vote was before this meeting, dated or not."""
    assert tallies("Last year the committee voted 5-4 against it.", "Branch committee report") == []
    assert tallies("This time the committee voted 5-4 for it.", "Branch committee report") == [(5, 4, None, False)]


DECISIONS = [
    ("On 2 April the GC agreed to affiliate to the campaign.", []),
    ("The executive endorsed the pay claim on 2 April.", []),
    ("In 2023 the council approved the masterplan.", []),
    ("The GC agreed to affiliate to the campaign on 10 June.", ["carried"]),
    ("The GC agreed to hold the AGM in March.", ["carried"]),
    ("The minutes of the meeting held on 14 April were approved.", ["carried"]),
    (
        "The report of the panel was received and its recommendations endorsed (the panel had met on 12 May; it had "
        "agreed the merger in principle in March).",
        ["carried"],
    ),
    ("The rule change was agreed in March, and the GC endorsed the new timetable.", ["carried"]),
    ("The rule change agreed in March was noted.", []),
]


@pytest.mark.parametrize(("body", "expected"), DECISIONS)
def test_a_decision_dated_before_the_meeting_is_background(body: str, expected: list[str]) -> None:
    """A decision dated by its clause to a day or year before the June meeting is an earlier meeting's; the meeting's
    own day, a plan's month and the date of the minutes approved keep it this meeting's; a sentence that also tells a
    result of this meeting keeps that one."""
    assert outcomes(body) == expected
