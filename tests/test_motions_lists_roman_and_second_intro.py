"""Lists of decisions (round 15, fates matrix): items marked by lower-case roman numerals ("i)", "(ii)") are list
items like "(a)" and "1."; an intro such as "It was agreed:" opens its own list and does not confirm the item just
before it, also when a list came earlier on the page. Lines written for these tests.
"""

from __future__ import annotations

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


def test_roman_numbered_items_are_one_motion_each() -> None:
    page = (
        "Branch minutes\n\nApologies were noted.\n\nIt was agreed:\ni) the hall booking for the AGM\n"
        "ii) a donation to the food bank\niii) the new leaflet design\n\nThe meeting closed."
    )
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [C, C, C]
    assert "food bank" in motions[1].summary


def test_bracketed_roman_items_are_one_motion_each() -> None:
    page = "NEC report\n\nThe NEC agreed the following:\n(i) the new code of conduct\n(ii) the staffing plan\n"
    assert [m.outcome for m in titled_page_motions(page)] == [C, C]


def test_a_second_list_intro_opens_its_own_list() -> None:
    page = (
        "Council minutes\n\nThe Council approved the following:\n(a) the parking review\n(b) the play area plan\n\n"
        "Members thanked the clerk.\n\nIt was agreed:\n1. the grant to the youth club\n2. the new bin rota\n\n"
        "The meeting ended."
    )
    motions = titled_page_motions(page)
    assert len(motions) == 4
    assert all("Members thanked" not in m.evidence.text for m in motions)


def test_a_lower_case_i_that_is_a_word_is_no_marker() -> None:
    page = "CLP bulletin\n\nApologies were noted.\n\nThe motion on parks was carried.\ni think it went well.\n"
    assert [m.outcome for m in titled_page_motions(page)] == [C]
