"""A paper's title run on into the next sentence ("Board Report and Annual Accounts 2019 The Party's auditor was
present ...", as a scraped heading loses its line break) names no person: "Annual Accounts" is a paper, however the
apostrophe after it is written. Sentences written for these tests in the styles of a party briefing and union
minutes."""

from __future__ import annotations

import pytest

from support import speaker_names as names


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_papers_title_run_on_into_a_sentence_is_no_speaker(apostrophe: str) -> None:
    text = (
        "Branch committee, 3 May 2025\n\nBoard Report and Annual Accounts 2019 The Party"
        f"{apostrophe}s auditor was present at the meeting to present her report on the accounts.\n"
    )
    assert names(text) == set()


def test_a_treasurer_presenting_the_accounts_still_speaks() -> None:
    text = "Branch committee, 3 May 2025\n\nThe treasurer, Ann Cole, presented the annual accounts.\n"
    assert names(text) == {"Ann Cole"}
