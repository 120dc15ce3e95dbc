"""Papers put in consecutive sentences and then one result for all ("The secretary, Lynne Harg, presented the annual
report. The treasurer, Femi Balo, presented the accounts. Both were adopted."): each paper is a motion with that
result, not only the last one put (round 22). Pages written here as union branch AGM minutes, a CLP AGM report and a
trades council record; a singular result after the papers settles the last one only."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C = Outcome.CARRIED


@pytest.mark.parametrize(
    "body",
    [
        "The secretary, Lynne Harg, presented the annual report. The treasurer, Femi Balo, presented the accounts."
        " Both were adopted.",
        "Our chair, Ruth Dale, presented the annual report. Then Sam Ode presented the accounts for 2024. Both were"
        " approved without dissent.",
    ],
)
def test_both_settles_each_paper_put(body: str) -> None:
    assert [m.outcome for m in one_report(body).motions] == [C, C]


def test_a_singular_result_settles_the_last_paper() -> None:
    body = (
        "The secretary, Lynne Harg, presented the annual report. The treasurer, Femi Balo, presented the accounts."
        " They were adopted after a question on the reserves."
    )
    assert len(one_report(body).motions) <= 2
    body = (
        "The secretary, Lynne Harg, presented the annual report. The treasurer, Femi Balo, presented the accounts."
        " The accounts were adopted."
    )
    assert [m.outcome for m in one_report(body).motions] == [C]
