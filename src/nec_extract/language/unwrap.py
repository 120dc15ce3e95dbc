"""A hard-wrapped page (an e-mailed report, text taken from a PDF) read as its writer wrote it: where a line was
broken only because the next word did not fit the width, the line end is read as a space. One character for one,
so every offset still points into the page as given."""

from __future__ import annotations

import itertools
import re

# a page is hard-wrapped when most lines that run on to another are filled close to one width
_FEWEST_BROKEN_LINES = 6
_WIDTH_PERCENTILE = 0.9
_NARROWEST_WIDTH, _WIDEST_WIDTH = 50, 110
_FULL_SHARE = 0.7  # a line this share of the width or more is full
_SHARE_FULL = 0.45  # of the lines running on, this share must be full
_SHARE_BROKEN = 0.4  # and this share broken where the next word would not fit
# the line that comes next opens a new item of its own: a bullet, a number, a letter in brackets
_ITEM_START = re.compile(r"\s*(?:[•·▪*–—-]|\(?(?:\d+|[a-hA-H])[.)]|\(?[ivx]{1,4}\))\s")


def unwrapped(page: str) -> str:
    """The page with each line end the width forced read as a space; the page itself when it is not wrapped."""
    lines = page.split("\n")
    running_on = [
        len(line.rstrip()) for line, following in itertools.pairwise(lines) if line.strip() and following.strip()
    ]
    width = _wrap_width(running_on)
    if width is None:
        return page
    offset, breaks = 0, []
    for line, following in itertools.pairwise(lines):
        offset += len(line)
        if _broken_for_width(line, following, width):
            breaks.append(offset)
        offset += 1
    # lines set out one to a line at a steady length (minutes, lists) run on too, but their next words would mostly
    # have fitted: only a page most of whose running-on lines the width broke is wrapped
    if len(breaks) < _SHARE_BROKEN * len(running_on):
        return page
    characters = list(page)
    for at in breaks:
        characters[at] = " "
    return "".join(characters)


def _wrap_width(running_on: list[int]) -> int | None:
    """The width the page was broken at, from the lengths of its lines that run on to another; None if none."""
    if len(running_on) < _FEWEST_BROKEN_LINES:
        return None
    width = sorted(running_on)[int(_WIDTH_PERCENTILE * (len(running_on) - 1))]
    if not _NARROWEST_WIDTH <= width <= _WIDEST_WIDTH:
        return None
    full = sum(1 for length in running_on if length >= _FULL_SHARE * width)
    return width if full >= _SHARE_FULL * len(running_on) else None


def _broken_for_width(line: str, following: str, width: int) -> bool:
    """The next line's first word would not have fitted on this one: the break is the width's, not the writer's."""
    text, next_text = line.rstrip(), following.strip()
    if not text.strip() or not next_text or text.endswith(":") or _ITEM_START.match(following):
        return False
    first_word = next_text.split()[0]
    if len(text) + 1 + len(first_word) <= width:
        return False
    # a sentence's end may be the writer's own line end (minutes set out an item a line); mid-sentence it is not
    return not _SENTENCE_END.search(text) or next_text[:1].islower()


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
