"""What an item is moved to ("held over to the May meeting", "deferred until June", "carried over to the
September meeting") lies ahead of the meeting, whatever the tense of the clause before it ("was held", "was"
plus a past cue); dates the clause only tells of stay on their side (language/dates/tense.py), on sentences
written here in several styles."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # NEC write-up: "was held" is no meeting held here
        (
            "A paper on subscriptions was held over to the May meeting for an impact assessment.",
            "2019-02-26",
            "2019-05",
        ),
        # union branch minutes, after a past cue earlier in the clause
        ("The claim, previously discussed, was deferred until the June meeting.", "2023-07-12", "2024-06"),
        # council minutes
        (
            "The application was previously carried over to the September meeting of the committee.",
            "2022-10-04",
            "2023-09",
        ),
        # news
        ("The vote was held over until March after the officers objected, the party said.", "2024-04-10", "2025-03"),
    ],
)
def test_the_date_an_item_is_moved_to_lies_ahead(sentence: str, meeting: str, expected: str) -> None:
    assert starts(sentence, meeting) == [expected]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        ("The regional conference was held in May, with record attendance.", "2019-02-26", "2018-05"),
        ("The item had been deferred from the June meeting for lack of time.", "2023-03-12", "2022-06"),
        ("Members previously voted for the claim in September.", "2022-07-04", "2021-09"),
    ],
)
def test_a_date_not_moved_to_keeps_the_clauses_tense(sentence: str, meeting: str, expected: str) -> None:
    assert starts(sentence, meeting) == [expected]
