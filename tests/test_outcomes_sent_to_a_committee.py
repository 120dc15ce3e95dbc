"""An item the meeting votes or agrees to send to a committee, a panel or its officers ("Council voted to send it
to the Accommodation Committee to be reworked") is remitted; sending a thing to members or a minister is not.
Sentences written for these tests, in students' union, branch, council and NEC voices."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes.outcomes import find_outcomes
from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "Union Council – Tuesday 3 October 2023",
            "Motion 4 was proposed by Callum Reid. Council voted to send it to the Accommodation Committee to be "
            "reworked.",
        ),
        (
            "Branch committee minutes, 2 April 2024",
            "Jo Hart moved a motion on rotas. The committee voted to send it back to the health and safety working "
            "group.",
        ),
        (
            "NEC report – 23 January 2024",
            "Unison tabled a rule change on quorums. We voted to send the proposal on to the Organisation Committee.",
        ),
    ],
)
def test_an_item_sent_to_a_committee_is_remitted(heading: str, body: str) -> None:
    assert [m.outcome for m in titled_page_motions(f"{heading}\n\n{body}\n")] == [Outcome.REMITTED]


@pytest.mark.parametrize(
    "sentence",
    ["Council voted to send a letter to the minister.", "The branch voted to send it to every member by email."],
)
def test_a_thing_sent_elsewhere_is_no_remittal(sentence: str) -> None:
    assert all(o.outcome is not Outcome.REMITTED for o in find_outcomes(sentence))
