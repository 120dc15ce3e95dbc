"""A page with no meeting heading, under a site's name, whose account opens below a news headline and its dateline
(round-22 pages bank, written here: a local paper's report of a CLP AGM): the account starts at the headline that
names the body, so the dateline under it is one of its date mentions. Near-miss: a site's name and a menu above
the body that name no body stay out of it."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    ("page", "first_date"),
    [
        (  # local paper, a CLP's AGM
            "The Wyeford Advertiser\nNews | Sport | What's On\n\n"
            "New chair for Wyeford Labour after close AGM contest\n\n"
            "Monday, 21 March 2016\n\nMembers narrowly backed a newcomer at Thursday's annual meeting. The meeting also"
            " agreed a motion on the library and elected a new secretary.\n",
            ("Monday, 21 March 2016", "2016-03-21"),
        ),
        (  # union news site, an executive's decision
            "Bakers Today\n\nFood union executive backs pay ballot\n\n14 March 2018\n\nThe executive met on Monday and"
            " agreed to ballot members over pay. The vote was unanimous.\n",
            ("14 March 2018", "2018-03-14"),
        ),
    ],
)
def test_the_account_starts_at_the_headline_over_its_dateline(page: str, first_date: tuple[str, str]) -> None:
    report = extract(page, "test.txt").reports[0]
    assert (report.dates[0].text, report.dates[0].start) == first_date


def test_a_site_name_that_names_no_body_stays_out() -> None:
    page = (
        "The Wyeford Advertiser\nPublished 2 May 2016\n\nMembers narrowly backed a newcomer at Thursday's annual"
        " meeting of the branch. The meeting agreed a motion on the library and elected a new secretary.\n"
    )
    report = extract(page, "test.txt").reports[0]
    assert page[report.span.start :].startswith("Members narrowly")
