"""A title over a list of initialled names ("Cllrs D Fenn, S Gill and L Varley", "Councillors P Akinola, J Birtles
and\\nV Ormerod"): every name in the list is the fullest form of its surname, so "Cllr Varley" who proposes is
"L Varley"; a list without initials, or with full first names, keeps its own forms. Pages written for these tests in
the registers of parish, town council and committee minutes and a union branch's minutes; none is quoted from a real
page or a probe page."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _speakers(page: str) -> set[str]:
    reports = extract(page, "test.txt").reports
    assert len(reports) == 1
    return {s.name for s in reports[0].speakers if s.name}


@pytest.mark.parametrize(
    ("attendance", "body", "expected"),
    [
        # parish council minutes
        (
            "Present: Cllr R Hewitt (Chairman), Cllrs D Fenn, S Gill, T Quince and L Varley",
            "The minutes were approved. Proposed Cllr Varley, seconded Cllr Gill.",
            {"L Varley", "S Gill"},
        ),
        # a planning committee's minutes, the list wrapped across lines
        (
            "Present: Councillor F Mayhew (Chairman)\nCouncillors P Akinola, J Birtles, L Corrigan and\nV Ormerod",
            "Councillor Ormerod moved refusal and Councillor Akinola seconded. The motion was lost.",
            {"V Ormerod", "P Akinola"},
        ),
        # a town council's minutes joined by an ampersand
        (
            "Cllrs M Yeo, K Ashe & B Dimmock were present.",
            "Cllr Dimmock proposed that the grant be approved. Agreed.",
            {"B Dimmock"},
        ),
    ],
)
def test_a_surname_takes_its_initials_from_a_titled_list(attendance: str, body: str, expected: set[str]) -> None:
    page = f"Minutes of the meeting of the Council held on 3 March 2025\n\n{attendance}\n\n4. Business\n{body}\n"
    assert expected <= _speakers(page)


@pytest.mark.parametrize(
    ("attendance", "body", "expected"),
    [
        # no initials: the surname stands
        (
            "Present: Councillors Abbott, Chen and Devlin",
            "Councillor Chen moved that the report be approved. Agreed.",
            "Chen",
        ),
        # full first names: the full name, as before
        (
            "Present: Councillors Amy Abbott and Ben Chen",
            "Councillor Chen moved that the report be approved. Agreed.",
            "Ben Chen",
        ),
    ],
)
def test_a_list_without_initials_keeps_its_forms(attendance: str, body: str, expected: str) -> None:
    page = f"Minutes of the meeting of the Council held on 3 March 2025\n\n{attendance}\n\n4. Business\n{body}\n"
    assert expected in _speakers(page)


@pytest.mark.parametrize(
    ("attendance", "body", "expected"),
    [
        # parish council minutes: the chair's office in brackets after the first name of the list
        (
            "PRESENT: Cllrs N Okafor (Chair), B Strudwick, E Lomax, H Penhale",
            "Proposed Cllr Strudwick, seconded Cllr Penhale, unanimous.",
            {"B Strudwick", "H Penhale"},
        ),
        # a union branch committee: offices in brackets inside the list
        (
            "Present: Bros. N Okafor (Branch Secretary), B Strudwick (Treasurer), E Lomax and H Penhale",
            "Bro. Lomax moved that the donation be made. Agreed.",
            {"E Lomax"},
        ),
        # a town council, the list wrapped across lines
        (
            "Present: Councillors N Okafor (Town Mayor), B Strudwick,\nE Lomax (Deputy Mayor) and H Penhale",
            "Councillor Penhale proposed the grant and Councillor Lomax seconded. Carried.",
            {"E Lomax", "H Penhale"},
        ),
    ],
)
def test_an_office_in_brackets_does_not_end_the_titled_list(attendance: str, body: str, expected: set[str]) -> None:
    page = f"Minutes of the meeting of the Council held on 3 March 2025\n\n{attendance}\n\n4. Business\n{body}\n"
    found = _speakers(page)
    assert expected <= found
    assert not {name.split()[-1] for name in expected} & found  # no bare surname beside the full form
