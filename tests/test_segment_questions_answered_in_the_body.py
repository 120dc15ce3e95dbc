"""A write-up set out as questions and answers (round 22, voices22): its question lines, each answered on the line
under it, are the report's body, not the headlines of other articles that end it. Pages written for these tests; none
is quoted from a real page or a probe page.
"""

from __future__ import annotations

from nec_extract.models import Outcome
from nec_extract.pipeline import extract

QA_PAGE = """Members' Voice

NEC report – 20 May 2025

Did the NEC discuss the fuel payments?
No. A motion on it was ruled out of order.

What about the suspended councillors?
That is the Chief Whip's decision, not the NEC's.

Were there any votes?
Yes, two. The new social media code was passed 24-10.

What's next?
The Org Sub meets in June, and the budget comes back to the NEC then. The code of conduct on hustings was agreed.
"""


def test_every_answer_is_the_reports() -> None:
    reports = extract(QA_PAGE, "qa.txt").reports
    assert [r.title for r in reports] == ["NEC report – 20 May 2025"]
    assert [m.outcome for m in reports[0].motions] == [Outcome.CARRIED, Outcome.CARRIED]
    assert [(v.for_, v.against) for v in reports[0].votes] == [(24, 10)]


def test_one_answer_opening_with_yes_is_enough() -> None:
    page = (
        "NEC report – 20 May 2025\n\nThe Leader spoke about the local elections.\n\nWere there any votes?\n"
        "Yes. The new social media code was passed 24-10.\n"
    )
    reports = extract(page, "qa.txt").reports
    assert [m.outcome for m in reports[0].motions] == [Outcome.CARRIED]


def test_an_explainers_headline_still_ends_the_report() -> None:
    page = (
        "NEC report – 20 May 2025\n\nThe new social media code was passed 24-10.\n\nWho should be the next "
        "General Secretary?\n\nThree candidates are standing, and the members will choose in July.\n"
    )
    reports = extract(page, "qa.txt").reports
    assert [r.title for r in reports] == ["NEC report – 20 May 2025"]
    assert "candidates" not in page[reports[0].span.start : reports[0].span.end]
