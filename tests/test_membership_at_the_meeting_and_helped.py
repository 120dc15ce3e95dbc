"""Counts of members that are not the membership: those in the room, those a fund helped, former members
remembered. Sentences written for these tests, in the voices of a branch bulletin, union minutes, a CLP report and
an NEC write-up; the figures beside them still count."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _figures(sentence: str, title: str = "Branch meeting, 3 March 2025") -> list[tuple[str, int]]:
    report = extract(f"{title}\n\n{sentence}\n").reports[0]
    return [(m.metric.value, m.value) for m in report.membership]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting went ahead with more than thirty members in the room.",
        "There were 45 members present and a further twelve on the call.",
        "With some 200 members online, the hustings ran for two hours.",
        "The hardship fund has now paid out to fourteen members.",
        "The executive noted that the welfare fund made grants to 30 members this year.",
        "Loans were given to 12 members facing eviction.",
        "We paid tribute to two former members who died in August.",
        "The meeting stood in silence for three former members who have died since the last AGM.",
        # a gathering drawing members to it, and members at or crowding into it
        "Our meeting drew about sixty members to the community centre.",
        "The hustings attracted more than 80 members despite the rain.",
        "The AGM welcomed 55 members and two guests from the county party.",
        "We had 70 members at the hustings, the most for years.",
        "Over a hundred members packed into the hall to hear the candidates.",
    ],
)
def test_those_at_the_meeting_helped_or_remembered_are_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("There are now 2,100 members in the branch.", [("members", 2100)]),
        ("500 former members have rejoined since June.", [("joined", 500)]),
        ("Membership has risen to 1,300 members.", [("members", 1300)]),
        # a recruitment effort attracting members: they joined
        ("The recruitment drive brought in 120 new members.", [("joined", 120)]),
        ("Our stall attracted 25 members on the day.", [("joined", 25)]),
        ("The party has 489,000 members, the General Secretary reported.", [("members", 489000)]),
    ],
)
def test_the_membership_beside_them_still_counts(sentence: str, figures: list[tuple[str, int]]) -> None:
    assert _figures(sentence, "NEC report, 3 March 2025") == figures
