"""A person the meeting chose for a post, told by the post's verb ("was chosen to chair the panel", "was elected to
convene the group"), by a verb that chooses only with the post named ("was made its vice-chair", "was named as
treasurer"), by the author glad to be chosen ("I was delighted to be chosen as vice-chair"), or with who the person
is between the name and the verb ("Ann Lee of the PLP section was chosen ..."), or in the active by the body ("The
executive made Dev Marsh its vice-chair"): one election each. Not elections: "appointed to the policy committee"
(where one sits), "was made to wait", "was named in the report", "the report named her as a witness", "made her
aware". Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "person"),
    [
        # an NEC write-up: the post told by its verb
        ("NEC report\n\nPriya Nandra of the PLP section was chosen to chair the Disputes Panel.", "Priya Nandra"),
        ("Branch AGM minutes\n\nGwen Atkins was elected to convene the women's forum for the year.", "Gwen Atkins"),
        ("Union executive report\n\nTom Hart from Unison was appointed to lead the pay review group.", "Tom Hart"),
        # a post named after a verb that chooses only so
        ("Executive committee minutes\n\nDev Marsh was made its vice-chair.", "Dev Marsh"),
        ("Scottish executive report\n\nKaren Bell was named as the new treasurer.", "Karen Bell"),
        ("Federal board report\n\nOlu Adams was then installed as chair of the audit committee.", "Olu Adams"),
        # the author, glad to be chosen
        ("NEC report\n\nI was delighted to be chosen as vice-chair of the committee.", "the author"),
        ("CLP bulletin\n\nI was proud to be made secretary of the branch.", "the author"),
    ],
)
def test_a_person_chosen_for_a_post_in_the_passive_is_an_election(page: str, person: str) -> None:
    motions = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.OTHER, Outcome.CARRIED)]
    assert person in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        # the active voice: the meeting chose them
        "Union executive report\n\nThe executive appointed Raj Patel to chair the review.",
        "NEC report\n\nWe chose Ann Lee to chair the panel.",
        # verbs that choose only with the post named
        "Executive committee minutes\n\nThe executive made Dev Marsh its vice-chair.",
        "Branch minutes\n\nThe committee named Tina Wood as treasurer.",
        "Union conference report\n\nDelegates then made Jo Hart honorary president.",
    ],
)
def test_a_person_chosen_for_a_post_in_the_active_is_a_decision(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nJo Bloggs was appointed to the policy committee last year.",
        "Branch minutes\n\nKay Jones was made aware of the complaint.",
        "Branch minutes\n\nThe secretary was made to wait for an answer.",
        "Union executive report\n\nSam Hill was named in the report on the dispute.",
        "CLP bulletin\n\nI was delighted to be asked to speak at the rally.",
        "Union executive report\n\nThe report named Tina Wood as a witness.",
        "Branch minutes\n\nThe committee made Tina Wood aware of the complaint.",
    ],
)
def test_no_post_chosen_is_no_election(page: str) -> None:
    assert titled_page_motions(page) == []
