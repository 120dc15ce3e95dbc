"""A person the meeting chose, told by the post they took rather than by "elected": what they became ("Maria Lopez
became Chair"), took over as or took ("Bea Klein takes the vice-chair"), will chair ("will chair the finance
committee"), won the election to, or were the body's choice as; those named with them ("with Dan Oduya as
Vice-Chair and Sue Grant taking Secretary"); posts each before a person after a colon ("Election of officers: Chair,
Pat Doyle; Secretary, Omar Khan"); and a panel elected as a list under its name ("Elected to the appeals panel: A, B
and C"), one decision. Not choices: a post taken at another time ("Since Jo Bell became chair"), a wish ("We hope
Raj Dev becomes treasurer"), the chair of a meeting ("Ann Lee took the chair", "will chair the meeting"), an office
held ("Ann Lee is chair of the panel"). Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import pipeline_motions, titled_page_motions


@pytest.mark.parametrize(
    ("page", "people"),
    [
        # branch AGM minutes: the first post told by what she became, the others gapped
        (
            "Branch AGM minutes\n\nMaria Lopez became Chair, with Dan Oduya as Vice-Chair and Sue Grant taking "
            "Secretary.",
            ["Maria Lopez", "Dan Oduya", "Sue Grant"],
        ),
        # a news report in the present tense
        ("Union news\n\nCarl Edwards, the Unite rep, becomes chair of the disputes panel.", ["Carl Edwards"]),
        ("Union news\n\nRaj Dev takes over as treasurer.", ["Raj Dev"]),
        # an NEC write-up
        (
            "NEC report\n\nSam Ortiz will chair the finance committee, and Bea Klein takes the vice-chair.",
            ["Sam Ortiz", "Bea Klein"],
        ),
        ("NEC report\n\nJo Pike won the election to chair the NEC.", ["Jo Pike"]),
        # council group minutes
        ("Labour group minutes\n\nNina Rao was the group's choice as new leader.", ["Nina Rao"]),
        # CLP minutes: posts before their people
        (
            "CLP AGM minutes\n\nElection of officers: Chair, Pat Doyle; Secretary, Omar Khan; Treasurer, Lily Chen.",
            ["Pat Doyle", "Omar Khan", "Lily Chen"],
        ),
    ],
)
def test_a_post_taken_is_an_election(page: str, people: list[str]) -> None:
    motions = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.OTHER, Outcome.CARRIED)] * len(people)
    for motion, person in zip(motions, people, strict=True):
        assert person in motion.summary


def test_a_panel_elected_as_a_list_is_one_decision_after_the_one_before() -> None:
    page = (
        "Executive news\n\nThe budget was endorsed.\n\n"
        "Elected to the appeals panel: Ann Hill, Raj Modi and Lee Burns.\n"
    )
    motions = titled_page_motions(page)
    assert len(motions) == 2
    assert motions[0].summary == "budget"
    assert motions[1].evidence.text.startswith("Elected to the appeals panel")
    assert "Lee Burns" in motions[1].evidence.text


@pytest.mark.parametrize(
    "body",
    [
        "Since Jo Bell became chair in 2019, meetings have been shorter.",
        "We hope Raj Dev becomes treasurer next year.",
        "Ann Lee took the chair for the last item.",
        "Tom Hart will chair the meeting in May.",
        "Ann Lee is chair of the disputes panel.",
        "Ann Lee, who became chair last year, opened the meeting.",
        "The Tories won the election to the council.",
    ],
)
def test_a_post_held_wished_for_or_taken_at_another_time_is_no_election(body: str) -> None:
    assert pipeline_motions(f"Branch meeting, 3 May 2024\n\n{body}\n") == []
