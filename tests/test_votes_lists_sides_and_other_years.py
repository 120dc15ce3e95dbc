"""Tallies told in six more ways (round 7), each in several styles with negatives; every sentence is written for
these tests: a pair in words right after its result ("went through eleven to four"); an election's totals listed
after a colon or dash ("the vote for chair: A 21, B 14"); the sides of a vote on one line after "Result:"; the
author as "one of three who voted against"; a first count "15 each" before a recount; and a tally of a meeting
in an earlier year, told in passing, which is no vote of this meeting.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

Counts = tuple[int | None, int | None, int | None, bool]


def tallies(body: str, title: str = "NEC report – 12 March 2024") -> list[Counts]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(v.for_, v.against, v.abstentions, v.unanimous) for r in document.reports for v in r.votes]


ELECTION_LISTS = [
    ("Then the vote for chair of the Equalities Committee: Ama Boadu 21, Helen Rudge 14.", [(21, 14, None, False)]),
    ("Result of the election for branch secretary – Jo Kerr 31, Sam Patel 22.", [(31, 22, None, False)]),
    ("Voting for vice-chair: Priya Shah 9, Tom Evans 12. Tom was duly elected.", [(12, 9, None, False)]),
    ("Election of a youth officer: Kit Ahmed 17 and Lou Grant 15.", [(17, 15, None, False)]),
    ("Our speakers for the rally: Ann Lee 20 minutes, Raj Patel 10 minutes.", []),
]

SIDES_ON_ONE_LINE = [
    ("Result: For 38, Against 6, Abstain 3. PASSES.", [(38, 6, 3, False)]),
    ("Result – For 14, Against 15. The motion falls.", [(14, 15, None, False)]),
    ("Result: for 22, against 9, abstentions 1.", [(22, 9, 1, False)]),
]

ONE_OF = [
    ("I was one of three who voted against, but it was carried comfortably.", [(None, 3, None, False)]),
    ("Cllr Dane was one of only two members to vote for the amendment, which fell.", [(2, None, None, False)]),
    ("Among the five who voted against were the youth reps.", [(None, 5, None, False)]),
    ("She is one of three members who spoke against the plan.", []),
]

FIRST_COUNT_EACH = [
    (
        "The first count gave 15 each. On a recount it was 16-15 in favour.",
        [(15, 15, None, False), (16, 15, None, False)],
    ),
    ("The count came out at 12 each, and the chair gave her casting vote for the motion.", [(12, 12, None, False)]),
    ("Tickets for the dinner are £15 each and the count of guests is 40.", []),
]

OTHER_YEARS = [
    ("We lost that one, 12 to 21. Back in 2019 the NEC voted 24-6 for the same thing.", [(12, 21, None, False)]),
    ("In 2017 the committee had backed a similar motion by 14 votes to 3.", []),
    ("At its meeting on 3 May 2022 the branch voted 30-2 to affiliate.", []),
    ("Elections in 2025 will use the new rules, the NEC decided by 20 votes to 4.", [(20, 4, None, False)]),
    ("In March 2024 the NEC voted 22-11 to open selections.", [(22, 11, None, False)]),
]


@pytest.mark.parametrize(
    ("body", "expected"), ELECTION_LISTS + SIDES_ON_ONE_LINE + ONE_OF + FIRST_COUNT_EACH + OTHER_YEARS
)
def test_tallies(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


def test_a_tally_of_an_earlier_year_is_kept_when_the_meeting_has_no_date() -> None:
    """Without the meeting's year nothing says the year is another one."""
    assert tallies("The NEC met on Tuesday. Back in 2019 the NEC voted 24-6 for it.", title="Notes from the NEC") == [
        (24, 6, None, False)
    ]


PAIRS_IN_WORDS_AFTER_THE_RESULT = [
    ("They went through eleven to four, with most of the union section absent.", [(11, 4, None, False)]),
    ("The amendment fell nine to fourteen after a short debate.", [(9, 14, None, False)]),
    ("It was carried twelve to three, which surprised us.", [(12, 3, None, False)]),
    ("Our motion was defeated eight to thirteen.", [(8, 13, None, False)]),
    ("The NEC approved five to ten new organiser posts.", []),
    ("The scheme passed through two to three stages of review.", []),
]


@pytest.mark.parametrize(("body", "expected"), PAIRS_IN_WORDS_AFTER_THE_RESULT)
def test_a_pair_in_words_right_after_its_result(body: str, expected: list[Counts]) -> None:
    assert tallies(body) == expected


MEMBERS_BALLOTS = [
    ("Jeremy Corbyn beat Owen Smith by 313,209 votes to 193,229.", []),
    ("In the members' ballot, Ann Lee defeated Raj Patel by 41,200 votes to 30,150.", []),
    pytest.param(
        "Our candidate pipped the sitting deputy by 12,480 votes to 11,903.",
        [],
        marks=pytest.mark.xfail(strict=True, reason="a candidate beaten named by a role, not a name"),
    ),
    ("The rule change was carried on a card vote by 742,300 to 318,900.", [(742300, 318900, None, False)]),
    ("Ann Lee beat Raj Patel by 20 votes to 14 to become chair.", [(20, 14, None, False)]),
]


@pytest.mark.parametrize(("body", "expected"), MEMBERS_BALLOTS)
def test_a_candidate_beaten_by_thousands_is_a_ballot_of_the_members(body: str, expected: list[Counts]) -> None:
    """One named candidate beating another by thousands of votes is a ballot of the wider membership (SPEC: Votes);
    a card vote names no candidate beaten, and a meeting's own election counts in tens."""
    assert tallies(body) == expected
