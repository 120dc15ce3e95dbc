"""Builders shared by the membership tests: a one-report page from a title and a body, and its figures."""

from __future__ import annotations

from collections import Counter

from nec_extract.extractors.membership import extract_membership
from nec_extract.models import MembershipFigure
from nec_extract.pipeline import extract
from support import report_context

MEETING_DAY = "14 March 2023"  # every title below names it

BRANCH = "Northgate Health Branch – AGM, 14 March 2023"
BRANCH_2 = "Eastside Community Branch – Committee, 14 March 2023"
BRANCH_3 = "Riverside Unison Branch – AGM, 14 March 2023"
BRANCH_4 = "City Hospitals Branch – Branch Meeting, 14 March 2023"
CLP = "Westmoor CLP – General Meeting, 14 March 2023"
CLP_2 = "Hollowfield Constituency Labour Party – AGM minutes, 14 March 2023"
CLP_3 = "Norbridge CLP – All Members Meeting, 14 March 2023"
CLP_4 = "Eastbrook CLP – Executive Committee, 14 March 2023"
GREEN = "Riverside Green Party – Committee minutes, 14 March 2023"
NEC = "NEC Report – 14 March 2023"
NEWS = "Union executive hears of record growth – 14 March 2023"
NEWS_2 = "Teachers' union executive backs new strategy – 14 March 2023"
PARTY = "Harbourside Liberal Democrats – Executive minutes, 14 March 2023"
PARTY_2 = "Valley Green Party – Members' meeting, 14 March 2023"
PARTY_3 = "Coastal Co-operative Party – Council meeting, 14 March 2023"
PRESS = "Press release: party membership hits new high – 14 March 2023"
UNION = "Allied Bakers' Union – National Executive, 14 March 2023"
UNION_2 = "Federation of Print Workers – Annual Conference Report, 14 March 2023"
UNION_3 = "Bakers and Allied Workers Union – Executive Council, 14 March 2023"
UNION_4 = "Northern Transport Union – Executive Council minutes, 14 March 2023"


def figures_of(body: str, title: str) -> list[MembershipFigure]:
    """The figures of a page with ``title`` over ``body``, each with evidence that quotes the page."""
    page = f"{title}\n\n{body}\n"
    report = report_context(
        page, title=title, meeting="2023-03-14", meeting_text=MEETING_DAY if MEETING_DAY in title else None
    )
    found = extract_membership(report)
    for figure in found:
        assert report.text[figure.evidence.start : figure.evidence.end] == figure.evidence.text
    return found


def pairs(body: str, title: str) -> list[tuple[str, int]]:
    """(metric, value) of each figure, sorted: what the referee compares."""
    return sorted((f.metric.value, f.value) for f in figures_of(body, title))


def page_pairs(text: str, name: str) -> Counter[tuple[str, int]]:
    """(metric, value) of every figure of every report of a whole page, run through the whole pipeline."""
    document = extract(text, name)
    return Counter((f.metric.value, f.value) for report in document.reports for f in report.membership)
