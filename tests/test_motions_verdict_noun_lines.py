"""A decision told as a line that is only a verdict noun and its item, with no verb ("Go-ahead for the campaign plan,
with a smaller budget.", "Sign-off for the new subscription rates.", "Also the committee's approval of the accounts."),
as bulleted summaries and round-ups write them: the item carried. A line whose verb says the verdict is still to come
("Approval of the budget is expected in March."), a heading with no stop, and a verdict refused are none. Sentences
written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("NEC report, 3 March 2025", "Go-ahead for the by-election timetable, with hustings online."),
        ("Momentum NCG round-up", "Sign-off for the new sliding-scale subscription rates from April."),
        ("Branch committee minutes", "Also the committee's approval of the accounts for the year."),
        ("Regional board report", "Green light for two more organisers in the South West."),
        ("Union executive news", "Final approval of the revised strike pay scheme."),
    ],
)
def test_a_verdict_noun_line_is_a_decision(title: str, line: str) -> None:
    motions = titled_page_motions(f"{title}\n\n{line}\n")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("NEC report, 3 March 2025", "Approval of the budget is expected in March."),
        ("Momentum NCG round-up", "Sign-off for the new rates will come at the next meeting."),
        ("Branch committee minutes", "No go-ahead for the new office yet."),
        ("Regional board report", "Approval of the accounts\nThe treasurer took us through them."),
        ("Union executive news", "Endorsement of the campaign was withheld pending legal advice."),
    ],
)
def test_no_decision_in_a_verdict_still_to_come(title: str, line: str) -> None:
    assert titled_page_motions(f"{title}\n\n{line}\n") == []
