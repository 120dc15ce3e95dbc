"""A paper put by a person asking the meeting to approve it ("The Treasurer asked the NEC to approve the 2025
budget"), its result told sentences later ("Approval given.", "Agreed."): one motion, settled by that result
(round 22). Pages written here as a Co-op NEC member's blog, union branch minutes and council group notes; a request
to a body outside the meeting puts nothing to it."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report


@pytest.mark.parametrize(
    "body",
    [
        "On finance, Treasurer Osman Baile asked the NEC to approve the 2025 budget. The budget is broadly flat. A"
        " question about the new CRM went unanswered. Approval given.",
        "The secretary asked the committee to adopt the annual report. There were questions on casework numbers."
        " Agreed.",
        "Cllr Raj Sandhu asked colleagues to endorse the draft group manifesto. Several councillors wanted more on"
        " housing. It was endorsed.",
    ],
)
def test_a_paper_asked_to_be_approved_is_settled_later(body: str) -> None:
    assert [m.outcome for m in one_report(body).motions] == [Outcome.CARRIED]


def test_a_request_to_another_body_puts_nothing() -> None:
    body = "Our MP asked the government to approve the hospital budget before the summer."
    assert one_report(body).motions == []
