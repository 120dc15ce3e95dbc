"""A thing named by any noun is the item decided when its result is one only a proposal has ("The new rota got the
nod"), when a vote was taken on it ("The levy was put to the vote and carried"), or when it "was carried" and
nothing more (issue 13: "decision verbs and frames outside the vocabulary"). The result words come from a
thesaurus of approving and rejecting, not from one page: "okayed", "green-lit", "won approval", "received the
committee's blessing", "was vetoed", "was ditched", "was pulled by its mover".
Sentences written for these tests in several styles, with negatives; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, W = Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a vote taken on it
        ("Branch minutes\n\nThe levy was put to the vote and carried.", [C]),
        ("Executive committee notes\n\nThe twinning arrangement was put to a vote and passed.", [C]),
        ("Council group minutes\n\nThe hardship fund was lost on the chair's casting vote.", [D]),
        ("GC report\n\nThe new rota won by 12 votes to 9.", [C]),
        ("Trades council minutes\n\nThe summer social was carried on a show of hands.", [C]),
        ("Regional executive\n\nThe new logo passed unanimously.", [C]),
        # a vote named as the subject: the vote taken on the thing after it
        ("NEC report\n\nA vote to open up the shortlists passed narrowly.", [C]),
        ("Union executive minutes\n\nThe vote to suspend the officers passed by 9 votes to 3.", [C]),
        ("Council group minutes\n\nA vote on the levy fell.", [D]),
        # "was carried" and nothing more
        ("Branch minutes\n\nThe levy was carried.", [C]),
        ("Union executive minutes\n\nThe hardship grant was carried, with two abstentions.", [C]),
    ],
)
def test_a_thing_voted_on_is_the_item(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nThe new rota got the nod.", [C]),
        ("Executive committee notes\n\nThe merger was given the go-ahead.", [C]),
        ("NEC report\n\nThe training programme was given the green light.", [C]),
        ("GC report\n\nThe bid for a second office was green-lit.", [C]),
        ("Council group minutes\n\nThe budget won approval.", [C]),
        ("Executive minutes\n\nThe hardship fund received the committee's approval.", [C]),
        ("Branch notes\n\nThe joint statement got the thumbs up.", [C]),
        ("Branch notes\n\nThe donation was given the thumbs down.", [D]),
        ("Regional executive\n\nThe emergency motion was vetoed.", [D]),
        ("Union executive minutes\n\nThe plan to merge the wards was ditched.", [D]),
        ("CLP bulletin\n\nThe application for affiliation was declined.", [D]),
        ("NEC report\n\nThe motion did not find favour with the committee.", [D]),
        ("Executive minutes\n\nThe amendment was pulled by its mover.", [W]),
        ("Executive minutes\n\nThe amendment was pulled before the vote.", [W]),
    ],
)
def test_a_result_only_a_proposal_has_makes_the_item(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nThe committee okayed the new parking scheme.", [C]),
        ("Executive committee notes\n\nThe executive authorised the sale of the old depot.", [C]),
        ("GC report\n\nThe GC gave the nod to the new rota.", [C]),
        ("Council group minutes\n\nThe group gave its blessing to the joint campaign.", [C]),
    ],
)
def test_the_body_approving_in_other_words(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        # no vote and no proposal's result: the thing is no item
        "Branch minutes\n\nJobs were lost when the depot closed.",
        "Branch minutes\n\nThe banner was carried on the march by our youth members.",
        "Branch minutes\n\nThe coffin was carried by four of his friends.",
        "Executive minutes\n\nMembership fell by 200 over the year.",
        "Executive minutes\n\nTurnout fell sharply.",
        "GC report\n\nThe leaflet was passed round the room.",
        # another body's or another time's verdict
        "Council group minutes\n\nThe bus service was axed by the county council.",
        "CLP bulletin\n\nOur candidate got the nod from the regional board last year.",
        "CLP bulletin\n\nThe scheme received approval from the Treasury.",
        # an agreement denied: nothing was decided
        "Executive minutes\n\nNo agreement was reached on the proposal.",
        # a person, not a thing
        "NEC report\n\nJo Smith won by 12 votes to 9.",
        "Branch minutes\n\nThe chair of the social committee lost by 3 votes.",
    ],
)
def test_no_item_without_a_vote_or_a_proposal_result(page: str) -> None:
    assert titled_page_motions(page) == []
