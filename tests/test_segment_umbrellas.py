"""Lines that look like report headings and head none, on pages written here: a link to another article under
a label inside a report ("READ MORE: ..."), and an umbrella heading that names only a period over a short
introduction and the reports of that period's meetings. Negatives: the same headings over reports of their
own."""

from __future__ import annotations

import pytest

from nec_extract.page.segment import names_meeting, segment

NEC_BODY = (
    "The NEC met at party headquarters. The General Secretary reported on the finances and the committee "
    "agreed the timetable for the selections."
)
SUB_BODY = "The sub-committee agreed the timetable for branch meetings and the secretary reported on membership."


def titles(page: str) -> list[str | None]:
    return [block.title for block in segment(page)]


# --- a link to another article, under a label -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: NEC report – 24 May 2022",
        "Read more: Labour NEC votes to expel councillor – 5 March 2019",
        "See also: Executive Council report, 12 June 2018",
        "Related: Minutes of the Special Council Meeting",
        "ALSO READ | Branch committee report – 3 May 2021",
    ],
)
def test_a_link_under_a_label_names_no_meeting(line: str) -> None:
    assert not names_meeting(line)


@pytest.mark.parametrize(
    "link",
    ["READ MORE: NEC report – 24 May 2022", "See also: Regional Executive Committee – 20 May 2022"],
)
def test_a_link_inside_a_report_neither_starts_nor_ends_one(link: str) -> None:
    page = f"NEC report – 12 July 2022\n\n{NEC_BODY}\n\n{link}\n\nThe motion on the review was carried.\n"
    blocks = segment(page)
    assert [b.title for b in blocks] == ["NEC report – 12 July 2022"]
    assert page[blocks[0].start : blocks[0].end].endswith("carried.")


@pytest.mark.parametrize(
    "heading",
    [
        "Read the report of the NEC – 24 May 2022",  # a heading that opens with the word, not a label
        "More democracy: NEC meeting, 24 May 2022",  # a heading with its own subtitle
    ],
)
def test_headings_that_open_with_a_label_word_still_name_a_meeting(heading: str) -> None:
    assert names_meeting(heading)


# --- an umbrella heading over the reports of its period ---------------------------------------------------------


@pytest.mark.parametrize(
    ("umbrella", "introduction", "first", "second"),
    [
        (
            "Regional Executive Update, March 2021",
            "This update covers the work of the sub-committees that reported to the March meeting.",
            "Organisation Sub-Committee – 2 March 2021",
            "Finance Sub-Committee – 9 March",
        ),
        (
            "NEC update – May 2019",
            "There has been a lot going on this month, so here are the committee reports in brief.",
            "NEC Organisation Committee – 14 May 2019",
            "NEC Equalities Committee – 21 May 2019",
        ),
        (
            "Union news: Autumn round-up 2018",
            "Our executive members write about the committees they sit on, below.",
            "Finance and General Purposes Committee – 4 October 2018",
            "Education Committee – 18 October 2018",
        ),
    ],
)
def test_an_umbrella_heading_over_its_periods_reports_is_no_report(
    umbrella: str, introduction: str, first: str, second: str
) -> None:
    page = f"{umbrella}\n\n{introduction}\n\n{first}\n\n{SUB_BODY}\n\n{second}\n\n{SUB_BODY}\n"
    assert titles(page) == [first, second]


@pytest.mark.parametrize(
    "introduction",
    [
        # the period heading's text says a meeting took place: it is a report of its own
        "The NEC met on 3 May for the last time before the elections and agreed the campaign budget.",
        # more than a short introduction
        " ".join([NEC_BODY] * 4),
    ],
)
def test_a_period_heading_over_a_report_of_its_own_stays_a_report(introduction: str) -> None:
    page = f"NEC report – May 2019\n\n{introduction}\n\nNEC Organisation Committee – 14 May 2019\n\n{SUB_BODY}\n"
    assert titles(page) == ["NEC report – May 2019", "NEC Organisation Committee – 14 May 2019"]


def test_a_period_heading_over_a_meeting_of_another_period_stays_a_report() -> None:
    page = (
        "Regional Executive Update, March 2021\n\nThis update covers the work of the sub-committees since the last "
        f"update.\n\nOrganisation Sub-Committee – 23 February 2021\n\n{SUB_BODY}\n"
    )
    assert titles(page) == ["Regional Executive Update, March 2021", "Organisation Sub-Committee – 23 February 2021"]


# --- a dated section heading about an event still to come -------------------------------------------------------

OTHER_BUSINESS = "Other business\n\nThe committee also agreed the budget for the regional offices.\n"


@pytest.mark.parametrize(
    ("report", "section", "text"),
    [
        (
            "NEC Report – 12 March 2019",
            "Conference – 22 September",
            "Conference will be held in Brighton this year. Delegates will debate the rule changes.",
        ),
        (
            "NEC Report – 12 March 2019",
            "Special Meeting – 19 March",
            "A special meeting of the NEC will be held to agree the manifesto before the elections.",
        ),
        (
            "Branch committee report – 5 March 2019",
            "Youth Conference 9–11 February",
            "The youth conference is to meet in Scarborough, and the branch will send two delegates.",
        ),
        (
            "Executive Council – Tuesday 2 April 2019",
            "National Policy Forum – 12 May 2019",
            "The forum is due to meet in Leeds to agree the final documents.",
        ),
    ],
)
def test_a_dated_section_about_an_event_to_come_stays_in_the_report(report: str, section: str, text: str) -> None:
    page = f"{report}\n\n{NEC_BODY}\n\n{section}\n\n{text}\n\n{OTHER_BUSINESS}"
    blocks = segment(page)
    assert [b.title for b in blocks] == [report]
    assert page[blocks[0].start : blocks[0].end].endswith("regional offices.")


@pytest.mark.parametrize(
    ("report", "section", "text"),
    [
        # an archive, oldest first: the later report says its meeting took place
        ("NEC Report – 12 March 2019", "NEC Report – 9 April 2019", "The NEC met in London and agreed the budget."),
        # a meeting held after the report's, said in the past
        (
            "Branch committee report – 5 March 2019",
            "Special Meeting – 19 March",
            "A special meeting was held to discuss the closure of the depot.",
        ),
        # a section dated before the report's meeting (a sub-committee the week before)
        (
            "NEC Report – 12 March 2019",
            "Organisation Committee – 5 March 2019",
            "The committee will have its next meeting in April, after it agreed the selection rules.",
        ),
    ],
)
def test_a_dated_heading_of_a_meeting_held_starts_its_own_report(report: str, section: str, text: str) -> None:
    page = f"{report}\n\n{NEC_BODY}\n\n{section}\n\n{text} {SUB_BODY}\n"
    assert titles(page) == [report, section]


# --- in-article labels and markers that do not end the report ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE:",  # a news site's label over a linked headline on the next line
        "Read more: Labour NEC votes on selections",
        "Continue reading below",  # an advert's marker inside the article
        "CONTINUE READING BELOW",
    ],
)
def test_an_in_article_label_or_marker_does_not_cut_the_report(line: str) -> None:
    page = (
        f"NEC report – 12 March 2019\n\n{NEC_BODY}\n\n{line}\n\nThe motion on the review was carried by 20 votes "
        "to 10.\n"
    )
    blocks = segment(page)
    assert len(blocks) == 1 and page[blocks[0].start : blocks[0].end].endswith("20 votes to 10.")


@pytest.mark.parametrize("line", ["Continue reading", "Read more", "Continue reading →", "Read more…"])
def test_a_teaser_still_ends_an_excerpt(line: str) -> None:
    page = f"NEC report – 12 March 2019\n\n{NEC_BODY}\n\n{line}\n\nSome other post begins here, about the weather.\n"
    blocks = segment(page)
    assert len(blocks) == 1 and page[blocks[0].start : blocks[0].end].endswith("selections.")


# --- a sub-committee named by its short name, stacked under the main meeting's heading --------------------------


@pytest.mark.parametrize(
    ("main", "sub"),
    [
        ("NEC – 20 March 2018", "Org Sub – 13 March 2018"),  # an NEC write-up
        ("Executive Council – 20 March 2018", "F&GP – 13 March 2018"),  # a union's finance committee
        ("Regional Board – 20 March 2018", "Finance Sub – 13 March 2018"),
    ],
)
def test_a_sub_committee_by_its_short_name_stacked_under_the_meeting_is_its_own_report(main: str, sub: str) -> None:
    page = f"{main}\n{sub}\n\n{NEC_BODY}\n"
    assert titles(page) == [main, sub]


@pytest.mark.parametrize("line", ["Subs – 13 March 2018", "sub – 13 March 2018", "Members' subs due 13 March 2018"])
def test_subscriptions_name_no_meeting(line: str) -> None:
    assert not names_meeting(line)
