"""Tallies told in passing of another body's vote or of an earlier one, by the words of their clause: another
organisation's body as the subject ("Unite's executive voted 40-2", "Camden council approved it 30-15",
"Parliament voted 320-290"), or a verb in the active past perfect ("the NPF had endorsed the document 45-10"). Not votes
of this meeting (SPEC: Votes); a date before the meeting is read by :mod:`nec_extract.extractors.another_time`.
"""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.news_lead import backshifted
from nec_extract.language.clauses import clauses
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either


def told_of_elsewhere(text: str, tally_start: int, title: str | None) -> bool:
    """Whether the clause of the tally at ``text[tally_start]`` tells another body's vote, or an earlier one."""
    lo = clauses("another_time").start_of(text, tally_start)
    before = text[lo:tally_start]
    return (_past_perfect(before) and not backshifted(text, tally_start)) or _another_body(before, title)


def _past_perfect(before: str) -> bool:
    """ "the TUC had passed it 400-12": the last verb before the tally is an active past perfect (not a passive:
    "the amendment had been carried 12-8" tells an earlier step of this meeting)."""
    found = list(_had().finditer(before))
    return bool(found) and not _finite().search(before, found[-1].end())


def _another_body(before: str, title: str | None) -> bool:
    subject = _subject().match(before)
    if subject is None:
        return False
    if subject["owner"]:
        # imported here: the motions package imports the votes package, so a module-level import makes a cycle
        from nec_extract.extractors.motions.this_meeting.bodies import another_organisation

        return another_organisation(subject["owner"], title)
    if subject["generic"]:  # "the full council approved it 31-25" under "Labour Group notes"
        return not re.search(rf"\b{_without_article(subject['generic'])}\b", title or "", re.IGNORECASE)
    if subject["party"]:  # "The PLP voted 180 to 20" in an NEC report; in the PLP's own report, its vote
        return not _titled(subject["party"], title or "")
    if subject["named"]:
        words = subject["named"].split()
        return not any(re.search(rf"\b{re.escape(w)}\b", title or "", re.IGNORECASE) for w in words)
    return True  # a legislature


@cache
def _had() -> re.Pattern[str]:
    return re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ck|st)\b", re.IGNORECASE)


@cache
def _finite() -> re.Pattern[str]:
    return re.compile(r"\b(?:was|were|is|are|has|have|will|would)\b", re.IGNORECASE)


@cache
def _subject() -> re.Pattern[str]:
    """The clause opens with another organisation's body as its subject: "Unite's executive", "Tower Hamlets
    council", "MPs"."""
    v = decisions_vocabulary()
    bodies = either(v.motions.other_bodies)
    legislatures = either(v.tallies.legislatures)
    papers = v.motions.nouns.report.regex()
    return re.compile(
        rf"\W*(?:(?P<generic>(?i:{either(v.tallies.generic_bodies)}))\b"
        rf"|(?P<owner>[A-Z][\w&-]*)['’]s\s+(?:[\w-]+\s+){{0,2}}?(?i:{bodies})"
        rf"|(?P<named>(?!The\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\s+(?i:{either(v.tallies.named_bodies)})"
        # "The CAC report was accepted 27-5": a party body before a paper's noun names whose paper it is, not a voter
        rf"|(?i:the\s+)?(?P<party>{either(v.tallies.party_bodies)})(?!\s+(?i:{papers})\b)"
        rf"|(?i:the\s+)?(?:{legislatures}))\b"
        r"(?!['’]s\b)"  # "The cabinet's proposal was thrown out 31-24": the body owns the item, it does not vote
    )


def _titled(name: str, title: str) -> bool:
    """The title names the body, in full or by its initials ("NPF report" for the National Policy Forum)."""
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    names = {name, initials} if len(initials) > 1 else {name}
    return any(re.search(rf"\b{re.escape(n)}\b", title, re.IGNORECASE) for n in names)


def _without_article(body: str) -> str:
    words = body.split()
    return r"\s+".join(re.escape(w) for w in (words[1:] if words[0].lower() == "the" else words))
