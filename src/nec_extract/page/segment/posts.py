"""A blog page of posts, each a heading over its metadata line ("Posted on 1 December 2023 by Jo"): when two or
more such headings name a meeting, each of them heads a report, though its words alone would not start one on a
page ("Executive report" / "Posted 23 November 2022", again and again down an archive), and so does a dated
heading over the same kind of line ("Away day – November 2023"), though it names no body. An archive that writes each
post's stamp above its heading instead ("Posted on 17 July 2019" / "WEC report") is read the same way, its stamps
ending the post above."""

from __future__ import annotations

from collections.abc import Sequence

from nec_extract.language.dates import WRITTEN_DAY_KINDS, candidates_in
from nec_extract.page.segment.ends import ends_report, labels_other_posts
from nec_extract.page.segment.furniture import is_post_metadata, stamps_the_post_with_its_day
from nec_extract.page.segment.headings import names_a_month, titles_page
from nec_extract.page.segment.lines import Line, clean_title, is_heading_like

_FEWEST_MEETING_POSTS = 2


def post_headings(lines: Sequence[Line], body_lines: set[int]) -> tuple[set[int], set[int]]:
    """The starts of the headings over a post's metadata line (or under a stamp with its day) that name a meeting
    or are dated, on a page where at least two such headings name a meeting, before any label over the site's
    other posts; and the starts of the stamps written above a post's heading ("Posted on 17 July 2019" / "WEC
    report"): each ends the post above, and dates the one below. Both from one reading of the page's lines."""
    headed = _post_headings(lines, body_lines)
    return {start for start, _, _ in headed}, {stamp for _, _, stamp in headed if stamp is not None}


def _post_headings(lines: Sequence[Line], body_lines: set[int]) -> list[tuple[int, str, int | None]]:
    """(start, text, start of the stamp above it or None) of each post's heading, when two or more name a
    meeting."""
    headed: list[tuple[int, str, int | None]] = []
    texts = [(line, line.stripped) for line in lines if line.stripped]
    for index, (line, text) in enumerate(texts[:-1]):
        if labels_other_posts(text):
            break
        if line.start in body_lines or ends_report(text) or not is_heading_like(text) or is_post_metadata(text):
            continue
        if is_post_metadata(texts[index + 1][1]):
            headed.append((line.start, text, None))
        elif index and _stamped(texts[index - 1][1]) and not _stamps_the_heading_above(texts, index - 1):
            headed.append((line.start, text, texts[index - 1][0].start))
    if sum(1 for _, text, _ in headed if titles_page(text)) < _FEWEST_MEETING_POSTS:
        return []
    return [
        (start, text, stamp) for start, text, stamp in headed if names_a_month(clean_title(text)) or titles_page(text)
    ]


def _stamped(text: str) -> bool:
    """A post's stamp with its day ("Posted on 17 July 2019"), or its day alone on the line ("14 March 2019",
    "Tuesday, 12 March 2019")."""
    return stamps_the_post_with_its_day(text) or _a_day_alone(text)


def _a_day_alone(text: str) -> bool:
    found = candidates_in(text)
    if len(found) != 1 or found[0].kind not in WRITTEN_DAY_KINDS:
        return False
    return not text[: found[0].start].strip() and not text[found[0].end :].strip(" .")


def _stamps_the_heading_above(texts: Sequence[tuple[Line, str]], stamp: int) -> bool:
    """The stamp is right under a dated heading that names a meeting ("NEC Report – 5 March 2019" / "Posted 7 March
    2019" / "Special Meeting – 5 March"): it is that post's, and what follows it is a section of it; not under a
    page's undated title ("Branch bulletin archive" / "Posted 21 November 2019" / "Executive committee report")."""
    if stamp == 0:
        return False
    above = texts[stamp - 1][1]
    return titles_page(above) and names_a_month(clean_title(above))
