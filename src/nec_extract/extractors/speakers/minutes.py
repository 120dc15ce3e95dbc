"""Minutes' own forms: proposer notes ("proposer: SI"), who chaired ("In the chair: Jo Bloggs", "Jo Bloggs – in the
chair") and lines led by who spoke ("SC: Suggested ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nec_extract.extractors.speakers.heard import Heard
from nec_extract.extractors.speakers.listing import is_name_list, listed_people
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.speakers import speakers_vocabulary
from nec_extract.language.people import NAME_WORD, SHORTHAND_ROLE_START
from nec_extract.language.people.listed import listed_name
from nec_extract.language.people.titles import personal_titles
from nec_extract.page.context import ReportContext

_NAME = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}"

# a minutes line led by who spoke: "SC: Suggested we ...", "Jo Bloggs: reported that ..."
_MINUTE_LINE = re.compile(
    rf"^[ \t]*(?P<names>[A-Z]{{2,4}}|{NAME_WORD}[ \t]+{NAME_WORD})[ \t]*:[ \t]*(?P<verb>[A-Za-z]+)", re.MULTILINE
)
# "Jo Bloggs – in the chair", "Jo Bloggs (Chair)", "Jo Bloggs (President, in the chair)", "Jo Bloggs (President) in
# the Chair" in a list of who attended
_IN_THE_CHAIR = re.compile(
    rf"(?P<names>{_NAME})[ \t]*(?:[-–—,][ \t]*\(?|\((?:[^()\n]{{1,40}}?,[ \t]*)?|\([^()\n]{{1,40}}\)[ \t]*)[ \t]*"
    rf"(?i:in[ \t]+the[ \t]+chair|chair(?:man|woman|person)?\))"
)
# "The Mayor (Councillor Jo Bloggs) in the Chair": the name in brackets after an office; "met with President Jo
# Bloggs in the chair"; a clause of its own after a semicolon ("27 members present; President Jo Bloggs in the chair")
# or as a sentence of its own, also after a thread's post counter ("40 attended. President Jo Bloggs in the chair.",
# "2/n Branch Secretary Jo Bloggs in the Chair.")
_NAMED_OFFICE_IN_THE_CHAIR = re.compile(
    rf"(?:\(|\bwith[ \t]+|;[ \t]*|(?:^|(?<=[.!?])[ \t]+)(?:\d{{1,2}}/(?:\d{{1,2}}|n)[ \t]+)?)"
    rf"(?P<names>{_NAME})\)?[ \t]*(?i:in[ \t]+the[ \t]+chair)\b",
    re.MULTILINE,
)


# an agenda line that names who presents it: "II. Treasurer's report (Bob) 15 min", "4. Housing update (Jo Bloggs)"
_PRESENTER = re.compile(
    rf"^[ \t]*(?:[A-Za-z0-9]{{1,4}}[.)][ \t]*)?[^\n()]{{3,80}}?\((?P<names>{_NAME})\)"
    rf"[ \t]*(?:[-–—:]?[ \t]*\d+[ \t]*(?:{alternation(speakers_vocabulary().agenda_time_units)}))?[ \t]*$",
    re.MULTILINE,
)


@cache
def _listed_names() -> str:
    """Names as a minutes note lists them, titles allowed ("Cllr Hamid Rauf and Bro. Walsh"); a wide gap or a
    label ("Ravi Kumar   Seconded: ...") ends a name."""
    title = rf"(?:(?i:{alternation(personal_titles())})\.?[ \t]+)?"
    initials = r"(?:[A-Z]\.?[ \t]+){0,2}"  # "J Smith", "A. B. Carter"
    # a role noun is no name ("Prop. Jo Bloggs, Sec. Sam Hale": "Sec" opens the next note)
    roles = alternation(sorted({noun.rstrip(".") for noun in vocabulary().minute_role_nouns}))
    # not a place before a lowercase word ("Jo Bloggs, Eastfield branch")
    name = (
        rf"(?!(?i:{roles})\b){title}{initials}{NAME_WORD}(?![\w’'-])(?: {{1,2}}{NAME_WORD}(?![\w:’'-])){{0,3}}"
        r"(?![ \t]+(?!and\b)[a-z])"
    )
    return rf"{name}(?:[ \t]*(?:,|&|\band\b)[ \t]*{name})*"


@cache
def _proposer_notes() -> list[re.Pattern[str]]:
    """ "Moved: Jo Bloggs", "Proposer: SI", "(... branch, proposer Gary Tennant, seconder Ann Yelland)", "(prop. PB,
    sec. OA)", "Jo Bloggs (seconder)"."""
    vocab = vocabulary()
    roles, nouns, names = alternation(vocab.minute_roles), alternation(vocab.minute_role_nouns), _listed_names()
    # the roles written as a participle ("moved", "seconded"): a clause of their own with no subject, "Agreed,
    # proposed Jo Bloggs, seconded Sam Hale" ("Jo proposed Sam Hale as chair" nominates Sam)
    participles = [r for r in vocab.minute_roles if r not in vocab.minute_role_nouns and " " not in r]
    return [
        re.compile(rf"\b(?i:{roles})[ \t]*(?::|[ \t][–—-])[ \t]*(?P<names>{names}|[A-Z]{{2,4}}\b)"),
        re.compile(rf"\b(?i:{nouns})[ \t]+(?P<names>{names}|[A-Z]{{2,4}}\b)"),
        re.compile(
            rf"{SHORTHAND_ROLE_START}[ \t]*(?i:{alternation(participles)})[ \t]+(?!by\b)"
            rf"(?P<names>{names}|[A-Z]{{2,4}}(?=[ \t]*[,.;:)]))",
            re.MULTILINE,
        ),
    ]


@cache
def _role_mark() -> re.Pattern[str]:
    """ "(seconder)" after a name; the name is read backwards from it (cheaper than trying a name at every word)."""
    return re.compile(rf"[ \t]*\((?i:{alternation(vocabulary().minute_roles)})\)")


@cache
def _name_before() -> re.Pattern[str]:
    return re.compile(rf"(?P<names>{_listed_names()})$")


_LOOK_BACK = 120  # how far before "(seconder)" its name may start


def _marked_names(report: ReportContext) -> Iterator[tuple[int, int]]:
    """ "Ines Carvalho (mover), Piotr Nowak (seconder)": the names before a role in brackets."""
    page = report.text
    for mark in _role_mark().finditer(page, report.start, report.end):
        start = max(report.start, mark.start() - _LOOK_BACK)
        line_start = page.rfind("\n", start, mark.start()) + 1 or start
        for match in _name_before().finditer(page, max(start, line_start), mark.start()):
            yield match.span("names")
            break


_PARTICULARS = 200  # how much of a line the meeting's particulars may take before "Chair:"


@cache
def _chair_line() -> re.Pattern[str]:
    labels = alternation(vocabulary().chair_labels)
    rosters = alternation(vocabulary().roster_labels)
    elections = alternation(vocabulary().election_words)
    # at a line's start, after who attended on it ("Present: 27 delegates. Chair: Jo Bloggs.") or after other short
    # particulars of the meeting ("Attendance: 27. Chair: Jo Bloggs.", "Held online, 7 March. 19 delegates present.
    # Chair: Jo Bloggs"; not "Officers were elected unopposed. Chair: Jo Bloggs.", a post filled); also "Chair for
    # the AGM:"; the names run to the line's end, a semicolon, the next label ("Chair: Robin Ashcroft. Minutes: ...",
    # "Chair: Robin Ashcroft   Minutes: ...") or the sentence's end after a name ("In the chair: Jo Bloggs. 40
    # members present."; not a title's or an initial's stop: "Dr. Jo Bloggs", "J. Bloggs")
    not_a_title = "".join(rf"(?<!\b{re.escape(title)})" for title in sorted(personal_titles()))
    return re.compile(
        rf"^(?:[ \t]*(?:{rosters})[ \t]*:[^\n]*?[.;][ \t]+"
        rf"|(?:(?!\b(?:{elections})\b)[^\n]){{0,{_PARTICULARS}}}?[.;][ \t]+)?"
        rf"[ \t]*(?:\(?[A-Za-z0-9]{{1,3}}[.)][ \t]*)?"
        rf"(?:{labels})(?:[ \t]+for[ \t]+the[ \t]+\w+)?[ \t]*[:–—-][ \t]*"
        rf"(?P<names>(?:(?!\.[ \t]+\w[\w \t]{{0,20}}:|;|(?:[ \t]{{2,}}|\t)\w[\w \t]{{0,20}}:"
        rf"|(?<=(?-i:[a-z])){not_a_title}\.[ \t])[^\n])+)",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def _speaker_list() -> re.Pattern[str]:
    """ "Speakers: A, B and C", "Contributions from the floor – A, B": a line's list of who spoke."""
    labels = alternation(vocabulary().speaker_list_labels)
    return re.compile(
        rf"^[ \t]*(?:{labels})[ \t]*[:–—-][ \t]*(?P<names>(?:[^\n.;]|\.(?=\S))+)", re.IGNORECASE | re.MULTILINE
    )


def _listed_speakers(report: ReportContext) -> Iterator[Heard]:
    for match in _speaker_list().finditer(report.text, report.start, report.end):
        if is_name_list(match.group("names")) or listed_name(match.group("names").strip()):
            yield from listed_people(report, *match.span("names"))


def _after_the_office(report: ReportContext, start: int, end: int) -> list[Heard]:
    """The person named after an office of any words ("Branch President Derek Ames in the chair"): the words from the
    first one on that the lists read as a person's name."""
    for word in re.finditer(r"\S+", report.text[start:end]):
        people = list(listed_people(report, start + word.start(), end, first_only=True))
        if people:
            return people
    return []


def minutes_speakers(report: ReportContext) -> list[Heard]:
    """Proposers and seconders noted, who chaired, who presents an agenda item, and who leads a minutes line
    with a speech verb."""
    page = report.text
    heard: list[Heard] = []
    for pattern in _proposer_notes():
        for match in pattern.finditer(page, report.start, report.end):
            heard.extend(listed_people(report, *match.span("names")))
    for start, end in _marked_names(report):
        heard.extend(listed_people(report, start, end))
    for pattern in (_chair_line(), _IN_THE_CHAIR):
        for match in pattern.finditer(page, report.start, report.end):
            heard.extend(listed_people(report, *match.span("names"), first_only=True))
    for match in _NAMED_OFFICE_IN_THE_CHAIR.finditer(page, report.start, report.end):
        heard.extend(_after_the_office(report, *match.span("names")))
    heard.extend(_listed_speakers(report))
    for match in _PRESENTER.finditer(page, report.start, report.end):
        heard.extend(listed_people(report, *match.span("names"), full_names_only=True))
    for match in _MINUTE_LINE.finditer(page, report.start, report.end):
        if match.group("verb").casefold() in vocabulary().speech_forms:
            heard.extend(listed_people(report, *match.span("names")))
    return heard
