"""Vote tallies: every form a tally is written in, its direction and outcome, and what is not a tally.

All sentences here are written for the tests; none is quoted from the corpus.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from nec_extract.extractors.votes import extract_votes, find_outcomes
from nec_extract.models import Outcome, Vote
from nec_extract.page.context import ReportContext
from support import report_context

SHARED = Path(__file__).resolve().parents[2] / "shared"


def report_of(text: str) -> ReportContext:
    return report_context(text, parse=False)


def votes_of(text: str) -> list[Vote]:
    return extract_votes(report_of(text))


def counts(vote: Vote) -> tuple[int | None, int | None, int | None, bool]:
    return (vote.for_, vote.against, vote.abstentions, vote.unanimous)


def only(text: str) -> Vote:
    found = votes_of(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "expected", "outcome"),
    [
        ("After an hour of debate the motion passed by 31 votes to 4.", (31, 4, None, False), Outcome.CARRIED),
        ("The NEC backed the paper 20-6.", (20, 6, None, False), Outcome.CARRIED),
        ("The proposal was approved 17–5 after some grumbling.", (17, 5, None, False), Outcome.CARRIED),
        ("Our amendment was defeated 18-13.", (13, 18, None, False), Outcome.DEFEATED),
        ("It was voted down 7-19 within minutes.", (7, 19, None, False), Outcome.DEFEATED),
        ("The motion was rejected by 23 votes to 10.", (10, 23, None, False), Outcome.DEFEATED),
        ("We lost the vote: 20-11.", (11, 20, None, False), Outcome.DEFEATED),
        ("It fell 12–17.", (12, 17, None, False), Outcome.DEFEATED),
        ("The report was accepted by 25 votes to 6 with 2 abstentions.", (25, 6, 2, False), Outcome.CARRIED),
        ("The rule change went through by 14 votes to 12, with one abstention.", (14, 12, 1, False), Outcome.CARRIED),
        ("Her motion was lost by eleven votes to eight.", (8, 11, None, False), Outcome.DEFEATED),
        ("It was carried by twenty-two votes to three.", (22, 3, None, False), Outcome.CARRIED),
        ("It scraped through by one vote, 13 to 12.", (13, 12, None, False), Outcome.CARRIED),
        ("The statement was carried 30-0.", (30, 0, None, False), Outcome.CARRIED),
        ("The motion was passed 23 to 4.", (23, 4, None, False), Outcome.CARRIED),
        ("The count was 12 for, 9 against, with 4 abstentions.", (12, 9, 4, False), Outcome.CARRIED),
        ("On a show of hands it was For 11, Against 6, Abstain 2.", (11, 6, 2, False), Outcome.CARRIED),
        ("The changes were accepted, 15 in favour and 10 against.", (15, 10, None, False), Outcome.CARRIED),
        (
            "It won 19 votes for and 11 against, short of the two-thirds needed, so it was lost.",
            (19, 11, None, False),
            Outcome.DEFEATED,
        ),
        ("The branch motion was passed with only two members voting against.", (None, 2, None, False), Outcome.CARRIED),
        ("The executive agreed the budget with three abstentions.", (None, None, 3, False), Outcome.CARRIED),
        ("The minutes were agreed with no votes against.", (None, 0, None, False), Outcome.CARRIED),
        ("The guidance was adopted unanimously.", (None, None, None, True), Outcome.CARRIED),
        ("The NEC unanimously agreed the new complaints code.", (None, None, None, True), Outcome.CARRIED),
        ("The timetable was approved nem con.", (None, None, None, True), Outcome.CARRIED),
        ("The amendment was accepted without dissent.", (None, None, None, True), Outcome.CARRIED),
        ("Priya was elected treasurer by acclamation.", (None, None, None, True), Outcome.CARRIED),
    ],
)
def test_tally_forms(
    sentence: str, expected: tuple[int | None, int | None, int | None, bool], outcome: Outcome
) -> None:
    vote = only(sentence)
    assert counts(vote) == expected
    assert vote.outcome is outcome


def test_tie_then_recount_gives_two_tallies() -> None:
    found = votes_of("The vote ended in a 14-14 tie, but the amendment was then defeated 15-13 on a recount.")
    assert [counts(v) for v in found] == [(14, 14, None, False), (13, 15, None, False)]
    assert [v.outcome for v in found] == [Outcome.DEFEATED, Outcome.DEFEATED]


def test_first_count_tied_then_carried() -> None:
    found = votes_of("The first count was 11–11; a recount was demanded, and the motion went through 12–11.")
    assert [(counts(v), v.outcome) for v in found] == [
        ((11, 11, None, False), Outcome.DEFEATED),
        ((12, 11, None, False), Outcome.CARRIED),
    ]


def test_lost_twice() -> None:
    found = votes_of("The proposal was lost 13-12 in committee and lost again 17-9 at the full NEC.")
    assert [counts(v) for v in found] == [(12, 13, None, False), (9, 17, None, False)]


def test_voted_by_a_margin_to_reject() -> None:
    vote = only("The NEC voted 21 to 12 to reject the proposal.")
    assert (counts(vote), vote.outcome) == ((12, 21, None, False), Outcome.DEFEATED)
    vote = only("The executive voted 15 to 4 to back the strike fund.")
    assert (counts(vote), vote.outcome) == ((15, 4, None, False), Outcome.CARRIED)


def test_number_words_with_labels() -> None:
    vote = only("Twelve members voted for the motion and nine against.")
    assert counts(vote) == (12, 9, None, False)


def test_forecast_and_result_in_one_sentence() -> None:
    found = votes_of("We expected it to be 3-2 at best, but in the end it was carried 20-10.")
    assert [counts(v) for v in found] == [(20, 10, None, False)]


def test_casting_vote_decides_a_tie() -> None:
    vote = only("The group split 6–6, and the chair used her casting vote in favour.")
    assert counts(vote) == (6, 6, None, False)
    assert vote.outcome is Outcome.CARRIED


def test_winner_of_a_contested_election_gets_the_larger_count() -> None:
    vote = only("Cllr Ada Brennan was re-elected chair, defeating Cllr Tom Hale by 14 votes to 9.")
    assert counts(vote) == (14, 9, None, False)
    assert vote.outcome is Outcome.CARRIED


def test_recorded_vote_lists_count_names() -> None:
    text = (
        "Motion on bus cuts, proposed by Ann Lee.\n"
        "For: Ann Lee, Bob Kerr, Cath Mills.\n"
        "Against: Dev Rao.\n"
        "Abstaining: Eve Nolan, Fin Ward.\n"
        "The motion was declared carried.\n"
    )
    vote = only(text)
    assert counts(vote) == (3, 1, 2, False)
    assert vote.evidence.text.startswith("For: Ann Lee")
    assert vote.evidence.text.endswith("Fin Ward.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The review covers the 2015-2020 period.",
        "The policy forum meets on 21st-23rd July in Leeds.",
        "Hustings run from 3–7 March.",
        "Wages have been frozen for 5-6 years.",
        "We hold the council with a majority of four.",
        "Around 60% of delegates voted against.",
        "The staff football team won the charity match 4-1.",
        "In the members' ballot Jo Bell won with 41,200 votes to 35,100 for Sam Reed.",
        "Turnout was 19%, and the winning slate took 52,000 votes to 47,000.",
        "Last year the Commons voted 310 to 280 against the bill.",
        "Our branch backed the same motion 40-2 last week.",
        "The vote was tied, so the amendment fell.",
        "The motion was carried overwhelmingly.",
        "The decision was almost unanimous.",
        "She was elected with 51,000 votes.",
        "Item 4-2 on the agenda was deferred.",
        "Chapter 3-1 of the rulebook was amended and the change was agreed.",
        "The funding is a 50-50 split between the regions.",
        "Officers expect the vote to be 12-10 at best when it comes back.",
        "Young Labour covers members aged 14-26.",
        "We thanked the 12 delegates for their work and agreed the minutes.",
        "The panel was expanded from 6 to 9 and this was agreed.",
        "The NEC agreed to hold hustings on 5 to 9 March.",
    ],
)
def test_not_tallies(sentence: str) -> None:
    assert votes_of(sentence) == []


def test_evidence_is_the_clause_and_quotes_the_page() -> None:
    text = "Intro line.\n\nAfter a long debate, the motion was carried by 9 votes to 4; the chair thanked everyone."
    vote = only(text)
    assert text[vote.evidence.start : vote.evidence.end] == vote.evidence.text
    assert "9 votes to 4" in vote.evidence.text
    assert "chair thanked" not in vote.evidence.text


def test_hard_wrapped_lines_are_read_as_one_sentence() -> None:
    text = "The motion on rail fares was\ncarried by 12 votes to 3 after a short debate.\n"
    assert counts(only(text)) == (12, 3, None, False)


@pytest.mark.parametrize(
    ("phrase", "outcome"),
    [
        ("The motion was not agreed.", Outcome.DEFEATED),
        ("It failed to pass.", Outcome.DEFEATED),
        ("The amendment fell.", Outcome.DEFEATED),
        ("The proposal was lost.", Outcome.DEFEATED),
        ("The slate was rubber stamped.", Outcome.CARRIED),
        ("The motion was remitted to the officers.", Outcome.REMITTED),
        ("The paper was referred back to the committee.", Outcome.REMITTED),
        ("The amendment was withdrawn.", Outcome.WITHDRAWN),
        ("The proposal was deferred to March.", Outcome.DEFERRED),
        ("The paper was left on the table.", Outcome.DEFERRED),
        ("The rule change was held over.", Outcome.DEFERRED),
    ],
)
def test_outcome_phrases(phrase: str, outcome: Outcome) -> None:
    found = [o for o in find_outcomes(phrase) if not o.hedged]
    assert found and found[-1].outcome is outcome


def test_declining_to_withdraw_is_no_withdrawal() -> None:
    assert all(o.outcome is not Outcome.WITHDRAWN for o in find_outcomes("She declined to withdraw it."))


def test_hoped_for_outcome_is_hedged() -> None:
    assert all(o.hedged for o in find_outcomes("He wants the final paper agreed by June."))


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (corpus and gold) is not available")
def test_invented_pages_of_the_shared_corpus() -> None:
    """The dev-c pages, written to cover tally phrasings: the multiset of tallies matches the gold."""
    from nec_extract.pipeline import extract

    for gold_path in sorted((SHARED / "gold").glob("dev-c*.json")):
        text = (SHARED / "corpus" / gold_path.name.replace(".json", ".txt")).read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        document = extract(text).to_dict()
        want = Counter(
            (v["for"], v["against"], v["abstentions"], v["unanimous"])
            for r in gold["reports"]
            for v in r.get("votes", [])
        )
        got = Counter(
            (v["for"], v["against"], v["abstentions"], v["unanimous"]) for r in document["reports"] for v in r["votes"]
        )
        assert got == want, gold_path.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # elections the meeting decided, as the candidates' totals (SPEC: Rulings)
        ("Ann Lee was elected chair with 20 votes, against 14 for Raj Patel.", [(20, 14, None, False)]),
        ("In the ballot for vice-chair, Tom Bell won with 12 votes to Sue Ray's 9.", [(12, 9, None, False)]),
        ("Jo Hunt received 31 votes and Ali Khan 25, so Jo was elected secretary.", [(31, 25, None, False)]),
        ("Councillor Ray was elected leader by 21 votes to 19 for Councillor Burt.", [(21, 19, None, False)]),
        # a second tally joined to the first, a count of votes for alone, the losing side's words
        ("The amendment fell 10-14, and 9-15 on the paper itself.", [(10, 14, None, False), (9, 15, None, False)]),
        (
            "The rule changes were agreed by 20-11, and by 19-12 on the report itself.",
            [(20, 11, None, False), (19, 12, None, False)],
        ),
        (
            "The executive carried the amendment by 30 votes to 12, and then by 35 to 7 on the substantive motion.",
            [(30, 12, None, False), (35, 7, None, False)],
        ),
        (
            "Councillors backed the amendment 30-21, and by 33-18 on the budget as amended.",
            [(30, 21, None, False), (33, 18, None, False)],
        ),
        ("With 20 votes, the NEC voted to scrap the levy.", [(20, None, None, False)]),
        ("The motion was lost, losing 12–17.", [(12, 17, None, False)]),
        # unanimity inside the decision, and over several questions at once
        ("The NEC decided to unanimously adopt the new code.", [(None, None, None, True)]),
        ("Both motions were carried unanimously.", [(None, None, None, True)] * 2),
        ("Both amendments were agreed without dissent.", [(None, None, None, True)] * 2),
        # one of several singled out before the word: a tally for that one only
        ("Both motions were passed, the one on housing unanimously.", [(None, None, None, True)]),
        ("All three rule changes went through, the second without dissent.", [(None, None, None, True)]),
        ("Both amendments were agreed, one of them nem con.", [(None, None, None, True)]),
        ("The second paper was finally accepted, without opposition.", [(None, None, None, True)]),
        # tallies laid out as lines, with a count or a list of names and its total
        ("For: 12\nAgainst: 9\nAbstentions: 2\n", [(12, 9, 2, False)]),
        (
            "For the motion: Councillors Ash, Birch, Cole and Dale (4)\n"
            "Against the motion: Councillors Eve and Ford (2)\n",
            [(4, 2, None, False)],
        ),
    ],
)
def test_more_tally_forms(text: str, expected: list[tuple[int | None, int | None, int | None, bool]]) -> None:
    found = votes_of(text)
    assert [counts(v) for v in found] == expected
    assert all(text[v.evidence.start : v.evidence.end] == v.evidence.text for v in found)


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Jones topped the poll with 87,407 votes to 73,536.",
        "Membership rose to 520, against 480 in 2022.",
        "We had 40 members at the meeting against 25 at the last one.",
    ],
)
def test_ballots_of_the_membership_and_comparisons_are_no_meeting_tallies(text: str) -> None:
    assert votes_of(text) == []


# ---------------------------------------------------------------- counts told by the voters' stance, ties, roll calls


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the vote, 21 members supported the motion and 4 opposed it.", (21, 4, None, False)),
        ("When it came to a vote, 17 delegates backed the resolution and 9 opposed it.", (17, 9, None, False)),
        ("Only seven members supported the amendment, and it fell.", (7, None, None, False)),
        ("Eight of us backed the motion but it was lost.", (8, None, None, False)),
        ("The report was endorsed, with four of us voting against.", (None, 4, None, False)),
        ("The paper was agreed with three of them voting against.", (None, 3, None, False)),
        ("It was declared lost, 6 votes having been cast for and 6 against.", (6, 6, None, False)),
        ("The amendment fell, 9 votes being cast for and 14 against.", (9, 14, None, False)),
        ("The vote was tied at 15 each and the motion fell.", (15, 15, None, False)),
        ("The vote on the amendment was level, 11 votes apiece.", (11, 11, None, False)),
        ("It went through without any opposition.", (None, None, None, True)),
        ("The accounts were adopted without any dissent.", (None, None, None, True)),
    ],
)
def test_counts_told_by_stance_ties_and_more_wording(text: str, expected: tuple[object, ...]) -> None:
    assert counts(only(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twelve members supported the motion.",  # no vote and no result: a show of opinion
        "Twelve members supported the letter to the council, which was sent on Monday.",
        "We have 15 branches each sending two delegates.",
        "The branch backed the strike and thirty members joined the picket.",
    ],
)
def test_stances_and_each_are_no_tally_without_a_vote(text: str) -> None:
    assert votes_of(text) == []


def test_a_roll_call_may_give_each_total_before_the_colon() -> None:
    text = (
        "A recorded vote was taken.\n"
        "For the motion (3): Councillors Ash, Birch and Cole.\n"
        "Against the motion (4): Councillors Dean, Eve, Ford and Gray.\n"
        "Abstentions (1): Councillor Hale.\n"
    )
    assert [counts(v) for v in votes_of(text)] == [(3, 4, 1, False)]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("An amendment from Ward 3 was not seconded.", Outcome.WITHDRAWN),
        ("The motion fell for want of a seconder.", Outcome.WITHDRAWN),
        ("His proposal failed to find a seconder.", Outcome.WITHDRAWN),
        ("Her proposal won the support of only two other members.", Outcome.DEFEATED),
        ("The idea had the backing of only a handful of delegates.", Outcome.DEFEATED),
        ("The motion won the support of most members.", Outcome.CARRIED),
    ],
)
def test_outcomes_of_seconding_and_of_thin_support(text: str, outcome: Outcome) -> None:
    assert find_outcomes(text)[-1].outcome is outcome


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The minutes of the meeting of 10 May 2024 were agreed as a correct record.", False),
        ("In May the rule change was carried.", False),
        ("The budget may be agreed in June.", True),
        ("May the motion be carried?", True),
    ],
)
def test_the_month_may_is_no_hedge(text: str, hedged: bool) -> None:
    assert [o.hedged for o in find_outcomes(text)][:1] == [hedged]


def test_none_against_among_counts_is_a_count_of_nought() -> None:
    assert counts(only("It was put to the vote: 11 in favour, none against, 3 abstentions.")) == (11, 0, 3, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When put to the vote the motion received 6 votes, with 19 against.", (6, 19, None, False)),
        ("The amendment got only five votes.", (5, None, None, False)),
        ("Seconded by Cllr Amin. All in favour.", (None, None, None, True)),
        ("Ann Lee received 22 votes and Bo Kim 15.", (22, 15, None, False)),
    ],
)
def test_votes_received_by_a_motion_are_its_votes_for(text: str, expected: tuple[object, ...]) -> None:
    assert counts(only(text)) == expected


# ---------------------------------------------------------------- a percentage elsewhere in the sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The proposal to raise the threshold to 20 per cent was voted down by 19 votes to 14.", (14, 19, None, False)),
        ("The motion, which calls for a 5 per cent pay rise, was carried by 30 votes to 2.", (30, 2, None, False)),
        ("A 10 percent cut in the levy was agreed, 12 for and 3 against.", (12, 3, None, False)),
    ],
)
def test_a_percentage_in_the_proposal_does_not_hide_its_tally(text: str, expected: tuple[object, ...]) -> None:
    assert [counts(v) for v in votes_of(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Support rose from 45 per cent to 52 per cent.",
        "Labour led by 45 per cent to 30 per cent in the ward.",
        "We won 52 per cent to 48 per cent.",
        "Turnout was 31 per cent, and 1,204 members voted for the offer and 388 against.",
    ],
)
def test_percentages_are_no_tallies(text: str) -> None:
    assert votes_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On a vote, four were in favour and two against.", (4, 2, None, False)),
        ("Twelve were in favour, one was against and two abstained.", (12, 1, 2, False)),
        ("When the vote was taken, 9 members were for and 3 against.", (9, 3, None, False)),
    ],
)
def test_counts_told_with_were_and_a_side(text: str, expected: tuple[object, ...]) -> None:
    assert [counts(v) for v in votes_of(text)] == [expected]
