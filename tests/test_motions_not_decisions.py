"""Sentences that hold a decision or outcome word but state no decision of the meeting: each one a paraphrase
of a kind the rules once took for a motion (short items, headlines, stances, the author's vote, words with
other senses). Written for these tests; none is quoted from a real page. Run with and without the parser."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions import extract_motions
from nec_extract.extractors.votes import extract_votes
from nec_extract.models import Motion, Outcome
from support import report_context


def motions_of(text: str, parse: bool) -> list[Motion]:
    report = report_context(text, parse=parse)
    return extract_motions(report, extract_votes(report), [])


@pytest.mark.parametrize("parse", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # a short subject with an intransitive outcome verb and no motion noun
        "Membership fell.",
        "Turnout fell sharply in the by-election.",
        "The Tories lost.",
        "Our candidate lost by 300 votes.",
        "The deadline passed without any nominations.",
        # a sentence is no headline
        "Everyone agreed.",
        # an opinion agreed or accepted, not a proposal
        "Everyone agreed that the campaign had gone well.",
        "Several members accepted that the timetable was tight.",
        "Members agreed that it had been a difficult year.",
        "We agreed to disagree.",
        "The committee accepted the apology from the General Secretary.",
        # another body
        "The government's plan was rejected by the unions.",
        "The meeting heard that the motion had been withdrawn by the CLP.",
        # a stance or the author's vote on no proposal
        "We backed the strikers on the picket line on Tuesday.",
        "We supported Jeremy's leadership throughout.",
        "We voted for Labour in the election.",
        # outcome words in other senses
        "The review was carried out by the Organisation Committee.",
        "Sadly, our former chair passed away in March.",
        "The committee's report passed on the thanks of the regional office.",
        "The General Secretary's report failed to mention the deficit.",
        "His appeal to the members failed to persuade them.",
        "Responsibility fell to the Treasurer.",
    ],
)
def test_no_decision_of_the_meeting(text: str, parse: bool) -> None:
    assert motions_of(text, parse) == []


@pytest.mark.parametrize("parse", [False, True])
@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Minutes of the last meeting agreed.", Outcome.CARRIED),
        ("13/4 lost.", Outcome.DEFEATED),
        ("Emergency motion on the cost of living: carried.", Outcome.CARRIED),
        ("The amendment failed to win majority support.", Outcome.DEFEATED),
        ("The motion failed.", Outcome.DEFEATED),
        ("The motion on rents was passed on a show of hands.", Outcome.CARRIED),
        ("The committee backed a call for a review of selections.", Outcome.CARRIED),
        ("We voted for both officers to be elected by all members.", Outcome.UNKNOWN),
    ],
)
def test_what_the_same_rules_still_read_as_a_decision(text: str, outcome: Outcome, parse: bool) -> None:
    assert [m.outcome for m in motions_of(text, parse)][:1] == [outcome]


@pytest.mark.parametrize("parse", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # news of another body, reported to the meeting in the perfect
        "Our rep explained that the trust board has agreed to consult on the new rota.",
        "The secretary reported that the employer has agreed to reopen talks.",
        "Cllr Webb told the meeting that the county council has decided to close the depot.",
        "The regional officer informed members that the national executive has voted to accept the offer.",
        # an idea aired, not a proposal put
        "It was suggested that the CLP might hold a fundraising quiz; the secretary will look into it.",
        "It was suggested that we could perhaps write to the MP.",
    ],
)
def test_news_reported_and_ideas_aired_are_no_decisions(text: str, parse: bool) -> None:
    assert motions_of(text, parse) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The chair announced that the motion was carried.", 1),  # the meeting's own result
        ("It was proposed that in future CLPs may submit a motion and a rule change.", 1),  # "may": permission
    ],
)
def test_a_result_announced_and_a_proposal_of_permission_still_count(text: str, count: int) -> None:
    assert len(motions_of(text, parse=False)) == count
