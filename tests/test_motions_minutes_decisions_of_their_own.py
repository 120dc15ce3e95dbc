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


@pytest.mark.parametrize(
    ("page", "expected", "decided"),
    [
        # an NEC write-up: a proposal left without a result, then the body decides something else
        (
            "NEC report\n\nHarry Dale moved that every CLP send a delegate to the forum. Few others spoke for it."
            "\n\nWith 19 votes, the NEC voted to hold the women's conference in Swansea.",
            [Outcome.UNKNOWN, C],
            "Swansea",
        ),
        # union executive minutes
        (
            "Executive minutes\n\nA paper on regional structures was tabled by the secretary.\n"
            "The executive decided to open a new office in Hull.",
            [Outcome.UNKNOWN, C],
            "Hull",
        ),
        # council group notes
        (
            "Group meeting notes\n\nCllr Shah moved that the group publish its own budget.\n"
            "By 12 votes to 4, the group agreed to fund a new library van.",
            [Outcome.UNKNOWN, C],
            "library",
        ),
    ],
)
def test_the_body_deciding_a_new_item_does_not_settle_the_one_before(
    page: str, expected: list[Outcome], decided: str
) -> None:
    motions = motions_of(page)
    assert [m.outcome for m in motions] == expected
    assert decided in motions[-1].evidence.text and decided not in motions[0].evidence.text


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nA motion on rail was moved by Jo Bell. The NEC agreed to support it by 20 votes to 3.",
        "Branch minutes\n\nThe secretary moved a motion on school meals. The branch voted to back the motion.",
        "Council minutes\n\nCllr Grey presented the annual report. Members voted to accept the report.",
    ],
)
def test_the_body_deciding_on_the_item_just_put_settles_it(page: str) -> None:
    motions = motions_of(page)
    assert [m.outcome for m in motions] == [C]
