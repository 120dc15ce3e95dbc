"""Elections by the meeting told in passing or laid out: a participle after the person's clause with the manner of
this meeting's choosing ("Well done to Rhys Ede, our new secretary, elected unopposed", "Mo Aziz steps in as
treasurer, having been elected by acclamation"); posts each beside a person in a sentence saying they were elected
("Officers: Chair – A; Secretary – B (both elected unopposed)"); an election that fills a place ("... was elected
in her place", "to fill the vacancy") or is timed by this meeting ("who was elected at the start of the meeting").
One motion per person (SPEC Rulings). Not: a participle with no manner of choosing ("Rhys Ede, elected in 2019,
spoke"), posts and people with no election word (an apologies line), a perfect-tense appointment, which tells news
("has been appointed regional director"). Sentences written for these tests as CLP minutes, a union branch
newsletter and a council group's notes."""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import one_report


def _elections(body: str) -> list[str]:
    motions = one_report(body).motions
    assert all(m.kind is MotionKind.OTHER and m.outcome is Outcome.CARRIED for m in motions)
    return [m.summary for m in motions]


@pytest.mark.parametrize(
    ("body", "summary"),
    [
        ("Well done to Rhys Ede, our new secretary, elected unopposed.", "election of Rhys Ede as secretary"),
        ("Mo Aziz steps in as treasurer, having been elected by acclamation.", "election of Mo Aziz as treasurer"),
        ("Thanks to Pat Oyelaran, the new youth officer, elected by 9 votes to 4.", "election of Pat Oyelaran"),
        ("Lena Park stood down as chair and Omar Haddad was elected in her place.", "election of Omar Haddad"),
        ("Kay Morris was elected to fill the vacancy.", "election of Kay Morris"),
        ("Our convenor is now Dev Rao, who was elected at the start of the meeting.", "election of Dev Rao"),
    ],
)
def test_an_election_told_in_passing_is_one(body: str, summary: str) -> None:
    summaries = _elections(body)
    assert len(summaries) == 1 and summaries[0].startswith(summary)


def test_posts_beside_people_said_to_be_elected_are_one_each() -> None:
    body = (
        "Officers for the year: Chair – Lena Park; Secretary – Omar Haddad; Treasurer – Kay Morris "
        "(all elected unopposed)."
    )
    assert _elections(body) == [
        "election of Lena Park as Chair",
        "election of Omar Haddad as Secretary",
        "election of Kay Morris as Treasurer",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Rhys Ede, elected in 2019, spoke about the by-election.",
        "Apologies: Chair – Lena Park; Secretary – Omar Haddad.",
        "Omar Haddad has been appointed regional director by the general secretary.",
        # chosen by another, named by "its" or "their", or with the clause going on after the agent
        "Omar Haddad was appointed regional director by their own region, after a long search.",
        "Kay Morris was made a trustee by the Regional Board at its own meeting.",
        "Kay Morris, our treasurer, elected to say nothing about the accounts.",
    ],
)
def test_no_election_without_the_meetings_choosing(body: str) -> None:
    assert _elections(body) == []
