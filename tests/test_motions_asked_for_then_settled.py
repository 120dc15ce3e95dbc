"""A proposal told as what someone called, asked or urged for, settled by the next sentence that points back to it
("Jo called for a special meeting. It was rejected."), like one argued for; an impersonal decision with words of its
own after it ("It was agreed that the chair would write") is that decision, not the request's result. And an item
"made" to the meeting ("A proposal was made to merge the branches") is put, its result perhaps later. Sentences
written for these tests in several styles; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nAnn Cole called for a special conference on the rules. It was rejected.", [D]),
        ("Branch minutes\n\nJo asked for a report on the branch finances. This was agreed.", [C]),
        ("Group minutes\n\nCllr Penn urged that the group oppose the car park. It was carried.", [C]),
        ("CLP executive notes\n\nThe women's officer lobbied for a creche at meetings. That was agreed.", [C]),
        # the body's own verb with nothing after it
        ("Trades council minutes\n\nA delegate called for a march on May Day. Members agreed.", [C]),
        ("NEC report\n\nWe argued for a ballot of all members. The NEC agreed unanimously.", [C]),
        # minutes' bare result, in the next sentence or after a dash
        ("Trades council minutes\n\nThe treasurer asked for authority to pay the hall hire in advance. Agreed.", [C]),
        ("Branch minutes\n\nThe secretary requested a budget for leaflets – agreed.", [C]),
        ("Group minutes\n\nCllr Penn suggested a joint rally with the trades council – not agreed.", [D]),
    ],
)
def test_a_request_settled_by_the_next_sentence(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "summary_start"),
    [
        ("NEC report\n\nJo argued for a ballot. It was agreed that the office would close.", "that the office"),
        (
            "Branch minutes\n\nSam asked for clarification on the timetable. It was agreed that the chair would write "
            "to him.",
            "that the chair",
        ),
    ],
)
def test_an_impersonal_decision_of_its_own_is_no_result_of_the_request(page: str, summary_start: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [C]
    assert motions[0].summary.startswith(summary_start)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Executive minutes\n\nA proposal was made to merge the two branches.", [U]),
        ("Council group notes\n\nA proposal was made by the whip to hold group meetings online. Members agreed.", [C]),
        ("Union branch minutes\n\nA motion was made for a ballot on the pay offer. It was carried.", [C]),
    ],
)
def test_an_item_made_to_the_meeting_is_put(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nJo asked for an update on the election. It was not available yet.",
        "NEC report\n\nAnn Cole called for calm in the debate. The discussion went on for an hour.",
    ],
)
def test_a_request_nothing_settles_is_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []


def test_a_bare_result_settles_the_motion_still_open_before_an_argument() -> None:
    page = "Branch minutes\n\nJo Hart moved a motion on rail fares. We argued for a ballot first. Agreed."
    motions = titled_page_motions(page)
    assert [(m.outcome, m.movers) for m in motions] == [(C, ["Jo Hart"])]
