"""A diary of dates under their labels, two lines or more in a row ("Deadline for copy: Thursday 13 April" /
"AGM: Saturday 17 June, Library"), is lines of the report above it, never a heading, though a line names a meeting
and its day; on pages written here in several styles (party local, union branch, CLP, council group). Negatives: a
lone label with its date heads nothing new either way, and a dated heading over a paragraph still heads its report.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment import segment
from nec_extract.page.segment.lines import lines_of
from nec_extract.page.segment.listings import diary_lines
from nec_extract.pipeline import extract

ACCOUNT = (
    "The committee met twice this month because the agenda was long. The treasurer presented the budget, which "
    "was approved by nine votes to one, and the campaigns officer went through the plan for the elections."
)


@pytest.mark.parametrize(
    "diary",
    [
        "Deadline for newsletter copy: Thursday 13 April\nAGM: Saturday 17 June, Kelderby Library",  # party local
        "Branch AGM: 4 March 2024, Unity Hall\nRegional council: 15 March 2024",  # union branch
        "Executive Committee: Tuesday 9 May\nGeneral Meeting: Thursday 25 May, 7pm",  # CLP
        "Group meeting: 3 July\nFull Council: 12 July, Town Hall\nBudget briefing: 20 July",  # council group
    ],
)
def test_a_diary_under_a_report_is_part_of_it(diary: str) -> None:
    page = f"{ACCOUNT}\n\n{ACCOUNT}\n\nDates for the diary\n{diary}\nThe next committee is after the elections.\n"
    assert {line.start for line in lines_of(page) if line.stripped in diary.splitlines()} == diary_lines(
        list(lines_of(page))
    )
    assert [block.title for block in segment(page)] == [None]
    reports = extract(page, "test.txt").reports
    assert len(reports) == 1
    assert reports[0].span.end == len(page.rstrip())


@pytest.mark.parametrize(
    "line",
    [
        "Next meeting: Tuesday 9 May",  # a lone label
        "Chair: Jo Bloggs",  # a label without a date
        "The AGM: a record turnout on 4 March",  # a label whose date comes later
    ],
)
def test_a_lone_label_or_one_without_its_date_is_no_diary(line: str) -> None:
    page = f"{ACCOUNT}\n\n{line}\nTreasurer: Sam Patel\n"
    assert diary_lines(list(lines_of(page))) == set()


def test_a_dated_heading_over_a_paragraph_still_heads_its_report() -> None:
    page = f"Branch committee – 4 March 2024\n\n{ACCOUNT}\n\nBranch committee – 1 April 2024\n\n{ACCOUNT}\n"
    assert [block.title for block in segment(page)] == [
        "Branch committee – 4 March 2024",
        "Branch committee – 1 April 2024",
    ]
