"""A request put to the meeting is an item of kind other, like an application ("The request for a grant to the
youth section was put to the meeting. It was agreed."); a bare negated result ("Not agreed.", "Not carried.") settles
the item put before it, as "Agreed." does (round 15, fates matrix). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
_OPENING = "The chair welcomed members. "


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        (
            "Branch minutes\n\n" + _OPENING + "The request for a grant to the youth section was put to the meeting. "
            "It was agreed.",
            C,
        ),
        ("Council minutes\n\n" + _OPENING + "A request from the tenants' group for a meeting room was approved.", C),
        ("CLP bulletin\n\n" + _OPENING + "Requests for two new ward banners were considered. They were rejected.", D),
    ],
)
def test_a_request_decided_is_a_motion_of_kind_other(page: str, outcome: Outcome) -> None:
    motions = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.OTHER, outcome)]


def test_a_request_made_with_no_decision_is_no_motion() -> None:
    page = "NEC report\n\n" + _OPENING + "The organiser made a request for more canvassers at the weekend."
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\n" + _OPENING + "A motion on hall fees was put to the meeting. Not agreed.",
        "Union executive\n\n" + _OPENING + "The proposal to merge the branches was debated. There were strong views "
        "on both sides. Not carried.",
        "Council minutes\n\n" + _OPENING + "Amendment from Cllr Hale on parking charges. Not agreed.",
    ],
)
def test_a_bare_negated_result_settles_the_item_before(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [D]


def test_a_negated_sentence_with_a_subject_is_not_bare() -> None:
    page = "NEC report\n\n" + _OPENING + "A motion on buses was put to the meeting. Not everyone agreed with it."
    assert all(m.outcome is not D for m in titled_page_motions(page))


@pytest.mark.parametrize(
    "result",
    ["Supported.", "Supported with two abstentions.", "Backed unanimously."],
)
def test_a_bare_supported_settles_the_item_before(result: str) -> None:
    page = "Branch minutes\n\n" + _OPENING + "A motion on hall fees was put to the meeting. " + result
    assert [m.outcome for m in titled_page_motions(page)] == [C]


def test_supported_opening_a_longer_sentence_is_no_result() -> None:
    page = "NEC report\n\n" + _OPENING + "A motion on buses was put. Supported by the unions, it was still lost."
    assert [m.outcome for m in titled_page_motions(page)] == [D]
