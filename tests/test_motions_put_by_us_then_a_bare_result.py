"""What the writer's side or the writer put in a sentence of its own ("We then moved that the strike fund be doubled.",
"I asked that the minutes record our objection."), settled by a next sentence that is the result alone ("Carried.",
"Lost again – only the CLP reps backed us.") or the tally alone after "same result" ("Same result, more or less,
12-19, with the officers against.") is that proposal decided (round 25, decide25b; issue 13, a tally or result told
later in a fragment of its own). The tool used to list nothing: a bare result pointed back only when a pronoun or a
named mover opened it. Not a sentence that put nothing ("We then discussed the audit."), nor another body's plan.

Every sentence is written for these tests, in an NEC write-up, union and council minutes, a CLP report and a news
report.
"""

from __future__ import annotations

import pytest

from support import CLP_TITLE as CLP
from support import COUNCIL_TITLE as COUNCIL
from support import NEC_TITLE as NEC
from support import NEWS_TITLE as NEWS
from support import UNION_TITLE as UNION
from support import page_motions


def motions(body: str, title: str) -> list[tuple[str, str, str, tuple[int | None, int | None] | None]]:
    return [
        (m.summary, m.outcome.value, m.evidence.text, (m.vote.for_, m.vote.against) if m.vote else None)
        for m in page_motions(body, title)
    ]


CASES = [
    ("We moved that the NEC publish the audit in full. Carried.", NEC, "carried", None),
    (
        "Next we moved that the executive publish the audit in full. Lost again – only the lay members backed us.",
        UNION,
        "defeated",
        None,
    ),
    ("I asked that the minutes record our objection. Agreed, though the chair was not happy.", CLP, "carried", None),
    ("We tried to refer the paper back to the Org Sub. Lost, 12-22.", NEC, "defeated", (12, 22)),
    (
        "We then moved that the strike fund be doubled. Same result, more or less, 9-14, with the officers voting "
        "against.",
        UNION,
        "defeated",
        (9, 14),
    ),
    (
        "The Labour group then proposed that the parking charges be frozen. Same result, 18-31.",
        COUNCIL,
        "defeated",
        (18, 31),
    ),
    ("Rebels on the board proposed that the sale be halted. Defeated by 7 votes to 4.", NEWS, "defeated", (4, 7)),
    ("We argued that members should be balloted first. Same result, 5 to 20.", NEC, "defeated", (5, 20)),
]


@pytest.mark.parametrize(("body", "title", "outcome", "tally"), CASES)
def test_put_by_us_then_a_bare_result(body: str, title: str, outcome: str, tally: tuple[int, int] | None) -> None:
    found = motions(body, title)
    assert len(found) == 1
    summary, decided, evidence, vote = found[0]
    assert decided == outcome
    assert summary and summary in body.split(".")[0]
    assert evidence == body
    assert tally is None or vote == tally


NOTHING_PUT = [
    ("We then discussed the audit. Same result, 9-14, on the earlier vote.", NEC),
    ("We asked about the audit. Carried over to next month, said the chair.", UNION),
    ("We will move at the next meeting that the audit be published. Carried motions from May were then read.", CLP),
]


@pytest.mark.parametrize(("body", "title"), NOTHING_PUT)
def test_nothing_put_then_a_bare_result_is_no_motion(body: str, title: str) -> None:
    assert motions(body, title) == []
