"""Two lines of one sentence, the second carrying it on in lower case, are one sentence (round 22, voices22): PDF and
e-mail text breaks a sentence at the line's end ("1. Minutes of 20 Sept and of the special" / "meeting on 4 October
– agreed."), and the item and its result must be read together. Lines written for these tests; none is quoted from
a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.language.text import split_sentences
from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "1. Minutes of 20 Sept and of the special\nmeeting on 4 October – agreed.",
            ["1.", "Minutes of 20 Sept and of the special\nmeeting on 4 October – agreed."],
        ),
        (
            "Leaders report – Jo spoke about the by-elections. questions\non Brexit and the new media team.",
            ["Leaders report – Jo spoke about the by-elections. questions\non Brexit and the new media team."],
        ),
        # a short heading, a closed line, a list marker and a capital after an open line stay apart
        ("Finance\nthe budget was agreed.", ["Finance", "the budget was agreed."]),
        (
            "The minutes of the last meeting were agreed.\nthen the chair opened the debate.",
            ["The minutes of the last meeting were agreed.", "then the chair opened the debate."],
        ),
        (
            "Decisions taken by the executive committee this month\n- the budget was agreed",
            ["Decisions taken by the executive committee this month", "- the budget was agreed"],
        ),
        (
            "Motions carried at the annual general meeting of the branch\nMotion 1 on pay",
            ["Motions carried at the annual general meeting of the branch", "Motion 1 on pay"],
        ),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


def test_the_item_and_its_result_are_read_together() -> None:
    page = "NEC report\n\n2. The proposal to move the conference to the spring and to cut\nits length was agreed."
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]
