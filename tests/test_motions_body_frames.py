"""The meeting's body telling a decision by the frame of its act, with no decision verb (issue 13, round 15): a
direction to someone ("asked the officers to prepare ...", "tasked the organiser with drawing up ..."), money given
("gave £250 to the foodbank"), a call ("called for a public inquiry", "called on the council to ..."). Carried.

Not decisions: a question ("asked the treasurer about ..."), an invitation or leave ("invited the MP to speak"),
thanks given, a call on the meeting's own running ("called for silence"), "we" asking or calling (a side may, not only
the meeting). Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "CLP General Committee report\n\nThe GC asked the officers to prepare a costed plan for the by-election.",
        "Union executive minutes\n\nThe treasurer reported. The executive then told the secretary to book a bigger "
        "hall for the AGM.",
        "Branch committee minutes\n\nLater in the meeting, the committee has now tasked the organiser with drawing "
        "up a canvassing rota.",
        "Ward meeting notes\n\nMembers gave £150 to the hospital radio appeal.",
        "NEC report\n\nThe NEC called for a public inquiry into the collapse of the bus company.",
        "Regional board report\n\nThe board called on the mayor to restore the night buses.",
    ],
)
def test_a_framed_act_of_the_body_is_a_decision(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe NEC asked the treasurer about the state of the reserves.",
        "Branch minutes\n\nThe branch invited the local MP to speak at the next meeting.",
        "Executive report\n\nThe executive gave its thanks to the retiring chair.",
        "CLP report\n\nThe GC called for silence before the count.",
        "NEC report\n\nWe asked the General Secretary to explain the delay.",
        "Group report\n\nWe called for a review of the whipping arrangements.",
    ],
)
def test_no_framed_act_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "Union executive minutes\n\nThe NEC directed the officers to stop all spending on the old website.",
        "Council group report\n\nThe group urged the county council to keep the Millbrook library open.",
    ],
)
def test_a_direction_by_any_verb_of_directing(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nMany times, NEC members urged Ed Thorne to take the Tories on.",
        "Branch minutes\n\nThe branch helped new members to register for the ballot.",
        "Executive report\n\nThe executive wanted the leader to resign.",
    ],
)
def test_no_direction_given(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Branch committee minutes\n\nAmong other business, the committee:\n\n"
            "• tasked the press officer with drafting a new leaflet\n\n"
            "• gave £120 to the refuge appeal\n\n"
            "• heard a report on the summer fair",
            ["carried", "carried"],
        ),
        (
            "CLP report\n\nThe GC:\n\n- asked the secretary to write to the council about the bins\n\n"
            "- called for silence before the count",
            ["carried"],
        ),
    ],
)
def test_framed_acts_in_a_bullet_list_going_on_from_the_body(page: str, expected: list[str]) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "Union executive minutes\n\nThe officers were asked to prepare a costed plan for the new office.",
        "Branch committee report\n\nLater in the meeting, the press officer was tasked with drafting a leaflet.",
        "NEC report\n\nThe General Secretary was told to write to every branch about the new rules.",
    ],
)
def test_someone_directed_in_the_passive(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nMembers were asked to leave the room for the next item.",
        "Executive report\n\nThe chair was invited to speak at the rally.",
        "CLP report\n\nDelegates were encouraged to attend the training day.",
    ],
)
def test_no_one_directed_in_the_passive(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Branch committee minutes\n\nThe committee:\n\n• set the quorum for general meetings at ten\n\n"
            "• closed the meeting at nine",
            ["carried"],
        ),
        ("Ward report\n\nLater in the meeting, £75 was given to the youth football club.", ["carried"]),
        ("Ward report\n\nThe guest speaker was given a warm welcome.", []),
    ],
)
def test_a_value_set_in_a_bullet_and_money_given_in_the_passive(page: str, expected: list[str]) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == expected
