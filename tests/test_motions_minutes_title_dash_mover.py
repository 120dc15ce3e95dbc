"""Minutes' items whose title is followed by a dash or colon and then who moved and seconded them ("(a) Car parking
charges – moved Dean Cole, seconded Bev Lind."), the motion's words and its result in the sentences after."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _motions(body: str, heading: str = "Branch committee, 3 May 2025"):
    return titled_page_motions(f"{heading}\n\n{body}\n")


def test_lettered_items_each_a_motion_with_its_mover_seconder_and_result() -> None:
    body = (
        "4. Motions to Regional Council\n"
        "(a) Car parking charges – moved Dean Cole, seconded Bev Lind. Calls on the region to back free staff "
        "parking. Carried unanimously.\n"
        "(b) Violence against staff – moved Sandra Pyke, seconded Kelly Ash. Femi Ade raised concerns about the "
        "wording. Deferred to the June committee.\n"
        "(c) Affiliation to the campaign – moved Tom Wren, seconded Marc Hale. Lost, 4 for, 7 against, 1 abstention."
    )
    motions = _motions(body)
    assert [m.outcome for m in motions] == [Outcome.CARRIED, Outcome.DEFERRED, Outcome.DEFEATED]
    assert [m.movers for m in motions] == [["Dean Cole"], ["Sandra Pyke"], ["Tom Wren"]]
    assert [m.seconders for m in motions] == [["Bev Lind"], ["Kelly Ash"], ["Marc Hale"]]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # CLP GC minutes, a colon after the title
        ("Rail nationalisation: proposed Jo Lee, seconded Kim Park. Agreed nem con.", Outcome.CARRIED),
        # union branch, an en dash
        ("Strike fund donation – moved Ravi Shah, seconded Ann Cole. Fell on a show of hands.", Outcome.DEFEATED),
        # council
        ("Bus shelter repairs – proposed Cllr Ross, seconded Cllr Moore. Withdrawn by the mover.", Outcome.WITHDRAWN),
    ],
)
def test_a_title_then_mover_and_seconder_is_the_item_its_result_settles(body: str, outcome: Outcome) -> None:
    assert [m.outcome for m in _motions(body)] == [outcome]


def test_the_motion_told_in_the_same_sentence_is_left_to_its_own_readers() -> None:
    """ "– Proposed X, seconded Y, that ...": the seconder does not close the sentence; no bare introduction is
    made of the item title, so an amendment between and the substantive result read as before."""
    body = (
        "C/147 COMMUNITY GRANTS – Proposed Cllr Tate, seconded Cllr Malik, that grants be awarded as set out in the "
        "schedule. An amendment proposed by Cllr Fox, seconded by Cllr Bell, to withhold one grant was put to the "
        "vote and LOST. The substantive motion was then put and it was RESOLVED that the grants be awarded."
    )
    assert not any(m.movers == ["Tate"] and m.outcome is Outcome.UNKNOWN for m in _motions(body))


def test_a_dash_then_an_adjective_proposed_makes_no_mover() -> None:
    assert _motions("Car parking – proposed changes to the rota were noted by the committee.") == []
