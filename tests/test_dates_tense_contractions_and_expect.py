"""A month with no year takes the year its clause's tense points to: a future written as a contraction onto its
word ("it'll come back in March", "they'll bring it back in March", "we'll see it in March") or told as what to
expect ("Expect a paper in May", "Members can expect a ballot in May") lies ahead of the meeting; before, the
contraction was never read (its cue sat right after a letter) and "expect" was no cue. Sentences written here in
the registers of an NEC blog, union minutes, council news and a CLP report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _month_year(heading: str, sentence: str) -> str | None:
    page = f"{heading}\n\nThe meeting was chaired by the vice-chair.\n\n{sentence}\n"
    [report] = extract(page, "test.txt").reports
    months = [mention.start for mention in report.dates if mention.text in ("March", "May")]
    return months[0] if months else None


@pytest.mark.parametrize(
    ("heading", "sentence", "month"),
    [
        ("NEC report – 16 July 2013", "It was sent in the wrong format, so it'll come back in March.", "2014-03"),
        ("Branch executive – 16 July 2013", "We couldn't agree it; they'll bring it back in March.", "2014-03"),
        ("Labour group – 16 July 2013", "The paper wasn’t ready. We’ll see it in March.", "2014-03"),
        ("NEC Report – 26 September 2024", "Expect a paper in May, and expect complaints about it.", "2025-05"),
        ("GC report – 26 September 2024", "Members can expect a ballot in May.", "2025-05"),
    ],
)
def test_a_contracted_or_expected_future_lies_ahead(heading: str, sentence: str, month: str) -> None:
    assert _month_year(heading, sentence) == month


@pytest.mark.parametrize(
    ("heading", "sentence", "month"),
    [
        ("NEC report – 16 July 2013", "It was agreed in March.", "2013-03"),
        ("NEC Report – 26 September 2024", "The review was expected to report in May, but it is late.", "2024-05"),
        ("Branch executive – 26 September 2024", "We'd already agreed the claim in May.", "2024-05"),
    ],
)
def test_the_past_stays_behind(heading: str, sentence: str, month: str) -> None:
    assert _month_year(heading, sentence) == month
