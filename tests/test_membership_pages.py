"""Whole pages written for the membership tests, read through the whole pipeline: every membership figure of
each page and nothing else, as (metric, value) pairs the way the referee compares them.

Written for issue 15's third round (a CLP AGM with secretary's and treasurer's reports, a union conference, an
NEC write-up, a Green party members' meeting, a union branch secretary's annual report). They were scored once
on main before any rule of that round was written: 2 of 5 pages whole, 14 of 18 figures found, 0 spurious.
"""

from __future__ import annotations

from collections import Counter

import pytest

from membership_support import page_pairs

PAGES = [
    (
        "Print Workers' conference closes – 14 March 2023",
        "Federation of Print Workers – Annual Conference Report, 14 March 2023\n\n"
        "Conference opened in Scarborough with 480 delegates from 26 branches. The general secretary told delegates "
        "that the federation had ended the year with 38,900 members, its highest total in a decade.\n\n"
        "Recruitment had been strong: 4,120 workers joined during the year, while 2,650 members left, most of them "
        "on retirement. The finance report showed reserves of £6.2 million.\n\n"
        "A motion to raise subscriptions by 3 per cent was carried by 312 votes to 101.\n",
        [("members", 38900), ("joined", 4120), ("left", 2650)],
    ),
    (
        "Hollowfield AGM",
        "Hollowfield Constituency Labour Party – AGM minutes, 14 March 2023\n\n"
        "Present: 64 members. Apologies: 12.\n\n"
        "Secretary's report. The CLP has 917 members, compared with 1,004 at the last AGM. We have welcomed 61 new "
        "members but 148 have left or lapsed.\n\n"
        "Treasurer's report. Income from subscriptions was £8,230. 73 members are in arrears and will be contacted by "
        "the membership officer.\n\n"
        "Elections. A new executive of 14 was elected unopposed.\n",
        [("members", 917), ("members", 1004), ("joined", 61), ("left", 148), ("arrears", 73)],
    ),
    (
        "NEC report",
        "NEC Report – 14 March 2023\n\n"
        "The NEC met on Tuesday. The General Secretary's report covered finances and membership. Membership now "
        "stands at 402,350, with a further 9,800 affiliated supporters. Around 18,000 members are in arrears, and "
        "the party will write to them this month.\n\n"
        "I asked about the 1,200 complaints still outstanding; the Governance and Legal Unit now has 28 staff.\n\n"
        "The Organisation Committee approved the selection timetable for 84 target seats.\n",
        [("members", 402350), ("supporters", 9800), ("arrears", 18000)],
    ),
    (
        "Valley Greens",
        "Valley Green Party – Members' meeting, 14 March 2023\n\n"
        "Membership report. We are now 742 strong, up 58 since the autumn. Of these, 160 are under 30.\n\n"
        "The campaign team reported 3,400 leaflets delivered and 210 new email sign-ups. The target is 1,000 members "
        "by the county elections.\n",
        [("members", 742), ("joined", 58), ("other", 160)],
    ),
    (
        "Branch secretary's annual report",
        "Riverside Unison Branch – AGM, 14 March 2023\n\n"
        "Branch secretary's annual report\n\n"
        "It has been a hard year. Our branch membership is 2,215, a small net increase of 34 on last year despite "
        "the loss of the catering contract. 19 stewards attended training. Around 640 members took part in the "
        "consultative ballot, a turnout of 29 per cent.\n\n"
        "Looking ahead, we have 1,300 members in the acute trust and 915 in community services.\n",
        [("members", 2215), ("joined", 34), ("other", 1300), ("other", 915)],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), PAGES, ids=[page[0] for page in PAGES])
def test_every_membership_figure_of_a_page(name: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert page_pairs(text, name) == Counter(expected)
