"""The meeting's own body named in full in the text, by a name its report's title does not give ("The NEU Executive
agreed ..." in an "Executive report", "The Scottish Executive Committee agreed ..." under "Report of the meeting"),
is the meeting's: a name tells another body from ours only when the title names ours by another head ("The TUC
General Council voted ..." in an NEC report). Pages written for these tests, in the voices of a union's executive
news, a Scottish and a Welsh Labour report, a CLP report and an NEC write-up."""

from __future__ import annotations

import pytest

from nec_extract import extract


def outcomes(page: str) -> list[str]:
    return [m.outcome.value for r in extract(page, "test.txt").reports for m in r.motions]


@pytest.mark.parametrize(
    "page",
    [
        "Executive report, 3 May 2022\n\nThe NEU Executive agreed to ballot members over pay.",
        "Executive news\n\nThe PCS NEC voted to launch a national ballot over the pay offer.",
        "National Education Union\n\nExecutive report, 3 May 2022\n\nThe NEU Executive agreed to ballot members.",
        "Report of the meeting, 14 March 2023\n\nThe Scottish Executive Committee agreed the timetable for selections.",
        "My report from the March meeting\n\nThe Welsh Executive Committee backed the new code of conduct.",
        "Report back\n\nThe Hornsey CLP General Committee agreed to affiliate to the campaign.",
    ],
)
def test_our_body_named_in_full_is_ours(page: str) -> None:
    assert outcomes(page) == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report, 14 March 2023\n\nThe TUC General Council voted to back the strike.",
        "Federal Board report – March 2024\n\nThe Federal Conference Committee has agreed to hold the conference in "
        "Brighton.",
        "Branch committee report\n\nThe GMB Regional Council agreed to fund the campaign.",
    ],
)
def test_another_body_under_a_title_naming_ours_is_not_ours(page: str) -> None:
    assert outcomes(page) == []
