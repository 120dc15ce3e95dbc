"""Lists of dated meetings: a blog's list of its posts ("NEC Report – 21 September 2021" / "NEC Report – 20 July
2021" / ...) or a diary of meetings to come. Three lines or more in a row, each a dated heading that names a
meeting, with no blank line or sentence between them, are a list, and none of them starts a report (two such
lines stacked are two meetings: the SPEC's ruling)."""

from __future__ import annotations

from collections.abc import Sequence

from nec_extract.page.segment.headings import is_dated, names_meeting
from nec_extract.page.segment.lines import Line, clean_title

# the fewest dated meeting headings in a row that make a list
_FEWEST_IN_A_LIST = 3


def listed_meetings(lines: Sequence[Line]) -> set[int]:
    """The starts of the lines that belong to a list of dated meetings."""
    listed: set[int] = set()
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and _dated_meeting(line):
            run.append(line)
            continue
        if len(run) >= _FEWEST_IN_A_LIST:
            listed.update(item.start for item in run)
        run = []
    return listed


def _dated_meeting(line: Line) -> bool:
    text = line.stripped
    return bool(text) and names_meeting(text) and is_dated(clean_title(text))
