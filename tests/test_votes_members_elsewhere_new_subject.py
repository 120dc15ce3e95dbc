"""Members placed elsewhere ("new members in rural areas") named in an argument, then "and the SEC voted it down
12-16": the meeting's body after "and"/"but" starts a clause of its own with its own verb, so the members' vote
pattern does not reach over it and the tally is the meeting's. Members placed elsewhere voting themselves ("members
at the depot voted 120 to 14") stay no tally of the meeting. Kind seen on genre27c dev d03 and tallied29 dev d02
(two writers). Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import one_report


def _tallies(body: str, heading: str) -> list[tuple[int | None, int | None]]:
    return [(v.for_, v.against) for v in one_report(body, heading).votes]


@pytest.mark.parametrize(
    ("heading", "body", "tally"),
    [
        # Scottish executive write-up
        (
            "SEC report, 18 October 2025",
            "Fiona said the hubs would cut out new members in the islands and the SEC voted it down 9-17.",
            (9, 17),
        ),
        # union executive minutes
        (
            "Minutes of the Executive Committee, 2 June 2025",
            "The officer warned that members in small branches would lose out, but the committee approved it 11-4.",
            (11, 4),
        ),
        # council minutes
        (
            "Minutes of the Labour Group, 6 May 2025",
            "Cllr Hart said the closure would hurt members in the outer wards and the group rejected it 9-14.",
            (9, 14),
        ),
        # news report
        (
            "Union executive backs rural organisers",
            "Critics said members in rural areas were ignored, and the executive approved the plan by 30 votes to 6.",
            (30, 6),
        ),
    ],
)
def test_the_meetings_own_vote_after_members_named_elsewhere(heading: str, body: str, tally: tuple[int, int]) -> None:
    assert _tallies(body, heading) == [tally]


@pytest.mark.parametrize(
    "body",
    [
        "Members at the Camden depot voted 120 to 14 for action.",  # members voting at their workplace
        "Members in Leeds and the surrounding towns voted 120 to 14 to accept the offer.",
        "Members across the health sector backed the claim by 4,210 to 1,020 in the ballot.",  # a members' ballot
    ],
)
def test_members_placed_elsewhere_voting_stay_no_tally(body: str) -> None:
    assert _tallies(body, "Branch committee meeting, 3 May 2024") == []
