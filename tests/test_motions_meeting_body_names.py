"""The names a report gives its own body: initials from its title, not the ordinary words of a title in capitals;
and the patterns built only from the names the page uses."""

from __future__ import annotations

import re
from datetime import date

import pytest

from nec_extract.extractors.motions.this_meeting.bodies import MeetingBody, _decision_regex, _subject, meeting_body
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
    assert body.decision("The committee agreed the plan.").search("The committee agreed the plan.")
    used = meeting_body(_report("Report of the Welsh Executive Committee, 9 May", "The WEC agreed the plan."))
    assert used.on_page == ("WEC",)
    assert used.decision("The WEC agreed the plan.").search("The WEC agreed the plan.")


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(found.span(), found.groupdict()) for found in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The SEC agreed to fund the coach to the rally.",  # the name, a decision verb after it
        "After a long debate the SEC, by a narrow margin, backed the bid.",
        "Members of the SEC for Fife voted to reject the cuts.",
        "The SEC report was noted and the committee agreed the budget.",  # the name, the usual body deciding
        "Secretaries were thanked; the committee then approved the accounts.",  # "sec" inside a word
        "The committee agreed the plan and we endorsed the slate.",  # no name at all
        "The SEC met in Perth.",  # the name, no decision verb
        "The SEC",
    ],
)
def test_a_text_without_the_pages_names_matches_as_with_them(text: str) -> None:
    body = MeetingBody(("SEC", "NEC"), ("SEC", "NEC"))
    with_names = _decision_regex(("SEC", "NEC"))
    assert _matches(body.decision(text), text) == _matches(with_names, text)
    for end in range(len(text) + 1):
        assert _matches(body.decision(text[:end]), text[:end]) == _matches(with_names, text[:end])
    assert body.subject(text) in (_subject(("SEC",)), _subject(()))  # "NEC" is a usual name
    subject = re.compile(body.subject(text), re.IGNORECASE)
    assert _matches(subject, text) == _matches(re.compile(_subject(("SEC", "NEC")), re.IGNORECASE), text)


def test_a_usual_name_in_the_title_adds_nothing_to_the_patterns() -> None:
    assert MeetingBody(("NEC", "WEC"), ("NEC", "WEC")).decision("The NEC agreed.") is _decision_regex(())
    assert MeetingBody(("SEC",), ("SEC",)).decision("The SEC agreed.") is _decision_regex(("SEC",))
