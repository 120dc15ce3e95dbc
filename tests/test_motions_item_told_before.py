"""An outcome told of a pronoun after a sentence that opens with an item and says what it is (issue 13, round 10):
"The Annual Review summarises the year's work. This was approved by the NEC." is the review approved. Not when the
sentence before names no item, or already has its own result. Sentences written for these tests in several styles;
none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "text", "outcome"),
    [
        (
            "NEC meeting, 3 May 2025",
            "The annual report summarises the party's work over the year. This was approved by the NEC.",
            Outcome.CARRIED,
        ),
        (
            "Executive Committee minutes – 4 March 2025",
            "The draft campaign plan sets out three priorities for the spring. It was approved by the committee.",
            Outcome.CARRIED,
        ),
        (
            "Branch meeting, 14 May 2025",
            "The new code of conduct asks members to treat each other with respect. It was agreed without amendment.",
            Outcome.CARRIED,
        ),
        (
            "Minutes of the meeting of Full Council, 12 March 2025",
            "The proposal would close two libraries in the north of the borough. It was rejected.",
            Outcome.DEFEATED,
        ),
        (
            "General Committee, 9 April 2025",
            "The motion on bus fares calls for a cap of £2. After a short debate it was carried.",
            Outcome.CARRIED,
        ),
    ],
)
def test_a_pronoun_outcome_settles_the_item_the_sentence_before_opens_with(
    title: str, text: str, outcome: Outcome
) -> None:
    motions = titled_page_motions(f"{title}\n\n{text}\n")
    assert [m.outcome for m in motions] == [outcome]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("NEC meeting, 3 May 2025", "The General Secretary gave an update on staffing. This was noted."),
        ("Branch meeting, 14 May 2025", "Is the annual report ready yet? It was approved last year."),
        ("NEC meeting, 3 May 2025", "The policy committee meets in June. It has agreed guidelines for the forum."),
    ],
)
def test_no_item_settled(title: str, text: str) -> None:
    assert titled_page_motions(f"{title}\n\n{text}\n") == []


def test_an_item_with_its_own_result_is_not_settled_again() -> None:
    page = "NEC meeting, 3 May 2025\n\nThe annual report was approved. This was welcomed and agreed by all.\n"
    assert len(titled_page_motions(page)) == 1


def test_items_counted_before_a_plural_pronoun_are_left_to_the_counted_readers() -> None:
    page = (
        "Rules conference report\n\nMotions 12 and 14 both sought to mandate electronic voting. "
        "They were remitted to the executive.\n"
    )
    assert not any(m.summary.startswith("Motions 12 and 14 both") for m in titled_page_motions(page))
