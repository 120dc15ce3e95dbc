"""A thread post's counter in figures ("(1/8)", "1/7", "[1/6]") is no day and month (language/marks.py, used by the
date checks and the heading's meeting date); a real day in figures on the same page still counts, as does a heading's
own day in figures on a page with no thread. Every page is written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.language.marks import counts_a_post, thread_total
from nec_extract.pipeline import extract
from support import meeting_day

X_THREAD = """Rhi Pryce @RhiPryceNEC
NEC thread, what happened at the full meeting (1/4)
Posted 26 March 2025

1/ Full NEC yesterday. The Org Sub recommendations were agreed 24-9.
2/ The rule change on supporters went through on a show of hands.
3/ Next NEC is 20 May. The ballot closes on 14/4 for those asking.
4/ That's me. /end
"""

MASTODON = """Kez Adeyemi @kez@union.social
Hackney branch committee notes – thread 1/5
Apr 10, 2025

2/5 The secretary reported membership at 2,318.
3/5 The motion on housing repairs was carried 17 to 2.
4/5 The committee accepted the treasurer's figures.
5/5 Next committee on 14 May.
"""

BRACKETS = """Green Party Executive notes, Sunday 19 October 2025 — thread [1/3]

[2/3] The executive approved the complaints procedure by 9 votes to 2.
[3/3] Next meeting on 16 November.
"""

NO_THREAD = """NEC report 12/3

Posted 14 March 2025

The NEC met on Tuesday and agreed the budget. The next meeting is on 20 May.
"""


@pytest.mark.parametrize(("page", "total"), [(X_THREAD, 4), (MASTODON, 5), (BRACKETS, 3), (NO_THREAD, None)])
def test_the_threads_total(page: str, total: int | None) -> None:
    assert thread_total(page) == total


def test_a_diary_of_days_in_figures_is_no_thread() -> None:
    diary = "Dates for the diary\n3/4 Branch meeting\n10/4 Executive\n24/4 AGM\n"
    assert thread_total(diary) is None
    assert not counts_a_post(diary, 3, 4)


def test_the_headings_counter_gives_no_meeting_date() -> None:
    assert meeting_day(X_THREAD) == "2025-03-25"  # "yesterday" from the post's stamp, not 1 April


def test_a_counter_is_no_date_mention_but_a_real_day_in_figures_is() -> None:
    dates = {m.text: m.start for r in extract(X_THREAD, "t.txt").reports for m in r.dates}
    assert "1/4" not in dates
    assert dates["14/4"] == "2025-04-14"  # a UK day and month in figures on the same page


def test_a_mastodon_threads_counter_leaves_its_headings_day_alone() -> None:
    assert meeting_day(BRACKETS) == "2025-10-19"
    assert meeting_day(MASTODON) != "2025-05-01"


def test_a_headings_day_in_figures_on_a_page_without_a_thread() -> None:
    assert meeting_day(NO_THREAD) == "2025-03-12"
