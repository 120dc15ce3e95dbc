"""Two stacked headings of the same shape that name two bodies meeting in one period start two reports (the
SPEC's ruling on stacked headings of different bodies; round 10):

- "Women's Committee, June 2012" over "Equalities Committee, June 2012" (an NEC member's blog), "Finance
  Sub-Committee – 5 March 2024" over "Staffing Sub-Committee – 5 March 2024" (union minutes), "Planning
  Committee, 12 May 2023" over "Licensing Committee, 12 May 2023" (council), "Youth Forum – March 2022" over
  "Women's Forum – March 2022" (a CLP newsletter);
- negatives: a title over a subtitle naming the same meeting in other words ("NEC Report – 24 May 2022" over
  "National Executive Committee – 24 May 2022"), one name within the other ("Committee, 5 March 2024" over
  "Finance Committee, 5 March 2024"), two bodies in different periods (already two reports by their days, or
  none here), and headings with a line between them stay as they were.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment import segment
from nec_extract.page.segment.parallel import parallel_bodies

BODY = (
    "Both met back to back in the same room, so I have written them up together. The chair reported on the "
    "work of the year, and the committee agreed the new guidance and a training programme for the autumn.\n"
)


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("Women's Committee, June 2012", "Equalities Committee, June 2012"),
        ("Finance Sub-Committee – 5 March 2024", "Staffing Sub-Committee – 5 March 2024"),
        ("Planning Committee, 12 May 2023", "Licensing Committee, 12 May 2023"),
        ("Youth Forum – March 2022", "Women's Forum – March 2022"),
    ],
)
def test_parallel_headings_of_two_bodies_start_two_reports(upper: str, lower: str) -> None:
    assert parallel_bodies(upper, lower)
    page = f"{upper}\n{lower}\n\n{BODY}"
    assert [block.title for block in segment(page)] == [upper, lower]


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("NEC Report – 24 May 2022", "National Executive Committee – 24 May 2022"),
        ("Committee, 5 March 2024", "Finance Committee, 5 March 2024"),
        ("Finance Committee, 5 March 2024", "Finance Committee (continued), 5 March 2024"),
        ("Executive Committee – May 2023", "Executive Committee – 5 May 2023"),
    ],
)
def test_a_title_over_a_subtitle_of_the_same_meeting_is_no_parallel_stack(upper: str, lower: str) -> None:
    assert not parallel_bodies(upper, lower)


def test_a_title_over_its_subtitle_stays_one_report() -> None:
    page = f"NEC Report – 24 May 2022\nNational Executive Committee – 24 May 2022\n\n{BODY}"
    assert len(segment(page)) == 1
