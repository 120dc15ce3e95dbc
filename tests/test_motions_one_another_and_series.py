"""Decisions told by "one", "another" or an ordinal standing for the motion noun before it ("Motions on A and B
were carried. One on C was lost.", "One was carried, the other was lost"), and a series of decisions each with its
own "to" ("agreed to A, to B, and to C"). Pages written for these tests in several voices (an NEC member's
write-up, union and council minutes, a CLP bulletin, a news report), with negatives; none is quoted from a real
page.
"""

from __future__ import annotations

import pytest

from nec_extract import extract
from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, U, W = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.UNKNOWN, Outcome.WITHDRAWN


def outcomes(page: str) -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # CLP bulletin: the third item in a sentence of its own
        ("CLP bulletin, May\n\nMotions on rail and on the NHS were carried. One on Trident was lost.", [C, C, D]),
        # union minutes: "another", set off by commas
        (
            "Branch committee minutes\n\nThe motions on casework and on the newsletter were agreed. Another, on "
            "affiliation fees, fell.",
            [C, C, D],
        ),
        # NEC write-up: "a third" with what it called for
        (
            "NEC report, June\n\nTwo rule changes from the organisation committee went through. A third, calling "
            "for a lower quorum, was sent back.",
            [C, C, R],
        ),
        # news report: in the same sentence, after a semicolon and after "but"
        (
            "Council backs rail motion\n\nThe motion on the rail link was carried; the one on parking charges was "
            "lost.",
            [C, D],
        ),
        (
            "Union executive report\n\nMotions on pay and on pensions were carried, but one on the levy was lost.",
            [C, C, D],
        ),
    ],
)
def test_one_or_another_stands_for_the_motion_before_it(page: str, expected: list[Outcome]) -> None:
    assert outcomes(page) == expected


@pytest.mark.parametrize(
    "page",
    [
        "Branch committee minutes\n\nMembership rose again this year. One in five members is now under 30.",
        "NEC report, June\n\nWe had a long discussion about the regions. The other was lost in the post.",
        "CLP bulletin, May\n\nThe quiz was a great success. One of the teams won a hamper.",
    ],
)
def test_one_with_no_motion_before_it_is_no_decision(page: str) -> None:
    assert outcomes(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch committee minutes\n\nTwo motions were heard. One was carried, the other was lost.", [C, D]),
        ("NEC report, June\n\nWe debated two amendments. One, from Unite, was accepted; the other fell.", [C, D]),
        ("Council minutes, 3 May\n\nTwo motions were debated. One, on rail, was carried, the other lost.", [C, D]),
        # "the other two", "the other three": the rest counted by a number
        ("Union executive report\n\nThree amendments were moved. One was withdrawn and the other two fell.", [W, D, D]),
        ("CLP minutes, 4 June\n\nWe had four motions. One was lost; the other three were carried.", [D, C, C, C]),
        # counted and shared out in one sentence
        ("NEC report, June\n\nFour motions were debated; two were carried and two were lost.", [C, C, D, D]),
        ("Council minutes, 3 May\n\nWe considered three amendments: two were accepted and one fell.", [C, C, D]),
        (
            "Union news\n\nFive motions came before the executive; four were passed and one was withdrawn.",
            [C] * 4 + [W],
        ),
    ],
)
def test_each_of_two_items_named_in_turn_keeps_its_own_result(page: str, expected: list[Outcome]) -> None:
    assert outcomes(page) == expected


def test_items_named_in_turn_without_results_of_their_own_take_the_count_s() -> None:
    page = (
        "Trades council report\n\nThe meeting carried two emergency resolutions. One condemned the closure of the "
        "library, the other called on the council to keep the baths open."
    )
    assert outcomes(page) == [C, C]


@pytest.mark.parametrize(
    "page",
    [
        "Branch meeting, 14 March\n\nThe meeting agreed to send £100 to the strike fund, to write to our MP about "
        "the closure, and to hold a stall on Saturday.",
        "Council minutes, 3 May\n\nThe council resolved to adopt the plan, to consult residents on the second "
        "phase and to review it within a year.",
        "NEC report, June\n\nWe agreed to open the selections, to set a timetable, and to ask the regions for a "
        "report.",
    ],
)
def test_a_series_of_decisions_each_with_its_own_to_is_one_each(page: str) -> None:
    assert outcomes(page) == [C, C, C]


def test_an_aside_in_the_passive_is_part_of_the_decision_before_it() -> None:
    page = (
        "NEC report, June\n\nThe NEC agreed to give £500 to the appeal, to be paid from reserves, and to write to "
        "the minister."
    )
    assert outcomes(page) == [C, C]


@pytest.mark.parametrize(
    "page",
    [
        "Branch committee minutes\n\nThe proposed merger of the two branches was rejected.",
        "NEC report, June\n\nThe request for extra funding for the regions was turned down.",
        "Council minutes, 3 May\n\nThe idea of a levy on councillors was voted down after a short debate.",
        "Party board report\n\nCalls for a special conference were rejected by a large majority.",
    ],
)
def test_a_thing_rejected_at_the_meeting_is_a_decision_without_a_motion_noun(page: str) -> None:
    assert outcomes(page) == [D]


@pytest.mark.parametrize(
    "page",
    [
        "Union executive report\n\nOur pay claim was rejected by the employers last month.",
        "CLP bulletin, May\n\nThe council's plans were rejected by the planning inspector in 2019.",
    ],
)
def test_a_thing_rejected_by_another_body_is_no_decision_of_the_meeting(page: str) -> None:
    assert outcomes(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report, June\n\nA bid to reopen the timetable was seen off by 22 votes to 12.", [D]),
        ("Union executive report\n\nThe left's amendment was comfortably seen off.", [D]),
        ("Branch committee minutes\n\nThe proposal for a second social was dropped.", [Outcome.WITHDRAWN]),
        ("Council minutes, 3 May\n\nThe motion on parking charges will come back next month.", [Outcome.DEFERRED]),
        (
            "CLP bulletin, May\n\nThe amendment on selections was held over and will return next meeting.",
            [Outcome.DEFERRED],
        ),
    ],
)
def test_more_words_for_a_result(page: str, expected: list[Outcome]) -> None:
    assert outcomes(page) == expected


@pytest.mark.parametrize(
    "page",
    [
        "Branch committee minutes\n\nMembership dropped by 5,000 over the year.",
        "NEC report, June\n\nThe charges against the councillor were dropped by the police in May.",
    ],
)
def test_dropping_that_is_no_result(page: str) -> None:
    assert outcomes(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "NEC report, June\n\nI moved a motion to restore the rebate to CLPs that was cut back in 2021. It lost "
            "10 votes to 23.",
            [D],
        ),
        (
            "Council minutes, 3 May 2024\n\nCllr Hale moved that the grant, which was frozen in 2019, be raised by "
            "5%. Carried.",
            [C],
        ),
    ],
)
def test_a_year_inside_a_clause_on_the_item_does_not_date_the_motion(page: str, expected: list[Outcome]) -> None:
    assert outcomes(page) == expected


def test_a_motion_agreed_in_an_earlier_year_is_not_this_meeting_s() -> None:
    page = extract("NEC report, June 2023\n\nThe NEC agreed the code of conduct in 2019.", "test.txt")
    assert [m for r in page.reports for m in r.motions] == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Executive news\n\nMotion 63 (affiliation to the climate network) – held over to December.",
            [Outcome.DEFERRED],
        ),
        ("Council minutes, 3 May\n\nItem 4 (the parks budget) – deferred to March.", [Outcome.DEFERRED]),
    ],
)
def test_a_labelled_item_moved_to_a_month_is_no_undertaking(page: str, expected: list[Outcome]) -> None:
    assert outcomes(page) == expected


def test_a_person_agreeing_to_do_something_is_still_an_undertaking() -> None:
    assert outcomes("Branch committee minutes\n\nThe chair agreed to look at it again.") == []


@pytest.mark.parametrize(
    ("page", "mover"),
    [
        (
            "Trades council report\n\nPooja Mistry (NEU) moved that the council affiliate to the campaign. Carried.",
            "Pooja Mistry",
        ),
        (
            "Council minutes, 3 May\n\nCllr Ann Hale (Labour, Riverside) moved the motion, which was carried.",
            "Ann Hale",
        ),
        (
            "Branch committee minutes\n\nJo Bloggs (Unite) proposed a donation of £100 to the appeal. Agreed.",
            "Jo Bloggs",
        ),
    ],
)
def test_a_mover_with_an_affiliation_in_brackets_moves(page: str, mover: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [C] and motions[0].movers == [mover]


@pytest.mark.parametrize(
    "page",
    [
        "Green Party report\n\nA motion from Wessex delegates asking for a review was still being debated when I left.",
        "CLP bulletin, May\n\nThe emergency motion on the bus cuts was being debated when the meeting ran out of time.",
    ],
)
def test_a_motion_still_being_debated_was_put_with_no_result_yet(page: str) -> None:
    assert outcomes(page) == [U]


@pytest.mark.parametrize(
    "page",
    [
        "Executive news\n\nFull minutes will go up on the members' area once they have been approved next month.",
        "Council minutes, 3 May\n\nWhen the budget has been agreed, officers will publish it.",
        "Branch committee minutes\n\nThe rota will start as soon as it has been approved by the officers.",
    ],
)
def test_a_result_awaited_in_a_clause_of_time_is_none_yet(page: str) -> None:
    assert outcomes(page) == []


def test_a_result_told_with_now_that_is_the_meeting_s() -> None:
    assert outcomes("NEC report, June\n\nNow that the budget has been approved, work can start.") == [C]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report, June\n\nI abstained on the motion to move the youth conference. It was carried anyway.", [C]),
        ("Green Party report\n\nI abstained on the amendment on fees. It fell by two votes.", [D]),
    ],
)
def test_the_author_s_abstention_on_an_item_puts_it_for_the_result_after(page: str, expected: list[Outcome]) -> None:
    assert outcomes(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Union executive minutes\n\nThe executive considered three emergency motions. Two were agreed; the third "
            "was referred to the organising committee.",
            [C, C, R],
        ),
        ("CLP report\n\nThe GC debated three motions. The first two were carried and the third fell.", [C, C, D]),
        (
            "Council group report\n\nThree amendments were moved. Two were lost; the third, from Cllr Rees, "
            "was carried.",
            [D, D, C],
        ),
        (
            "NEC report\n\nWe took three rule changes. Two of them, on trigger ballots and on the youth wing, went "
            "through; the third, on the freeze date, was withdrawn.",
            [C, C, W],
        ),
        (
            "Branch minutes\n\nFour motions were debated. The first two were carried and the last two fell.",
            [C, C, D, D],
        ),
    ],
)
def test_items_counted_together_are_shared_out_by_ordinal_and_first_or_last_counts(
    page: str, expected: list[Outcome]
) -> None:
    assert outcomes(page) == expected


def test_an_ordinal_out_of_turn_shares_nothing_out() -> None:
    """ "the second" after two are shared already names no item left: no share is guessed."""
    page = "CLP report\n\nThe GC debated three motions. Two were carried and the second fell."
    assert outcomes(page) == [U, U, U]
