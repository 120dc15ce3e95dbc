"""Lines that look like a heading and are not one: a breadcrumb with '>' between its parts ("Home > About us > NEC
minutes") names no meeting, and a line of prose that tells what a body did ("The NEC noted the report.") starts no
report. Pages written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_MINUTES = (
    "MINUTES OF THE MEETING OF THE NATIONAL EXECUTIVE COUNCIL\n"
    "held at Unity House, London on Saturday 14 September 2024\n\n"
    "1. GENERAL SECRETARY'S REPORT\n"
    "The General Secretary reported that membership stood at 21,400.\n\n"
    "{told}\n\n"
    "2. ORGANISING\n"
    "Amy Cole gave a presentation on recruitment. Since the spring, 900 members had joined.\n"
)


@pytest.mark.parametrize(
    "crumbs",
    [
        "Home  >  About us  >  How the union is run  >  NEC minutes",
        "Home > News > NEC report",
        "Agenda, decisions and minutes > Council > Minutes",
    ],
)
def test_a_breadcrumb_names_no_meeting(crumbs: str) -> None:
    page = f"Ashdown Workers' Union\n{crumbs}\n\n" + _MINUTES.format(told="The NEC noted the report.")
    reports = extract(page).reports
    assert [r.title for r in reports] == ["MINUTES OF THE MEETING OF THE NATIONAL EXECUTIVE COUNCIL"]
    assert reports[0].meeting_date is not None and reports[0].meeting_date.start == "2024-09-14"


@pytest.mark.parametrize(
    "told",
    [
        "The NEC noted the report.",
        "The executive received the report.",
        "The Executive Committee agreed the report.",
        "Our branch committee endorsed the report.",
    ],
)
def test_a_line_telling_what_the_body_did_starts_no_report(told: str) -> None:
    page = _MINUTES.format(told=told)
    reports = extract(page).reports
    assert len(reports) == 1
    assert reports[0].span.end > page.index("2. ORGANISING")


@pytest.mark.parametrize("headline", ["NEC backs new selection rules", "Executive report – 14 September 2024"])
def test_a_headline_without_a_stop_still_heads_a_report(headline: str) -> None:
    page = f"{headline}\n\nThe executive met on 14 September 2024 and agreed a new rule book by 20 votes to 4.\n"
    assert [r.title for r in extract(page).reports] == [headline]
