"""Meeting dates: a meeting verb of its own before the day ("reconvened on"), whatever body is named; the cleft
"It was on 12 March that the committee met"; a sentence that opens with the day and then names the body by its
acronym ("12 March saw the GC meet")."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "There was a long discussion about the campaign. Several members raised concerns about the review."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Federal Board reconvened on 12 March 2024 after the recess.",
        "We reconvened on 12/03/2024 at the town hall.",
        "After the lunch break the group reconvened on Mar 12, 2024 to finish the agenda.",
    ],
)
def test_reconvened_before_the_day_ties_it_to_the_meeting(sentence: str) -> None:
    assert meeting_dates(f"Board report\n\n{sentence} {BODY}\n") == ["2024-03-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was on 12 March 2024 that the executive met at the town hall.",
        "It was on 12/03/2024 that we met in the library.",
        "It was 12 March 2024 when the branch committee finally gathered.",
    ],
)
def test_a_cleft_day_then_the_meeting_is_the_meetings(sentence: str) -> None:
    assert meeting_dates(f"Branch report\n\n{sentence} {BODY}\n") == ["2024-03-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "12 March 2024 saw the GC meet at the civic centre.",
        "On 12/03/2024 the EC met in Leeds.",
        "12 March 2024 saw the NPF gather for its first session.",
    ],
)
def test_an_opening_day_then_the_bodys_acronym_is_the_meetings(sentence: str) -> None:
    assert meeting_dates(f"General Committee report\n\n{sentence} {BODY}\n") == ["2024-03-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was on 12 March 2024 that the ballot closed.",
        "It was on 12 March 2024 that the executive will meet again.",
        "12 March 2024 saw the strike begin at the depot.",
    ],
)
def test_a_day_of_something_else_or_to_come_is_not_the_meetings(sentence: str) -> None:
    assert meeting_dates(f"Branch report\n\n{sentence} {BODY}\n") == [None]
