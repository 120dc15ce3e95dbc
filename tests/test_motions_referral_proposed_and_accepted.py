"""A referral of the item just put, proposed and accepted in one sentence ("A motion on rotas was debated. Sis. Khan
proposed referring it to the Industrial Committee, and that is what happened.") remits that item (round 25,
decide25b; issue 13, a referral told indirectly). The tool used to leave the item with no outcome and list the
referral as a motion of its own (or, with "and that was agreed", to carry the item). Not a referral proposed and not
taken, nor one with no word that it was accepted.

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
from support import page_motion_triples as motions

CASES = [
    (
        "A motion from the Leeds branch on rotas was debated. Sis. Khan proposed referring it to the Industrial "
        "Committee, and that is what happened.",
        UNION,
    ),
    (
        "The motion on open selections was debated for an hour. I proposed that it go to the Org Sub first, which is "
        "what happened.",
        NEC,
    ),
    (
        "The motion on the library was moved by Jo. The chair suggested sending it to the EC, and that was agreed.",
        CLP,
    ),
    (
        "The motion on bus lanes was moved by Cllr Ray. Cllr Hill proposed referring it to the Transport Scrutiny "
        "Panel, which was agreed.",
        COUNCIL,
    ),
    (
        "A motion from the drivers on night shifts was put to the meeting. An official suggested sending it back to "
        "the branch, and that is what happened.",
        NEWS,
    ),
]


@pytest.mark.parametrize(("body", "title"), CASES)
def test_referral_proposed_and_accepted(body: str, title: str) -> None:
    found = motions(body, title)
    assert len(found) == 1
    _summary, outcome, evidence = found[0]
    assert outcome == "remitted"
    assert evidence == body


NOT_TAKEN = [
    (
        "The motion on open selections was debated. I proposed referring it to the Org Sub, but that is not what "
        "happened: it was carried 20-10.",
        NEC,
    ),
    ("The motion on open selections was debated. I proposed referring it to the Org Sub. Nobody agreed.", NEC),
]


@pytest.mark.parametrize(("body", "title"), NOT_TAKEN)
def test_referral_not_accepted_remits_nothing(body: str, title: str) -> None:
    assert all(outcome != "remitted" for _summary, outcome, _evidence in motions(body, title))
