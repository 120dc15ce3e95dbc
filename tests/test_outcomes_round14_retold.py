"""Outcomes and false decisions (round 14, re-told decisions), sentences written for these tests in several styles,
none quoted from a real page or a probe page:

- a decision dated by words with no calendar date to another meeting or time ("At an earlier meeting the NEC
  agreed ...", "Eighteen months ago the board chose ...") is background, not this meeting's;
- another body that sits where the title's body does ("the Scottish Parliament" under a Scottish executive's
  title, "Westmarsh council" under the Westmarsh Labour Group's) is not the meeting: a place word shared with the
  title names no body;
- a result given as the reason for the one before it is another item's ("fell when Motion 1 was carried");
- an outcome word quoted on its own is words of an item ('to delete "withdrawn"'), and "refer to the motion"
  mentions, it does not remit;
- a what-if ("Had the unions voted together, the amendment would have passed") states no vote of its own;
- "The amendment was lost and the motion was then carried": the amendment's result is the first clause's.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes.outcomes import find_outcomes
from nec_extract.models import Outcome
from nec_extract.pipeline import extract
from support import titled_page_motions

C, D, R, W = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.WITHDRAWN


@pytest.mark.parametrize(
    "page",
    [
        "NEC report, 4 May 2023\n\nAt an earlier meeting the NEC agreed to trial online branch meetings.",
        "Federal Board report, 2 October 2024\n\nEighteen months ago the Board chose to hand its powers to a group.",
        "Branch committee, 6 March 2024\n\nTwo years ago the committee voted to merge the branches.",
        "Regional executive minutes, 9 June 2022\n\nAt its previous meeting the executive approved the hardship fund.",
        "NEC report, 4 May 2023\n\nThe closure of the London office was agreed by a previous meeting of the officers.",
    ],
)
def test_a_decision_of_another_meeting_told_by_words_is_background(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report, 4 May 2023\n\nThe NEC agreed to restore the rebate that was cut two years ago.", [C]),
        ("Branch committee, 6 March 2024\n\nThe committee approved the budget, which was drafted weeks ago.", [C]),
    ],
)
def test_this_meetings_decision_on_something_of_the_past_stands(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "Scottish Executive Committee report – 26 November 2022\n\n"
        "The Scottish Parliament recently voted to refer the islands bill back to committee.",
        "Westmarsh Labour Group meeting, 4 February 2024\n\nWestmarsh council agreed its budget with a 4.99% rise.",
        "Welsh Executive Committee report, 3 March 2023\n\nThe Welsh Parliament approved the budget on Tuesday.",
    ],
)
def test_a_body_sitting_where_the_titles_body_does_is_another(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Union executive meeting, 9 May 2019\n\nThe executive council agreed the hardship grant.", [C]),
        ("Scottish Executive Committee report – 26 November 2022\n\nThe Scottish Executive Committee agreed it.", [C]),
    ],
)
def test_the_titles_own_body_named_with_its_words_is_the_meeting(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Motions 4, 5 and 6 fell when Motion 1 was carried.", [D]),
        ("Motion 3 was linked to Motion 2 and so fell once Motion 2 was lost.", [D]),
        ("The second amendment fell because the first had been carried.", [D]),
        ("Resolution 12 was withdrawn after composite A was agreed.", [W]),
        # the next step of the same tale is no reason: both results stand
        ("The amendment was carried, after which the amended motion was carried unanimously.", [C, C]),
        ("The amendment was lost and the motion was carried.", [D, C]),
    ],
)
def test_a_result_given_as_the_reason_is_another_items(sentence: str, expected: list[Outcome]) -> None:
    assert [o.outcome for o in find_outcomes(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Councillor Fry moved an amendment to delete "withdrawn" and insert "paused".', []),
        ("An amendment to replace “rejected” with “noted” was moved by Jo Bell.", []),
        ("An amendment, altered so as to refer to the motion as altered, was moved by Councillor Ellis.", []),
        ("Members referred to the need for more training.", []),
        ("The motion was referred to the policy committee.", [R]),
        ("Her motion was withdrawn.", [W]),
    ],
)
def test_quoted_outcome_words_and_mentions_are_no_outcome(sentence: str, expected: list[Outcome]) -> None:
    assert [o.outcome for o in find_outcomes(sentence)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "NEC report, 4 May 2023\n\nHad the trade union section voted as a bloc, the amendment would have passed.",
        "Branch minutes, 6 March 2024\n\nIf two more members had come, the motion would have been carried.",
        "Group meeting, 9 June 2022\n\nWere the rules different, the proposal would have been adopted.",
    ],
)
def test_a_what_if_states_no_vote(page: str) -> None:
    assert titled_page_motions(page) == []


def test_a_vote_near_missed_is_still_an_item() -> None:
    page = "NEC report, 4 May 2023\n\nThe amendment would have passed with two more votes, but it fell 15-17."
    assert [m.outcome for m in titled_page_motions(page)] == [D]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Full Council minutes, 18 July 2024\n\nCouncillor Hart moved a motion on buses, seconded by Councillor "
            "Osei. Councillor Ellis moved an amendment, seconded by Councillor Ward, to delete the last line. The "
            "amendment was lost and the motion was then carried.",
            [C, D],
        ),
        (
            "Branch minutes, 6 March 2024\n\nJo Bell moved a motion on rents. Sam Ray moved an amendment to it. On "
            "being put, the amendment was declared lost, and the motion was carried.",
            [C, D],
        ),
        (
            "Full Council minutes, 18 July 2024\n\nCouncillor Hart moved a motion on buses, seconded by Councillor "
            "Osei. Councillor Ellis moved an amendment, seconded by Councillor Ward, to delete the last line. The "
            "amendment was carried, and the amended motion was then agreed.",
            [C, C],
        ),
    ],
)
def test_the_amendment_named_first_takes_the_first_result(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "Federal Board report, 2 October 2024\n\nLast summer, the Board changed how it works. The Board decided to "
        "delegate most of its powers to a small group.",
        "Branch committee, 6 March 2024\n\nSome background. The committee agreed in principle to merge with the "
        "Northside branch, and the members voted for it.",
        "NEC report, 4 May 2023\n\nTwo years ago the NEC set up a review of selections. It was approved by 20 votes "
        "to 9 after a long debate.",
    ],
)
def test_a_paragraph_opened_at_another_time_tells_background(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Federal Board report, 2 October 2024\n\nLast summer, the Board changed how it works. At this meeting "
            "the Board voted to end the arrangement.",
            [C],
        ),
        (
            "NEC report, 4 May 2023\n\nTwo years ago the NEC set up a review of selections. Its final report was "
            "agreed today.",
            [C],
        ),
        (
            "NEC report, 4 May 2023\n\nLast year the NEC set up a review of selections.\n\nThe NEC agreed its "
            "final report.",
            [C],
        ),
    ],
)
def test_back_at_the_meeting_or_in_a_new_paragraph_it_decides(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Motion 11, on paid time off for reps, went down, with us voting against.", [D]),
        ("Motion 11 went down.", [D]),
        ("Resolution 4, from the North branch, went down heavily.", [D]),
        ("Membership went down by 2,000 over the year.", []),
        ("The speech went down well with delegates.", []),
    ],
)
def test_an_item_that_went_down_after_its_aside_was_defeated(sentence: str, expected: list[Outcome]) -> None:
    assert [o.outcome for o in find_outcomes(sentence)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "NEC report, 4 May 2023\n\nThe staff report on the trial was presented and noted. A fuller paper will come "
        "back in July.",
        "Branch minutes, 6 March 2024\n\nThe treasurer's update was received. A more detailed report is to be brought "
        "back to the next meeting.",
        "Union executive minutes, 9 June 2022\n\nMembers discussed the pay survey, and a new paper on options will "
        "return in September.",
    ],
)
def test_a_new_paper_promised_defers_nothing(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "NEC report, 4 May 2023\n\nThe paper on the trial was deferred and will come back in July.",
        "Branch minutes, 6 March 2024\n\nThe motion on rents will come back to the next meeting.",
    ],
)
def test_the_item_itself_coming_back_is_deferred(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.DEFERRED]


@pytest.mark.parametrize(
    "page",
    [
        "Holmbrook Labour Group meeting, 3 March 2025\n\nThe Lib Dems have tabled a motion on parking charges for "
        "March council.",
        "Ashby Labour Group notes, 9 June 2022\n\nThe Greens have put down a motion for full council on tree felling.",
        "Branch committee, 6 March 2024\n\nA motion on the depot was submitted for the next council meeting by the "
        "Independents.",
    ],
)
def test_a_motion_for_a_council_meeting_is_not_put_to_the_group(page: str) -> None:
    assert titled_page_motions(page) == []


def test_the_group_deciding_its_stance_on_it_is_its_decision() -> None:
    page = (
        "Holmbrook Labour Group meeting, 3 March 2025\n\nThe Lib Dems have tabled a motion on parking charges for "
        "March council. The group agreed nem con to oppose it."
    )
    assert [m.outcome for m in titled_page_motions(page)] == [C]


def test_a_motion_moved_at_the_meeting_for_conference_is_put() -> None:
    page = "Hillside CLP GC, 6 June 2023\n\nJo Bell moved a motion for conference on housing. It was carried."
    assert [m.outcome for m in titled_page_motions(page)] == [C]


def _results(page: str) -> list[tuple[Outcome, tuple[int | None, bool] | None]]:
    return [(m.outcome, (m.vote.for_, m.vote.unanimous) if m.vote else None) for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Full Council minutes, 18 July 2024\n\nCouncillor Brennan moved, and Councillor Ahmed seconded, that the "
            "library cuts be withdrawn. Councillor Fry moved an amendment, seconded by Councillor Lowe, to pause them "
            "instead. Upon the amendment being put it was carried, and on becoming the substantive motion it was "
            "carried unanimously.",
            [(C, (None, True)), (C, None)],
        ),
        (
            "Branch minutes, 6 March 2024\n\nJo Bell moved a motion on rents. Sam Ray moved an amendment to add a rent "
            "cap. The amendment was carried 9-4, and the substantive motion was then carried by 12 votes to 3.",
            [(C, (12, False)), (C, (9, False))],
        ),
        (
            "Branch minutes, 6 March 2024\n\nJo Bell moved a motion on rents. Sam Ray moved an amendment to add a rent "
            "cap. The amendment fell, and the original motion was carried.",
            [(C, None), (D, None)],
        ),
    ],
)
def test_the_substantive_motions_result_after_the_amendments(
    page: str, expected: list[tuple[Outcome, tuple[int | None, bool] | None]]
) -> None:
    assert _results(page) == expected


def _tallies(page: str) -> list[tuple[int | None, int | None, int | None, bool]]:
    reports = extract(page).reports
    return [(v.for_, v.against, v.abstentions, v.unanimous) for r in reports for v in r.votes]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Votes for: 18\nVotes against: 6\nAbstentions: 1\nThe motion was carried.", [(18, 6, 1, False)]),
        ("Votes cast for: 18\nVotes cast against: 6\nThe motion was carried.", [(18, 6, None, False)]),
        ("Votes for: 18. Votes against: 6. It was carried.", [(18, 6, None, False)]),
        ("Vote for the road safety scheme: Cllrs Ash and Birch.", []),
    ],
)
def test_tally_lines_labelled_votes_for_and_against(body: str, counts: list[tuple]) -> None:
    assert _tallies(f"Branch meeting, 3 May 2025\n\n{body}\n") == counts


@pytest.mark.parametrize(
    "body",
    [
        "The PLP voted 180 to 20 to suspend the whip.",
        "The TUC General Council voted 30-4 to back the strike.",
        "The Commons voted 320 to 290 to pass the bill.",
        "The House of Lords voted 200-150 to send it back.",
        "the National Policy Forum had already backed the document 45 to 10, we were told.",
    ],
)
def test_a_tally_of_another_body_of_the_movement_is_not_the_meetings(body: str) -> None:
    assert _tallies(f"NEC report, 4 May 2023\n\n{body}\n") == []


@pytest.mark.parametrize(
    ("page", "counts"),
    [
        ("PLP meeting report, 4 May 2023\n\nThe PLP voted 180 to 20 to suspend the whip.\n", [(180, 20, None, False)]),
        ("NEC report, 4 May 2023\n\nThe NEC voted 24 to 6 to back it.\n", [(24, 6, None, False)]),
        ("NPF report, 4 May 2023\n\nThe National Policy Forum voted 45 to 10 to adopt it.\n", [(45, 10, None, False)]),
    ],
)
def test_the_bodys_own_tally_is_listed(page: str, counts: list[tuple]) -> None:
    assert _tallies(page) == counts
