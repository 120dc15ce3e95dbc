"""Decisions (issue 13): a person declared elected, a numbered section heading after a bulleted
list of decisions, and a spokesperson's quoted restatement with words before the colon. Pages written for these
tests in several styles, with negatives; none is quoted from a real page or from the probe pages.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


motions_of = titled_page_motions


# ---------------------------------------------------------------- declared elected


@pytest.mark.parametrize(
    ("page", "who"),
    [
        # CLP minutes: the count, then the result
        (
            "CLP general committee\n\n7. Election of Youth Officer\nTwo members stood for the post. Dev Patel had "
            "18 votes and Sara Lind 9, and Dev was declared elected.",
            "Dev",
        ),
        # students' union / council minutes: "declared elected and ..."
        (
            "Council minutes\n\nNominations: Amy Roe 40, Ben Kay 22. Amy Roe was declared elected and will take the "
            "chair in May.",
            "Amy Roe",
        ),
        # union branch minutes, "duly declared elected"
        ("Branch AGM minutes\n\nWith no other nominations, Tomas Vega was duly declared elected.", "Tomas Vega"),
    ],
)
def test_a_person_declared_elected_is_one_election(page: str, who: str) -> None:
    motions = motions_of(page)
    assert len(motions) == 1
    assert who in motions[0].summary and motions[0].outcome is C


@pytest.mark.parametrize(
    "page",
    [
        # a result declared of something else
        "Branch minutes\n\nThe ballot was declared void and will be rerun in the spring.",
        # elected elsewhere, long ago: no election of this meeting is told after "declared"
        "Union news\n\nThe regional secretary declared that she would not stand again.",
    ],
)
def test_declared_without_elected_is_no_election(page: str) -> None:
    assert not any(m.summary.startswith("election of") for m in motions_of(page))


# ---------------------------------------------------------------- a numbered section after a bulleted list


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "CLP general committee\n\n4. Campaigns\nThe GC agreed:\n• to run a stall on Saturdays;\n• to print "
            "2,000 leaflets.\n\n5. Treasurer's report\nThe treasurer reported a balance of £3,100.",
            2,
        ),
        (
            "Union regional committee\n\nThe committee agreed:\n- to send two delegates to the rally;\n- to "
            "donate £200 to the food bank.\n\n6. Finance\nThe accounts were noted.",
            2,
        ),
    ],
)
def test_a_numbered_heading_after_a_bulleted_list_ends_the_list(page: str, expected: int) -> None:
    motions = motions_of(page)
    assert len(motions) == expected
    assert not any("Treasurer" in m.summary or "Finance" in m.summary for m in motions)


def test_a_list_whose_items_share_one_marker_keeps_them_all() -> None:
    page = (
        "CLP general committee\n\n4. Campaigns\nThe GC agreed:\n• to run a stall on Saturdays;\n• to print "
        "2,000 leaflets;\n• to sell the old banner."
    )
    assert len(motions_of(page)) == 3


# ---------------------------------------------------------------- a spokesperson restating the decisions


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Party news\n\nThe executive voted down the motion on open primaries by 20 votes to 9. A spokesman said "
            'afterwards: "The executive has rejected open primaries, and rightly so."',
            [D],
        ),
        (
            "Union news\n\nThe executive approved the strike ballot. The general secretary told reporters last night: "
            '"Our executive has backed the ballot without hesitation."',
            [C],
        ),
    ],
)
def test_a_quoted_restatement_after_a_few_words_is_no_new_motion(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in motions_of(page)] == expected
