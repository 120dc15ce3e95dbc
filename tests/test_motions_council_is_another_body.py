"""The council (or its cabinet) in the report of a union branch, a CLP or a Labour group is another body, the
employer or the local authority: what it confirmed or agreed is no decision of the meeting. Where the title names
a council, "the council" is the meeting. Pages written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Branch committee report – 5 March 2024", "The council has confirmed it is looking at a leisure trust."),
        ("Branch committee report – 5 March 2024", "The county council confirmed the closure of two libraries."),
        ("Hillside CLP general committee, 6 June 2023", "The council agreed its budget last week with a 4.99% rise."),
        ("Castlemere Labour Group meeting, 4 February 2008", "The cabinet approved the depot sale on Monday."),
    ],
)
def test_a_council_in_another_bodys_report_decides_nothing_of_the_meeting(heading: str, sentence: str) -> None:
    assert titled_page_motions(f"{heading}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Minutes of the meeting of the Council, 12 October 2022", "The Council agreed the Housing Strategy."),
        ("Minutes of the Cabinet, 8 June 2022", "The Cabinet approved the depot sale."),
        ("Nether Ash Parish Council minutes, 3 March 2009", "The council agreed to buy a defibrillator."),
    ],
)
def test_the_council_the_title_names_is_the_meeting(heading: str, sentence: str) -> None:
    assert [m.outcome for m in titled_page_motions(f"{heading}\n\n{sentence}\n")] == [Outcome.CARRIED]


def test_the_branch_still_decides_in_its_own_report() -> None:
    page = "Branch committee report – 5 March 2024\n\nThe committee agreed to oppose the leisure trust.\n"
    assert len(titled_page_motions(page)) == 1


def test_a_council_in_a_clps_report_decides_nothing_told_by_the_parse() -> None:
    page = "Hillside CLP general committee, 6 June 2023\n\nThe council agreed to block the sale of the playing field.\n"
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Union executive meeting, 9 May 2019", "The executive council agreed the application for a hardship grant."),
        ("National Executive report – 9 May 2019", "The national executive council approved the accounts."),
    ],
)
def test_a_council_named_by_the_titles_word_is_the_meeting(heading: str, sentence: str) -> None:
    assert [m.outcome for m in titled_page_motions(f"{heading}\n\n{sentence}\n")] == [Outcome.CARRIED]
