"""Page furniture above a report's first paragraph: bylines, datelines, breadcrumbs, a site's name, a post's
metadata line."""

from __future__ import annotations

import re
from functools import lru_cache

from nec_extract.language.dates import WRITTEN_DAY_KINDS, candidates_in, find_candidates, parse_parts
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.people import NAME_WORD
from nec_extract.page.segment.lines import names_a_bodys_write_up, names_a_write_up

_WORDS = pages_vocabulary()
_FURNITURE = re.compile(rf"^(?:{pattern_alternation(_WORDS.furniture_openers)})|›|»|\|", re.IGNORECASE)
_BYLINE_ROLE = re.compile(rf"\b(?:{alternation(_WORDS.byline_roles)})\b")
_DATELINE_WORDS = 8
_POSTED = re.compile(rf"^\s*(?:{pattern_alternation(_WORDS.post_metadata_openers)})", re.IGNORECASE)
# what follows the date of a post's metadata line: a time, then its category, author or a separator
_AFTER_DATE = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]m)?)?"
    rf"(?:\s+(?:{alternation(_WORDS.post_metadata_after_date)})\s+\S|\s*[|·•/])",
    re.IGNORECASE,
)
_METADATA_PART = re.compile(rf"\b(?:{pattern_alternation(_WORDS.post_metadata_parts)})\b", re.IGNORECASE)
# a post's stamp right under its heading may give the month alone ("Posted in WEC reports, September 2023")
_POST_STAMP_KINDS = WRITTEN_DAY_KINDS | {"month"}
_SEPARATOR_AFTER_DATE = re.compile(r"[|·•/]\s*$")
# a title with its posting stamp after a separator: "Council news – published 3 February 2021"
_STAMP_AFTER_SEPARATOR = re.compile(
    rf"(?:\s[-–—]|[|·•])\s*(?:(?:last\s+)?updated|{alternation(_WORDS.dateline_verbs)})(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)
# a dated line that credits a person with the notes or the post: "Notes: P. Greaves, Group Secretary, 03.10.23",
# "Minutes taken by Ana Ruiz (Secretary), 06/03/20", "Tom Hardy, Minutes Secretary, 3 May 2019"
_CREDIT = re.compile(
    rf"^(?:[^:\n]{{1,30}}:\s*|(?:[\w ]{{1,30}}\s)?by\s+)?"
    rf"(?P<name>(?:[A-Z]\.\s*){{0,2}}{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
    rf"\s*(?:,\s*(?P<role>[^,\n]{{1,50}}),|\((?P<bracketed>[^)\n]{{1,60}})\)\s*[,–—-]?)\s*(?P<date>\S[^\n]*)$"
)
_NOT_A_PERSON = re.compile(
    rf"\b(?:{alternation([*_WORDS.body_words, *_WORDS.nec_names, *_WORDS.page_title_words])})\b", re.IGNORECASE
)
# a line that may open with a date: a figure, or a word that may be a weekday or a month
_OPENS_LIKE_A_DATE = re.compile(r"\s*(?:\d|[A-Za-z]{3})")


# a printed page's number, as a running head or foot carries it beside the minutes' name ("ATLU NEC minutes    Page 2
# of 4    CONFIDENTIAL", "Castlegate TUC minutes – October – p.2")
_PAGE_NUMBER = re.compile(rf"\b(?:{pattern_alternation(_WORDS.page_number_marks)})(?!\w)", re.IGNORECASE)


def is_running_head(text: str) -> bool:
    """A printed page's running head or foot inside minutes taken from a PDF, the line carrying the page's number: it
    names the minutes' meeting, but starts no report. (A line of the page's number alone, "Page 2", may stand right
    above the next report's heading, which it leaves alone.)"""
    return _PAGE_NUMBER.search(text) is not None


# the items of a site's bar ("Home | News | Minutes | Contact", "Privacy · Cookies"): separators with spaces around
_BAR_SEPARATOR = re.compile(r"\s[|·•]\s")
_FEWEST_MENU_ITEMS = 3
_MOST_MENU_ITEM_WORDS = 4


def bar_items(text: str) -> list[str]:
    """The items of a line laid out as a site's bar, or the one line."""
    return [item.strip() for item in _BAR_SEPARATOR.split(text.strip())]


# a label over a bar's items: "In this issue: From the Chair | Exec report | Diary", "Menu: Home | News | Contact"
_BAR_LABEL = re.compile(r"^(?:[\w’']+\s+){0,3}[\w’']+:\s+(?=\S)")


@lru_cache(maxsize=4096)
def is_menu_bar(text: str) -> bool:
    """A site's menu ("Home | Your Council | Meetings & Minutes | Contact") or a newsletter's contents, under a
    label of its own ("In this issue: From the Chair | Exec report | Diary"): three short undated items or more,
    none a sentence; it may name a body and its minutes, but heads nothing."""
    items = bar_items(_BAR_LABEL.sub("", text.strip(), count=1))
    return len(items) >= _FEWEST_MENU_ITEMS and all(_is_menu_item(item) for item in items)


def _is_menu_item(item: str) -> bool:
    words = item.split()
    return 0 < len(words) <= _MOST_MENU_ITEM_WORDS and item[-1] not in ".!?:" and parse_parts(item) is None


def is_page_furniture(text: str) -> bool:
    """Bylines, datelines, breadcrumbs and blog names that sit above a report's first paragraph."""
    if _FURNITURE.search(text):
        return True
    parts = parse_parts(text)
    if parts is not None and len(text.split()) <= _DATELINE_WORDS:
        return True
    return bool(_BYLINE_ROLE.search(text))


@lru_cache(maxsize=4096)
def is_post_metadata(text: str) -> bool:
    """A blog post's metadata line, never a heading: it opens with a posting word ("Posted 14 May 2018 in
    Executive Council", "By Jo Bloggs, 3 March 2021"), or with the post's date followed by its category, its
    author or a separator ("14 May 2018 in NEC reports", "Saturday 14th December 2019 | News")."""
    if _POSTED.match(text) or _METADATA_PART.search(text) or _stamped_after_separator(text):
        return True
    if not _OPENS_LIKE_A_DATE.match(text):
        return False
    found = candidates_in(text)
    if not found or found[0].kind not in WRITTEN_DAY_KINDS or text[: found[0].start].strip():
        return False
    after = _AFTER_DATE.match(text, found[0].end)
    # "14 March 2021 | Regional Board summary": a heading written after its day, no post's category
    if after is None:
        return False
    return not (_SEPARATOR_AFTER_DATE.search(after.group()) and names_a_bodys_write_up(text[after.end() :]))


def stamps_the_post_with_its_day(text: str) -> bool:
    """A metadata line that gives the post's day, or its month ("Posted in NEC reports on 19 July 2023", "Filed
    under News, 3 May 2021", "Posted in WEC reports, September 2023"): right under a heading, the post's stamp,
    not the footer the same words open below a body."""
    if not is_post_metadata(text):
        return False
    return any(found.kind in _POST_STAMP_KINDS for found in candidates_in(text))


def _stamped_after_separator(text: str) -> bool:
    """ "Council news – published 3 February 2021", "NEC report | Posted on 14/05/2018": the line ends on the
    post's stamp."""
    for stamp in _STAMP_AFTER_SEPARATOR.finditer(text):
        found = find_candidates(text, stamp.end(), len(text), [])
        if found and found[0].start == stamp.end() and found[0].kind in WRITTEN_DAY_KINDS:
            return not text[found[0].end :].strip(" .)")
    return False


@lru_cache(maxsize=4096)
def is_credit_line(text: str) -> bool:
    """A dated line that names who took the notes or wrote the post, with their role ("Notes: P. Greaves, Group
    Secretary, 03.10.23"): the body in the role ("Group", "Branch") names no meeting."""
    credit = _CREDIT.match(text.strip())
    if credit is None or _NOT_A_PERSON.search(credit.group("name")):
        return False
    role = credit.group("role") or credit.group("bracketed")
    if names_a_write_up(role):  # "Jo Bloggs, NEC report, 12 March 2019" is a title
        return False
    found = candidates_in(text)
    date_start = credit.start("date") + len(text) - len(text.lstrip())
    return any(c.start == date_start and not text[c.end :].strip(" .") for c in found)


# a link's date at the end of its line, after a dash or a bar: "Pay ballot result – 20 February 2024"
_SEPARATOR = r"\s[-–—|·•]"
_LINK_DATE_SEPARATOR = re.compile(rf"{_SEPARATOR}\s*$")
_LINK_DATE_KINDS = frozenset({"day", "iso_day", "month"})
_A_SEPARATOR = re.compile(_SEPARATOR)


def ends_in_a_linked_date(text: str) -> bool:
    """A line that ends, after a dash or a bar, in a date with its year: a link to another article with its
    date, whole as it stands (no sentence cut off at the page's end)."""
    text = text.rstrip()
    if not text[-1:].isdigit() or not _A_SEPARATOR.search(text):
        return False  # asked of every line of a page: a date with its year ends in a figure, after a separator
    found = [c for c in candidates_in(text) if c.kind in _LINK_DATE_KINDS]
    if not found or found[-1].end != len(text):
        return False
    last = found[-1]
    parts = parse_parts(last.match.group())
    return parts is not None and parts.year is not None and bool(_LINK_DATE_SEPARATOR.search(text, 0, last.start))
