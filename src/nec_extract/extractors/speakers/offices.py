"""The role a speaker held and who held a role a sentence names, as the page says or the gazetteer knows."""

from __future__ import annotations

from nec_extract.language.people import gazetteer, names_on_page, nearest_role_holder, role_key
from nec_extract.page.context import ReportContext


def gazetteer_role(name: str, report: ReportContext) -> str | None:
    """The role the gazetteer gives the person on the meeting's day."""
    return gazetteer.role_on(name, report.meeting_day)


def role_holder(report: ReportContext, role: str, offset: int) -> str | None:
    """Who held the role a speaker is named by: as the page says, else as the gazetteer says for the
    meeting date when the page names that person in full."""
    named = nearest_role_holder(report.text, role, offset)
    if named:
        return named
    key = role_key(role)
    on_page = names_on_page(report.text)
    for holder in gazetteer.holders_of_page_role(key, report.meeting_day):
        if holder in on_page:
            return holder
    return None
