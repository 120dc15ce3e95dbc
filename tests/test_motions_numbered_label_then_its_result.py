"""A numbered minutes line that labels an item ("4.3 From UNISON health branch: NHS privatisation.") and a pronoun
result after it ("This will be taken at the October meeting."): the result is that item's, a motion of its own, not
a second result of the item settled just above (round 22). Pages written here as trades council minutes, a union
branch's minutes and a small party's NEC minutes; a numbered line with its own result is unchanged."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C, F, R = Outcome.CARRIED, Outcome.DEFERRED, Outcome.REMITTED


@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        (
            "4.2 From the retired members: Winter fuel. Moved Joe Penn. Carried with 2 abstentions.\n"
            "4.3 From the health branch: NHS privatisation.\nThis will be taken at the October meeting.",
            [C, F],
        ),
        (
            "5.1 Motion on pay: moved by the secretary. Carried unanimously.\n"
            "5.2 From Eastside ward: the closure of the library.\nThis was referred to the executive.",
            [C, R],
        ),
        (
            "3. Motion on the depot: moved by Ann Lee and agreed.\n"
            "4. Request from the food bank: a donation for the winter appeal.\nThis was agreed.",
            [C, C],
        ),
    ],
)
def test_the_result_under_a_numbered_label_is_its_items(body: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in one_report(body).motions] == outcomes


def test_a_numbered_line_with_its_own_result_is_unchanged() -> None:
    body = "2. Minutes of the last meeting: agreed as a true record.\n3. Treasurer's report: received."
    assert [m.outcome for m in one_report(body).motions] == [C]
