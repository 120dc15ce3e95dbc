"""The author named by a byline that closes the page (round 25): "Posted by <name>" as the page's last line, with
nothing after the name, an affiliation after a comma or in brackets, or the hour of posting - a youth rep's
archive of two reports, a WEC member's post, a branch secretary's note, a councillor's group report. Near-misses:
a last line that is a footer's imprint ("Promoted by ..."), a mover's line, a deadline ("By Friday ...") or a
message passed on "from" someone names no author."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("Posted by Nia Roberts", "Nia Roberts"),
        ("Posted by Nia Roberts, youth rep for Wales", "Nia Roberts"),
        ("Written by Callum Reid (Unite)", "Callum Reid"),
        ("Posted by Grace Adeyemi at 22:10", "Grace Adeyemi"),
        ("Report by Tom Fairley, branch secretary", "Tom Fairley"),
    ],
)
def test_a_closing_byline_names_the_author(closing: str, author: str) -> None:
    page = (
        "Executive report – 4 March 2024\n\n"
        "The executive met in Cardiff. I moved the motion on the pay claim, which was carried.\n\n"
        f"{closing}\n"
    )
    document = extract(page, "test.txt")
    assert document.author == author
    (report,) = document.reports
    assert [s.name for s in report.speakers if s.is_author] == [author]


# a body longer than the opening lines a byline is looked for in, so that only the closing line is read here
_LONG_BODY = (
    "The leader reported on the settlement from government, which was worse than expected. The treasurer set out "
    "the savings the cabinet proposes, and members asked about the libraries and the youth service. The whip "
    "reminded members of the timetable for the budget meeting of full council, and of the briefing for new "
    "members before it. Several members asked for the consultation to be extended by a week."
)


@pytest.mark.parametrize(
    "closing",
    [
        "Promoted by Ann Lee on behalf of Eastfield CLP, 1 High Street",
        "Moved by Ann Lee, seconded by Raj Singh.",
        "By Friday Ann Lee will circulate the minutes.",
        "From Ann Lee's office came a note of thanks.",
    ],
)
def test_other_last_lines_name_no_author(closing: str) -> None:
    page = (
        "Group meeting – 4 March 2024\n\nThe group met at the town hall and agreed its budget amendments.\n\n"
        f"{_LONG_BODY}\n\n{closing}\n"
    )
    assert extract(page, "test.txt").author is None
