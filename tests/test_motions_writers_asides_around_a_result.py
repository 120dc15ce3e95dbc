"""Results told with a writer's aside or an adverb in the way (round 22, voices22): "The proposal was quietly
dropped", "It wasn't moved", "It was beaten back by 18 to 14", "I'm glad to say it went through" after the item was
put in the sentence before. Sentences written for these tests in several registers; none is quoted from a real page or
a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import tally_counts, titled_page_motions

C, D, W = Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        ("NEC report\n\nThe officers had proposed scrapping the Monday session. The proposal was quietly dropped.", W),
        ("Branch minutes\n\nThe treasurer's proposal to close the account was swiftly pulled after objections.", W),
        ("Council minutes\n\nThe amendment was hastily withdrawn before the vote.", W),
        ("Union news\n\nA motion on the pension fund was circulated by two delegates. It wasn't moved.", W),
        ("NEC report\n\nA motion was tabled by three CLP reps on the whip. It weren't moved, in the end.", W),
        ("NEC report\n\nJo Reid moved an amendment to add a clause on pay. It was beaten back by 18 to 14.", D),
        # "beaten" alone on an item: its result (a score of its own stays no tally: see the sports near-miss)
        ("Council minutes\n\nThe opposition amendment on parking charges was beaten 11-23.", D),
        ("CLP report\n\nOur motion on the whip was narrowly beaten.", D),
        ("Executive report\n\nThe plan to merge the regions was quietly ditched, to general relief.", D),
    ],
)
def test_a_result_with_an_adverb_or_a_contraction(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        (
            "NEC report\n\nThe General Secretary wanted the NEC to agree a new complaints process. I'm glad to say "
            "it went through.",
            C,
        ),
        (
            "Branch minutes\n\nWe asked for the paper to be sent back to the working group. Needless to say, this was "
            "voted down.",
            D,
        ),
        (
            "CLP report\n\nThe chair asked that members back a levy for the by-election. I am pleased to report that "
            "it passed.",
            C,
        ),
        (
            "Union news\n\nOur rep tried to add a line on casual staff. We are sorry to say it fell.",
            D,
        ),
    ],
)
def test_a_writers_comment_before_the_results_pronoun(page: str, outcome: Outcome) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [outcome]
    assert page.split("\n\n")[1].split(".")[0] in motions[0].evidence.text  # the item put, with its result


@pytest.mark.parametrize(
    "page",
    [
        # no item put or settled: a comment, a date kept, a sports score, a thing dropped with no decision
        "NEC report\n\nThe meeting wasn't moved online despite the strike. I'm glad to say it was a friendly meeting.",
        "CLP report\n\nI am pleased to report that membership has grown again.",
        "Staff news\n\nOur team was beaten 3-1 at five-a-side by the regional office.",
        "Election night\n\nThe Tories were beaten in every ward we stood in.",
        "Branch news\n\nThe old website was quietly dropped in the spring, and nobody noticed.",
    ],
)
def test_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []


def test_beaten_back_by_a_count_is_a_tally() -> None:
    assert tally_counts("An amendment from Jo Reid was beaten back by 18 to 14.") == [(14, 18, None)]


def test_failed_by_a_count_is_a_tally() -> None:
    assert tally_counts("The left tried to delay the plan, and failed by 23 votes to 10.") == [(10, 23, None)]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe terms of reference then passed, I need hardly add.",
        "Branch minutes\n\nThe new rota was approved, needless to say.",
        "CLP report\n\nThe code of conduct passed, I'm pleased to say.",
    ],
)
def test_a_writers_comment_closing_the_result(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]
