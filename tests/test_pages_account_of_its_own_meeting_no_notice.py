"""An account that opens a sentence on its one meeting as the subject of what it did ("The meeting opened with
apologies", "This meeting heard from ...") is no notice of a meeting to come, even when its first sentences name
another event ahead; the same proceedings told ahead ("The meeting will open with ...") leave a notice a notice.
Pages written for these tests (round 18): CLP minutes, trades council notes, a branch's notice."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

ACCOUNTS = [
    # CLP minutes: the meeting's own proceedings, then an event ahead
    "Branch committee meeting – 3 May 2024\n\nThe meeting opened with apologies.\n\nThe rally will be held on 8 "
    "June.\n",
    # trades council notes, in a different order and voice
    "Trades council – 12 March 2024\n\nThe May Day march will take place on 4 May. This meeting heard from the "
    "bus drivers' rep.\n",
]
NOTICES = [
    # the meeting's proceedings told ahead: still a notice
    "Branch committee – 12 June 2024\n\nThe next meeting will be held on 12 June. The meeting will open with "
    "apologies.\n",
    "General meeting – 20 June 2024\n\nThe meeting will take place on 20 June at 7pm. It is to be chaired by the "
    "vice-chair.\n",
]


@pytest.mark.parametrize("page", ACCOUNTS)
def test_an_account_of_its_meeting_is_no_notice(page: str) -> None:
    assert len(extract(page, "test.txt").reports) == 1


@pytest.mark.parametrize("page", NOTICES)
def test_a_notice_stays_a_notice(page: str) -> None:
    assert extract(page, "test.txt").reports == []
