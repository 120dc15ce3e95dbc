"""Tallies told in kinds the development pages of round 9 showed, each in several styles with negatives; every
sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

Counts = tuple[int | None, int | None, int | None, bool]


def tallies(body: str, title: str = "Minutes of the Council – 25 February 2025") -> list[Counts]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(v.for_, v.against, v.abstentions, v.unanimous) for r in document.reports for v in r.votes]


# "nobody voted against": a count of nought against (SPEC: "agreed with no votes against")
NOBODY_AGAINST = [
    (
        "A second proposal, to hire a coach for the lobby, was also agreed – nobody voted against.",
        [(None, 0, None, False)],
    ),
    ("The amendment was accepted; no one voted against it.", [(None, 0, None, False)]),
    ("The NEC endorsed the timetable and no-one voted against.", [(None, 0, None, False)]),
    ("Cllr Reid's motion on bus fares was carried. Nobody voted against it.", [(None, 0, None, False)]),
    # negatives: people who once voted against, and one vote against
    ("Nobody who voted against the cuts last year has changed their mind.", []),
    ("The report was agreed with only one voting against.", [(None, 1, None, False)]),
]


@pytest.mark.parametrize(("body", "expected"), NOBODY_AGAINST)
def test_nobody_voting_against_is_a_count_of_nought(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


# "no abstentions" beside counts: abstentions 0; alone it is no tally
NO_ABSTENTIONS = [
    (
        "What the NEC had to settle was the campaign budget, and it was signed off: 26 for, 9 against, no abstentions.",
        [(26, 9, 0, False)],
    ),
    ("The vote on the levy was 14 in favour, 3 against, with no abstentions.", [(14, 3, 0, False)]),
    ("Result: For 30, Against 2, nobody abstained.", [(30, 2, 0, False)]),
    ("The council agreed the budget by 31 votes to 12, no abstentions.", [(31, 12, 0, False)]),
    ("The branch backed the claim 40-3 and none abstained.", [(40, 3, 0, False)]),
    # negatives: no count beside it, and abstentions counted
    ("There were no abstentions on the fees motion.", []),
    ("The motion was carried 12-4 with two abstentions.", [(12, 4, 2, False)]),
]


@pytest.mark.parametrize(("body", "expected"), NO_ABSTENTIONS)
def test_no_abstentions_beside_counts_is_nought(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


# "rose by 120 to 1,450": a change and a level, not a pair of votes, even in a sentence about a vote
CHANGES = [
    (
        "Membership rose by 120 to 1,450 and the branch voted 12 to 3 to welcome the new members.",
        [(12, 3, None, False)],
    ),
    ("The report, agreed unanimously, said attendance had grown by 40 to 210.", [(None, None, None, True)]),
    ("After the vote the fund was noted to have increased by 300 to 900.", []),
    # negative: a motion that fell by a margin is still a tally
    ("The motion was put to the vote and fell by 9 to 14.", [(9, 14, None, False)]),
]


@pytest.mark.parametrize(("body", "expected"), CHANGES)
def test_a_change_by_and_to_is_no_tally(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


# candidates' totals after a colon: "Two nominations for one seat: A received 21 votes and B 14"; "a ballot was held:
# A 34, B 25" (SPEC Rulings: an election the meeting decides is a tally)
CANDIDATES = [
    (
        "Two nominations for one vacancy on the panel: Leah Moss received 21 votes and Ivor Penn 14, so Leah takes it.",
        [(21, 14, None, False)],
    ),
    ("Two candidates were nominated for treasurer: Ann Lee received 12 votes and Raj Patel 9.", [(12, 9, None, False)]),
    ("Following a speech from each nominee, a ballot was held: Dev Shah 34, Lorna Hay 25.", [(34, 25, None, False)]),
    ("A secret ballot followed – Joan Ode 15, Paul Kerr 11 – and Joan was declared elected.", [(15, 11, None, False)]),
    # negatives: a motion counted, and a ballot of the whole membership
    ("The motion received 6 votes, with 19 against.", [(6, 19, None, False)]),
    ("We noted the all-member ballot: Kate Lee 142, Sam Patel 96.", []),
]


@pytest.mark.parametrize(("body", "expected"), CANDIDATES)
def test_candidates_totals_after_a_colon_are_one_tally(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


# a pair whose own sentence says no outcome takes the one the sentence before ends with ("defeated 16-14")
OUTCOME_BEFORE = [
    (
        "But the bid to scrap the rule was heavily defeated. One member present put the vote at 27 to 4.",
        [(4, 27, None, False)],
    ),
    ("The amendment from Eastgate branch fell. The count was 14-9.", [(9, 14, None, False)]),
    ("The motion was carried comfortably. The vote was 21-6.", [(21, 6, None, False)]),
    # negatives: a blank line parts them, and a pair that says its own purpose
    ("The motion was defeated.\n\nAt the next item the branch voted 12-3 to buy a banner.", [(12, 3, None, False)]),
    ("The first amendment was lost. The second was carried 14-9.", [(14, 9, None, False)]),
]


@pytest.mark.parametrize(("body", "expected"), OUTCOME_BEFORE)
def test_a_bare_pair_takes_the_outcome_of_the_sentence_before(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


# "carried – after a long debate – by 20 to 4": the pair after a dashed aside belongs to the clause before it
ASIDES = [
    ("We lost that one – well, I voted for it, so 'we' – by 15 to 18.", [(15, 18, None, False)]),
    ("The motion was carried – after a long and sometimes bad-tempered debate – by 20 to 4.", [(20, 4, None, False)]),
    ("The amendment fell — as we expected — by 9 votes to 14.", [(9, 14, None, False)]),
    # negative: no vote before the aside
    ("Delegates came from the north – mostly from the coast – by 15 to 18 buses.", []),
]


@pytest.mark.parametrize(("body", "expected"), ASIDES)
def test_a_pair_after_a_dashed_aside_has_the_clause_before(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


# "... endorsed with no votes against. Three of us abstained.": the next sentence completes the tally
FOLLOW_ON = [
    (
        "The timetable was endorsed with no votes against. Three of us abstained, as the dates leave CLPs out.",
        [(None, 0, 3, False)],
    ),
    ("The report was agreed 14-2. Three abstained.", [(14, 2, 3, False)]),
    ("The council carried the budget by 30 votes to 12. Four members abstained.", [(30, 12, 4, False)]),
    # negatives: a new paragraph, a unanimous vote, and a side the tally already counts
    ("The report was agreed 14-2.\n\nThree of us abstained on the next item.", [(14, 2, None, False)]),
    ("The budget was agreed unanimously. Two of us abstained.", [(None, None, None, True)]),
    ("The motion was carried 12-4 with two abstentions. Three abstained on the rider.", [(12, 4, 2, False)]),
]


@pytest.mark.parametrize(("body", "expected"), FOLLOW_ON)
def test_a_sentence_opening_with_one_side_s_count_completes_the_tally_before(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


# "voted 30 to 2 the week before": a tally of another time told in passing (SPEC: Votes)
TIME_BEFORE = [
    ("The point had been made by the regional board, which voted 30 to 2 the week before to back the code.", []),
    ("The county association backed the plan by 300 votes to 12 a month earlier, delegates were told.", []),
    ("The ward branch had taken the same view: it passed the motion 9-2 the day before.", []),
    # negatives: a plan for a time before something, and "earlier than"
    ("The NEC voted 20-3 to hold the rally the week before the election.", [(20, 3, None, False)]),
    ("The committee voted 7-2 to meet again a week earlier than planned.", [(7, 2, None, False)]),
]


@pytest.mark.parametrize(("body", "expected"), TIME_BEFORE)
def test_a_tally_of_the_week_before_is_not_this_meeting_s(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


HEADED_PAGES = [
    (
        "Executive backs depot closure\n\nUnion executive votes 31 to 20 to close the Eastgate depot\n\n"
        "By A Reporter\n\n"
        "The executive council met on Tuesday and voted 31 to 20 to close the depot.\n",
        [(31, 20, None, False)],
    ),
    (
        "Branch committee – 4 March 2025\n\nMotion on staffing: carried 12 to 3\nMotion on parking: carried 12 to 3\n\n"
        "The chair thanked members for attending.\n",
        [(12, 3, None, False), (12, 3, None, False)],
    ),
]


@pytest.mark.parametrize(("page", "expected"), HEADED_PAGES)
def test_a_tally_of_the_standfirst_told_again_below_is_listed_once(page: str, expected: list[Counts]) -> None:
    """The head (lines before the first full sentence) restating the body's tally gives it once; two lines of a
    list with the same counts, with no body telling them again, stay two."""
    document = extract(page, "page.txt")
    assert [(v.for_, v.against, v.abstentions, v.unanimous) for r in document.reports for v in r.votes] == expected


# for, against and abstentions written as one dashed triple; a day-month-year is no tally
TRIPLES = [
    ("The amendment was LOST (3–5–1).", [(3, 5, 1, False)]),
    ("The motion was carried 14-3-2 after a short debate.", [(14, 3, 2, False)]),
    ("A recorded vote was taken: the motion was tied 4–4–1 and so fell.", [(4, 4, 1, False)]),
    ("The branch approved the new rota 8-0-1.", [(8, 0, 1, False)]),
    # negatives: dates written with dashes
    ("The minutes of the meeting of 12-03-24 were agreed.", []),
    ("The committee agreed the rota for 12-3-24 and 19-3-24.", []),
]


@pytest.mark.parametrize(("body", "expected"), TRIPLES)
def test_a_dashed_triple_is_for_against_and_abstentions(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


# "31 votes to nil"; "I and five others voted against" is six; the writer's side beside a pair is that pair's side
SIDES = [
    ("The executive voted by 31 votes to nil to accept the offer.", [(31, 0, None, False)]),
    ("The budget was approved with 27 in favour; I and five others voted against.", [(27, 6, None, False)]),
    ("Four others and I voted for the amendment, which fell 5-20.", [(5, 20, None, False)]),
    ("The motion was carried 14-3; me and two others voting against.", [(14, 3, None, False)]),
    ("I was one of three who voted against, and it was carried 14-3.", [(14, 3, None, False)]),
    # negative: a second count that is no side of the pair stays its own tally
    ("The motion was carried 14-3, and the amendment had 5 votes for.", [(14, 3, None, False), (5, None, None, False)]),
]


@pytest.mark.parametrize(("body", "expected"), SIDES)
def test_sides_counted_with_the_writer_or_in_words(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


# "the full council", "the council cabinet": another meeting told in passing, unless the title names it
GENERIC_BODIES = [
    ("Labour Group notes – 3 March 2025", "The full council later approved the scheme 31–25.", []),
    ("Union executive report – 3 March 2025", "The council cabinet backed the plan 5–2 on Monday.", []),
    ("Eastbrook CLP – General Meeting, 3 March 2025", "The cabinet voted 6-3 to close the library, we heard.", []),
    # negatives: the title names that body, or the clause's subject is this meeting
    (
        "Minutes of the Full Council – 3 March 2025",
        "The full council approved the scheme 31–25.",
        [(31, 25, None, False)],
    ),
    ("Cabinet minutes – 3 March 2025", "The cabinet backed the plan 5–2.", [(5, 2, None, False)]),
    (
        "Eastbrook CLP – General Meeting, 3 March 2025",
        "Our motion opposing the closure, which the cabinet had ignored, was carried 40–2.",
        [(40, 2, None, False)],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), GENERIC_BODIES)
def test_a_council_or_cabinet_told_in_passing_is_another_meeting(title: str, body: str, expected: list[Counts]) -> None:
    assert tallies(body, title) == expected


# "with 18 councillors supporting it": voters on a side, told with a participle, in a sentence with an outcome
PARTICIPLE_SIDES = [
    ("The scheme was approved, with 18 councillors supporting it.", [(18, None, None, False)]),
    ("The motion was carried, with 21 members backing it and 4 opposing it.", [(21, 4, None, False)]),
    ("The plan went through with only 3 delegates opposing it.", [(None, 3, None, False)]),
    # negatives: no vote or outcome in the sentence
    ("We have 18 councillors supporting the campaign for a new school.", []),
    ("The petition now has 300 members backing it.", []),
]


@pytest.mark.parametrize(("body", "expected"), PARTICIPLE_SIDES)
def test_voters_on_a_side_told_with_a_participle(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected
