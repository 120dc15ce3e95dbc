"""The names a report gives its own body: initials from its title, not the ordinary words of a title in capitals;
and the patterns built only from the names the page uses."""

from __future__ import annotations

from datetime import date

import pytest

from nec_extract.extractors.motions.this_meeting.bodies import meeting_body
from nec_extract.page.context import ReportContext
from support import report_context


def _report(title: str, body: str) -> ReportContext:
    return report_context(f"{title}\n\n{body}\n", title=title, meeting="2024-05-09", published=date(2024, 5, 10))


@pytest.mark.parametrize(
    ("title", "body", "names", "not_names"),
    [
        (
            "MINUTES OF THE ANNUAL MEETING OF THE BRANCH",
            "The treasurer took members through the accounts of the year.",
            (),
            ("OF", "THE"),
        ),
        ("NEC REPORT MAY 2024", "The NEC may meet again in June. Its report was noted.", ("NEC",), ("MAY", "REPORT")),
        ("SEC AND WEC JOINT MEETING", "The SEC and the WEC agreed the timetable.", ("SEC", "WEC"), ("AND",)),
        ("UNISON NEC, 9 May", "Members voted to back the ballot.", ("NEC", "UNISON"), ()),
    ],
)
def test_capitals_the_page_also_writes_in_lower_case_are_words_not_names(
    title: str, body: str, names: tuple[str, ...], not_names: tuple[str, ...]
) -> None:
    found = meeting_body(_report(title, body)).names
    assert set(names) <= set(found)
    assert not set(not_names) & set(found)


def test_a_name_the_page_never_uses_is_kept_but_left_out_of_the_patterns() -> None:
    body = meeting_body(_report("Report of the Welsh Executive Committee, 9 May", "The committee agreed the plan."))
    assert "WEC" in body.names  # the initials still tell "the Welsh Executive Committee" for ours
    assert body.on_page == ()
    assert body.decision().search("The committee agreed the plan.")
    used = meeting_body(_report("Report of the Welsh Executive Committee, 9 May", "The WEC agreed the plan."))
    assert used.on_page == ("WEC",)
    assert used.decision().search("The WEC agreed the plan.")
