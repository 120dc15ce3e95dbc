"""Arrears told by how long members are behind (round 12): "around 2,900 members are more than three months behind",
"1,200 members are two months behind with their subs" are `arrears`, as "behind with their subscriptions" is; a
length of time is the only thing that may stand between the verb and "behind". Sentences written for these tests in
several voices; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _figures(title: str, sentence: str) -> list[tuple[str, int]]:
    document = extract(f"{title}\n\nThe meeting opened with apologies. {sentence}\n")
    return [(m.metric.value, m.value) for report in document.reports for m in report.membership]


@pytest.mark.parametrize(
    ("title", "sentence", "value"),
    [
        ("Union NEC bulletin – 14 March 2025", "Around 2,900 members are more than three months behind.", 2900),
        ("Branch minutes, 3 June 2024", "About 1,200 members are two months behind with their subs.", 1200),
        ("CLP AGM report, 2 March 2024", "The treasurer said 85 members were over six weeks behind on payments.", 85),
        ("NEC report – 12 March 2024", "Some 500 members are still behind.", 500),
    ],
)
def test_members_some_time_behind_are_in_arrears(title: str, sentence: str, value: int) -> None:
    assert _figures(title, sentence) == [("arrears", value)]


def test_behind_a_thing_is_not_arrears() -> None:
    figures = _figures("Union NEC bulletin – 14 March 2025", "The union has 41,286 members, a little behind last year.")
    assert figures == [("members", 41286)]
