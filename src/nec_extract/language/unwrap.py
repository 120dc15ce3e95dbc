"""A hard-wrapped page (an e-mailed report, text taken from a PDF) read as its writer wrote it: where a line was
broken only because the next word did not fit the width, the line end is read as a space. One character for one,
so every offset still points into the page as given.

A break is the width's when the next line's first word would not have fitted (a no-break space does not break: "24
March" stays one word, as a mail client keeps it). On a page most of whose running-on lines the width broke, such a
break is read as a space unless the line ends a sentence before a capital, ends in a colon, or the next line opens an
item or a label of its own ("2. ...", "– ...", "PRESENT: ...", "Subject: ..." under "From: ..."). Where the text
shows the writer did not stop, some of those come back:

- a number or a dash the wrap put first on a line: a number after a word no sentence stops at ("... by 20 votes to"
  / "14. A second ..."), a year after its month ("... at 31 December" / "2019. The ..."), a spaced dash after a line
  broken mid-sentence, in no list of dashes ("... and then" / "– with the usual two against – ...");
- a sentence ended inside a paragraph the width broke on both sides of it ("... via live stream." / "There will also
  be ..."), as the wrap had put a sentence's end at the line's end;
- a line ending in a colon carried on by a last line of its paragraph ("... (proposer:" / "SI, seconder: JA)."), by
  a figure or a day ("... Last updated:" / "17th March 2020 ..."), or by the value of one of a run of labels;
- a page re-wrapped narrower than it was first wrapped (a report quoted in a reply): a long line, the words that no
  longer fitted, then the next long line; the short line carries on into the next where the first wrap broke it
  ("... Samuel" / "Okafor, Joanne" / "Pennington, Martin Rudd ...").

And one break the width forced stays: under a dated heading with its body right below it (text from a PDF), the
heading's own line end.

On a page whose running-on lines were mostly the writer's own (rows of a table, minutes an item a line, a scraped
page with one paragraph pasted in wrapped) only a line the width broke mid-sentence is joined: carried on in lower
case or with a figure ("... Fell (A2" / "lost)"), ending on a word no sentence stops at, or splitting a date."""

from __future__ import annotations

import itertools
import re

from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.line_ends import (
    LOWER_START,
    broken_for_width,
    ends_on_an_open_word,
    ends_open,
    next_word_overflows,
    typical_width,
)
from nec_extract.language.list_items import LIST_MARKER_OR_EM_DASH

# a page is hard-wrapped when most lines that run on to another are filled close to one width
_FEWEST_BROKEN_LINES = 6
_NARROWEST_WIDTH, _WIDEST_WIDTH = 50, 110
_FULL_SHARE = 0.7  # a line this share of the width or more is full
_SHARE_FULL = 0.45  # of the lines running on, this share must be full
_SHARE_BROKEN = 0.4  # and this share broken where the next word would not fit
# a re-wrapped page's full lines are each followed by a short one, the words that no longer fitted, which fill at most
# this share of the width: they are left out when the full and the broken lines are counted
_LEFT_OVER_SHARE = 0.5
# a page with fewer such lines, or fewer for each line the width broke, was wrapped once; a re-wrapped page's full
# lines held with their left-overs are mostly at most this many characters short of the longest
_FEWEST_LEFT_OVERS = 3
_REWRAPPED_SHARE = 0.5
_FIRST_WIDTH_SPREAD = 6
# the line that comes next opens a new item of its own: a bullet, a number, a letter in brackets
_ITEM_START = re.compile(rf"{LIST_MARKER_OR_EM_DASH}|\s*\(?[A-H][.)]\s")  # a capital letter too: "B) ..."
# or a label of its own in capitals, or under another label: "PRESENT: ...", "From: ..." / "Subject: ..."
_LABEL_START = re.compile(r"\s*[A-Z][\w'’&/-]*(?: [\w'’&/-]+){0,3}:(?:\s|$)")
_NUMBER_MARKER = re.compile(r"\s*\d+[.)]\s")
_DASH_MARKER = re.compile(r"\s*[–—]\s")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
# a day or a month ending a line and a year or a month opening the next: a date the wrap split
_DATE_SPLIT_END = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?|{MONTH_RE})$", re.IGNORECASE)
_DATE_SPLIT_START = re.compile(rf"(?:\d{{4}}\b|{MONTH_RE})", re.IGNORECASE)
# a label inside a line ("... Chair: Verity Hollins. Secretary:"); a sentence's end inside a line; a line ending on a
# month or a year
_INNER_LABEL = re.compile(r"\w: ")
_INNER_SENTENCE_END = re.compile(r"[a-z][.!?] ")
_HEADING_DATE_END = re.compile(rf"(?:\b\d{{4}}|{MONTH_RE})$", re.IGNORECASE)
# the words a width pushed off a row of a table, between it and a row of at least so many words (not a signature's
# name over its title)
_OVERFLOW_WORDS = 2
_FEWEST_ROW_WORDS = 5
# a figure (not an item's number, which the item test catches first)
_FIGURE_START = re.compile(r"[£$€]?\d")


def unwrapped(page: str) -> str:
    """The page with each line end the width forced read as a space; the page itself when it is not wrapped."""
    lines = page.split("\n")
    lengths = [len(line.rstrip()) for line in lines]
    running_on = [
        index for index, (line, following) in enumerate(itertools.pairwise(lines)) if line.strip() and following.strip()
    ]
    width = _wrap_width(running_on, lengths)
    if width is None:
        return page
    forced = [broken_for_width(line, following, width) for line, following in itertools.pairwise(lines)]
    running = [at and _runs_on(lines[index], lines[index + 1], _after(lines, index)) for index, at in enumerate(forced)]
    left_over = _left_over_lines(lines, forced, width)
    first_width = _first_width(lines, left_over, sum(running))
    # lines set out one to a line at a steady length (minutes, lists) run on too, but their next words would mostly
    # have fitted: only a page most of whose running-on lines the width broke is wrapped (a re-wrapped page's
    # left-over lines are no lines of their own)
    counted = len(running_on) - (len(left_over) if first_width is not None else 0)
    if sum(running) >= _SHARE_BROKEN * counted:
        joined = _wrapped_page_breaks(lines, forced, running, left_over if first_width is not None else [], first_width)
    else:
        joined = [
            at and _carried_on(lines[index], lines[index + 1], _after(lines, index)) for index, at in enumerate(forced)
        ]
    if not any(joined):
        return page
    characters = list(page)
    offset = 0
    for line, join in zip(lines, joined, strict=False):
        offset += len(line)
        if join:
            characters[offset] = " "
        offset += 1
    return "".join(characters)


def _wrap_width(running_on: list[int], lengths: list[int]) -> int | None:
    """The width the page was broken at, from the lengths of its lines that run on to another; None if none."""
    if len(running_on) < _FEWEST_BROKEN_LINES:
        return None
    width = typical_width(lengths[index] for index in running_on)
    if not _NARROWEST_WIDTH <= width <= _WIDEST_WIDTH:
        return None
    full = sum(1 for index in running_on if lengths[index] >= _FULL_SHARE * width)
    if full >= _SHARE_FULL * len(running_on):
        return width
    # re-wrapped narrower: the short line left over under each full line is no line of its own
    runs_on = set(running_on)
    left_over = sum(
        1
        for index in running_on
        if index - 1 in runs_on
        and lengths[index - 1] >= _FULL_SHARE * width
        and lengths[index] <= _LEFT_OVER_SHARE * width
    )
    return width if full >= _SHARE_FULL * (len(running_on) - left_over) else None


def _left_over_lines(lines: list[str], forced: list[bool], width: int) -> list[int]:
    """The short lines that may hold the words a re-wrap pushed off the full line above them, with a line below."""
    return [
        index
        for index in range(1, len(lines) - 1)
        if forced[index - 1]
        and len(lines[index - 1].rstrip()) >= _FULL_SHARE * width
        and 0 < len(lines[index].strip()) <= _LEFT_OVER_SHARE * width
        and lines[index + 1].strip()
    ]


def _first_width(lines: list[str], left_over: list[int], broken: int) -> int | None:
    """The width a re-wrapped page was first wrapped at, or None when the page was wrapped once.

    A page wrapped once has a short line where a paragraph or a row ends; a page wrapped again has one under most
    lines the width broke, and each full line with the short one under it held a line of the first wrap: their
    lengths bunch up just under the first width (rows of a table of any length do not)."""
    if len(left_over) < _FEWEST_LEFT_OVERS or len(left_over) < _REWRAPPED_SHARE * broken:
        return None
    held = sorted(len(lines[index - 1].rstrip()) + 1 + len(lines[index].strip()) for index in left_over)
    return held[-1] if held[len(held) // 2] >= held[-1] - _FIRST_WIDTH_SPREAD else None


def _wrapped_page_breaks(
    lines: list[str], forced: list[bool], running: list[bool], left_over: list[int], first_width: int | None
) -> list[bool]:
    """Which line ends of a wrapped page are read as spaces (see the module's note)."""
    joined = list(running)
    if first_width is not None:
        for index in left_over:
            joined[index] = _left_over_runs_on(lines, index, first_width)
    for index, at in enumerate(forced):
        if joined[index] or not at:
            continue
        line, following, after = lines[index], lines[index + 1], _after(lines, index)
        if _opens_an_item(line, following, after):
            continue
        if _SENTENCE_END.search(line.rstrip()):
            joined[index] = _within_a_paragraph(joined, index)
        elif line.rstrip().endswith(":"):
            joined[index] = _colon_carried_on(line, following, after)
    for index, join in enumerate(joined):
        if join and (index == 0 or not joined[index - 1]) and _dated_heading(lines[index], lines[index + 1]):
            joined[index] = False
    return joined


def _colon_carried_on(line: str, following: str, after: str) -> bool:
    """A line the width broke after a colon carried on by the next: its paragraph's last line, a figure or a day
    ("Last updated:" / "17th March 2020 ..."), or the value of one of a run of labels ("Chair: Verity Hollins.
    Secretary:" / "Osian Rees-Parry.")."""
    if _FIGURE_START.match(following.strip()) or _INNER_LABEL.search(line.rstrip()[:-1]):
        return True
    return not after.strip() and _completes_the_colons_line(following)


def _dated_heading(line: str, following: str) -> bool:
    """A line opening its paragraph that ends on a date, no sentence in it, over a capital: a dated heading over its
    body with no blank line between ("Grassroots Voice NEC Report – November 2020- January 2021" / "See below ...")."""
    text = line.strip()
    return (
        bool(_HEADING_DATE_END.search(text))
        and not _INNER_SENTENCE_END.search(text)
        and following.strip()[:1].isupper()
    )


def _left_over_runs_on(lines: list[str], index: int, first_width: int) -> bool:
    """The left-over line's end was the first wrap's: the next word would not have fitted the first width either,
    and the text does not stop there."""
    line, following = lines[index], lines[index + 1]
    held = len(lines[index - 1].rstrip()) + 1 + len(line.strip())
    if not next_word_overflows(held, following, first_width):
        return False
    return _runs_on(line, following, _after(lines, index))


def _after(lines: list[str], index: int) -> str:
    """The line after the one that follows ``lines[index]``; empty at the page's end."""
    return lines[index + 2] if index + 2 < len(lines) else ""


def _runs_on(line: str, following: str, after: str) -> bool:
    """A break the width forced that the text does not stop at: no colon, no next item, no sentence's end before a
    capital."""
    text, next_text = line.rstrip(), following.strip()
    if not next_text or text.endswith(":") or _opens_an_item(line, following, after):
        return False
    # a sentence's end may be the writer's own line end (minutes set out an item a line); mid-sentence it is not
    return not _SENTENCE_END.search(text) or next_text[:1].islower()


def _opens_an_item(line: str, following: str, after: str) -> bool:
    """The next line opens an item of a list, unless the wrap only put a number or a dash of the sentence first on
    it: a number after a word no sentence stops at ("... by 20 votes to" / "14. A second proposal ..."), a spaced
    dash after a line broken mid-sentence, in no list of dashes ("... the amendment" / "– which I seconded – was
    lost")."""
    label = _LABEL_START.match(following)
    if label and (label.group().isupper() or _LABEL_START.match(line)):
        return True  # "PRESENT: ...", "RESOLVED: ...", a field of a header under another ("From: ..." / "Subject: ...")
    if not _ITEM_START.match(following):
        return False
    text = line.rstrip()
    if _DATE_SPLIT_END.search(text) and _DATE_SPLIT_START.match(following.strip()):
        return False  # "... at 31 December" / "2019. The accounts ..."
    if _NUMBER_MARKER.match(following):
        return not ends_open(text)
    if _DASH_MARKER.match(following):
        in_a_list = _DASH_MARKER.match(line) or _DASH_MARKER.match(after)
        return bool(in_a_list) or not text[-1:].isalpha() or not text[-1:].islower()
    return True


def _within_a_paragraph(joined: list[bool], index: int) -> bool:
    """The line ends a sentence, and the width broke the paragraph on both sides of it."""
    return index > 0 and joined[index - 1] and index + 1 < len(joined) and joined[index + 1]


def _completes_the_colons_line(following: str) -> bool:
    """The line after a colon finishes what the colon's line began, as no item or heading of its own does."""
    text = following.strip()
    return bool(text) and not text.endswith(":") and not _ITEM_START.match(following) and len(text.split()) > 1


def _carried_on(line: str, following: str, after: str) -> bool:
    """A line the width broke mid-sentence: the next line carries the sentence on in lower case or with a figure
    ("... at 28 February, up" / "310 on the year"), or holds only the word or two that did not fit, above another
    row ("... Emergency Motion Support" / "Carried" / "M5 Support and campaign for ..."), or the line ends on a word
    no sentence stops at ("... extended for two years from" / "1 April 2023 ..."), or the break splits a date ("...
    at 31 December" / "2019.")."""
    text, next_text = line.rstrip(), following.strip()
    if not text.strip() or _SENTENCE_END.search(text) or text.endswith(":") or _opens_an_item(line, following, after):
        return False
    if LOWER_START.match(next_text) or _FIGURE_START.match(next_text):
        return True
    if len(next_text.split()) <= _OVERFLOW_WORDS and len(after.split()) >= _FEWEST_ROW_WORDS:
        return not _LABEL_START.match(after) and not _ITEM_START.match(after)
    if _DATE_SPLIT_END.search(text) and _DATE_SPLIT_START.match(next_text):
        return True
    return ends_on_an_open_word(text)
