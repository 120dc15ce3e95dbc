"""The meeting's body told doing an act that only a decision does, with no outcome word (issue 13, round 15): it
opened nominations, sent a message of support, wrote to a minister, donated to a fund, affiliated to a trades council,
extended a deadline for comments; "we" doing what only the meeting can do ("we suspended the branch"); and the same
acts told in the simple past passive with no one named as doing them ("The fee was raised", "The secretary was
instructed to ..."). Each is a decision of the meeting, carried.

Not decisions: the meeting's own running ("The meeting opened with ...", "the session was suspended"), courtesies
("sent its congratulations"), words ("raised concerns", in a sentence or a bullet), acts a side may do as well as a
body told with "we" ("we wrote to the leader"), an act done by someone named or at another time, or following from
another's act. Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "NEC report – June\n\nThe agenda was long. The NEC opened nominations for the post of youth officer.",
        "Branch committee minutes\n\nAttendance was good. The committee then sent a message of support to the "
        "striking porters at the hospital.",
        "Executive report\n\nThe executive has now written to the transport secretary about the rail timetable.",
        "Ward meeting notes\n\nMembers donated £200 to the foodbank appeal.",
        "General Committee report\n\nUnder any other business, the GC affiliated to the county pensioners' "
        "association.",
        "Board minutes\n\nThe treasurer reported on the budget. The board extended the deadline for comments on the "
        "draft strategy by a month.",
    ],
)
def test_an_act_of_the_body_is_a_decision(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "Union executive minutes\n\nWe suspended the Harbourside branch pending an inquiry.",
        "Branch meeting report\n\nLater in the meeting, we have now raised the subscription for retired members.",
        "Executive report\n\nWe then opened nominations for the two vacant seats.",
    ],
)
def test_we_doing_what_only_the_meeting_can_do(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "Regional board report\n\nThe chair reported on staffing. The Northgate branch was suspended pending a review.",
        "Executive minutes\n\nThe general secretary was instructed to write to every branch about the ballot.",
        "Branch minutes\n\nLater in the meeting, the subscription for unwaged members was lowered to £1.",
        "NEC report\n\nA message of solidarity was sent to the cleaners in dispute at the town hall.",
        "Committee report\n\nThe closing date for applications was extended by two weeks.",
        "Council group report\n\nA donation of £300 was made to the hospice appeal.",
    ],
)
def test_an_act_done_in_the_passive_is_a_decision(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


def test_an_act_done_in_the_passive_is_of_no_item_kind() -> None:
    page = "Executive minutes\n\nThe Eastgate branch was suspended pending an investigation."
    assert [(m.outcome.value, m.kind.value) for m in titled_page_motions(page)] == [("carried", "other")]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe meeting opened the leader's report with a tribute to the staff.",
        "Branch minutes\n\nThe committee sent their congratulations to the new regional director.",
        "Executive report\n\nThe executive raised concerns about the delays in the disputes process.",
        "CLP report\n\nThe GC:\n\n- raised concerns about the state of the website",
        "NEC report\n\nWe wrote to the leader about the timetable.",
        "Branch minutes\n\nThe meeting was suspended for ten minutes while the room was rearranged.",
        "Group report\n\nOur councillor was suspended by the national party.",
        "Executive report\n\nConcerns were raised about the quality of the minutes.",
        "NEC report\n\nThe strike led to the rally being called off and the deadline was extended.",
        "Union executive report\n\nWhen the fee was raised, many members left.",
        "Board report\n\nThe fee was not raised.",
        "Committee report\n\nNominations for the youth seat were opened and will close at the end of May.",
    ],
)
def test_no_act_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nThe quorum for general meetings was set at fifteen.",
        "Union executive report\n\nLater in the meeting, the annual subscription for retired members was fixed at £18.",
        "CLP report\n\nThe delegates' allowance was set at £40 a day.",
    ],
)
def test_a_value_set_in_the_passive_is_a_decision(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe scene was set for a long argument about the budget.",
        "Branch minutes\n\nThe room was set out in rows.",
    ],
)
def test_no_value_set(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Regional Executive Committee report", "The Regional Executive replaced the paper ballot with an online one."),
        ("Scottish Executive Committee minutes", "The Scottish Executive then froze the levy on branches."),
    ],
)
def test_a_body_named_in_the_titles_words_makes_a_change(title: str, sentence: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(f"{title}\n\n{sentence}")] == ["carried"]
