"""The numbered posts of a thread ("1/9 Thread on today's NEC ...", "(2/9) The Leader's report ..."): one
account of one meeting told in short posts, so no post but the first starts a report, and the report starts
at the first post."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from nec_extract.language.marks import thread_mark
from nec_extract.page.segment.lines import Line, is_sentence

# a page is a thread when at least this many of its lines are numbered posts of the same total, in order
_FEWEST_POSTS = 2
_FEWEST_UNCOUNTED_POSTS = 3


def thread_posts(lines: Sequence[Line]) -> dict[int, int]:
    """The numbered posts of the page's thread, as {line start: post number}; empty when the page holds no
    thread."""
    marked = {line.start: mark for line in lines if (mark := thread_mark(line.text)) is not None}
    sentences = {line.start for line in lines if line.start in marked and is_sentence(line.text)}
    totals = Counter(total for number, total in marked.values() if total is not None and number <= total)
    total = totals.most_common(1)[0][0] if totals else None
    posts = {start: number for start, (number, of) in marked.items() if of in (total, None) and number <= (total or 99)}
    numbers = list(posts.values())
    if len(set(numbers)) < _FEWEST_POSTS or numbers != sorted(numbers):
        return {}
    if total is None and (len(set(numbers)) < _FEWEST_UNCOUNTED_POSTS or numbers[0] != 1):
        return {}  # "1/", "2/", "3/": a thread only when it counts from one, three posts at least
    if len(sentences & posts.keys()) * 2 < len(posts):  # dated headings ("NEC report 3/9"), not posts
        return {}
    return posts
