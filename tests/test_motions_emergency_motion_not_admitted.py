"""An emergency motion (or any item) kept from the meeting because it did not meet the criteria, came in after the
deadline or was not accepted for debate was never put: no motion (SPEC: Votes, "A proposal ruled out of order was
never put"). The line a PDF broke on a word no sentence ends on ("... after the deadline; the" / "Executive did not
accept it ...") carries its sentence on, so the sentence is read whole. Kind seen on genre27b dev d10 and genre28a dev
d05 (two writers). Sentences written for these tests in several registers; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.language.text import split_sentences
from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        # CLP minutes
        "Minutes of the GC\n\n5. Emergency motion - bus cuts\nMoved by Dan Ives. The Chair ruled that it did not meet "
        "the criteria for an emergency motion and it will go to the May GC instead.",
        # trades council minutes, a PDF line broken after "the"
        "Minutes of the AGM\n\n8. Emergency motions\nAn emergency motion on the refuse strike was received after the "
        "deadline; the\nExecutive did not accept it, but delegates were urged to visit the picket line.",
        # union conference report
        "Conference report\n\nThe emergency motion on the depot closure was received too late and was not admitted.",
        # NEC write-up
        "NEC report\n\nOur emergency motion on the freeze date was not accepted for debate, to nobody's surprise.",
        # council minutes
        "Council minutes\n\nThe urgent motion from Cllr Rowe did not meet the Mayor's criteria for urgency.",
    ],
)
def test_an_item_kept_from_the_meeting_is_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        # admitted after all, then decided
        "Minutes of the AGM\n\nAn emergency motion on the refuse strike was accepted for debate and carried.",
        # the criteria themselves decided on
        "NEC report\n\nThe NEC agreed to widen the criteria for emergency motions to conference.",
        # a motion put and defeated
        "Branch minutes\n\nA motion to close the office was moved. The branch did not accept it, by 12 votes to 3.",
    ],
)
def test_an_item_put_and_decided_is_still_a_motion(page: str) -> None:
    motions = titled_page_motions(page)
    assert len(motions) == 1
    assert motions[0].outcome is not Outcome.UNKNOWN


def test_a_long_line_broken_on_an_open_word_carries_its_sentence_on() -> None:
    page = "The motion on the bus strike was received after the deadline; the\nExecutive then thanked the mover.\n"
    assert [s.text for s in split_sentences(page)] == [page.strip()]


@pytest.mark.parametrize(
    "page",
    [
        # a short line
        "Minutes of the AGM held on the\nPresent: Jo Reid, Dan Ives.\n",
        # a label in capitals opens the next line: the resolution is a sentence of its own
        "It was then moved by Councillor Ivens, seconded by Councillor Rowe and\nRESOLVED - That the plan be agreed.\n",
    ],
)
def test_a_short_line_or_a_label_after_it_still_ends_its_sentence(page: str) -> None:
    assert len(split_sentences(page)) == 2
