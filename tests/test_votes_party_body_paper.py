"""A party body named before a paper's noun ("The CAC report was accepted 27-5", "the NPF recommendations were
agreed 20-3") names whose paper the meeting decides, not another body voting: the tally is the meeting's. The body as
the subject of its own vote ("The PLP voted 180 to 20") stays another body's. Kind seen on tally29 dev d06 and
tallied29 dev d02 (two writers). Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import one_report


def _tallies(body: str, heading: str) -> list[tuple[int | None, int | None, str]]:
    return [(v.for_, v.against, v.outcome.value) for v in one_report(body, heading).votes]


@pytest.mark.parametrize(
    ("heading", "body", "tally"),
    [
        # NEC write-up
        ("NEC report, 9 September 2025", "The CAC report was accepted 24-6, with the left voting against.", (24, 6)),
        # union executive minutes (a delegation's report back on the party's forum)
        (
            "Minutes of the Executive Council, 4 March 2025",
            "The NPF recommendations on the industrial strategy were endorsed by 17 votes to 2.",
            (17, 2),
        ),
        # council group minutes
        ("Labour Group meeting, 12 May 2025", "The Shadow Cabinet paper on local plans was agreed 21-3.", (21, 3)),
        # news report
        (
            "Party's ruling body backs conference timetable",
            "At Tuesday's meeting the Conference Arrangements Committee report was approved by 25 votes to 8.",
            (25, 8),
        ),
    ],
)
def test_a_party_bodys_paper_voted_on_is_the_meetings_tally(heading: str, body: str, tally: tuple[int, int]) -> None:
    assert _tallies(body, heading) == [(*tally, "carried")]


@pytest.mark.parametrize(
    "body",
    [
        "The PLP voted 180 to 20 to restore the whip last week.",  # another body's vote
        "The NPF voted 40-12 to ask for a review of the policy commissions.",
        "The CAC had ruled the motion out of order by 4 votes to 1.",
    ],
)
def test_a_party_body_voting_is_still_another_body(body: str) -> None:
    assert _tallies(body, "NEC report, 9 September 2025") == []
