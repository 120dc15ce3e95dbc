"""Tallies told in kinds the blind pages of round 7 showed (round 8), each in several styles with negatives; every
sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

Counts = tuple[int | None, int | None, int | None, bool]


def tallies(body: str, title: str = "Minutes of the Council – 25 February 2025") -> list[Counts]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(v.for_, v.against, v.abstentions, v.unanimous) for r in document.reports for v in r.votes]


RECORDED_LINES = [
    (
        "A recorded vote was taken on the amendment:\n\n"
        "For the amendment (3): Councillors Ash, Birch and Cole\n"
        "Against the amendment (4): Councillors Dale, Eyre, Finch and Gale\n"
        "Abstaining (1): Councillor Hale\n\n"
        "The amendment was lost.",
        [(3, 4, 1, False)],
    ),
    (
        "The names were taken.\n\nFor the motion (3): Cllrs Lee, Kerr and Mills\nAgainst the motion (1): Cllr Shah\n\n"
        "The motion was carried.",
        [(3, 1, None, False)],
    ),
    (
        "Recorded vote on the rule change:\nFor (2): Councillor Reid and Councillor Cole\n"
        "Against (3): Councillors Ode, Lowe and Roe\n",
        [(2, 3, None, False)],
    ),
    ("For more on the campaign: see the branch website\nAgainst the odds, turnout was high.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), RECORDED_LINES)
def test_a_recorded_vote_s_lines_with_no_full_stop_are_one_tally(body: str, expected: list[Counts]) -> None:
    """Lines of a recorded vote that end with no full stop, which the sentence splitter joins, are read line by
    line; a line that only starts with "For" or "Against" is no recorded vote."""
    assert tallies(body) == expected


MEMBERS_BALLOTS = [
    (
        "NEC report – 12 March 2024",
        "For the record, the ballot of Young Labour members had been won by 2,104 votes to 1,870.",
    ),
    ("NEC report – 12 March 2024", "The selection in Eastbrook was won by 12,453 votes to 11,901 after a recount."),
    (
        "CLP Executive meeting – 8 January 2024",
        "We noted the all-member ballot for our candidate: Kate Lee was chosen with 142 votes to 96.",
    ),
    (
        "CLP Executive meeting – 8 January 2024",
        "In the members' ballot on the pay offer, 412 voted for and 230 against.",
    ),
    (
        "Union Council – 30 November 2023",
        "In the cross-campus student referendum, students voted 1,204 to 987 to stay affiliated.",
    ),
    (
        "Branch meeting – 4 April 2024",
        "The result of the ballot of all branch members was 61 votes to 40 for strike action.",
    ),
    ("NEC report – 12 March 2024", "The NEC backs one member, one vote for metro mayor selections."),
]


@pytest.mark.parametrize(("title", "body"), MEMBERS_BALLOTS)
def test_a_ballot_of_the_membership_is_no_vote_of_the_meeting(title: str, body: str) -> None:
    """A ballot or referendum the sentence names as the membership's, and a contest counted in thousands, are not
    votes of the meeting (SPEC: Votes); nor is "one member, one vote"."""
    assert tallies(body, title) == []


MEETING_VOTES = [
    (
        "CLP Executive meeting – 8 January 2024",
        "After a secret ballot of EC members, Jo Reid was elected with 9 votes, against 4 for Sam Hale.",
        (9, 4, None, False),
    ),
    (
        "Branch meeting – 4 April 2024",
        "The branch voted 14-2 to hold a ballot of all members on strike action.",
        (14, 2, None, False),
    ),
    (
        "Conference report – 30 September 2019",
        "The rule change was carried on a card vote by 742,300 votes to 318,900.",
        (742300, 318900, None, False),
    ),
    (
        "CLP Executive meeting – 8 January 2024",
        "In a secret ballot the committee voted 12 to 9 for the motion.",
        (12, 9, None, False),
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), MEETING_VOTES)
def test_a_ballot_the_meeting_votes_for_or_holds_itself_keeps_its_tally(
    title: str, body: str, expected: Counts
) -> None:
    """A ballot of the members the meeting votes to hold, a card vote and a secret ballot of the meeting itself."""
    assert tallies(body, title) == [expected]


ELECTION_TOTALS = [
    ("Votes cast: Ruth Ansah 6, Leon Marsh 2. Ruth Ansah was declared elected.", [(6, 2, None, False)]),
    ("Votes: Tom Wrona 25, Ellie Fane 20 (two spoiled ballots). Tom Wrona was elected.", [(25, 20, None, False)]),
    ("Voting: Priya Shah 9, Tom Evans 12.", [(12, 9, None, False)]),
    ("Votes: For 12, Against 3.", [(12, 3, None, False)]),
    ("Of the 14,000 votes cast, most went to the sitting MP.", []),
]


@pytest.mark.parametrize(("body", "expected"), ELECTION_TOTALS)
def test_candidates_totals_after_votes_colon(body: str, expected: list[Counts]) -> None:
    """ "Votes:" or "Votes cast:" before two candidates' totals opens an election's result; a ballot's votes cast
    without the colon are not one, and sides after "Votes:" stay sides."""
    assert tallies(body) == expected


SIDES_BEFORE_A_NOTE = [
    ("Result: NOT PASSED – For 26, Against 15, Abstain 0 (26 is short of the 28 needed)", (26, 15, 0, False)),
    ("For 10, Against 4, Abstentions 1 (one member had left).", (10, 4, 1, False)),
    ("The vote was For 7, Against 7 (the chair did not use a casting vote).", (7, 7, None, False)),
]


@pytest.mark.parametrize(("body", "expected"), SIDES_BEFORE_A_NOTE)
def test_a_labelled_count_before_a_bracketed_note(body: str, expected: Counts) -> None:
    """ "Abstain 0 (26 is short ...)": a count after its label with a note in brackets after it."""
    assert tallies(body) == [expected]


VOTERS_VOTING = [
    ("In the end the motion went through with only one delegate voting against.", [(None, 1, None, False)]),
    ("The school's budget was agreed, with two governors voting against.", [(None, 2, None, False)]),
    ("The NEC approved the timetable, with three reps voting against.", [(None, 3, None, False)]),
    ("The rule change was approved with 4 trustees voting for and 2 against.", [(4, 2, None, False)]),
    ("The motion went through with one delegate speaking against.", []),
]


@pytest.mark.parametrize(("body", "expected"), VOTERS_VOTING)
def test_voters_of_any_name_voting_on_a_side(body: str, expected: list[Counts]) -> None:
    """ "one delegate voting against": a count of voters named by any noun before "voting" or "voted"; speaking
    against is no vote."""
    assert tallies(body) == expected


NEXT_ITEMS = [
    (
        "Two motions on the plan were taken together. The first, opposing building on the meadow, was carried 24–3; "
        "the second, calling for social rent on the old depot site, 22–5.",
        [(24, 3, None, False), (22, 5, None, False)],
    ),
    ("The first recommendation was approved 9–1, and the second 6–4.", [(9, 1, None, False), (6, 4, None, False)]),
    (
        "The first motion was carried 30-2; the second, on pensions, 18-14; the third fell 10-12.",
        [(30, 2, None, False), (18, 14, None, False), (10, 12, None, False)],
    ),
    ("The motion was carried 24-3; pages 10-12 of the report set out the costs.", [(24, 3, None, False)]),
    ("The second, on pensions, 18-14 in the table, is an old figure.", []),
]


@pytest.mark.parametrize(("body", "expected"), NEXT_ITEMS)
def test_the_next_item_s_pair_after_a_first_tally(body: str, expected: list[Counts]) -> None:
    """ "the first ... carried 24-3; the second ..., 22-5": the next of items counted together, with a pair and no
    vote word of its own, after a first tally; not a range after a tally, nor such a pair with no tally before."""
    assert tallies(body) == expected


ELSEWHERE = [
    ("NEC report – 12 March 2024", "Unite's executive voted 40-2 to disaffiliate, the general secretary told us."),
    ("NEC report – 12 March 2024", "Members were told that Camden council had approved the scheme 30-15."),
    ("Kingsford CLP – GC minutes, 10 June 2025", "Tower Hamlets council voted 30-12 for the same motion."),
    ("Branch meeting – 4 April 2024", "Parliament voted 320-290 for the bill, and the branch agreed to lobby MPs."),
    ("NEC report – 12 March 2024", "The NPF had endorsed the document 45-10 before it came to us, and we agreed it."),
    ("Union Council – 30 November 2023", "The motion was carried, just as the TUC had passed it 400-12."),
]


@pytest.mark.parametrize(("title", "body"), ELSEWHERE)
def test_another_body_s_vote_or_an_earlier_one_is_no_tally(title: str, body: str) -> None:
    """Another organisation's body as the tally's subject, a legislature, or a tally told in the past perfect: not a
    vote of this meeting (SPEC: Votes)."""
    assert tallies(body, title) == []


OURS = [
    (
        "Tower Hamlets Council – full council, 10 June 2025",
        "Tower Hamlets council voted 30-12 for the motion.",
        (30, 12),
    ),
    ("NEC report – 12 March 2024", "Labour's NEC voted 20-3 to open selections.", (20, 3)),
    ("Unite executive council report – 12 March 2024", "Unite's executive voted 40-2 to affiliate.", (40, 2)),
    (
        "Branch meeting – 4 April 2024",
        "After the amendment had been withdrawn, the motion was carried 18-4.",
        (18, 4),
    ),
    ("Minutes of the Council – 25 February 2025", "The amendment, which had been circulated, was lost 6-11.", (6, 11)),
]


@pytest.mark.parametrize(("title", "body", "expected"), OURS)
def test_the_meeting_s_own_body_and_an_earlier_step_keep_the_tally(
    title: str, body: str, expected: tuple[int, int]
) -> None:
    """The body the title names, the party's own NEC, and a past perfect in another clause before the tally's verb."""
    assert [(f, a) for f, a, _, _ in tallies(body, title)] == [expected]


def test_an_item_carried_earlier_in_the_meeting_in_the_past_perfect_keeps_its_tally() -> None:
    """ "The motion was agreed after amendment. The amendment had been carried 12-8.": an earlier step of this
    meeting, told in the passive past perfect."""
    body = "The motion on the day of action was agreed after amendment. The amendment had been carried 12–8."
    assert tallies(body, "Executive Committee – 31 July 2020") == [(12, 8, None, False)]


ITEM_OWNED_BY_ANOTHER_BODY = [
    ("Council meeting – 8 March 2023", "The cabinet's proposal was thrown out by 31 votes to 24.", (24, 31)),
    ("NEC report – 12 March 2024", "The TUC's motion on pay was carried 20-3.", (20, 3)),
    ("Branch meeting – 4 April 2024", "The full council's request was rejected by 14 votes to 2.", (2, 14)),
    ("Libraries vote: councillors reject closures", "The cabinet's plan was voted down 29-25 on Wednesday.", (25, 29)),
]


@pytest.mark.parametrize(("title", "body", "expected"), ITEM_OWNED_BY_ANOTHER_BODY)
def test_a_body_that_owns_the_item_is_not_the_one_voting(title: str, body: str, expected: tuple[int, int]) -> None:
    """ "The cabinet's proposal was thrown out 31-24": the possessive names who put the item, not who voted on it;
    the tally is the meeting's."""
    assert [(f, a) for f, a, _, _ in tallies(body, title)] == [expected]
