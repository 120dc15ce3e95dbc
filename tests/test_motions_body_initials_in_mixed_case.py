"""A body's initials in mixed case in the report's title ("GPEx report", "ExCo minutes", "NatEx update") name the
meeting's own body, as "NEC" does: "GPEx agreed to fund a post" is the meeting's decision. A plural in capitals
("MPs") is no body's name. Pages written for these tests; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.this_meeting.bodies import BODY_INITIALS
from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "GPEx report – June 2024\n\nGPEx agreed to fund a youth organiser post.",
        "ExCo minutes\n\nFollowing a request from the youth section, ExCo agreed to fund a post.",
        "NatEx update, May\n\nNatEx voted to hold a special conference in the autumn.",
    ],
)
def test_mixed_case_initials_in_the_title_are_the_body(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("title", "initials"),
    [
        ("GPEx report – June 2024", ["GPEx"]),
        ("NEC Report", ["NEC"]),
        ("MPs and the whip", []),
        ("McDonald's report to the branch", []),
    ],
)
def test_what_counts_as_initials(title: str, initials: list[str]) -> None:
    assert BODY_INITIALS.findall(title) == initials
