"""People named only as put forward for a post are not speakers (round 27): the names set beside a nominations
heading ("Two nominations for the vacancy: A and B") and a name with a bare "confirmed" in a telegraphic passive
("X confirmed as Returning Officer", "...: X confirmed"), in an NEC write-up, union minutes, council minutes and a
news report; someone who confirmed something, or whose nomination came from them, still speaks."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _named(page: str) -> set[str]:
    (report,) = extract(page, "test.txt").reports
    return {s.name for s in report.speakers if s.name}


_HEADERS = {
    "nec": "NEC report, 12 March 2024\n\nThe NEC met on Tuesday. The Chair, Ifeoma Larkin, opened the meeting.\n\n",
    "union": "Minutes of the Branch Executive held on 4 June 2024\n\nChair: Ifeoma Larkin\n\n",
    "council": "Minutes of Full Council held on 9 July 2024\n\nIn the Chair: Cllr Ifeoma Larkin (Mayor)\n\n",
    "news": "Party executive fills vacancies\n\nThe party's executive met on Saturday, chaired by Ifeoma Larkin.\n\n",
}


@pytest.mark.parametrize("register", sorted(_HEADERS))
@pytest.mark.parametrize(
    "line",
    [
        "Two nominations for the vacancy: Tobias Wren and Nell Achebe.",
        "5.2 Nominations received for the Youth Officer post: Tobias Wren, Nell Achebe.",
        "Appointment of a Returning Officer for the deputy leadership contest: Tobias Wren confirmed",
        "Tobias Wren confirmed as Returning Officer for the ballot.",
    ],
)
def test_the_people_put_forward_do_not_speak(register: str, line: str) -> None:
    named = _named(_HEADERS[register] + line + "\n")
    assert "Ifeoma Larkin" in named
    assert not {"Tobias Wren", "Nell Achebe"} & named


@pytest.mark.parametrize("register", sorted(_HEADERS))
@pytest.mark.parametrize(
    "line",
    [
        "Tobias Wren confirmed that the ballot would open on Monday.",
        "Tobias Wren confirmed the timetable for the ballot.",
        "Asked about the timetable, Tobias Wren confirmed it would open on Monday.",
        "Secretary's report (Tobias Wren)",
        "A nomination from Tobias Wren was received and accepted.",
    ],
)
def test_who_confirmed_or_nominated_still_speaks(register: str, line: str) -> None:
    assert "Tobias Wren" in _named(_HEADERS[register] + line + "\n")
