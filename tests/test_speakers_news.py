"""Speakers in news reports of a meeting: a quote attributed after it, "X told the meeting", "according to X", a
purpose clause ("broke ranks to speak"), and what is said elsewhere or afterwards (a statement, a word with the
press after the meeting). Sentences written for these tests, invented people, in the styles of a national news
report, a local paper and a union's own press release."""

from __future__ import annotations

import pytest

from support import speaker_names as names


@pytest.mark.parametrize(
    "text",
    [
        '"Our members have had enough," said Marta Kovacs, the union\'s general secretary.',
        "“This was the right call,” added deputy general secretary Marta Kovacs, who led the talks.",
        '"We will be back next year," says executive member Marta Kovacs.',
        "“Nobody voted against,” said the union’s president, Marta Kovacs.",
        "Marta Kovacs told the meeting that the consultation had returned a large vote for action.",
        "According to Marta Kovacs, the union's president, the decision was unanimous.",
        "The vote was close, according to Marta Kovacs.",
        "But her own deputy, Cllr Marta Kovacs, broke ranks to speak against the plan.",
    ],
)
def test_a_news_report_names_who_spoke(text: str) -> None:
    assert names(text) == {"Marta Kovacs"}


def test_a_pronoun_after_an_attribution_is_that_person() -> None:
    text = 'According to Marta Kovacs, the vote was unanimous. "Not one voice against," she said.'
    assert names(text) == {"Marta Kovacs"}


@pytest.mark.parametrize(
    "text",
    [
        "The schools minister, Tom Ashdown, said in a statement on Sunday that strikes would harm pupils.",
        "Tom Ashdown said in a press release that the offer was final.",
        "Speaking after the meeting, Tom Ashdown, who chairs the residents' group, said the campaign would go on.",
        "Commenting afterwards, campaigner Tom Ashdown said the result was a relief.",
        '"It is a scandal," the newspaper quoted Tom Ashdown as saying last year.',
    ],
)
def test_what_is_said_elsewhere_or_afterwards_is_no_speech_at_the_meeting(text: str) -> None:
    assert names(text) == set()


def test_a_statement_made_to_the_meeting_is_speech_there() -> None:
    assert names("In his statement to the committee, Tom Ashdown said the books balanced.") == {"Tom Ashdown"}


@pytest.mark.parametrize(
    "text",
    [
        # a local paper's own name
        "Speaking to the Courier yesterday, Cllr Tom Ashdown said he was disappointed but not bitter.",
        "Tom Ashdown told the Echo that he would appeal against the decision.",
        # a national title or a news site
        "Tom Ashdown told LabourList the shortlist had been imposed without consultation.",
        "Speaking to the Gazette on Monday, Tom Ashdown said the ballot had been ignored.",
    ],
)
def test_a_word_to_a_newspaper_is_no_speech_at_the_meeting(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to the committee, Tom Ashdown said the plan was sound.",
        "Speaking to the motion, Tom Ashdown said the fee had not risen since 2016.",
        "Tom Ashdown told the meeting that the Echo had misreported the ballot.",
    ],
)
def test_speaking_to_the_meeting_or_a_motion_is_speech_there(text: str) -> None:
    assert names(text) == {"Tom Ashdown"}


def test_a_paper_presented_to_the_meeting_is_no_newspaper() -> None:
    assert names("Ann Lowe, who chairs the committee, presented a paper on access.") == {"Ann Lowe"}
