"""Appointments and minutes' labels (round 21, decide21): "the appointment of A as chair of the Audit Committee, and of
B as returning officer" is one choice per person; "Approved:", "Adopted:", "Endorsed:" label a decision as "Agreed:"
does. Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _motions(body: str) -> list[tuple[str, Outcome]]:
    page = f"Federal Board report: 15 July 2025\n\n{body}\n"
    return [(m.summary, m.outcome) for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    "body",
    [
        "The board approved the appointment of Dev Raman as chair of the Audit Committee and of Gwen Hart as "
        "returning officer.",
        "The committee agreed the appointment of Dev Raman as chair of the Audit Committee, and of Gwen Hart as "
        "returning officer.",
        "Approved: the appointment of Dev Raman as chair of the Audit Committee, and of Gwen Hart as returning "
        "officer.",
    ],
)
def test_one_choice_per_person_appointed(body: str) -> None:
    motions = _motions(body)
    assert [o for _, o in motions] == [Outcome.CARRIED, Outcome.CARRIED]
    assert "Dev Raman" in motions[0][0] and "Gwen Hart" in motions[1][0]


@pytest.mark.parametrize(
    "body",
    [
        "The board approved the appointment of Dev Raman as chair.",
        "The NEC agreed the nomination of Ann Lee and Bob Hart as delegates.",
    ],
)
def test_one_appointment_stays_one(body: str) -> None:
    assert len(_motions(body)) == 1


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Approved: the budget for 2025.", 1),
        ("Adopted: the new standing orders.", 1),
        ("Approved:\n- the budget for 2025\n- the conference timetable", 2),
    ],
)
def test_approved_labels_a_decision(body: str, count: int) -> None:
    motions = _motions(body)
    assert [o for _, o in motions] == [Outcome.CARRIED] * count


@pytest.mark.parametrize(
    "body",
    [
        "Approved by the panel last year, the scheme is now running.",
        "Adopted children and their families were discussed.",
    ],
)
def test_no_label(body: str) -> None:
    assert _motions(body) == []
