"""A heading's date that belongs to something else the heading names after a separator: "Branch bulletin: ballot
closes 8 July 2020", "Executive news – nominations for the rally due 3 May" date a ballot and a deadline, not the
meeting the title before the separator names."""

from __future__ import annotations

import re

from nec_extract.language.calendar import MONTH_RE, WEEKDAY_ANY
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.segment import names_meeting
from nec_extract.page.segment.lines import names_a_bodys_write_up, names_a_write_up

_WORDS = pages_vocabulary()
# what parts a heading's title from a subtitle
_SEPARATOR = re.compile(r"[–—:|(\[]|\s-\s")
# the words that may lead to the meeting's own day after a separator: "held on", "meeting of", a weekday
_LINK = re.compile(
    rf"\b(?:{alternation([*_WORDS.set_off_meeting_day_links, 'the', 'w/c', 'week of'])})\b|{WEEKDAY_ANY}|{MONTH_RE}",
    re.IGNORECASE,
)
_MEETING_WORD = re.compile(
    rf"\b(?:{alternation([*_WORDS.meeting_cues, *_WORDS.body_words, *_WORDS.records_of_a_meeting])})\b",
    re.IGNORECASE,
)
# a word in lower case: a clause or a phrase of its own ("ballot closes", "plans for the campaign in"), not a
# place's name ("Brighton")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]{2,}\b")


def dates_another_thing(title: str, offset: int) -> bool:
    """The title's date at ``offset`` follows a separator and a phrase in lower case naming no meeting, no body
    and no write-up, under a title part that names the meeting's write-up."""
    separators = list(_SEPARATOR.finditer(title, 0, offset))
    if not separators:
        return False
    last = separators[-1]
    phrase = _LINK.sub(" ", title[last.end() : offset])
    if not _LOWER_WORD.search(phrase) or _names_the_meeting(title, last.end()):
        return False
    head = title[: last.start()]
    return names_meeting(head) or names_a_bodys_write_up(head)


def _names_the_meeting(title: str, start: int) -> bool:
    """The part of the title after the separator names the meeting, its body or its write-up, before or after the
    date ("what happened at the 2 October 2024 meeting")."""
    following = _SEPARATOR.search(title, start)
    part = title[start : following.start() if following else len(title)]
    return bool(_MEETING_WORD.search(part)) or names_a_write_up(part)
