"""Motions whose words are told at length before their result: a motion quoted in full after its introduction (what
it notes and resolves is what was put, not what the meeting decided); a mover and seconder told before the thing
moved ("X moved, and Y seconded, the recommendation of the Cabinet that the strategy be adopted"); and the item put
again after its amendments ("The substantive motion was then put and it was RESOLVED – That ..."), on one line or
two. Every page is written for these tests, in the voices of council minutes, union and branch minutes, a CLP
report and an NEC write-up."""

from __future__ import annotations

import pytest

from nec_extract.models import Motion, Outcome
from support import pipeline_motions, titled_page_motions


def _page(body: str, heading: str) -> list[Motion]:
    return titled_page_motions(f"{heading}\n\n{body}\n")


_COUNCIL = "Minutes of the meeting of the Council held on 12 October 2022"
_BRANCH = "Branch committee meeting, 4 March 2024"
_UNION = "Minutes of the National Executive Council, 9 May 2019"
_NEC = "NEC report – 23 January 2024"
_CLP = "Hillside CLP general committee, 6 June 2023"

_QUOTED = [
    # the quote on the lines after a colon, closed at the end of its last sentence
    (
        "It was moved by Cllr Ward and seconded by Cllr Bose:\n"
        '"This Council notes the rise in fly-tipping. Council resolves to double the fines and to publish a '
        'quarterly report."\nFollowing a debate the motion was put to the vote and LOST.',
        _COUNCIL,
        "defeated",
        ["Ward"],
    ),
    (
        "Cllr Amira Shah moved the following motion, seconded by Cllr Tom Reid:\n"
        "“This Council believes every child deserves a hot meal. This Council agrees to fund breakfast clubs in all "
        "primary schools.”\nThe motion was carried by 30 votes to 12.",
        _COUNCIL,
        "carried",
        ["Amira Shah"],
    ),
    # the quote opening on the introduction's own line and running over several sentences
    (
        'Dave Lim moved the following motion from Eastgate branch: "This conference notes the pay offer. It '
        "believes the offer is a real-terms cut. Conference agrees to ballot members for action. Conference "
        'instructs the NEC to coordinate with other unions." After a long debate the motion fell.',
        _UNION,
        "defeated",
        ["Dave Lim"],
    ),
    (
        'Priya Nandra proposed a motion on the library: "The branch resolves to oppose the closure and to lobby '
        'the council. The branch agrees to donate £100 to the campaign." Members agreed it unanimously.',
        _BRANCH,
        "carried",
        ["Priya Nandra"],
    ),
    # a CLP and an NEC write-up quoting what was moved
    (
        "Our delegate Ruth Amos moved the motion on housing:\n"
        '"This CLP notes the waiting list has doubled. This CLP resolves to campaign for 500 council homes."\n'
        "It was passed with two abstentions.",
        _CLP,
        "carried",
        ["Ruth Amos"],
    ),
    (
        "Jon Park tabled a rule change on the timetable:\n"
        '"The NEC agrees that selections open no later than March. The NEC resolves to publish the timetable."\n'
        "It was referred to the Organisation Committee.",
        _NEC,
        "remitted",
        ["Jon Park"],
    ),
]


@pytest.mark.parametrize(("body", "heading", "outcome", "movers"), _QUOTED)
def test_a_quoted_motion_is_one_motion_with_the_result_after_the_quote(
    body: str, heading: str, outcome: str, movers: list[str]
) -> None:
    motions = _page(body, heading)
    assert [(m.outcome, m.movers) for m in motions] == [(Outcome(outcome), movers)]


@pytest.mark.parametrize(("body", "heading", "outcome", "movers"), _QUOTED)
def test_the_quoted_motion_evidence_runs_from_its_introduction(
    body: str, heading: str, outcome: str, movers: list[str]
) -> None:
    (motion,) = _page(body, heading)
    introduction = body.split(":", 1)[0]
    assert motion.evidence.text.startswith(introduction)


def test_a_spokesperson_quoted_is_no_motion_introduced() -> None:
    body = (
        "The NEC agreed to open selections in March.\n"
        'A party spokesperson said: "The NEC has agreed a fair timetable. Members will be consulted."'
    )
    motions = _page(body, _NEC)
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


def test_an_unclosed_quote_hides_nothing() -> None:
    decisions = "".join(f"\nThe council agreed to {thing}." for thing in _THINGS)
    body = 'Cllr Ward moved a motion on fly-tipping: "This Council notes the rise in fly-tipping.' + decisions
    unquoted = body.replace('"', "")
    assert [m.summary for m in _page(body, _COUNCIL)][1:] == [m.summary for m in _page(unquoted, _COUNCIL)][1:]
    assert len(_page(body, _COUNCIL)) > len(_THINGS) // 2


_THINGS = ["close the depot", "sell the old library", "fund the lido", "review parking", "meet in May"] * 4


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        (
            "Councillor Amin moved, and Councillor Lowe seconded, the recommendation of the Cabinet that the Housing "
            "Strategy be adopted.\nMembers asked about the target for social rent.",
            _COUNCIL,
        ),
        (
            "Brother Kane moved, and Sister Doyle seconded, the report of the Finance Committee that the accounts be "
            "approved.",
            _UNION,
        ),
        (
            "Jo Hart proposed, and Sam Ellis seconded, a motion that the branch banner be replaced.",
            _BRANCH,
        ),
    ],
)
def test_what_a_mover_and_seconder_put_is_no_result(body: str, heading: str) -> None:
    (motion,) = _page(body, heading)
    assert motion.outcome is Outcome.UNKNOWN


_PUT_AGAIN = [
    # one line
    (
        "Councillor Amin moved, and Councillor Lowe seconded, the recommendation of the Cabinet that the Housing "
        "Strategy be adopted.\n"
        "Councillor Reed moved, and Councillor Finch seconded, an amendment that the target be raised to 40%. "
        "On being put to the vote the amendment was lost (9 for, 22 against).\n"
        "The substantive motion was then put to the vote and it was RESOLVED – That the Housing Strategy be adopted."
    ),
    # two lines, with a recorded vote between
    (
        "Councillor Mahon moved, and Councillor Greer seconded, the recommendation of the Cabinet that the Council "
        "Tax Support scheme be kept for 2024/25.\n"
        "Councillor Pike moved, and Councillor Oduya seconded, an amendment that the maximum award be increased.\n"
        "A recorded vote was taken on the amendment:\nFor (7): Councillors Abbott, Cole and five others\n"
        "Against (16): Councillors Dunn, Ellis and fourteen others\nAbstentions (1): Councillor Fox\n"
        "The amendment was declared LOST.\n"
        "The substantive recommendation was then put to the meeting and it was\n"
        "RESOLVED – That the Council Tax Support scheme for 2024/25 be the same as for 2023/24."
    ),
    # union minutes: the original motion put after an amendment was carried
    (
        "Sister Doyle moved the motion on the pay claim, seconded by Brother Kane.\n"
        "Brother Lee moved an amendment to add a flat-rate element; it was carried 14-9.\n"
        "The substantive motion was then put and it was AGREED: that the claim as amended be submitted."
    ),
]


@pytest.mark.parametrize("body", _PUT_AGAIN)
def test_the_item_put_again_takes_the_resolution(body: str) -> None:
    motions = _page(body, _COUNCIL)
    kinds_and_outcomes = sorted((m.kind.value, m.outcome.value) for m in motions)
    assert len(motions) == 2
    assert ("amendment", "carried") in kinds_and_outcomes or ("amendment", "defeated") in kinds_and_outcomes
    (main,) = [m for m in motions if m.kind.value != "amendment"]
    assert main.outcome is Outcome.CARRIED
    assert main.movers


def test_an_amendment_is_not_the_item_put_again() -> None:
    body = (
        "Councillor Reed moved an amendment to the budget to freeze parking charges; it was lost.\n"
        "The substantive motion was then put and it was RESOLVED – That the budget for 2023/24 be approved."
    )
    motions = pipeline_motions(f"{_COUNCIL}\n\n{body}\n")
    amendments_and_outcomes = [(m.kind.value == "amendment", m.outcome) for m in motions]
    assert amendments_and_outcomes == [(True, Outcome.DEFEATED), (False, Outcome.CARRIED)]
