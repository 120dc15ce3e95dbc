"""Page furniture on pages the tool had not seen (round 8), on pages written here in several styles (NEC
write-up, union branch, council and CLP minutes, news), each with negatives:

- a circular's stamp ("Issued 3 June 2024 — to all Branch Secretaries", "Issued: 12 November 2023") gives the
  publication day and is no heading nor date mention of the report; "issued" in a sentence is no stamp;
- on a blog page of posts, each a heading over its "Posted on ... by ..." line, a dated heading over that line
  heads a report when two or more such headings name a meeting ("Away day – November 2023"); a lone dated post
  among posts that are not meetings does not, and the site's "Archives" or "Categories" lists are no part of any;
- a line that introduces a quotation ("Maria Lopez said:" over a line opening with a quote mark) is a speaker
  quoted in the report, not a commenter's signature; a full sentence pointing to more ("Read the full plan on
  the council's website.") with the article going on below ends nothing, while a bare "Read more" still does;
- a stamp with its qualifier at the foot of a long page ("First published on Wed 18 Sep 2024 21.05 BST",
  "Originally posted on 3 May 2023") gives the publication day; a sentence opening so, with no day, does not.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def summary(page: str) -> tuple[str | None, list[tuple[str | None, list[str]]]]:
    """The publication day, and each report's title with its date mentions as written."""
    document = extract(page, "test.txt")
    return document.published, [(r.title, [d.text for d in r.dates]) for r in document.reports]


@pytest.mark.parametrize(
    ("page", "published", "report"),
    [
        (  # union regional circular
            "Issued 3 June 2024 — to all Branch Secretaries\n\nRegional Council report\n\nThe Regional Council met "
            "on 1 June 2024 and agreed to fund two organisers for the autumn.\n",
            "2024-06-03",
            ("Regional Council report", ["1 June 2024"]),
        ),
        (  # council group
            "Labour Group bulletin\nIssued: 12 November 2023\n\nGroup meeting report\n\nThe group met on 10 November "
            "2023 and agreed its amendments to the budget.\n",
            "2023-11-12",
            ("Group meeting report", ["10 November 2023"]),
        ),
        (  # NEC write-up sent as a circular
            "NEC circular\nIssued on 9 March 2022\n\nReport of the NEC\n\nThe NEC met on 8 March 2022 and agreed "
            "the rules for the selection of candidates.\n",
            "2022-03-09",
            ("Report of the NEC", ["8 March 2022"]),
        ),
    ],
)
def test_a_circulars_issued_stamp_is_its_publication_day(
    page: str, published: str, report: tuple[str, list[str]]
) -> None:
    assert summary(page) == (published, [report])


def test_issued_in_a_sentence_is_no_stamp() -> None:
    page = (
        "Branch meeting – 5 March 2024\n\nThe secretary said new cards had been issued in January to every member. "
        "Some said theirs had not arrived.\n"
    )
    assert summary(page) == (None, [("Branch meeting – 5 March 2024", ["5 March 2024", "January"])])


def blog(first_heading: str, second: str, third: str) -> str:
    return (
        f"Our blog\n\n{first_heading}\nPosted on 20 November 2023 by Jo Bloggs\n\n"
        "Twenty members spent the day planning next year's work and agreed three priorities.\n\n"
        f"{second}\nPosted on 15 October 2023 by Jo Bloggs\n\n"
        "The meeting agreed to back the hospital campaign and elected a new youth officer.\n\n"
        f"{third}\nPosted on 18 September 2023 by Jo Bloggs\n\n"
        "Those present heard from the council leader and agreed to lobby on the bus cuts.\n\n"
        "Archives\n\nOctober 2023\nSeptember 2023\n\nCategories\n\nMeetings\nNews\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("Away day – November 2023", "General meeting – October 2023", "All-member meeting – September 2023"),  # CLP
        ("Training day – November 2023", "Branch meeting – October 2023", "Branch meeting – September 2023"),  # union
        ("Group away day – November 2023", "Group meeting – October 2023", "Council meeting – September 2023"),
    ],
)
def test_a_dated_post_in_a_series_of_meeting_posts_heads_a_report(first: str, second: str, third: str) -> None:
    found = summary(blog(first, second, third))[1]
    assert [title for title, _ in found] == [first, second, third]
    assert "October 2023" not in found[-1][1][1:]  # the archive's months are no mention of the last post


def test_a_dated_post_among_posts_that_are_no_meetings_heads_nothing() -> None:
    page = blog("Away day – November 2023", "Summer fete – July 2023", "Branch meeting – September 2023")
    assert [title for title, _ in summary(page)[1]] == ["Branch meeting – September 2023"]


QUOTED = '"This is a dispute we cannot afford to lose, and every branch must play its part."'


@pytest.mark.parametrize(
    ("heading", "introduction"),
    [
        ("Regional Executive – 4 March 2024", "Maria Lopez said:"),  # union
        ("Full Council – 4 March 2024", "Councillor Amy Hart said:"),  # council minutes
        ("NEC report – 4 March 2024", "Keir Hardy wrote:"),  # NEC write-up quoting a letter
    ],
)
def test_a_line_introducing_a_quotation_ends_nothing(heading: str, introduction: str) -> None:
    page = (
        f"{heading}\n\nThe meeting agreed to back the appeal.\n\n{introduction}\n\n{QUOTED}\n\n"
        "It met again on 1 April 2024.\n"
    )
    assert summary(page)[1] == [(heading, ["4 March 2024", "1 April 2024"])]


def test_a_commenters_signature_over_a_comment_still_ends_the_report() -> None:
    page = (
        "Regional Executive – 4 March 2024\n\nThe meeting agreed to back the appeal.\n\nMaria Lopez said:\n\n"
        "Great report, thanks for posting. See you on 1 April 2024.\n"
    )
    assert summary(page)[1] == [("Regional Executive – 4 March 2024", ["4 March 2024"])]


@pytest.mark.parametrize(
    ("heading", "pointer"),
    [
        ("Council meeting – 12 June 2023", "Read the full plan on the council's website."),  # council
        ("Branch meeting – 12 June 2023", "Read the branch's full response on our website."),  # union branch
        ("NEC report – 12 June 2023", "Read the full statement from the general secretary here."),  # NEC / news
    ],
)
def test_a_sentence_pointing_to_more_inside_an_article_ends_nothing(heading: str, pointer: str) -> None:
    page = (
        f"{heading}\n\nThe meeting voted to adopt the new climate plan by 31 votes to 12.\n\n{pointer}\n\n"
        "Some said the targets did not go far enough, and a review was promised on 1 December 2023.\n"
    )
    assert summary(page)[1] == [(heading, [heading.split("– ")[1], "1 December 2023"])]


def test_a_bare_read_more_link_still_ends_the_report() -> None:
    page = (
        "Council meeting – 12 June 2023\n\nThe meeting voted to adopt the new climate plan by 31 votes to 12.\n\n"
        "Read more\n\nSome said the targets did not go far enough, and a review was promised on 1 December 2023.\n"
    )
    assert summary(page)[1] == [("Council meeting – 12 June 2023", ["12 June 2023"])]


LONG_PARAGRAPH = (
    "The meeting heard a long report from the officers on the state of the finances, the campaign in the marginal "
    "wards and the work of the sub-committees, and a lively debate followed on every part of it. "
) * 2


def long_page(foot: str) -> str:
    """A page whose foot lies far below the header, where a stamp is no header's."""
    body = "\n\n".join([LONG_PARAGRAPH] * 6)
    return f"The Courier\n\nCouncil backs new plan after long meeting\n\n{body}\n\n{foot}\n"


@pytest.mark.parametrize(
    ("foot", "published"),
    [
        ("First published on Wed 18 Sep 2024 21.05 BST", "2024-09-18"),  # news
        ("Originally posted on 3 May 2023", "2023-05-03"),  # CLP blog
        ("Originally published: 12 June 2022 · Updated 14 June 2022", "2022-06-12"),  # union site
    ],
)
def test_a_qualified_stamp_at_a_long_pages_foot_is_its_publication_day(foot: str, published: str) -> None:
    assert extract(long_page(foot), "test.txt").published == published


def test_a_sentence_opening_like_a_stamp_gives_no_publication_day() -> None:
    foot = "First published in March 2019, the rulebook was revised by the NEC last year."
    assert extract(long_page(foot), "test.txt").published is None
