"""A body written with mixed-case initials, as some parties and unions write their executive ("GPEx" for a Green
Party Executive, "ExCo", "NatEx", "NatCom"), is a body's name as "NEC" or "SEC" is (pages.json body_acronyms): a
heading naming it with a date starts a report dated by it. Not a surname with a capital inside ("McDonald",
"DeCosta") nor a brand's name run together ("LinkedIn"). Pages written for these tests as a party executive's
blog, a union's executive committee minutes and a national committee's notes."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract
from support import titles_and_first_meeting_day

_BODY = "\n\nThe meeting opened with apologies. The treasurer reported a surplus.\n\nThe committee agreed the budget.\n"


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("GPEx Report – MAY 2021", "2021-05"),
        ("ExCo minutes, 3 May 2022", "2022-05-03"),
        ("NatEx meeting – 12 March 2019", "2019-03-12"),
        ("NatCom update, 4 June 2020", "2020-06-04"),
    ],
)
def test_mixed_case_initials_name_the_body_in_a_heading(heading: str, day: str) -> None:
    assert titles_and_first_meeting_day(f"Notes from the party\n\nSome words first.{_BODY}\n{heading}{_BODY}") == (
        [heading],
        day,
    )


@pytest.mark.parametrize(
    "heading",
    ["McDonald – 14 March 2019", "DeCosta notes, 14 March 2019", "LinkedIn – 14 March 2019"],
)
def test_a_name_with_a_capital_inside_names_no_body(heading: str) -> None:
    titles = [report.title for report in extract(f"{heading}{_BODY}").reports]
    assert heading not in titles
