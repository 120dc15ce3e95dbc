"""Two things about items put "by" someone (issue 13, round 12): a deadline after "by" ("motions must be submitted by
Friday / by 1 July / by the deadline") names a time, so the sentence puts no motion; and where the mover stands between
the noun and the item's words ("A motion was submitted by Jo Reid calling for a rent freeze"), the summary is the
item's words. Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


@pytest.mark.parametrize(
    "sentence",
    [
        "The secretary reminded members that motions for conference must be submitted by Friday.",
        "Motions for the AGM must be submitted by 1 July.",
        "Amendments should be tabled by the deadline set by the regional office.",
        "Nominations for the executive are to be submitted by noon on the day.",
    ],
)
def test_a_deadline_after_by_puts_no_motion(sentence: str) -> None:
    assert titled_page_motions(f"Branch minutes, 3 June 2024\n\nThe branch met. {sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "summary", "movers"),
    [
        ("A motion was submitted by Jo Reid calling for a rent freeze.", "calling for a rent freeze", ["Jo Reid"]),
        ("A motion was moved by Cllr Ash to freeze parking charges.", "to freeze parking charges", ["Ash"]),
        ("An emergency motion was tabled by Unite on the pay offer.", "on the pay offer", []),
    ],
)
def test_the_summary_skips_who_put_the_item(sentence: str, summary: str, movers: list[str]) -> None:
    motions = titled_page_motions(f"Branch minutes, 3 June 2024\n\n{sentence}\n")
    assert [(m.summary, m.movers) for m in motions] == [(summary, movers)]
