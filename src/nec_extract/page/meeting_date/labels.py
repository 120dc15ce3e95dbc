"""What a date label at the top of a report says: a bare "Date:" or "When:" may be the page's, the day it was
put up, as well as the meeting's; meeting details beside it ("Venue:", "Present:") or a minutes title make it the
meeting's."""

from __future__ import annotations

import re

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.segment.lines import names_a_write_up

_WORDS = pages_vocabulary()
# a bare label that may be the page's as well as the meeting's: "Date:", "When:"
BARE_DATE_LABEL = re.compile(
    rf"^[^\S\n]*(?:{alternation(_WORDS.bare_date_labels)})[^\S\n]*:[^\S\n]*", re.IGNORECASE | re.MULTILINE
)
_DETAIL_LABEL = re.compile(rf"[^\S\n]*(?:{alternation(_WORDS.meeting_detail_labels)})[^\S\n]*:", re.IGNORECASE)
_MINUTES = re.compile(rf"\b(?:{alternation(_WORDS.minutes_titles)})\b", re.IGNORECASE)
# "Minutes – Thursday 12 September 2024": the minutes' label opening the line of the meeting's date
MINUTES_LABEL = re.compile(rf"[^\S\n]*(?:{alternation(_WORDS.minutes_titles)})[^\S\n]*[:–—-][^\S\n]*", re.IGNORECASE)
# a title that is the meeting's own name ("GENERAL MEETING", "Special Branch Meeting"), not a page about it
_MEETING_NAME = re.compile(r"\bmeeting\b", re.IGNORECASE)


def among_details(page: str, line_start: int) -> bool:
    """The line above or below gives a detail of a meeting ("Venue: Unity House", "Present: 12 members")."""
    previous_start = page.rfind("\n", 0, max(0, line_start - 1)) + 1
    next_start = page.find("\n", line_start) + 1
    return bool(
        (line_start and _DETAIL_LABEL.match(page, previous_start))
        or (next_start and _DETAIL_LABEL.match(page, next_start))
    )


def names_minutes_or_meeting(line: str) -> bool:
    """ "Minutes of Policy Committee", "GENERAL MEETING": a title dated by its meeting; not "Report of the NEC
    meeting", whose date line may be the day the report was posted."""
    return bool(_MINUTES.search(line) or (_MEETING_NAME.search(line) and not names_a_write_up(line)))


def the_pages_own_label(page: str, line_start: int, title: str | None, is_publication_day: bool) -> bool:
    """ "NEC report – March 2021" / "Date: 12 March 2021": a bare label whose day is the page's publication day,
    with no meeting details beside it, under a title that is not the meeting's own (minutes are dated by their
    meeting), dates the page, not the meeting."""
    if not is_publication_day or not BARE_DATE_LABEL.match(page, line_start):
        return False
    return not among_details(page, line_start) and not names_minutes_or_meeting(title or "")
