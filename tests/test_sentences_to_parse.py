"""The sentences queued for the decisions' parse: those the walk may read, not the report's heading it passes over."""

from __future__ import annotations

from nec_extract.extractors.motions import sentences_to_parse
from support import report_context, titled_page_motions

PAGES = [
    "NEC agrees new selection rules\n\nThe NEC agreed the new rules for selections. Members voted to publish them.",
    "Branch votes to affiliate to the trades council\n\nThe branch voted to affiliate after a short debate.",
    "Executive backs pay claim\n\nAt its meeting the executive endorsed the claim, and we agreed to ballot.",
]


def test_the_heading_is_not_queued_and_the_body_is() -> None:
    for page in PAGES:
        title = page.split("\n\n", 1)[0]
        queued = sentences_to_parse(report_context(page, title=title))
        assert queued, page
        assert all(sentence.start >= len(title) for sentence in queued), page


def test_a_page_without_a_heading_queues_its_first_sentence() -> None:
    page = "The committee agreed to hold a ballot. Nothing else was decided."
    assert [s.text for s in sentences_to_parse(report_context(page))][:1] == ["The committee agreed to hold a ballot."]


def test_the_body_decisions_are_read_as_before() -> None:
    motions = titled_page_motions(PAGES[0])
    assert [m.outcome for m in motions] == ["carried", "carried"]
    assert motions[0].evidence.text.startswith("The NEC agreed")
