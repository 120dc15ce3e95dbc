"""Who chaired, from a minutes line whose name runs on into more of the line (round 25): the name ends at the stop
of its sentence ("In the chair: Jo Bloggs. 31 members present.") or at a label after a wide gap ("Chair: Jo Bloggs
Minutes: Sam Hale"), in a union branch's, a CLP's, a council committee's and a regional party's minutes; a stop
after a title or an initial ("Dr. Jo Bloggs", "J. Bloggs") does not end it."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _named(page: str) -> set[str]:
    (report,) = extract(page, "test.txt").reports
    return {s.name for s in report.speakers if s.name}


def _minutes(line: str) -> str:
    return (
        "Minutes of the branch meeting held on 5 March 2024\n\n"
        f"{line}\n\n"
        "1. The minutes of the last meeting were agreed.\n"
        "2. The treasurer reported a small surplus.\n"
    )


@pytest.mark.parametrize(
    ("line", "chair"),
    [
        ("In the chair: Bernadette Quayle. 31 members present.", "Bernadette Quayle"),
        ("Chair: Osman Farah. Also present: the regional organiser.", "Osman Farah"),
        ("Chair: Linnea Strand   Minutes: Joel Parry", "Linnea Strand"),
        ("Chair: Cllr Hywel Price\tClerk: Democratic Services", "Hywel Price"),
        ("Chair: Dr. Imogen Vale. Apologies were received from two members.", "Imogen Vale"),
        ("Chair: R. Tulloch. Quorate.", "R. Tulloch"),
    ],
)
def test_the_chair_named_before_more_of_the_line(line: str, chair: str) -> None:
    assert chair in _named(_minutes(line))


def test_a_line_of_who_attended_names_no_chair() -> None:
    page = (
        "Minutes of the branch meeting held on 5 March 2024\n\n"
        "Present: Bernadette Quayle. 31 members present.\n\n"
        "1. The minutes of the last meeting were agreed.\n"
    )
    assert "Bernadette Quayle" not in _named(page)


@pytest.mark.parametrize(
    ("line", "chair"),
    [
        ("Attendance: 23. Chair: Wilhelmina Osei.", "Wilhelmina Osei"),
        ("Held on Zoom, Tuesday 4 June. 16 delegates present. Chair: Rory Dunbar", "Rory Dunbar"),
        ("Ward meeting, Friends Meeting House, 7pm. Quorate. Chair: Cllr Anwen Pryce", "Anwen Pryce"),
        ("Room 3, Unity House; all officers present; Chairperson – Hamza Idowu", "Hamza Idowu"),
        ("The NEC met in London. Chaired by: Greta Holm. Minutes: Tom Reid.", "Greta Holm"),
    ],
)
def test_the_chair_labelled_after_the_meetings_particulars_on_the_line(line: str, chair: str) -> None:
    """Round 27: the meeting's particulars (attendance, place, quorum) told before "Chair:" on the same line, in
    union, CLP, council and NEC minutes."""
    assert chair in _named(_minutes(line))


@pytest.mark.parametrize(
    "line",
    [
        "The vote was tied. Vice Chair: Wilhelmina Osei.",
        "The report was noted. Chair's report: deferred to the next meeting.",
        "Elections were held. Chair of the Finance Committee – Wilhelmina Osei, unopposed.",
        "Branch officers were re-elected unopposed. Chair: Wilhelmina Osei. Secretary: Ravi Nair.",
        "Result of the ballot for the new term. Chair – Wilhelmina Osei",
    ],
)
def test_no_chair_after_particulars_when_the_label_is_not_the_meetings_chair(line: str) -> None:
    assert "Wilhelmina Osei" not in _named(_minutes(line))
