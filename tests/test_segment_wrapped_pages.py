"""A page hard-wrapped at a fixed width (an e-mailed report, text taken from a PDF): a line that carries on a
paragraph is body, also when it ends on a question mark as another article's headline would. Pages written for
these tests."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_BLOG = (
    "NEC Report - June 2024\n\n"
    "We had a long meeting of the NEC on Tuesday 11 June 2024, most of it on\n"
    "the selections timetable and the rules for the coming conference.\n\n"
    "I moved an amendment to the paper on selections to lower the threshold to\n"
    "a third of branches, as for sitting MPs. It fell. Why should the rules for\n"
    "mayors differ from the rules for MPs, and who decided they should?\n\n"
    "A second amendment, to let the Organisation Committee review any removal\n"
    "of a candidate, was defeated by 18 votes to 12 after a long debate in which\n"
    "several of us argued that the decision should not rest with staff alone.\n"
)

_MINUTES = (
    "Minutes of the Branch Committee, 4 March 2025\n\n"
    "The secretary reported on the dispute at the depot. Members asked whether\n"
    "the regional office had been told, and who would represent the branch at\n"
    "the hearing - was it to be the chair or an officer from the region?\n\n"
    "After discussion the committee agreed to send two delegates to the hearing\n"
    "and to pay their travel costs from branch funds.\n"
)

_COUNCIL = (
    "Minutes of the Planning Committee held on 19 November 2024\n\n"
    "Councillor Patel asked why the applicant had not consulted the parish, and\n"
    "whether the report had considered the flood risk. Was the site suitable?\n\n"
    "The recommendation to refuse the application was moved by Councillor Patel\n"
    "and seconded by Councillor Owen, and on being put to the vote was carried.\n"
)


@pytest.mark.parametrize(
    ("page", "last_words"), [(_BLOG, "staff alone."), (_MINUTES, "branch funds."), (_COUNCIL, "was carried.")]
)
def test_a_wrapped_line_ending_in_a_question_does_not_end_the_report(page: str, last_words: str) -> None:
    reports = extract(page).reports
    assert len(reports) == 1
    assert page[: reports[0].span.end].rstrip().endswith(last_words)


def test_the_decisions_after_the_question_are_read() -> None:
    blog = extract(_BLOG).reports[0]
    assert [m.outcome for m in blog.motions] == ["defeated", "defeated"]
    assert [(v.for_, v.against) for v in blog.votes] == [(12, 18)]  # defeated: the larger side against
    minutes = extract(_MINUTES).reports[0]
    # "agreed to send two delegates ... / and to pay their travel costs": the line under carries the sentence on, and
    # its two infinitives are two decisions (SPEC Rulings: each decision is one motion)
    assert [m.outcome for m in minutes.motions] == ["carried", "carried"]


def test_another_articles_question_headline_still_ends_the_report() -> None:
    page = (
        "NEC Report - June 2024\n\n"
        "The NEC met on Tuesday 11 June 2024 and agreed the conference timetable.\n\n"
        "Related articles\n\n"
        "Will Labour's new rules change who stands for Parliament?\n\n"
        "Read our explainer on how candidates are chosen in each region of the country and what changes.\n"
    )
    report = extract(page).reports[0]
    assert "explainer" not in page[report.span.start : report.span.end]
