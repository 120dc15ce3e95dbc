"""A page's first heading names its meeting also as notes, a round-up or highlights of the body ("Executive
notes", "Notes from the NEC", "Branch committee round-up", "Regional board highlights"), or as the body's meeting
of a recent week or month ("Last week's executive", "This week's NEC"); not one to come ("Next week's NEC"). The
stamp under such a title is then the report's, and the report stands though its body says nothing of what was
decided. Pages written for these tests as a union branch's news, a CLP bulletin and an NEC member's blog."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_BODY = (
    "\n\nMembers raised concerns about the budget, which has been cut for the third time.\n\n"
    "The chair thanked the staff for their hard work over a difficult period.\n"
)


def _titles(page: str) -> list[str | None]:
    return [report.title for report in extract(page).reports]


@pytest.mark.parametrize(
    "title",
    [
        "Executive notes",
        "Notes from the NEC",
        "Branch committee round-up",
        "Regional board highlights",
        "Last week’s executive",
        "This week’s NEC",
        "Notes from last month’s general committee",
    ],
)
def test_notes_and_recent_meetings_title_the_page(title: str) -> None:
    assert _titles(f"{title}\nPosted 16 March 2019{_BODY}") == [title]


def test_the_stamp_under_such_a_title_is_a_date_of_the_report() -> None:
    report = extract(f"Executive notes\nPosted 16 March 2019{_BODY}").reports[0]
    assert [d.start for d in report.dates] == ["2019-03-16"]


@pytest.mark.parametrize(
    "title",
    [
        "Next week’s NEC",  # a meeting to come
        "Notes on canvassing",  # no body named
        "Highlights of the summer",
    ],
)
def test_no_body_or_a_meeting_to_come_titles_no_report(title: str) -> None:
    assert _titles(f"{title}\nPosted 16 March 2019{_BODY}") == []
