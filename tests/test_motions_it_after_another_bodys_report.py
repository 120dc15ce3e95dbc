"""'It' after a sentence in which the meeting's body takes another body's report ("The NEC noted the report of the
Disputes Panel. It agreed to expel two members.") may be either body: it is not taken for the meeting's. After a
person's report, or the meeting's own minutes, "it" is still the meeting. Pages written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

_NEC = "NEC report – 20 July 2010"


def _told_by_it(body: str, heading: str = _NEC) -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"{heading}\n\n{body}\n") if m.evidence.text.startswith("It")]


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        ("The NEC noted the report of the Disputes Panel. It agreed to expel two members.", _NEC),
        ("The executive received the minutes of the Finance Committee. It approved a new travel policy.", _NEC),
        (
            "The committee noted the Regional Board's report. It agreed to close the Eastgate office.",
            "Branch committee minutes, 2 April 2024",
        ),
    ],
)
def test_it_after_another_bodys_report_is_not_the_meeting(body: str, heading: str) -> None:
    assert _told_by_it(body, heading) == []


@pytest.mark.parametrize(
    "body",
    [
        "The NEC received the General Secretary's report. It agreed to hold a special conference.",
        "The NEC approved the minutes of the meeting of 5 May. It then agreed to hold a special conference.",
        "The NEC met on Tuesday. It agreed to open selections in March.",
    ],
)
def test_it_after_the_meetings_own_business_is_the_meeting(body: str) -> None:
    assert _told_by_it(body) == [Outcome.CARRIED]
