"""Report segmentation on pages written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.page.segment import is_article_headline, names_meeting, segment, titles_page

BODY = (
    "The meeting opened with tributes to two long-serving councillors. The General Secretary then "
    "reported on the by-election campaign and answered questions from members."
)


def titles(page: str) -> list[str | None]:
    return [block.title for block in segment(page)]


@pytest.mark.parametrize(
    "heading",
    [
        "NEC Report – 28 March 2023",
        "Labour NEC Away Day Report – 24 November 2020",
        "NEC meeting, 18 September 2018",
        "Report from April’s emergency NEC meeting",
        "NEC Report 20/9/2016",
        "NEC Report – MAY 2021",
        "NEC report back",
        "Jo Bloggs's NEC report",
        "Jo Bloggs reports back from Labour's NEC",
        "Notes from this week's National Executive meeting",
        "Eastholme CLP – General Committee minutes, 07/03/2019",
        "Regional Executive Committee, Saturday 4th May 2019",
        "Rules Conference - day two",
        "NEC Report – Tuesday 21 January",
    ],
)
def test_headings_that_name_a_meeting(heading: str) -> None:
    assert names_meeting(heading)


@pytest.mark.parametrize(
    "line",
    [
        "Leader's report",
        "General Secretary's Report",
        "Organisation Committee report",
        "Local selections",
        "Why I am standing for the NEC",
        "How the NEC agrees its timetable",
        "Twenty parliamentary selections were agreed and rubber stamped by the NEC today and reported widely",
        "September 2021      Rule changes passed by Annual Conference",
        BODY,
    ],
)
def test_lines_that_do_not_start_a_report(line: str) -> None:
    assert not names_meeting(line)


def test_one_heading_one_report_with_its_span() -> None:
    page = f"A blog about Labour politics\n\nNEC Report – 3 June 2021\n\n{BODY}\n"
    [block] = segment(page)
    assert block.title == "NEC Report – 3 June 2021"
    assert page[block.start : block.end].startswith("NEC Report – 3 June 2021")
    assert page[block.start : block.end].endswith("members.")


def test_index_page_splits_at_each_heading_and_drops_teasers() -> None:
    page = (
        "Category: NEC reports\n\nNEC Report – 12 May 2022\n\n"
        f"{BODY}\n\nContinue reading →\n\n"
        "NEC Report – 22 March 2022\n\n"
        f"{BODY}\n\nRead more\n"
    )
    blocks = segment(page)
    assert [b.title for b in blocks] == ["NEC Report – 12 May 2022", "NEC Report – 22 March 2022"]
    assert all("Continue reading" not in page[b.start : b.end] for b in blocks)
    assert all("Read more" not in page[b.start : b.end] for b in blocks)


def test_comment_thread_belongs_to_no_report() -> None:
    page = f"NEC Report – 1 July 2021\n\n{BODY}\n\n2 comments\n\nSam K. says:\nGreat report, thanks.\n"
    [block] = segment(page)
    assert "Great report" not in page[block.start : block.end]


def test_blogger_comment_signature_ends_the_report() -> None:
    page = f"NEC Report – 1 July 2021\n\n{BODY}\n\nAnonymous Reader said...\nWhen is the next one?\n"
    [block] = segment(page)
    assert "next one" not in page[block.start : block.end]


def test_a_quoted_speaker_introducing_a_list_does_not_end_the_report() -> None:
    page = f"NEC Report – 1 July 2021\n\nThe Chair opened the meeting. He said:\n· Ninety motions were valid.\n{BODY}\n"
    [block] = segment(page)
    assert page[block.start : block.end].endswith("members.")


def test_another_article_on_the_page_is_not_a_report() -> None:
    page = (
        f"NEC Report – 9 February 2021\n\n{BODY}\n\nWhy I'm standing for the NEC again\n\n"
        "Nominations open next month and I would be grateful for your support once more.\n"
    )
    [block] = segment(page)
    assert "Nominations" not in page[block.start : block.end]
    assert is_article_headline("Why I'm standing for the NEC again")


def test_sections_inside_a_dated_report_do_not_split_it() -> None:
    page = f"NEC Report – 14 January 2021\n\n{BODY}\n\nNEC Induction Meeting\n\n{BODY}\n"
    assert titles(page) == ["NEC Report – 14 January 2021"]


def test_subtitle_right_under_a_heading_stays_in_the_report() -> None:
    page = f"Jo Bloggs's report on the January NEC\n\nNational Executive Committee 26 January 2016\n\n{BODY}\n"
    assert titles(page) == ["Jo Bloggs's report on the January NEC"]


def test_heading_over_a_download_link_is_not_a_report() -> None:
    page = (
        "Guide to Conference 2018 Print E-mail\nFriday, 21 September 2018 08:53\n\n"
        "The guide can be downloaded here.\n\n"
        f"NEC Meeting 18 September 2018 Print E-mail\n\n{BODY}\n"
    )
    assert titles(page) == ["NEC Meeting 18 September 2018"]


def test_page_without_heading_is_one_untitled_report_after_its_byline() -> None:
    page = f"By Jo Bloggs, CLP representative\n\nPublished 3 March 2022\n\nThe NEC met on 1 March 2022. {BODY}\n"
    [block] = segment(page)
    assert block.title is None
    assert page[block.start :].startswith("The NEC met on 1 March 2022.")


def test_page_headed_by_an_explainer_has_no_report() -> None:
    page = "How does the ruling body choose its chair?\n\nA short guide for members\n\n" + BODY + "\n"
    assert segment(page) == []


def test_page_under_a_title_that_names_no_meeting_is_one_untitled_report() -> None:
    # SPEC ruling: a page with no meeting heading that opens with a subheading or a title still yields one
    page = "There and back again\n\nA member on returning to the ruling body\n\n" + BODY + "\n"
    [block] = segment(page)
    assert block.title is None
    assert page[block.start :].startswith("The meeting opened")


def test_empty_page_has_no_report() -> None:
    assert segment("") == []
    assert segment("   \n\n  ") == []


# --- pages the tool had not seen (issue 12) -----------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "SEC Report – April 2018",  # a body's acronym with a date
        "WEC November 2017",
        "Special Meeting – 5 March",  # a meeting word in a dated title
        "Minutes of the Special Council Meeting",
        "Justice Policy Commission, 12 May 2021",
    ],
)
def test_more_headings_that_name_a_meeting(heading: str) -> None:
    assert names_meeting(heading)


@pytest.mark.parametrize(
    "line",
    [
        "Next meeting: 29 June, 6pm.",  # a label, not a heading
        "the July meeting)",
        "Here is my NEC report",  # a cover note pointing at a report
        "Please find the Executive minutes below",
    ],
)
def test_more_lines_that_do_not_start_a_report(line: str) -> None:
    assert not names_meeting(line)


@pytest.mark.parametrize(
    "heading",
    [
        "Scottish Executive Committee report: two youth reps",
        "Regional Board summary report",
        "Council votes to keep the library open",
        "NEC backs new code of conduct",
        "Branch Committee did not agree the budget",
        "Union Executive circular to branches",
    ],
)
def test_a_page_title_may_name_a_meeting_more_loosely(heading: str) -> None:
    page = f"{heading}\n\n{BODY}\n"
    assert titles(page) == [heading]
    assert titles_page(heading) and not names_meeting(heading)


def test_a_loose_title_inside_a_report_is_a_section() -> None:
    page = f"Jo's NEC report\n\n{BODY}\n\nOrganisation Committee report\n\n{BODY}\n"
    assert titles(page) == ["Jo's NEC report"]


@pytest.mark.parametrize(
    "opening",
    ["Leader's report", "Jo Bloggs", "Agenda item\n\nWhite Paper Motion - Library closures", "Latest post on Our Blog"],
)
def test_a_page_without_meeting_heading_is_one_report_under_any_opening_line(opening: str) -> None:
    page = f"{opening}\n\n{BODY}\n"
    [block] = segment(page)
    assert page[block.start :].startswith("The meeting opened")


def test_a_page_of_table_rows_is_one_report() -> None:
    page = (
        "Motion  Mandate  Outcome\nA1 Reinstate elections  Support  Carried\nA2 Censure the executive  Oppose  Lost\n"
    )
    [block] = segment(page)
    assert page[block.start :].startswith("Motion")


def test_an_excerpt_end_lets_an_undated_heading_start_a_report() -> None:
    page = f"NEC Meeting, 25 May 2021\n\n{BODY} […]\n\nNEC Update – Policy Commission\n\n{BODY} […]\n"
    assert titles(page) == ["NEC Meeting, 25 May 2021", "NEC Update – Policy Commission"]


def test_two_stacked_headings_of_different_days_are_two_reports() -> None:
    page = f"NEC Report – 14 June 2022\n\nDisputes Panel – 7 June 2022\n\n{BODY}\n"
    assert titles(page) == ["NEC Report – 14 June 2022", "Disputes Panel – 7 June 2022"]


def test_a_period_heading_above_a_meeting_heading_is_one_report() -> None:
    page = f"NEC Report, September / October 2009\n\nNational Executive Committee, 22 September 2009\n\n{BODY}\n"
    assert titles(page) == ["NEC Report, September / October 2009"]


def test_a_dated_sub_heading_inside_a_page_starts_a_report() -> None:
    page = f"Branch Executive, 2 March 2022\n\n{BODY}\n\nSpecial Meeting – 9 March 2022\n\n{BODY}\n"
    assert titles(page) == ["Branch Executive, 2 March 2022", "Special Meeting – 9 March 2022"]


def test_the_last_report_of_an_archive_cut_off_mid_sentence_is_kept() -> None:
    page = (
        f"NEC Meeting, 20 July 2021\n\n{BODY}\n\n"
        "NEC Meeting, 11 February 2021\n\nThe Leader joined from an airport where he was"
    )
    assert titles(page) == ["NEC Meeting, 20 July 2021", "NEC Meeting, 11 February 2021"]


@pytest.mark.parametrize(
    "line",
    ["READ MORE: Council tax rise approved", "Read more: the leader's speech in full", "A Labour spokesperson said:"],
)
def test_in_article_links_and_quotes_do_not_end_a_report(line: str) -> None:
    page = f"Council votes to keep the library open\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    [block] = segment(page)
    assert page[block.start : block.end].endswith("members.")
    assert page[block.start : block.end].count("The meeting opened") == 2


def test_a_next_meeting_line_stays_in_the_report() -> None:
    page = f"Branch Committee, 25 May 2022\n\n{BODY}\n\nNext meeting: 29 June, 6pm.\n"
    [block] = segment(page)
    assert page[block.start : block.end].endswith("6pm.")


# --- pages2: kinds of failure seen on pages written by others (issue 12) -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Posted 14 May 2018 in Executive Council",
        "Posted on 3 March 2021 by Jo Bloggs in NEC reports",
        "14 May 2018 in NEC reports",
        "Saturday 14th December 2019 | Executive Committee | 2 comments",
        "December 14, 2019 at 3:12 pm by admin",
        "By Jo Bloggs, NEC member, 5 March 2019",
        "Published: 17th March 2020 – Regional Council",
        "Last updated 2 June 2022 under Branch meetings",
        "Executive Council | 14 May 2018 | 3 comments",
        "In: Executive Council, 14 May 2018",
        "Regional Board · 14 May 2018 · 4 min read",
        "May 14, 2018 / Executive Council / Jo Bloggs",
    ],
)
def test_a_posts_metadata_line_is_no_heading(line: str) -> None:
    assert not names_meeting(line)
    assert not titles_page(line)


@pytest.mark.parametrize(
    "heading",
    ["5 May 2018 – NEC meeting", "14 December 2019: Executive Committee report", "By-election special: NEC 5 May"],
)
def test_a_heading_that_opens_with_its_date_still_names_a_meeting(heading: str) -> None:
    assert titles_page(heading)


def test_a_metadata_line_under_a_report_does_not_split_it() -> None:
    page = (
        f"NEC Report – 12 May 2018\n\n{BODY}\n\nPosted 14 May 2018 in Executive Council\n\n{BODY}\n\n"
        f"NEC Report – 20 March 2018\n\n{BODY}\n\nPosted 22 March 2018 in Executive Council\n"
    )
    assert titles(page) == ["NEC Report – 12 May 2018", "NEC Report – 20 March 2018"]


def _wrapped(paragraph: str, width: int = 72) -> str:
    """A paragraph hard-wrapped at ``width``, as an e-mail client sends it."""
    import textwrap

    return "\n".join(textwrap.wrap(paragraph, width))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an NEC member's e-mail: a wrapped line names a conference and its dates
        (
            "The General Secretary reported on the finances, which are stable, and on preparations for",
            "the women's conference (5-7 March, online). Members asked when selections would open.",
        ),
        # a union branch newsletter: the line above ends on an open word
        (
            "The branch secretary thanked everyone who had helped at the stall and asked for volunteers for the",
            "Regional Council meeting, 12 June 2021. The treasurer's report was then received.",
        ),
        # council group minutes: the line below the wrapped one carries on in lower case
        (
            "Members noted that the budget would go to the",
            "Full Council, 3 March 2020 and\nbe debated there in the usual way after the group had met again.",
        ),
    ],
)
def test_a_line_that_carries_on_a_paragraph_is_no_heading(first: str, second: str) -> None:
    page = f"NEC Report – 14 February 2021\n\n{BODY}\n{first}\n{second}\n\n{BODY}\n"
    assert titles(page) == ["NEC Report – 14 February 2021"]


def test_a_hard_wrapped_email_is_one_report_however_its_lines_fall() -> None:
    paragraphs = [
        "Dear all, here is my report of the National Executive Committee held on Tuesday 14 February 2023 "
        "at party headquarters, with all but two members present.",
        "The Leader opened with a report on the local elections. The committee then agreed a timetable for "
        "the selections and heard that the NEC, 28 March 2023 would look again at the code of conduct.",
        "DATES. Next NEC: Tuesday 28 March. Annual Conference will be held in Liverpool in October and the "
        "deadline for motions is the end of July.",
    ]
    for width in (48, 60, 72):
        page = "Subject: NEC report\n\n" + "\n\n".join(_wrapped(p, width) for p in paragraphs) + "\n"
        assert titles(page) == ["Subject: NEC report"], width


def test_a_heading_in_a_hard_wrapped_page_still_starts_a_report() -> None:
    body = _wrapped(
        "The committee met at the regional office with twelve members present. The chair welcomed two new "
        "members and the minutes of the last meeting were agreed as a true record after a short discussion.",
    )
    page = f"Regional Committee – 3 June 2021\n{body}\n\nRegional Committee – 1 July 2021\n{body}\n"
    assert titles(page) == ["Regional Committee – 3 June 2021", "Regional Committee – 1 July 2021"]


def test_the_untitled_report_of_a_hard_wrapped_page_starts_at_its_first_paragraph() -> None:
    body = _wrapped(
        "The executive met on Saturday 4 May 2019 with twenty members present and the president in the chair. "
        "It agreed to ballot members on the pay offer and heard a report on recruitment in the colleges.",
        60,
    )
    page = f"From: The Secretary\n\n{body}\n"
    blocks = segment(page)
    assert len(blocks) == 1 and blocks[0].start == page.index("The executive met")


@pytest.mark.parametrize(
    "line", ["Next NEC: Tuesday 23 March", "Date of next meeting – 5 May 2022", "Forthcoming Executive, 12 June"]
)
def test_a_label_for_a_meeting_to_come_is_no_heading(line: str) -> None:
    assert not names_meeting(line)


@pytest.mark.parametrize(
    "posts",
    [
        # "N/M" opening each post, a later post as short as a heading
        [
            "1/5 Thread on yesterday's NEC meeting. A long one, so bear with me.",
            "2/5 The Leader's report was about the cost of living, and several of us pressed for more on pay.",
            "3/5 NEC Disputes Panel – 8 March 2022",
            "4/5 The panel's report was noted. A motion to reopen three selections was lost 14-21.",
            "5/5 That's it for now. A fuller report will be on my blog.",
        ],
        # "(N/M)" closing each post, the first post a headline
        [
            "What happened at the Scottish Executive Committee on Saturday (1/4)",
            "The committee agreed the timetable for the Holyrood selections, with nominations in April. (2/4)",
            "Scottish Executive Committee, 12 March 2022 (3/4)",
            "The minutes of that meeting were approved and the women's committee rule change passed 18-9. (4/4)",
        ],
        # "N/" with no total, counting from one
        [
            "1/ Thread on last night's Regional Executive. Bear with me, it was a long one.",
            "2/ Regional Executive – 20 January 2023",
            "3/ The treasurer reported a small surplus and the budget was agreed unanimously after a short debate.",
            "4/ We also discussed the by-election and agreed campaign days every Saturday.",
        ],
    ],
)
def test_a_thread_of_numbered_posts_is_one_report_from_its_first_post(posts: list[str]) -> None:
    page = "Jo Bloggs @jobloggs · 13 Mar 2022\n\n" + "\n\n".join(posts) + "\n"
    blocks = segment(page)
    assert len(blocks) == 1
    assert blocks[0].start == page.index(posts[0])


def test_dated_headings_numbered_like_posts_are_no_thread() -> None:
    page = f"NEC report 3/9\n\n{BODY}\n\nNEC report 5/9\n\n{BODY}\n"
    assert titles(page) == ["NEC report 3/9", "NEC report 5/9"]


# pages with no meeting heading: an account of a meeting is one report, other prose none (issue 12)

NOT_ACCOUNTS = [
    # an election address
    (
        "Jo Bloggs for the NEC\n"
        "\n"
        "I am standing for re-election to Labour's National Executive Committee in the CLP section, and I"
        " am asking for your nomination.\n"
        "\n"
        "Over the last two years I have fought for members' rights, for fair selections and for a party "
        "that listens to its branches. I have always reported back after every meeting, and I always "
        "will.\n"
        "\n"
        "If elected, I will press for a democratic conference, for proper funding of local parties, and "
        "for a disputes process that is fast and fair. I will oppose any attempt to centralise power in "
        "the leader's office.\n"
        "\n"
        "Please nominate me at your CLP meeting before 30 June. You can contact me at any time through my"
        " website.\n"
    ),
    # an explainer
    (
        "The National Executive Committee is the governing body of the Labour Party. It sets the party's "
        "objectives and oversees the running of the party nationally.\n"
        "\n"
        "The NEC has 39 members. Some are elected by the membership, some by affiliated trade unions and "
        "socialist societies, and some sit because of the office they hold, such as the Leader and the "
        "Deputy Leader.\n"
        "\n"
        "The full NEC usually meets every two months. Most of its work is done in committees: the "
        "Organisation Committee deals with selections and rules, the Disputes Panel with complaints, and "
        "the Equalities Committee with representation.\n"
        "\n"
        "Members who want to raise an issue with the NEC should write to one of their CLP "
        "representatives, whose contact details are published on the party website.\n"
    ),
    # an opinion piece
    (
        "Our union's executive has lost its way. For years the lay members who sit on it were the "
        "backbone of the union, but today they are too often asked to rubber-stamp decisions made "
        "elsewhere.\n"
        "\n"
        "The problem is not the people but the structure. Papers arrive late, meetings are short, and "
        "there is little room for the kind of argument that used to shape policy. Members deserve better "
        "than that.\n"
        "\n"
        "It does not have to be this way. A shorter agenda, earlier papers and a proper report back to "
        "branches would go a long way. Next year's conference is the place to make the case.\n"
    ),
    # news of a ballot
    (
        "Results of the ballot for the Regional Council have been announced by the returning officer.\n"
        "\n"
        "Sam Green topped the poll with 2,140 votes, followed by Pat Brown with 1,980 and Alex White with"
        " 1,455. Turnout was 11 per cent, slightly down on the last election in 2019.\n"
        "\n"
        "The three successful candidates will take their seats at the council's first meeting in "
        "September. Sam Green said she was delighted with the result and thanked everyone who had "
        "campaigned for her.\n"
    ),
    # notice of a meeting to come
    (
        "Our AGM will be held on Thursday 12 March at 7pm in the Community Centre. All members are "
        "welcome and we hope to see as many of you there as possible.\n"
        "\n"
        "The agenda will include the election of officers, the secretary's annual report and motions to "
        "the regional conference. Nominations for officer posts should reach the secretary by 5 March.\n"
        "\n"
        "Refreshments will be provided. If you need help with transport, please let us know.\n"
    ),
    # a speech
    (
        "Thank you, chair, and thank you all for coming tonight.\n"
        "\n"
        "When I was elected to the executive three years ago, I said I would be a voice for the members "
        "in the workplaces, and I hope I have kept that promise. We have been through a pandemic, a pay "
        "freeze and two ballots, and through all of it you have stood together.\n"
        "\n"
        "We still have a long way to go. Pay has fallen behind prices, workloads are rising, and too many"
        " of our members are leaving the job. That is why this union must keep organising in every school"
        " and every college.\n"
        "\n"
        "So my message tonight is simple: stay together, keep organising, and we will win.\n"
    ),
    # a ballot result
    (
        "The result of the members' ballot for the two CLP places on the committee is in. Turnout was 14 "
        "per cent.\n"
        "\n"
        "Alex Khan received 10,220 votes and Sam Green 9,876; both are elected. Pat Brown received 7,004 "
        "votes.\n"
        "\n"
        "The new members will serve a two-year term. Congratulations to both, and thanks to everyone who "
        "stood.\n"
    ),
    # an election address recalling past work
    (
        "Since I was elected to the Regional Executive in 2019, I have worked to bring the voice of "
        "branches into every decision. I moved the motion that set up the young members' forum, and I "
        "argued for the rule change that gave every branch a delegate.\n"
        "\n"
        "Now I am asking for your vote again. If re-elected, I will keep pushing for a fairer share of "
        "the region's budget for branches outside the cities.\n"
    ),
    # election results
    (
        "The results of the elections to the party executive have been announced.\n"
        "\n"
        "Jo Bloggs was elected as Chair with 2,345 votes, ahead of Sam Green on 1,902. Alex Khan was "
        "re-elected as Treasurer unopposed, and Pat Brown was elected International Coordinator after "
        "three rounds of counting.\n"
        "\n"
        "Turnout was 23 per cent. The new executive takes office in October. Congratulations to all those"
        " elected and thank you to every candidate who stood.\n"
    ),
]

ACCOUNTS = [
    # a narrative account with few of the usual words
    (
        "It was a strange meeting. Half the committee joined by video and the sound kept cutting out, so "
        "the chair had to repeat most of the questions.\n"
        "\n"
        "The big argument was over the budget for the youth section. Officers wanted to halve the grant; "
        "most of us thought that was a false economy. In the end the cut was dropped and the grant stays "
        "as it is for another year.\n"
        "\n"
        "After that the mood improved. The treasurer's figures were better than expected and the new "
        "membership secretary made a good impression.\n"
    ),
    # a branch meeting told as news
    (
        "Last night's branch meeting was the best attended for years, with over forty members packed into"
        " the back room of the Crown. The guest speaker from the strike committee got a standing ovation,"
        " and the collection raised nearly £600 for the hardship fund. Members also backed a motion "
        "calling on the council to bring the bin service back in house.\n"
    ),
    # a regional executive, its main item and discussion
    (
        "The WEC's September meeting was held in Cardiff, the first in person since the pandemic. The "
        "main item was the review of the Welsh party's structures, which has been going on for over a "
        "year.\n"
        "\n"
        "There was a long discussion of the options for regional committees. Most members favoured "
        "keeping them, though some thought they had outlived their usefulness.\n"
    ),
    # a conference arrangements committee ruling motions
    (
        "The CAC met on Friday to consider the contemporary motions submitted by CLPs and affiliates. We "
        "ruled twelve motions out of order because they referred to matters covered in the NEC's report, "
        "and we composited the rest into eight topics.\n"
        "\n"
        "Delegates will be able to challenge our rulings in the reference back debate on Sunday.\n"
    ),
    # a special general meeting voting
    (
        "Over 60 members came to the special general meeting to decide how the LRC should respond to the "
        "new leadership. After a lively debate the meeting voted to back the campaign for open "
        "selections, with only three against.\n"
    ),
    # union executive news: the body considers and approves
    (
        "The Executive considered the latest position on the pay offer and approved the recommendation to"
        " hold an indicative ballot of members in the autumn term. The Executive also considered a paper "
        "on workload and asked officers to bring proposals to the next meeting.\n"
    ),
    # an NEC member's account in the first person
    (
        "It was a long session. We spent most of the morning on the general election review, and the "
        "afternoon on the new disputes procedures, which will now go to conference. I pressed for more "
        "resources for the compliance unit and was supported by several colleagues.\n"
    ),
    # a union executive, its body named by its acronym
    (
        "The EC received the General Secretary's report, which covered the pay disputes in the bus sector"
        " and the union's political fund. The EC endorsed the recommendation to support the strike at the"
        " depot, and noted the progress on the housing campaign.\n"
        "\n"
        "Under the Political Director's report, the EC discussed the selections in the region. Several EC"
        " members raised concerns about the timetable.\n"
    ),
    # a CLP general committee, a decision taken unanimously
    (
        "The GC heard a report from the MP on the cost of living. The GC then discussed the motion on "
        "local bus services, which was moved by the Northtown branch. After a long debate the GC "
        "supported the motion unanimously.\n"
    ),
    # an NEC member's account
    (
        "The NEC met on Tuesday for its last meeting before conference. Keir Starmer gave the Leader's "
        "report, focusing on the cost of living, and took questions from members.\n"
        "\n"
        "The General Secretary reported that membership stood at around 400,000. A motion from the CLP "
        "representatives calling for a review of the disputes process was defeated by 20 votes to 11.\n"
        "\n"
        "The committee agreed the conference timetable and noted the report of the Organisation "
        "Committee.\n"
    ),
    # union executive news
    (
        "The Executive welcomed the new President to her first meeting and paid tribute to the outgoing "
        "officers.\n"
        "\n"
        "Following a report from the General Secretary, the Executive agreed to ballot members on the pay"
        " offer and to fund a campaign in the colleges.\n"
        "\n"
        "A motion on the climate emergency was carried unanimously. The Executive also heard a report on "
        "recruitment, which is up on last year.\n"
    ),
    # council group news
    (
        "Labour councillors voted last night to set a budget that protects libraries and children's "
        "centres.\n"
        "\n"
        "The group's leader told the meeting that the council faced a gap of £12m. An amendment from the "
        "opposition to close two leisure centres was rejected after a long debate, and the budget was "
        "carried by 34 votes to 20.\n"
    ),
    # minutes without a title
    (
        "Present: J Smith (chair), P Jones, A Khan, R Patel, M O'Brien\n"
        "Apologies: L Green\n"
        "\n"
        "1. The minutes of the previous meeting were agreed as a correct record.\n"
        "2. Matters arising: none.\n"
        "3. Treasurer's report: the balance stands at £1,240. The report was accepted.\n"
        "4. It was agreed to hold a fundraising quiz in the spring.\n"
    ),
    # a short account
    (
        "Yesterday's Regional Executive was a short one. The main item was the campaign plan for the "
        "by-elections, which we went through line by line before it was signed off.\n"
    ),
    # news of a council vote
    (
        "Northtown Council has a new leader after a tense vote at the town hall.\n"
        "\n"
        "Labour's Sam Green was named leader of the council by 28 votes to 22, replacing Pat Brown, who "
        "stood down last month after eight years in the post.\n"
        "\n"
        "Opposition councillors had put forward their own candidate, but the Liberal Democrat group "
        "abstained. Speaking after the result, Green promised to put housing at the top of her agenda.\n"
    ),
    # a recorded vote
    (
        "A recorded vote was taken on the motion to close the Riverside leisure centre. Councillors "
        "Green, Brown, Khan and Patel voted for; Councillors White, Black and O'Neill voted against; "
        "Councillor Shah abstained. The motion therefore fell.\n"
    ),
    # news of a group meeting
    (
        "Westshire's Labour group has chosen a new leader.\n"
        "\n"
        "At a meeting on Monday evening, members of the group backed Alex Khan over the sitting leader, "
        "Jo Patel. Khan won 19 of the 31 votes cast.\n"
        "\n"
        'Khan told the local paper that she wanted the group to be "a louder voice for the villages".\n'
    ),
]


@pytest.mark.parametrize("page", NOT_ACCOUNTS)
def test_a_page_that_gives_no_account_of_a_meeting_holds_no_report(page: str) -> None:
    assert segment(page) == []


@pytest.mark.parametrize("page", ACCOUNTS)
def test_a_page_that_gives_an_account_of_a_meeting_is_one_report(page: str) -> None:
    [block] = segment(page)
    assert block.title is None


@pytest.mark.parametrize(
    "title",
    [
        "Minutes of the Special General Meeting",
        "Draft minutes of the meeting of 4 June",
        "MINUTES OF THE EXTRAORDINARY GENERAL MEETING",
    ],
)
def test_a_minutes_title_names_a_meeting(title: str) -> None:
    assert names_meeting(title)


def test_a_section_dated_only_by_a_year_stays_in_its_report() -> None:
    page = (
        f"NEC Report – 24 January 2023\n\n{BODY}\n\nAnnual Conference 2023\n\n{BODY}\n\n"
        f"Regional Conference 2023/24\n\n{BODY}\n"
    )
    assert titles(page) == ["NEC Report – 24 January 2023"]


@pytest.mark.parametrize(
    "heading", ["NEC meeting 5 March 2019:", "Branch committee, 14/02/2022:", "Regional Executive 3rd June:"]
)
def test_a_short_dated_heading_ending_in_a_colon_names_a_meeting(heading: str) -> None:
    assert names_meeting(heading)


@pytest.mark.parametrize("line", ["The NEC on 5 March agreed:", "At its meeting on 5 March the executive decided:"])
def test_a_sentence_introducing_a_list_is_no_heading(line: str) -> None:
    assert not names_meeting(line)


@pytest.mark.parametrize("width", range(40, 101, 4))
def test_wrapped_lines_that_split_a_date_or_hold_a_sentence_end_are_no_headings(width: int) -> None:
    paragraphs = [
        "The committee agreed the timetable for selections. Members asked about the Regional Executive, "
        "3 March 2023, and were told the papers would follow.",
        "The National Policy Forum, 12 May 2023, meets in Nottingham. Local Government Committee 6 June 2023 "
        "is online, and the Youth Conference, 18 March 2023, is in Leeds.",
    ]
    page = "Subject: NEC report\n\n" + "\n\n".join(_wrapped(p, width) for p in paragraphs) + "\n"
    assert titles(page) == ["Subject: NEC report"]


@pytest.mark.parametrize("width", range(40, 101, 6))
def test_two_reports_of_a_hard_wrapped_email_stay_two(width: int) -> None:
    body = _wrapped(
        "The committee met online with fifteen members present. It agreed the campaign plan for the May elections "
        "and heard a report from the Women's Committee, 1 March 2023, on training.",
        width,
    )
    page = f"NEC Report – 14 February 2023\n{body}\n\nRegional Executive – 3 March 2023\n{body}\n"
    assert titles(page) == ["NEC Report – 14 February 2023", "Regional Executive – 3 March 2023"]


@pytest.mark.parametrize("above", ["March 6, 2019", "Posted by admin"])
def test_a_heading_in_lower_case_under_a_dateline_or_byline_still_starts_a_report(above: str) -> None:
    page = f"{above}\nnec report – 5 march 2019\n{BODY}\n"
    assert titles(page) == ["nec report – 5 march 2019"]
