"""A list line labelled by its item whose result comes by a pronoun after someone's own vote in the same line ("–
Moving the youth conference to the spring: I abstained; it was carried anyway", "• Affiliation to the housing
campaign: I spoke in favour, but it fell"): the label is the item, settled by that later clause. The two-sentence
form ("...: I abstained. It was carried anyway.") was read already; joined by a semicolon or "but" it was lost.
Found by joining the sentences of the read pages. Lines written for these tests as an NEC member's blog, a
council group's notes and a union branch's bulletin."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("line", "label", "outcome"),
    [
        ("– Moving the youth conference to the spring: I abstained; it was carried anyway.", "youth conference", C),
        ("• A new fee for affiliated societies: I voted against; it passed regardless.", "new fee", C),
        ("– A parking levy for the town centre: the Greens opposed it; it was carried by 30 votes to 12.", "levy", C),
        ("– Affiliation to the housing campaign: I spoke in favour, but it fell.", "housing campaign", D),
    ],
)
def test_the_label_is_the_item_its_later_clause_settles(line: str, label: str, outcome: Outcome) -> None:
    motions = one_report(line).motions
    assert [(label in m.summary, m.outcome) for m in motions] == [(True, outcome)]


def test_two_such_lines_are_two_items() -> None:
    body = (
        "– Moving the youth conference to the spring: I abstained; it was carried anyway.\n"
        "– Closing the regional office: I voted against; it was defeated."
    )
    assert [m.outcome for m in one_report(body).motions] == [C, D]


@pytest.mark.parametrize(
    ("line", "outcomes"),
    [
        ("– Rents: agreed; it goes to the council next.", [C]),  # the label's own result, one item
        ("– The chair's report: I asked about staffing; it was noted.", []),  # noted: no decision
        ("– Next year's conference: Sam said it would be in Leeds, and it was well received.", []),
    ],
)
def test_no_second_item_and_no_item_without_a_result(line: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in one_report(line).motions] == outcomes
