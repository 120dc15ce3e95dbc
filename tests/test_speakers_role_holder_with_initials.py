"""An officer named by initials and a title in the attendance block ("Clerk: Mrs J Pell", "Mrs K Saddler (Clerk and
RFO)", "Branch Secretary: Mr D. Owusu") is the person behind "the Clerk reported ...", as a full name is. Pages written
for these tests in the registers of parish council and union branch minutes; none is quoted from a real page or a
probe page."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _speakers(page: str) -> set[str | None]:
    reports = extract(page, "test.txt").reports
    assert len(reports) == 1
    return {s.name for s in reports[0].speakers}


@pytest.mark.parametrize(
    ("officers", "act", "expected"),
    [
        ("Clerk: Mrs J Pell", "The Clerk reported that the bench had been repaired. Noted.", "J Pell"),
        (
            "In attendance: Mrs K Saddler (Clerk and RFO), 4 members of the public",
            "The Clerk reported that the precept had been received. Noted.",
            "K Saddler",
        ),
        (
            "Branch Secretary: Mr D. Owusu",
            "The Branch Secretary reported on the pay consultation. Noted.",
            "D. Owusu",
        ),
        # a full name, as before
        ("Clerk: Jane Pell", "The Clerk reported that the bench had been repaired. Noted.", "Jane Pell"),
    ],
)
def test_an_officer_named_with_initials_is_the_speaker(officers: str, act: str, expected: str) -> None:
    heading = "Minutes of the meeting of the Committee held on 3 March 2025\n\nPresent: Cllr R Hewitt (Chair)"
    page = f"{heading}\n{officers}\n\n5. Business\n{act}\n"
    assert expected in _speakers(page)


def test_a_post_left_vacant_names_no_one() -> None:
    page = (
        "Minutes of the meeting of the Committee held on 3 March 2025\n\nPresent: Cllr R Hewitt (Chair)\n"
        "Clerk: vacant\n\n5. Business\nThe Clerk reported that the bench had been repaired. Noted.\n"
    )
    assert _speakers(page) <= {"R Hewitt", None}
