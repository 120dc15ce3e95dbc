"""Two kinds of result (issue 13, round 9): a long clause of reason after the result, whose own verbs are no result of
the item ("held over to March, since the paper arrived late and even the chair accepted that ..."); and an item taken
off the agenda, which was withdrawn. Sentences written for these tests in several styles; none is quoted from a real
page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, W, F = Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN, Outcome.DEFERRED


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        (
            "NEC report\n\nA proposal on trigger ballots was held over to March, since the paper only came the night "
            "before and even the chair accepted that nobody had read it.",
            F,
        ),
        (
            "Council minutes\n\nThe application was deferred because the officers had not been to the site and the "
            "applicant agreed to wait a month.",
            F,
        ),
        (
            "Branch minutes\n\nThe motion on subs was withdrawn by the mover, as the branch secretary had already "
            "written to the region and the region approved the change.",
            W,
        ),
        (
            "Local news\n\nThe plan was rejected after opposition members spent an hour on the costs and the leader "
            "conceded that the figures were out of date.",
            D,
        ),
    ],
)
def test_a_long_reason_after_the_result_is_no_result(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


@pytest.mark.parametrize(
    "page",
    [
        "Political news\n\nA proposal to give the general secretary new powers over selections was pulled from the "
        "agenda by its sponsors before the meeting began.",
        "CLP minutes\n\nThe motion on the twinning link was taken off the agenda at the request of the mover.",
        "Branch minutes\n\nThe emergency motion on the depot was dropped from the agenda.",
        "Council minutes\n\nThe proposal to close the public toilets was removed from the agenda after a petition.",
    ],
)
def test_an_item_taken_off_the_agenda_was_withdrawn(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [W]


def test_a_report_added_to_the_agenda_is_no_withdrawal() -> None:
    page = "CLP minutes\n\nThe secretary's report was added to the agenda and noted."
    assert all(m.outcome is not W for m in titled_page_motions(page))
