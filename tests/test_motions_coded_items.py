"""Items named only by their conference codes in running prose (round 14): "C4 was withdrawn and C5 and C6 were
lost", "EM/2 fell when EM/1 was carried". One motion per code, each with its own group's result. Every sentence is
written for these tests, in conference, union executive and party voices, with negatives: codes that are dates,
postcodes or sums, and codes with no result of their own."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.items.coded_items import coded_groups
from nec_extract.pipeline import extract

CONFERENCE = "Rules Conference – day two, 14 May 2025"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
PARTY = "Regional Conference report – 9 March 2024"


def motions(body: str, title: str) -> list[tuple[str, str]]:
    document = extract(f"{title}\n\nThe session opened at ten.\n\n{body}\n\nThe conference closed at five.\n", "p.txt")
    return [(m.summary, m.outcome.value) for r in document.reports for m in r.motions]


CODED = [
    # passive, several groups in one sentence
    (
        "On rule 7, 7/2 was withdrawn by the branch and 7/3 and 7/4 were heavily defeated.",
        CONFERENCE,
        [("7/2", "withdrawn"), ("7/3", "defeated"), ("7/4", "defeated")],
    ),
    # active, the result straight after the code
    ("B12 fell when B11 was carried.", PARTY, [("B12", "defeated"), ("B11", "carried")]),
    ("Of the late items, EM/3 fell and EM/4 passed.", UNION, [("EM/3", "defeated"), ("EM/4", "carried")]),
    # "both" between the auxiliary and the result
    ("12/6 and 12/9 were both referred to the executive.", CONFERENCE, [("12/6", "remitted"), ("12/9", "remitted")]),
    # under their noun, a list of three
    (
        "Amendments NR/2, NR/3 and NR/5 have been withdrawn.",
        UNION,
        [("Amendment NR/2", "withdrawn"), ("Amendment NR/3", "withdrawn"), ("Amendment NR/5", "withdrawn")],
    ),
    ("Delegates heard that A7 was carried overwhelmingly.", PARTY, [("A7", "carried")]),
]


@pytest.mark.parametrize(("body", "title", "expected"), CODED)
def test_one_motion_per_code_with_its_groups_result(body: str, title: str, expected: list[tuple[str, str]]) -> None:
    assert motions(body, title) == expected


NOT_CODED = [
    "The 24/25 accounts were presented by the treasurer.",  # a financial year, and no result
    "The office at LS1 4AP was closed for the holiday.",  # a postcode before a word that is no result here
    "Branch 14/2 reported that its quiz had raised £300.",  # a code with nothing decided
    "On 12/3 the branch met to plan the rally.",  # a date
]


@pytest.mark.parametrize("body", NOT_CODED)
def test_codes_with_no_result_of_their_own_are_no_motions(body: str) -> None:
    assert coded_groups(body) == []


def test_a_code_followed_by_a_comma_is_left_to_the_sentence_readers() -> None:
    # "EA/2, setting up ...": the code names the item a longer clause decides; the walk's other steps read it
    assert coded_groups("Delegates backed EA/2, setting up a new committee.") == []


def test_an_item_told_again_by_its_code_in_the_record_is_listed_once() -> None:
    body = "Motions 12/1 and 12/4 sought a new region. They were remitted.\n\n12/1 remitted\n12/4 remitted\n"
    assert motions(body, CONFERENCE) == [("12/1", "remitted"), ("12/4", "remitted")]


MIXED = [
    # a clause of codes after a clause of a named item: each keeps its own result
    ("The motion on fares was carried, and C4 and C5 were both remitted.", PARTY, ["carried", "remitted", "remitted"]),
    # an item named by its code opens the second clause, with a described item beside it
    (
        "A late amendment on rule 9 fell, and EA/3 and the proposed change to rule 12 were both withdrawn.",
        CONFERENCE,
        ["defeated", "withdrawn"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), MIXED)
def test_a_clause_of_codes_beside_a_clause_of_a_named_item(body: str, title: str, expected: list[str]) -> None:
    assert [outcome for _, outcome in motions(body, title)][: len(expected)] == expected


def test_a_result_the_codes_do_not_name_leaves_the_sentence_to_the_other_readers() -> None:
    assert coded_groups("The motion on fares was carried, and C4 and C5 were both remitted.") == []
    assert [g[0] for g in coded_groups("C7 fell when the previous amendment was carried.")] == [["C7"]]
