"""A social post quoted inside a report ("I posted this at the time:" / "Jo Bloggs @jo · 14 Mar 2023" / its text /
"12 likes · 3 reposts") ends with its bar of counts, and the report goes on below it (round-22 pages bank, written
here: a union rep's "Exec notes"). Near-miss: a scraped social post that is the page, its bar of counts over the
comments, still ends there."""

from __future__ import annotations

from nec_extract.pipeline import extract


def test_a_quoted_posts_bar_of_counts_does_not_end_the_report() -> None:
    page = (
        "Exec notes\nby Fionnuala Kerr, West of Scotland rep\n\nTuesday's executive was a long one. I posted this at"
        " the time:\n\nFionnuala Kerr @fkerr_unite · 14 Mar 2023\nJust out of the executive. Pay ballot agreed, 19-4."
        "\n12 likes · 3 reposts\n\nAs promised, the detail. The ballot opens on 3 April and closes on 24 April.\n"
    )
    report = extract(page, "test.txt").reports[0]
    assert page[report.span.start : report.span.end].endswith("closes on 24 April.")
    assert "24 April" in [d.text for d in report.dates]


def test_a_scraped_posts_bar_of_counts_still_ends_it() -> None:
    page = (
        "Branch executive report\n\nThe executive agreed to ballot members over the pay offer. The vote was 19 to 4."
        "\n\n👍 46   💬 9 comments   ↗ 3 shares\n\nSam Reid\nWell done all, see you on the picket line on 3 April.\n"
    )
    report = extract(page, "test.txt").reports[0]
    assert "3 April" not in [d.text for d in report.dates]
