"""Minutes set out a motion, its mover and seconder, its result and its count on lines of their own (round 15,
issues 12 and 13): the seconder's label on the mover's line with only spaces between ("Moved: Jo Hart   Seconded:
Sam Idle"), the shorthand "Prop. ... Sec. ...", a bare "NOT AGREED.", counts after their labels on one line ("For 9
Against 2 Abs 1"), and counts in brackets alone under the result ("CARRIED." / "(9:2:1)"). Pages written for these
tests in the styles of union branch, CLP, council and party minutes, with negatives; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.sentence.people import find_people
from nec_extract.extractors.votes import extract_votes
from nec_extract.models import Outcome
from support import report_context, titled_page_motions
from support import speaker_names as names

C, D = Outcome.CARRIED, Outcome.DEFEATED
HEAD = "Branch minutes, 14 May 2025\n\nPresent: nine members.\n\n"


def _counts(body: str) -> list[tuple[int | None, int | None, int | None]]:
    text = HEAD + body
    votes = extract_votes(report_context(text, title=text.split("\n\n", 1)[0]))
    return [(v.for_, v.against, v.abstentions) for v in votes]


@pytest.mark.parametrize(
    "line",
    [
        "Moved: Jo Hart   Seconded: Sam Idle",
        "Proposed: Cllr Jo Hart Seconded: Cllr Sam Idle",  # a council's
        "PROPOSED: Jo Hart SECONDED: Sam Idle",
        "Prop. Jo Hart, Sec. Sam Idle",  # a union branch's shorthand
        "Moved Jo Hart Seconded Sam Idle",
    ],
)
def test_a_seconder_on_the_movers_line_is_read(line: str) -> None:
    people = find_people(line)
    assert (people.movers, people.seconders) == (["Jo Hart"], ["Sam Idle"])


@pytest.mark.parametrize(
    "line",
    ["Jo Hart thanked the Sec. for the papers.", "The Sec. reported on the accounts.", "Sam Idle seconds as a rule."],
)
def test_an_officer_abbreviated_moves_nothing(line: str) -> None:
    people = find_people(line)
    assert (people.movers, people.seconders) == ([], [])


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (
            "Motion: This branch calls on the officers to buy a banner.\n"
            "Moved: Jo Hart   Seconded: Sam Idle\nNOT AGREED.",
            D,
        ),
        ("Motion: This CLP calls for a local campaign on rents.\nNot agreed.", D),
        (
            "Emergency motion – bus cuts\nThis GC resolves to lobby the combined authority.\n"
            "Prop. Ann Lee, Sec. Raj Dev\nCarried.",
            C,
        ),
    ],
)
def test_a_result_line_settles_the_motion_above(body: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(HEAD + body)] == [outcome]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Motion: This branch backs the strike.\nCARRIED. For 9 Against 2 Abs 1", [(9, 2, 1)]),
        ("Motion: This branch backs the strike.\nCarried – For: 9  Against: 2  Abstentions: 1", [(9, 2, 1)]),
        ("Motion: This party backs the plan.\nLost. For 3 Against 8", [(3, 8, None)]),
        ("Motion: This branch backs the strike.\nCarried, 12 for, 3 against.", [(12, 3, None)]),  # counts first
    ],
)
def test_counts_after_their_labels_are_theirs(body: str, counts: list[tuple[int, int, int | None]]) -> None:
    assert _counts(body) == counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Motion: This branch backs the strike.\nCARRIED.\n(9:2:1)", [(9, 2, 1)]),
        ("Motion: This council opposes the closure.\nNOT AGREED.\n(2:12:3)", [(2, 12, 3)]),
        ("Motion: This CLP backs the campaign.\nAgreed. (12/3)", [(12, 3, None)]),
    ],
)
def test_counts_in_brackets_under_a_result_are_its_tally(body: str, counts: list[tuple[int, int, int | None]]) -> None:
    assert _counts(body) == counts


@pytest.mark.parametrize(
    "body",
    [
        "The meeting closed.\n(9:2:1)",  # no result above it
        "Motion: This branch backs the strike.\nThe Chair thanked the mover.\n(19:30)",
    ],
)
def test_bracketed_counts_with_no_result_above_are_no_tally(body: str) -> None:
    assert _counts(body) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Motion on rents.\nProp. Jo Hart, Sec. Sam Idle\nCarried.", {"Jo Hart", "Sam Idle"}),  # a union branch
        (
            "Motion on fares.\nProposer: Cllr Ann Lee, Seconder: Cllr Raj Dev\nLost.",
            {"Ann Lee", "Raj Dev"},
        ),  # a council
        ("Motion on the AGM.\nprop. Bo Kent, sec. Di Marr – agreed.", {"Bo Kent", "Di Marr"}),  # a CLP's lower case
    ],
)
def test_a_role_noun_after_a_comma_opens_the_next_note_not_a_name(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_the_secretary_abbreviated_in_prose_is_no_name() -> None:
    assert "Sec" not in names("Jo Hart thanked the Sec. for the papers and moved the motion on rents.")
