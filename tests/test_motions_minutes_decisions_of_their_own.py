"""Missed decisions (issue 13): minutes that open with the decision itself ("It was agreed that ...", "Agreed:
that ...", "RESOLVED – to ...") state a decision of their own, not the result of the item before them; but
"It was agreed to defer it" is the result of the item just put. Pages written for these tests in several styles
(union, council, CLP minutes, an NEC write-up), with negatives; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, DEF = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.DEFERRED

motions_of = titled_page_motions


@pytest.mark.parametrize(
    ("page", "expected", "words"),
    [
        # CLP executive minutes: a recommendation agreed, then two decisions under a subheading
        (
            "CLP executive minutes\n\nThe secretary outlined the officers' recommendation that the hall be booked "
            "for the AGM. Agreed.\n\nSocial events\nIt was agreed that the summer social would be held in July.\n"
            "It was agreed that tickets would cost £5.",
            [C, C, C],
            ["hall", "summer social", "tickets"],
        ),
        # parish council minutes: a deferred item, then decisions of the next minute
        (
            "Parish council minutes\n\n(iii) Works to the war memorial: deferred pending a quote.\n\n"
            "12/04 Allotments\nIt was agreed that the Clerk write to the tenants about the water supply.",
            [DEF, C],
            ["war memorial", "tenants"],
        ),
        # union branch minutes: a motion carried, then a labelled decision
        (
            "Branch meeting minutes\n\nA motion on the pay claim was moved by Ann Lee and carried.\n"
            "Agreed: that the branch buy a new banner for the May Day march.",
            [C, C],
            ["pay claim", "banner"],
        ),
        # an NEC write-up in minutes style, after an open item
        (
            "NEC report\n\nThe General Secretary presented the staffing report.\n"
            "It was decided that the review of regional offices would report in September.",
            [C],
            ["regional offices"],
        ),
    ],
)
def test_a_decision_opening_the_sentence_is_its_own(page: str, expected: list[Outcome], words: list[str]) -> None:
    motions = motions_of(page)
    assert [m.outcome for m in motions] == expected
    for motion, word in zip(motions, words, strict=True):
        assert word in motion.summary or word in motion.evidence.text


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the decision's object points back to the item just put: it settles that item
        ("Branch minutes\n\nA motion on bus fares was moved by Ann Lee. It was agreed to defer it to May.", [DEF]),
        (
            "Council minutes\n\nA motion on street lighting was moved by Cllr Hart. It was agreed that the motion be "
            "referred to the highways committee.",
            [R],
        ),
        ("CLP minutes\n\nA motion on libraries was moved by Tom Hart. It was agreed.", [C]),
        ("Union minutes\n\nAn amendment on the levy was moved by Jo Bell.\nAgreed: that it be withdrawn.", None),
    ],
)
def test_a_decision_on_the_item_just_put_settles_it(page: str, expected: list[Outcome] | None) -> None:
    motions = motions_of(page)
    assert len(motions) == 1
    if expected is not None:
        assert [m.outcome for m in motions] == expected
