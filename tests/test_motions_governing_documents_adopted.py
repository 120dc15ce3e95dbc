"""Missed decisions (issue 13): minutes shorthand that leaves out the verb "to be" ("Standing orders for conference
adopted as circulated", "Revised constitution for the youth section adopted") decides the body's governing documents and
arrangements as it decides a report or a code of conduct: standing orders, a constitution, a procedure, a
protocol, criteria, a programme, arrangements, a framework, a scheme, a charter, a manifesto. The same nouns
mentioned, explained or followed (not put for adoption) decide nothing. Pages written for these tests as union,
council, CLP and small-party minutes and an NEC write-up; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "expected", "words"),
    [
        (
            "Party executive minutes\n\n5. Conference\n5.1 The timetable was noted.\n"
            "5.2 Standing orders for conference adopted as circulated.",
            [C],
            ["Standing orders"],
        ),
        (
            "Branch committee minutes\n\nRevised constitution for the youth section adopted.\n"
            "Shortlisting criteria for the organiser post agreed.",
            [C, C],
            ["constitution", "criteria"],
        ),
        (
            "Council group minutes\n\nItem 4. The selection procedure for the mayoral candidate agreed.\n"
            "Item 5. Protocol on members' use of social media approved as circulated.",
            [C, C],
            ["selection procedure", "Protocol"],
        ),
        (
            "CLP executive minutes\n\nArrangements for the hustings agreed.\nDraft manifesto for the local elections "
            "endorsed, subject to costings.",
            [C, C],
            ["hustings", "manifesto"],
        ),
        (
            "NEC report\n\nThe new scheme of delegation for the regional offices approved. A charter for members' "
            "rights rejected.",
            [C, D],
            ["scheme of delegation", "charter"],
        ),
    ],
)
def test_a_governing_document_put_for_adoption_is_decided(page: str, expected: list[Outcome], words: list[str]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == expected
    for motion, word in zip(motions, words, strict=True):
        assert word in motion.summary


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nStanding orders: the chair reminded members to keep to time.",
        "Council minutes\n\nUnder the standing orders, the late item could not be taken.",
        "CLP minutes\n\nThe rules were explained by the secretary before the ballot.",
        "Union minutes\n\nMembers asked about the selection procedure and the criteria for shortlisting.",
        "NEC report\n\nThe procedure agreed last year was followed for every appeal.",
        "Executive minutes\n\nThe standing orders committee met twice in the quarter.",
    ],
)
def test_the_same_documents_mentioned_decide_nothing(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "words"),
    [
        ("Branch minutes\n\nStanding orders: a change letting members join by phone was accepted nem con.", "phone"),
        ("Council minutes\n\nBudget: the leader's proposal for a 2% rise in allowances was agreed unanimously.", "2%"),
        (
            "CLP executive minutes\n\nCode of conduct: a new section on social media was adopted nem con.",
            "social media",
        ),
        (
            "Union executive minutes\n\nStrike fund: an extra £5,000 for the hardship grants was approved nem con.",
            "£5,000",
        ),
    ],
)
def test_a_topic_label_before_a_decided_clause_is_no_item_of_its_own(page: str, words: str) -> None:
    """The label names the topic; the clause after it holds the one decision, whatever its result words."""
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [C]
    assert words in motions[0].summary


def test_a_verb_deciding_before_its_colon_still_lists_each_item() -> None:
    motions = titled_page_motions("NEC report\n\nThe NEC agreed: the budget; the code of conduct; the timetable.")
    assert [m.summary for m in motions] == ["budget", "code of conduct", "timetable"]


def test_a_minutes_label_before_its_resolutions_still_lists_each_one() -> None:
    page = (
        "Union executive minutes\n\nThe executive considered the branch proposals for rules conference.\n"
        "RESOLVED: (i) to support proposals 3 and 9; (ii) to back the pay claim; (iii) that proposal 14 be referred "
        "to the rules committee."
    )
    assert len(titled_page_motions(page)) == 3
