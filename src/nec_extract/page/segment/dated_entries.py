"""A page of dated entries: lines that give only a day ("Tuesday 14 March 2023"), each over a paragraph, the page
holding two or more of different days, as a branch's or a group's page of its meetings lists them. Each such line
heads the report of that day's meeting, as a heading naming the meeting would (a single day over a paragraph is
the page's dateline)."""

from __future__ import annotations

from collections.abc import Sequence

from nec_extract.language.dates import find_candidates
from nec_extract.page.segment.ends import ends_report, labels_other_posts
from nec_extract.page.segment.headings import names_a_day
from nec_extract.page.segment.lines import Line, is_heading_like, is_prose

_DAY_KINDS = frozenset({"day", "iso_day"})
_FEWEST_ENTRIES = 2
# what may stand around the day on its line: "Tuesday 14 March 2023:", "– 14 March 2023 –"
_AROUND = " \t:–—-*#"


def dated_entry_lines(lines: Sequence[Line], body_lines: set[int]) -> set[int]:
    """The starts of the lines heading dated entries, before any comment thread or footer; none unless the page
    holds at least two such lines of different days."""
    found: dict[int, tuple[int, int]] = {}
    texts = [(line, line.stripped) for line in lines if line.stripped]
    for index, (line, text) in enumerate(texts):
        if ends_report(text) or labels_other_posts(text):
            break
        following = texts[index + 1][1] if index + 1 < len(texts) else ""
        day = _only_a_day(text) if line.start not in body_lines else None
        if day is not None and is_prose(following):
            found[line.start] = day
    return set(found) if len(set(found.values())) >= _FEWEST_ENTRIES else set()


def _only_a_day(text: str) -> tuple[int, int] | None:
    """The (month, day) of a line that is only a day with its year (maybe a weekday), else None."""
    core = text.strip(_AROUND)
    if not core or not is_heading_like(core):
        return None
    days = [c for c in find_candidates(core, 0, len(core), []) if c.kind in _DAY_KINDS]
    if len(days) != 1 or days[0].start != 0 or days[0].end != len(core) or not any(ch.isdigit() for ch in core):
        return None
    return names_a_day(core)
