"""Two decisions set against each other (round 17): a clause after a contrast word with its own result (", whereas
the one on Y was passed", ", though the amendment was withdrawn", ", however motion 5 went through"), a clause that
opens the sentence with one ("Although the GC rejected X, it passed Y", "While we referred back X, we carried Y"),
an ordinal told after one ("The first motion fell but the second was carried"), and a sentence that opens with one
("However, the one on Y was postponed"). Each decision is one motion. Negatives: a contrast with no result of its
own, a concession of another body or time ("Although conference agreed X in 2019, ..." leaves the main clause this
meeting's, and adds none). Every sentence is written for these tests, in union, branch, council and NEC voices."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
BRANCH = "General Committee report, 14 May 2024"
COUNCIL = "Minutes of the Resources Committee, 8 July 2024"
NEC = "NEC Report – 21 March 2023"


def outcomes(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\nThe chair welcomed everyone.\n\n{body}\n\nThe meeting closed at 9pm.\n", "p.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


JOINED = [
    ("Motion 7 on branch boundaries was lost, however motion 8 on the newsletter was carried.", UNION),
    ("The GC threw out the motion on selections, whereas the one on CLP funding was passed.", BRANCH),
    ("The motion on bus lanes was carried, though the amendment on parking was withdrawn.", COUNCIL),
    ("The rule change on quorums was agreed, although the one on term limits was voted down.", NEC),
]


INSIDE_A_CLAUSE = [
    ("Motion 12 fell; motion 13, however, passed easily.", UNION, ["defeated", "carried"]),
    (
        "The amendment on fares was agreed; the one on parking, however, was sent back to officers.",
        COUNCIL,
        ["carried", "remitted"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), INSIDE_A_CLAUSE)
def test_a_contrast_adverb_inside_a_clause_cuts_nothing(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


@pytest.mark.parametrize(("body", "title"), JOINED)
def test_a_clause_after_a_contrast_word_is_a_decision_of_its_own(body: str, title: str) -> None:
    assert len(outcomes(body, title)) == 2


OPENING = [
    (
        "Although the GC rejected the motion on the hospital, it passed the motion on the library.",
        BRANCH,
        ["defeated", "carried"],
    ),
    (
        "While the executive turned down the levy, it agreed a voluntary appeal to branches.",
        UNION,
        ["defeated", "carried"],
    ),
    (
        "Whilst we referred back the motion on the pay claim, we carried the rule change on deputies.",
        UNION,
        ["remitted", "carried"],
    ),
    (
        "Although the first motion, on the depot, was lost, the committee approved the budget amendment.",
        COUNCIL,
        ["defeated", "carried"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), OPENING)
def test_an_opening_contrast_of_the_body_is_its_own_decision(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


ORDINALS = [
    ("The first motion fell but the second was carried comfortably.", NEC, ["defeated", "carried"]),
    ("The first amendment, on fares, was agreed; however, the second was lost.", COUNCIL, ["carried", "defeated"]),
    ("The first of the two resolutions failed, though the other was endorsed.", UNION, ["defeated", "carried"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), ORDINALS)
def test_an_ordinal_after_a_contrast_word_is_the_next_item(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


SENTENCES = [
    ("Motion 3 on rents was approved. However, the one on repairs was postponed.", COUNCIL, ["carried", "deferred"]),
    (
        "We turned down the proposal on a hardship fund. In contrast, the one on crèche costs was carried.",
        BRANCH,
        ["defeated", "carried"],
    ),
    (
        "The first motion, on pensions, was agreed. On the other hand, the second was remitted.",
        UNION,
        ["carried", "remitted"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), SENTENCES)
def test_a_sentence_opening_with_a_contrast_names_its_own_item(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


ONE = [
    ("The motion on rents was carried, although two members spoke against it.", UNION, ["carried"]),
    ("The budget was approved, though the debate ran late into the evening.", COUNCIL, ["carried"]),
    ("Although conference agreed open selections in 2019, the NEC deferred the new timetable.", NEC, ["deferred"]),
    (
        "Although the regional board approved the plan in July, the GC voted to write to the board about it.",
        BRANCH,
        ["carried"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), ONE)
def test_a_contrast_with_no_decision_of_the_meeting_adds_none(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


BACKGROUND_OPENING = [
    (
        "While the national executive rejected the idea two years ago, the GC agreed the motion on open selections.",
        BRANCH,
        ["carried"],
    ),
    (
        "Although the previous council turned down a similar scheme, the committee approved the parking permits.",
        COUNCIL,
        ["carried"],
    ),
    (
        "Whilst the TUC had backed the plan last spring, we voted down the amendment on affiliation fees.",
        UNION,
        ["defeated"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), BACKGROUND_OPENING)
def test_a_background_opening_leaves_the_main_clause_this_meetings(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


NOT_BUT = [
    ("The NEC backed not a strike but an overtime ban.", NEC, ["carried"]),
    ("Members supported not a boycott but a lobby of the council.", BRANCH, ["carried"]),
    ("The executive agreed not a levy but a voluntary appeal to branches.", UNION, ["carried"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), NOT_BUT)
def test_not_one_thing_but_another_is_one_decision_carried(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


def test_a_negated_stance_on_no_proposal_stays_out() -> None:
    assert outcomes("The NEC did not back the strike.", NEC) == []


DATES_NOTHING = [
    ("Members voted against the proposed merger, though they backed a joint campaign.", BRANCH, ["defeated"]),
    ("Although the motion fell, the branch agreed to write to the MP.", BRANCH, ["defeated", "carried"]),
    ("While the count went on, the committee agreed to publish the consultation responses.", COUNCIL, ["carried"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), DATES_NOTHING)
def test_a_clause_set_against_a_decision_does_not_date_it(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


def test_a_clause_of_time_still_dates_the_decision() -> None:
    assert outcomes("When the report came out in 2019, we decided to hold a ballot.", UNION) == []


PAIRS = [
    ("One motion was carried but the other was lost.", NEC, ["carried", "defeated"]),
    ("One amendment was accepted; the other was withdrawn by its mover.", COUNCIL, ["carried", "withdrawn"]),
    ("One resolution was endorsed, whereas the other was remitted to the executive.", UNION, ["carried", "remitted"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), PAIRS)
def test_the_other_of_a_pair_is_an_item_of_its_own(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


def test_the_other_with_no_pair_before_is_no_motion() -> None:
    assert outcomes("Members talked about the two campaigns. The other was lost in the post.", BRANCH) == []


COUNTED_PAIRS = [
    ("Two emergency motions were heard: one was passed, the other fell.", UNION, ["carried", "defeated"]),
    (
        "Three rule changes came before the NEC: one was carried, one was remitted and one fell.",
        NEC,
        ["carried", "remitted", "defeated"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), COUNTED_PAIRS)
def test_one_and_the_other_of_items_counted_take_their_own_results(body: str, title: str, expected: list[str]) -> None:
    assert sorted(outcomes(body, title)) == sorted(expected)


def test_one_of_a_kind_of_vote_is_no_item() -> None:
    assert outcomes("The vote was close: one abstention decided it.", BRANCH) == []


@pytest.mark.parametrize(("body", "title", "expected"), NOT_BUT[:2])
def test_not_one_thing_but_another_after_two_spaces(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body.replace(" not ", " not  "), title) == expected
