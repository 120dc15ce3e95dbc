"""A publication stamp kind the round-22 pages bank (pages written here: a Drupal news site) found unread: a
content system's stamp "Submitted by <name> on <day>" (with its weekday and time: "Wed, 12/09/2012 - 10:31") is the
publication date, which a meeting called "yesterday" is counted from; not a motion "submitted by" a body on a day
in the body of the report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract
from support import published_and_meeting


@pytest.mark.parametrize(
    ("stamp", "sentence", "published", "meeting"),
    [
        (
            "Submitted by Wilf Adeyemi on Wed, 12/09/2012 - 10:31",
            "Yesterday's National Executive Committee agreed a new post.",
            "2012-09-12",
            "2012-09-11",
        ),
        ("Submitted by admin on 3 May 2021", "The branch committee met last night.", "2021-05-03", "2021-05-02"),
        (
            "Submitted by Rhian Pugh on Thursday, 14 March 2019 - 9:02am",
            "On Tuesday the executive met in Cardiff.",
            "2019-03-14",
            "2019-03-12",
        ),
    ],
)
def test_a_content_systems_submitted_by_stamp_dates_the_page(
    stamp: str, sentence: str, published: str, meeting: str
) -> None:
    assert published_and_meeting(stamp, sentence) == (published, [meeting])


def test_a_motion_submitted_by_a_body_is_no_stamp() -> None:
    document = extract(
        "Branch committee report\n\nThe motion submitted by Unite on 4 March 2019 was carried after a long debate.\n"
        "Yesterday's meeting also agreed the budget.\n",
        "test.txt",
    )
    assert document.published is None
