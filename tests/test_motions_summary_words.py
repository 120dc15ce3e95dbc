"""A motion's summary is the proposal in the report's own words (SPEC, Motions): not who moved it, not the result
glued on, not how the vote went, not the line that only introduces it. Sentences written for these tests in the
voices of an NEC write-up, union minutes, council minutes and a CLP report; none is quoted from a real page or a
probe page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _summaries(page: str) -> list[str]:
    return [m.summary for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    ("page", "summary"),
    [
        (
            "Council minutes\n\nIt was moved by Councillor Bright and seconded by Councillor Hall that the Council "
            "fund the lido for another season. Carried.",
            "that the Council fund the lido for another season",
        ),
        (
            "Union minutes\n\nIt was moved by the Treasurer and seconded by the President that the reserves be "
            "invested in the co-operative bank. Agreed.",
            "that the reserves be invested in the co-operative bank",
        ),
        (
            "Council minutes\n\nCouncillor Pike moved and Councillor Shah seconded that the item be deferred. The "
            "motion was lost.",
            "that the item be deferred",
        ),
        (
            "CLP report\n\nJo Marsh moved, and Councillor Evans seconded, the recommendation that the CLP hold its "
            "AGM in March. This was agreed.",
            "that the CLP hold its AGM in March",
        ),
        (
            "Council minutes\n\nCouncillor Holt moved, and Councillor Lowe seconded, the recommendation of the "
            "Cabinet that the budget be approved. The recommendation was carried.",
            "recommendation of the Cabinet that the budget be approved",
        ),
    ],
)
def test_who_moved_it_is_no_part_of_the_summary(page: str, summary: str) -> None:
    assert _summaries(page) == [summary]


@pytest.mark.parametrize(
    ("page", "summary"),
    [
        (
            "Union executive minutes\n\nPat Kerr moved that the union affiliate to the Clean Air Campaign at £300 a "
            "year, and Dana Lowe seconded. Agreed.",
            "that the union affiliate to the Clean Air Campaign at £300 a year",
        ),
        (
            "CLP minutes\n\nSam Ward moved a motion opposing the closure of the Hill Street clinic, and Councillor "
            "Ruth Adler seconded. It was carried.",
            "opposing the closure of the Hill Street clinic",
        ),
        (
            "NEC report\n\nI moved an amendment, seconded by Lena Ortiz, to require a women's place on every "
            "shortlist. It fell.",
            "to require a women's place on every shortlist",
        ),
        (
            "Branch minutes\n\nA motion, seconded by the Treasurer, to buy a new banner was carried.",
            "to buy a new banner",
        ),
    ],
)
def test_the_seconders_aside_is_no_part_of_the_summary(page: str, summary: str) -> None:
    assert _summaries(page) == [summary]


@pytest.mark.parametrize(
    ("page", "summary"),
    [
        ("NEC report\n\nAn amendment to add a ratio cap to the paper fell.", "to add a ratio cap to the paper"),
        (
            "CLP report\n\nSue Hale moved an amendment on the stall rota and withdrew it after the debate.",
            "on the stall rota",
        ),
        ("Branch minutes\n\nKim Lowe moved an amendment on the rota but withdrew it.", "on the rota"),
    ],
)
def test_the_result_is_no_part_of_the_summary(page: str, summary: str) -> None:
    assert _summaries(page) == [summary]


@pytest.mark.parametrize(
    ("page", "summary"),
    [
        (
            "NEC report\n\nWe agreed the timetable for the mayoral selection without a vote.",
            "timetable for the mayoral selection",
        ),
        (
            "Labour group minutes\n\nThe group backed the new allotment policy by 18 votes to 3, with one abstention.",
            "new allotment policy",
        ),
        ("Union minutes\n\nThe executive endorsed the pay strategy with two abstentions.", "pay strategy"),
    ],
)
def test_how_the_vote_went_is_no_part_of_the_summary(page: str, summary: str) -> None:
    assert _summaries(page) == [summary]


@pytest.mark.parametrize(
    ("page", "summary"),
    [
        (
            "CLP report\n\nIt was agreed that anyone who was a member by 1 May should have a vote in the selection.",
            "that anyone who was a member by 1 May should have a vote in the selection",
        ),
        (
            "NEC report\n\nThe NEC agreed to ensure that candidates are not removed by officials alone.",
            "to ensure that candidates are not removed by officials alone",
        ),
        (
            "Council minutes\n\nIt was agreed that the NEC write to every ward that lost councillors in May.",
            "that the NEC write to every ward that lost councillors in May",
        ),
        (
            "Union minutes\n\nThe executive agreed to replace the council with a smaller elected board.",
            "to replace the council with a smaller elected board",
        ),
    ],
)
def test_the_proposals_own_verbs_stay_in_it(page: str, summary: str) -> None:
    assert _summaries(page) == [summary]


@pytest.mark.parametrize(
    ("page", "summary"),
    [
        (
            'Branch minutes\n\nAmy Stone moved, and Raj Patel seconded:\n\n"That the branch donates £200 to the '
            'food bank appeal."\n\nThe motion was carried.',
            "That the branch donates £200 to the food bank appeal",
        ),
        (
            "Council minutes\n\n12. NOTICE OF MOTION - PARKING\nIt was moved by Councillor Fenwick and seconded by "
            'Councillor Okoro:\n"This Council regrets the rise in parking fines. Council resolves to freeze car park '
            'charges for 2025."\nThe motion was put to the vote and was LOST.',
            "Council resolves to freeze car park charges for 2025",
        ),
        (
            'NEC report\n\nThe following motion was moved by Ann Lee:\n"The NEC calls for a review of selection '
            'rules."\nIt was carried.',
            "NEC calls for a review of selection rules",
        ),
        (
            "Students' union council\n\nMotion 2: Extend library opening hours\nProposed by Sam Oduya, seconded by "
            "Lee Tran.\nFor: 20\nAgainst: 3",
            "Motion 2: Extend library opening hours",
        ),
    ],
)
def test_a_motion_introduced_by_its_movers_is_summed_up_by_its_words(page: str, summary: str) -> None:
    assert _summaries(page) == [summary]


def test_the_mover_accepting_an_amendment_is_not_its_summary() -> None:
    page = (
        "Union minutes\n\nThe mover of the motion accepted the amendment on agency staff, and the motion as amended "
        "was carried."
    )
    assert not any(s.startswith("mover") for s in _summaries(page))


@pytest.mark.parametrize(
    ("page", "summary"),
    [
        ("CLP AGM minutes\n\nThe accounts for 2024 were presented and adopted.\n", "accounts for 2024"),
        ("NEC report\n\nThe budget for the coming year was approved.\n", "budget for the coming year"),
        ("Branch minutes\n\nThe branch adopted the report on the pay campaign.\n", "report on the pay campaign"),
        ("Council minutes\n\nThe recommendation that the depot be sold was agreed.\n", "that the depot be sold"),
    ],
)
def test_a_papers_own_noun_stays_before_a_preposition(page: str, summary: str) -> None:
    """ "the accounts for 2024": a paper is named by its noun, which a preposition after it does not replace; the
    clause of a recommendation does ("recommendation that ..." is summed up by the clause)."""
    assert _summaries(page) == [summary]
