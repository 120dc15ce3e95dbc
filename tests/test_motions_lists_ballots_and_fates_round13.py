"""Three kinds from minutes of other bodies, each written here in several voices:

- a counted list under an intro that decides it ("It was AGREED to submit the following two motions to
  conference:" over "1." / "2." lines, or hyphen bullets): the items are the motions, carried by the intro unless
  told their own result, and the intro is none itself;
- two candidates' totals laid out as lines under "with the result:": one tally, the winner's votes for;
- a fate given to an item and then agreed ("The chair ruled that it would be deferred. This was agreed."): the
  item keeps its fate."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import extract_votes
from nec_extract.models import Outcome
from support import report_context, titled_page_motions

_UNION = "Minutes of the National Executive Council, 9 May 2019"
_BRANCH = "Branch committee minutes, 2 April 2024"
_CLP = "Hillside CLP general committee, 6 June 2023"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            _UNION,
            "It was AGREED to submit the following two motions to Annual Conference (Blackpool, 13–15 May 2019):\n"
            "1. Pay – calling for a 10% claim;\n2. Staffing – opposing the use of volunteers.",
        ),
        (
            _BRANCH,
            "The committee agreed the following two motions for the regional council:\n"
            "- Pay, calling for a 10% claim;\n- Staffing, opposing the use of volunteers.",
        ),
        (
            _CLP,
            "The GC approved the following three motions for conference:\n1. Housing\n2. Rail\n3. Social care",
        ),
    ],
)
def test_the_items_of_a_counted_list_an_intro_decides_are_the_motions(heading: str, body: str) -> None:
    motions = titled_page_motions(f"{heading}\n\n{body}\n")
    items = body.count("\n")
    assert [m.outcome for m in motions] == [Outcome.CARRIED] * items
    assert all(not m.evidence.text.startswith(body.split(":")[0][:20]) for m in motions)


def test_items_of_a_counted_list_keep_their_own_results() -> None:
    body = "We had two motions to consider:\n- on pay: agreed;\n- on fees: held over to March."
    motions = titled_page_motions(f"{_BRANCH}\n\n{body}\n")
    assert [m.outcome for m in motions] == [Outcome.CARRIED, Outcome.DEFERRED]


def _votes(body: str, heading: str = _UNION) -> list[tuple[int | None, int | None]]:
    report = report_context(f"{heading}\n\n{body}\n", title=heading)
    return [(v.for_, v.against) for v in extract_votes(report)]


@pytest.mark.parametrize(
    "body",
    [
        "A secret ballot of NEC members was held, with the result:\n\nAnn Lee  12\nRaj Patel  8\n\n"
        "Ann Lee was declared elected.",
        "Vote for Vice-Chair:\nCllr Raj Patel – 8 votes\nCllr Ann Lee – 12 votes\nCllr Lee was elected.",
        "The result of the ballot for treasurer was:\nAnn Lee 12\nRaj Patel 8",
    ],
)
def test_two_candidates_totals_as_lines_are_one_tally(body: str) -> None:
    assert _votes(body) == [(12, 8)]


@pytest.mark.parametrize(
    "body",
    [
        # three candidates: no tally of for and against
        "The result of the ballot for treasurer was:\nAnn Lee 12\nRaj Patel 8\nSue Orr 3",
        # figures by region, under no word of a vote
        "Membership by region:\nNorth West 1203\nSouth East 988",
        # totals with no line announcing a vote's result
        "Ann Lee 12\nRaj Patel 8",
    ],
)
def test_lines_that_are_no_two_candidates_totals(body: str) -> None:
    assert _votes(body) == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (
            "A motion on affiliation was received late. The President ruled that, as members had not seen the "
            "papers, it would be deferred to the next meeting. This was agreed.",
            Outcome.DEFERRED,
        ),
        (
            "Jo Hart moved a motion on the office. The chair suggested it be referred to the officers. Agreed.",
            Outcome.REMITTED,
        ),
        (
            "Sam Ellis tabled a motion on the rota. She withdrew it pending the review. This was agreed.",
            Outcome.WITHDRAWN,
        ),
    ],
)
def test_a_fate_agreed_to_is_kept(body: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{_UNION}\n\n{body}\n")
    assert [m.outcome for m in motions] == [outcome]
