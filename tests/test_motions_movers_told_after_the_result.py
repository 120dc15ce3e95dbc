"""Who put an item, told in the sentence after its result, belongs to that item (SPEC: movers, seconders): "A motion
declaring a climate emergency was passed. The motion, proposed by Amy Hart and seconded by Raj Lal, commits the
council to ...". News reports and council minutes tell the result first. A sentence that names another item ("The
motion on buses, proposed by ..."), an item of another name ("The NEC agreed the budget. The motion was moved by
..."), or a result of its own, is no such line. Sentences written for these tests in several registers; none is
quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, U = Outcome.CARRIED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    "page",
    [
        # local news: the result, then a clause in apposition
        "Council news – 3 May 2022\n\nA motion declaring a climate emergency was passed unanimously at the full "
        "council last night. The motion, proposed by Amy Hart and seconded by Raj Lal, commits the council to net "
        "zero by 2030.",
        # union newsletter: the mover first, in a participle
        "Branch news\n\nThe branch backed a motion calling for a pay claim of 10%. Proposed by Amy Hart and seconded "
        "by Raj Lal, the motion will now go to the regional council.",
        # CLP bulletin: a passive with a pronoun
        "CLP bulletin, March\n\nAn emergency motion on the hospital closure was carried with two abstentions. It was "
        "moved by Amy Hart and seconded by Raj Lal.",
        # minutes: a relative clause
        "Minutes of the General Committee, 9 March 2023\n\nThe motion on rail fares was agreed. The motion, which was "
        "moved by Amy Hart and seconded by Raj Lal, will be sent to the MP.",
    ],
)
def test_the_movers_told_after_the_result_are_the_items(page: str) -> None:
    motions = titled_page_motions(page)
    assert [(m.outcome, m.movers, m.seconders) for m in motions] == [(C, ["Amy Hart"], ["Raj Lal"])]


@pytest.mark.parametrize(
    "page",
    [
        "Youth news\n\nThe committee unanimously passed an emergency motion condemning the cuts to youth services. "
        "The motion was proposed by the committee's chair.",
        "Executive report\n\nThe executive agreed the new hardship scheme. It was moved by the General Secretary and "
        "seconded by the President.",
    ],
)
def test_a_mover_named_by_a_post_after_the_result_adds_no_motion(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # another item named by what it is about
        (
            "Council news – 3 May 2022\n\nA motion declaring a climate emergency was passed unanimously. Proposed by "
            "Amy Hart, the motion on buses calls for free travel for under-18s.",
            [(C, []), (U, ["Amy Hart"])],
        ),
        # a motion is not the budget just agreed; its result follows
        (
            "NEC report – 3 May 2022\n\nThe NEC agreed the budget. The motion was moved by Amy Hart and seconded "
            "by Raj Lal. It was carried by 20 votes to 3.",
            [(C, []), (C, ["Amy Hart"])],
        ),
    ],
)
def test_another_item_or_another_noun_keeps_its_own_movers(
    page: str, expected: list[tuple[Outcome, list[str]]]
) -> None:
    assert [(m.outcome, m.movers) for m in titled_page_motions(page)] == expected
