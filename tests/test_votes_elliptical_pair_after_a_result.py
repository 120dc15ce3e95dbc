"""A tally told alone after the sentence that settled its item (issue 13, round 26): "26 to 5.", "(11-23)", "Same
outcome, 18-31.", "11 to 15, which is closer than last time.", and "it went back 18-16" for an item referred back.
The pair takes its direction from the result the sentence before told of an item; after the writer's side's own
result ("We lost.", "My case did not carry the day.") or a same-result opener alone it keeps its written order.
Near-misses: a pair alone with no result before it in its paragraph, and numbers that are no pair of votes.
Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # NEC blog write-up
        ("The Org Committee paper on the freeze date was defeated. 26 to 5.", (5, 26, None)),
        ("The left's amendment on suspensions fell. (11-23)", (11, 23, None)),
        # union executive minutes
        ("The motion from Region 4 on facility time was carried. 22 to 9.", (22, 9, None)),
        # council minutes
        ("The recommendation to close the depot was rejected. 14-30.", (14, 30, None)),
        # CLP minutes: the writer's side lost; the written order stands
        ("I moved that the AGM be held online. We lost. 11 to 15, which is closer than last time.", (11, 15, None)),
        ("Then the expulsions. My case did not carry the day. 26 to 5.", (26, 5, None)),
        # a same-result opener needs no result in the sentence before
        ("A second paper, on supporters, was then taken. Same outcome, 18-31.", (18, 31, None)),
        ("The second amendment was put straight after. Same result again, more or less: 12-19.", (12, 19, None)),
        # news report: referred back, with a count
        ("Councillor Webb moved that the report be referred back to officers. It went back 18-16.", (18, 16, None)),
    ],
)
def test_a_pair_alone_is_the_tally_of_the_item_just_settled(body: str, counts: tuple[int, int, None]) -> None:
    assert counts in tally_counts(body)


@pytest.mark.parametrize(
    "body",
    [
        # no result told before the pair in its paragraph
        "The paper on the freeze date was discussed at length. 26 to 5.",
        "The motion on facility time was carried.\n\n22 to 9.",
        # numbers that are no pair of votes
        "The budget was agreed. 10 to 12 people will be hired next year.",
        "The minutes were approved. 9 to 5 is the office's opening time.",
        "The review was accepted. We went back to 2019 figures for the baseline.",
    ],
)
def test_no_tally_without_a_result_before_or_with_other_numbers(body: str) -> None:
    assert tally_counts(body) == []
