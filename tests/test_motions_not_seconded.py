"""A motion nobody seconds names no seconder: "Not seconded." is the minutes' note of it, never a person."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.sentence.people import find_people


@pytest.mark.parametrize(
    "sentence",
    [
        "Not seconded.",
        "Not seconded, so the motion fell.",
        "Never seconded; it fell without a vote.",
        "Moved by Jo Hart. Not seconded.",
        "Proposed Cllr Moss. Not seconded and not put.",
    ],
)
def test_a_motion_nobody_seconded_names_no_seconder(sentence: str) -> None:
    assert find_people(sentence).seconders == []


@pytest.mark.parametrize(
    ("sentence", "seconder"),
    [
        ("Nora Lane seconded.", "Nora Lane"),
        ("Moved by Jo Hart, seconded by Noel Ferris.", "Noel Ferris"),
        ("Nevin Cole seconded, and it was carried.", "Nevin Cole"),
    ],
)
def test_a_seconder_whose_name_opens_like_a_negation_is_still_named(sentence: str, seconder: str) -> None:
    assert find_people(sentence).seconders == [seconder]
