"""A page of dated entries: lines that give only a day ("Tuesday 14 March 2023") or a month with its year ("March
2023"), each over a paragraph, the page holding two or more of different days or months, as a branch's or a
group's page of its meetings lists them. Each such line heads the report of that meeting, as a heading naming the
meeting would (a single day over a paragraph is the page's dateline)."""

from __future__ import annotations

from collections.abc import Sequence

from nec_extract.language.dates import candidates_in, parse_parts
from nec_extract.page.segment.ends import ends_report, labels_other_posts
from nec_extract.page.segment.lines import Line, is_heading_like, is_prose

_DATE_KINDS = frozenset({"day", "iso_day", "month"})
_FEWEST_ENTRIES = 2
# what may stand around the day on its line: "Tuesday 14 March 2023:", "– 14 March 2023 –"
_AROUND = " \t:–—-*#"


def dated_entry_lines(lines: Sequence[Line], body_lines: set[int]) -> set[int]:
    """The starts of the lines heading dated entries, before any comment thread or footer; none unless the page
    holds at least two such lines of different days."""
    found: dict[int, tuple[int, int, int]] = {}
    texts = [(line, line.stripped) for line in lines if line.stripped]
    for index, (line, text) in enumerate(texts):
        if ends_report(text) or labels_other_posts(text):
            break
        following = texts[index + 1][1] if index + 1 < len(texts) else ""
        day = _only_a_date(text) if line.start not in body_lines else None
        if day is not None and is_prose(following):
            found[line.start] = day
    return set(found) if len(set(found.values())) >= _FEWEST_ENTRIES else set()


def _only_a_date(text: str) -> tuple[int, int, int] | None:
    """The (year, month, day) of a line that is only a day (maybe with a weekday) or a month with its year, else
    None (0 for what it does not give)."""
    core = text.strip(_AROUND)
    if not core or not is_heading_like(core):
        return None
    found = [c for c in candidates_in(core) if c.kind in _DATE_KINDS]
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(core):
        return None
    parts = parse_parts(core)
    if parts is None or parts.month is None or (parts.day is None and parts.year is None):
        return None  # a month alone ("March") is no entry's date
    return parts.year or 0, parts.month, parts.day or 0
