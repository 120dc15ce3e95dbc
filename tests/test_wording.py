"""How records read to a person: tallies in the SPEC's words, the author named as movers name them."""

from __future__ import annotations

import pytest

from nec_extract.models import Span, Speaker, Vote
from nec_extract.writers.wording import speaker_label, speaker_name, tally_words

EVIDENCE = Span(start=0, end=1, text="x")


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        ({"for": 22, "against": 12}, "for 22 / against 12"),
        ({"for": 12}, "for 12 / against ?"),
        ({"against": 0}, "for ? / against 0"),
        ({"abstentions": 2}, "abstentions 2"),
        ({"unanimous": True}, "unanimous"),
        ({"for": 26, "against": 0, "abstentions": 1}, "for 26 / against 0 / abstentions 1"),
        ({}, "no counts"),
    ],
)
def test_a_tally_reads_in_words_with_only_the_counts_given(counts: dict[str, object], words: str) -> None:
    assert tally_words(Vote.model_validate({**counts, "evidence": EVIDENCE})) == words


@pytest.mark.parametrize(
    ("speaker", "name", "label"),
    [
        (Speaker(name=None, is_author=True), "(author)", "(author)"),
        (Speaker(name="Jo Bloggs", is_author=True), "Jo Bloggs", "Jo Bloggs (author)"),
        (Speaker(name=None, role="Chair"), None, "(unnamed), Chair"),
        (Speaker(name="Sam Okafor", role="General Secretary"), "Sam Okafor", "Sam Okafor, General Secretary"),
    ],
)
def test_the_author_is_named_as_movers_name_them(speaker: Speaker, name: str | None, label: str) -> None:
    assert (speaker_name(speaker), speaker_label(speaker)) == (name, label)
