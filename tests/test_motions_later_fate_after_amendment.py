"""A sentence that tells an amendment's result, then the fate of the motion it amended: "The amendment was carried
by 23 votes to 12, at which point I withdrew the motion." The amendment keeps its result; the motion is withdrawn
(or remitted, or deferred)."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _outcomes(body: str) -> list[tuple[str, Outcome]]:
    motions = titled_page_motions(f"NEC meeting, 3 May 2025\n\n{body}\n")
    return [(m.kind.value, m.outcome) for m in motions]


@pytest.mark.parametrize(
    ("body", "fate"),
    [
        # an NEC member's blog
        (
            "I then moved my motion on the two-child limit, seconded by Tariq Ben. Helen Rusk moved an amendment "
            "replacing 'scrap' with 'keep under review'. The amendment was carried by 23 votes to 12, at which point "
            "I withdrew the motion rather than have our name put to it.",
            Outcome.WITHDRAWN,
        ),
        # CLP secretary's notes
        (
            "Jo Lee moved a motion on rail. Sam Park moved an amendment to delete the last line. The amendment was "
            "carried by 20 votes to 9, and Jo then withdrew the motion.",
            Outcome.WITHDRAWN,
        ),
        # union minutes
        (
            "Kim Obi moved a motion on the rota. Ann Cole moved an amendment. The amendment was agreed, after which "
            "the meeting deferred the substantive motion to the next meeting.",
            Outcome.DEFERRED,
        ),
    ],
)
def test_the_motion_takes_its_fate_and_the_amendment_keeps_its_result(body: str, fate: Outcome) -> None:
    found = _outcomes(body)
    assert ("motion", fate) in found
    assert [o for kind, o in found if kind == "amendment"] == [Outcome.CARRIED]


def test_no_fate_for_the_motion_when_the_sentence_tells_no_amendments_result() -> None:
    body = "Jo Lee moved a motion on rail. The Scottish party later withdrew a similar motion."
    assert _outcomes(body)[0] == ("motion", Outcome.UNKNOWN)  # the motion moved is not the one withdrawn
