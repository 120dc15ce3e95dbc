"""A bare result on the line right under an agenda item's heading decides that item, also when the heading names
no motion: a council's planning application ("23/060 – Old Depot, demolition" / "Deferred for a site visit."), a
coded union item, a CLP's numbered business. The report's own heading is never that item. Pages written for these
tests; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, F = Outcome.CARRIED, Outcome.DEFERRED


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Planning Committee minutes\n\n23/060 – Old Depot, demolition\nDeferred for a site visit.", [F]),
        ("Branch executive minutes\n\nEC/24/07 Affiliation to the food bank network\nAgreed unanimously.", [C]),
        (
            "Licensing Sub-Committee minutes\n\n12/24 – The Anchor, extended hours\nCarried.\n\n"
            "13/24 – The Swan, new licence\nDeferred to the next meeting.",
            [C, F],
        ),
    ],
)
def test_a_bare_result_under_an_agenda_heading(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        # not a result: the item was only noted
        "Planning Committee minutes\n\n23/061 – Tree works, Park Road\nNoted.",
        # a date arranged under the next meeting's heading
        "Branch executive minutes\n\nEC/24/09 DATE OF NEXT MEETING\nAgreed as 23 January 2025.",
        # a sentence of its own, not a heading, above the result
        "Branch minutes\n\nThe secretary read out a letter from the council about the depot.\nNoted.",
    ],
)
def test_no_item_without_a_result_under_a_heading(page: str) -> None:
    assert titled_page_motions(page) == []


def test_the_title_is_never_the_item() -> None:
    page = "Branch committee minutes\n\nAgreed."
    assert titled_page_motions(page) == []


def test_a_list_intro_and_its_bullet_are_no_heading_and_result() -> None:
    page = "Branch minutes\n\nThe branch agreed, after discussion:\n\n- to donate £50 to the strike fund"
    motions = titled_page_motions(page)
    assert [(m.outcome, m.evidence.text) for m in motions] == [(C, "The branch agreed, after discussion:")]
