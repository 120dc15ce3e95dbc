"""A news headline that tells what a body decided heads its account (SPEC Rulings: a headline with no "meeting"
word counts when the page under it is an account of one meeting). The headline's verb is any verb the motions
readers take a decision or a change by, in the third person ("turns down", "throws out", "delays", "puts off",
"sets up"), not only the few a list once named. A verb anyone may do ("launches", "forms") is no decision, and a
headline with no body in it heads nothing. Headlines and pages written for these tests; none is quoted from a real
page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.language.lexicon.decisions import third_person
from nec_extract.models import Outcome
from nec_extract.page.segment.headings import titles_page
from nec_extract.pipeline import extract

ACCOUNT = (
    "A request from the regional office for an independent review of the selection was {verb} by the committee on "
    "Tuesday evening.\nRegional officials said they were disappointed and would write to members.\n"
)


def _heads_the_account_below(headline: str, verb: str, outcome: Outcome) -> None:
    """The headline names the meeting, is the report's title, and the account's one decision has this outcome."""
    assert titles_page(headline)
    reports = extract(f"{headline}\n\n{ACCOUNT.format(verb=verb)}", "test.txt").reports
    assert [r.title for r in reports] == [headline]
    assert [m.outcome for m in reports[0].motions] == [outcome]


@pytest.mark.parametrize(
    ("headline", "verb", "outcome"),
    [
        ("NEC turns down request for review", "turned down", Outcome.DEFEATED),  # party news
        ("Labour's executive throws out call for review", "thrown out", Outcome.DEFEATED),  # national news
        ("Regional board delays decision on review", "put off", Outcome.DEFERRED),  # regional party site
        ("Union executive puts off review until spring", "put off", Outcome.DEFERRED),  # union newsletter
        ("Branch committee refers review to the region", "referred", Outcome.REMITTED),  # branch bulletin
        ("Council cabinet shelves review of parking", "shelved", Outcome.DEFERRED),  # local news
    ],
)
def test_a_headline_with_a_decision_verb_heads_the_account_below(headline: str, verb: str, outcome: Outcome) -> None:
    _heads_the_account_below(headline, verb, outcome)


@pytest.mark.parametrize(
    "headline",
    [
        "Executive sets up working group on pay",
        "NEC freezes membership fee for another year",
        "Board scales back conference plans",
        "Cabinet ratifies housing strategy",
    ],
)
def test_other_decision_and_change_verbs_name_a_meeting_in_a_headline(headline: str) -> None:
    assert titles_page(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Council launches consultation on parking",  # anyone launches: no decision verb
        "Council forms part of the county's plan",
        "Members turn out in the rain for the hospital",  # no body
        "Residents throw out old furniture at the tip",
    ],
)
def test_no_decision_verb_or_no_body_heads_nothing(headline: str) -> None:
    assert not titles_page(headline)


@pytest.mark.parametrize(
    ("lemma", "form"),
    [("turn down", "turns down"), ("pass", "passes"), ("delay", "delays"), ("ratify", "ratifies"), ("veto", "vetoes")],
)
def test_a_headline_verb_is_the_third_person_of_the_lemma(lemma: str, form: str) -> None:
    assert third_person(lemma) == form


@pytest.mark.parametrize(
    ("headline", "verb", "outcome"),
    [
        ("Councillors reject request for review", "rejected", Outcome.DEFEATED),  # local news
        ("Labour councillors throw out call for review", "thrown out", Outcome.DEFEATED),  # council group news
        ("Union delegates back review of selection", "backed", Outcome.CARRIED),  # union conference report
        ("Trustees put off review until the spring", "put off", Outcome.DEFERRED),  # charity board news
    ],
)
def test_a_headline_with_a_bodys_members_deciding_heads_the_account_below(
    headline: str, verb: str, outcome: Outcome
) -> None:
    """ "Councillors reject ...": a body's members, plural, as the headline's subject with a decision verb straight
    after them, in its plain form."""
    _heads_the_account_below(headline, verb, outcome)


@pytest.mark.parametrize(
    "headline",
    [
        "Members vote for strike action in pay ballot",  # members balloted, no body's meeting
        "Councillors' allowances to rise next year",  # no decision verb after them
        "Councillor backs campaign to save the pool",  # one member, no body deciding
        "Angry councillors and residents at the town hall",
    ],
)
def test_members_with_no_decision_of_a_body_head_nothing(headline: str) -> None:
    assert not titles_page(headline)
