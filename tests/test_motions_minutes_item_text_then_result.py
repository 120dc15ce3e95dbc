"""Minutes that set a motion out as its heading, its text and a bare result line (issue 13, round 16):

- "Motion on parks" / "That this branch opposes ..." / "Carried." : the result under the item's own text is that
  item's, as it is when the result follows the heading directly;
- "Carried as amended." under such an item is its result too (the motion as amended, not another item);
- a bare result in capitals ("CARRIED") under a motion still open settles it; it is not a subheading over the
  numbered items below.

Pages written for these tests (branch, CLP, council and union minutes); none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from nec_extract.pipeline import extract
from support import titled_page_motions


@pytest.mark.parametrize(
    ("body", "outcome", "summary_words"),
    [
        (
            "4. Motion on parks\nThat this branch opposes the sale of any park land.\nCarried.",
            Outcome.CARRIED,
            "parks",
        ),
        (
            "Emergency motion – bus depot\nThat the CLP writes to the council opposing the sale of the depot.\n"
            "Carried as amended.",
            Outcome.CARRIED,
            "bus depot",
        ),
        (
            "Resolution 3: Pay claim\nThis Executive notes the employers' offer.\nThis Executive believes it falls "
            "short of inflation.\nThis Executive resolves to reject it.\nLost.",
            Outcome.DEFEATED,
            "Pay claim",
        ),
        (
            "Motion – Library opening hours\nThat the Group asks the Cabinet to reverse the cut in library hours.\n"
            "Referred to the Policy Committee.",
            Outcome.REMITTED,
            "Library opening hours",
        ),
    ],
)
def test_a_result_under_the_items_own_text_is_that_items(body: str, outcome: Outcome, summary_words: str) -> None:
    found = titled_page_motions(f"Minutes of the meeting held on 4 March 2025\n\nPresent: 9 members.\n\n{body}\n")
    assert len(found) == 1, [m.summary for m in found]
    assert found[0].outcome is outcome
    assert summary_words in found[0].summary
    assert found[0].kind is not MotionKind.AMENDMENT


def test_a_capitals_result_under_an_open_motion_settles_it_and_heads_no_list() -> None:
    page = (
        "Minutes of the Branch Committee, 4 March 2025\n\n"
        "5. Motion on rail fares\nProposed: Ann Lee\nSeconded: Raj Dev\n"
        "That this branch supports public ownership of the railways.\nCARRIED\n\n"
        "6. Motion on library hours\nProposed: Sam Ford\nSeconded: Kim Wu\n"
        "That this branch opposes the cut to library opening hours.\nCarried nem con.\n"
    )
    found = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in found] == [(MotionKind.MOTION, Outcome.CARRIED)] * 2
    assert [m.seconders for m in found] == [["Raj Dev"], ["Kim Wu"]]


@pytest.mark.parametrize(
    "body",
    [
        # the lines between carry a result of their own: the bare result is not the heading's
        "Motion on parks\nThe chair said the earlier motion on allotments had been carried.\nCarried.",
        # a heading that names no item
        "Any other business\nThe secretary will book the hall.\nAgreed.",
    ],
)
def test_a_bare_result_settles_no_heading_past_another_result_or_with_no_item(body: str) -> None:
    found = titled_page_motions(f"Minutes of the meeting held on 4 March 2025\n\n{body}\n")
    assert not any("parks" in m.summary or "Any other business" in m.summary for m in found), [m.summary for m in found]


@pytest.mark.parametrize("result", ["AGREED (as amended)", "AGREED", "Agreed, as amended."])
def test_a_result_in_capitals_under_an_items_text_heads_no_list_below(result: str) -> None:
    page = (
        "Minutes of the Branch Committee, 4 March 2025\n\n4. Motion on parks\n"
        f"That this branch opposes the sale of any park land.\n{result}\n\n5. Any other business\nNone.\n"
    )
    assert [(m.summary, m.outcome) for m in titled_page_motions(page)] == [("on parks", Outcome.CARRIED)]


def test_agreed_over_a_list_with_nothing_open_still_heads_it() -> None:
    page = "Branch minutes, 4 March 2025\n\nAgreed\n1. To book the hall for May.\n2. To pay for 500 leaflets.\n"
    assert len(titled_page_motions(page)) == 2


def test_the_reports_own_title_is_no_item_for_a_result_in_its_paragraphs() -> None:
    page = (
        "Report on the rules review, 3 May 2025\n\n"
        "The meeting was long and the room was hot. It ran an hour over time.\n"
        "It was accepted by everyone that the timetable had slipped.\n"
    )
    assert not [m for m in titled_page_motions(page) if "rules review" in m.summary]


@pytest.mark.parametrize(
    "page",
    [
        "Union executive report\n\nThe executive would not back the strike, but it agreed a ballot of members.",
        "Council group notes\n\nThe group could not agree the budget, but it approved the levy.",
    ],
)
def test_the_reports_title_is_not_the_item_and_it_after_the_body_is_the_body(page: str) -> None:
    found = titled_page_motions(page)
    assert [m.outcome for m in found] == [Outcome.CARRIED]
    assert found[0].summary != page.split("\n\n")[0]


def test_it_in_a_clause_of_time_after_the_body_is_another_meetings() -> None:
    page = (
        "NEC report, 15 July 2014\n\nThe meeting was short.\n\n"
        "The NEC last met in May, when it approved the campaign budget for the election.\n"
    )
    assert [m for r in extract(page, "page.txt").reports for m in r.motions] == []
