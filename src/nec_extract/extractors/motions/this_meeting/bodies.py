"""Who decides at this meeting: "we", the body's usual names ("the NEC", "the committee"), and what the
report's title calls it ("SEC", "Conference" for a conference report, "NCG" for a National Coordinating Group).

A decision verb whose subject is one of these is a decision of the meeting ("The Welsh Executive backed ...").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache

from nec_extract.extractors.motions.sentence.patterns import adverbs_before
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.first_letters import first_letters_ahead
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE
# a body's initials: "NEC", "GC", or in mixed case "GPEx", "ExCo" (two capitals or more in a short word; not a
# plural "MPs")
BODY_INITIALS = re.compile(r"\b(?:[A-Z]{2,6}|(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{2,5}(?<!s))\b")


@cache
def _capitalised_run() -> re.Pattern[str]:
    return re.compile(
        rf"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|{either(grammar_vocabulary().decisions.title_name_joiners)}))*\s+[A-Z][a-z]+\b"
    )


@cache
def _met() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<name>[A-Z]{{2,6}})\s+(?:{either(decisions_vocabulary().motions.meeting_verbs)})\b|"
        r"\bmeeting of the\s+(?:\w+\s+){0,3}?(?P<of>[A-Z]{2,6})\b"
    )


@cache
def _named_in_full_met() -> re.Pattern[str]:
    """A body named in full, its last word a body's noun, as the subject of a meeting verb: "The Conference
    Arrangements Committee met in Liverpool", "the Regional Executive Committee meets monthly"."""
    verbs = either(decisions_vocabulary().motions.meeting_verbs)
    return re.compile(rf"(?P<run>{_capitalised_run().pattern})\s+(?:{verbs})\b")


_NOT_NAMES = {"I", "II", "III", "IV", "VI", "AM", "PM", "UK", "GB", "EU", "GE", "MP", "MPS", "MEP", "RE", "FAQ"}
# how many of the report's first sentences may say who met ("The Momentum NCG met at the start of July.")
_OPENING = 3
# how many words an untitled report's first line may have to be read as its heading ("Minutes of NCG")
_HEADING_WORDS = 8


@dataclass(frozen=True)
class MeetingBody:
    """The names this report gives its own body, beyond the usual ones every report shares."""

    names: tuple[str, ...] = ()
    # the names the page's own words use, when known: a name it never uses can match none of its sentences, and
    # leaving it out of the patterns lets reports of many titles share one compiled pattern
    on_page: tuple[str, ...] | None = None

    def decision(self, text: str) -> re.Pattern[str]:
        """A decision of the meeting in ``text``: its subject, adverbs, then a decision verb (group ``verb``). To search
        only up to a point of ``text``, pass ``text`` cut there."""
        return _decision_regex(self._names_deciding_in(text))

    def subject(self, text: str) -> str:
        """A regex fragment (no groups) for the meeting's own body as a subject, to match in ``text``."""
        return _subject(self._names_in(text))

    def opens(self, sentence: str) -> bool:
        """Whether the sentence opens with this body, named, as its subject ("The NEC met on Tuesday.", "Then the
        committee agreed ..."), so that "it" or "they" in the next one is the body; not when it goes on to another
        body's report ("The NEC endorsed the report of the Organisation Committee.": "it" next may be either)."""
        names = self._names_in(sentence)
        # the usual names and the page's own in a pattern each (it opens with either when it opens with one of them):
        # a page's names then make a short pattern
        subjects = [_subject(()), *([_named_subject(names)] if names else [])]
        opened = any(_opening_regex(subject).match(sentence) for subject in subjects)
        return opened and not _another_bodys_report().search(sentence)

    def is_ours(self, agent: str) -> bool:
        """Whether these words ("the NEC", "the Welsh Executive") name the meeting's own body."""
        return bool(_subject_regex(self._names_in(agent)).fullmatch(agent))

    def is_ours_or_the_partys(self, agent: str) -> bool:
        """Whether these words name the meeting's own body, also as the party's or the organisation's ("Labour's NEC",
        "the party's ruling body", "the union's executive"): the agent of a passive in a news report ("Plans ... have
        been approved by Labour's NEC")."""
        return self.is_ours(_home_owner().sub("", agent, count=1))

    # Each set of names needs its own patterns, and building the decision pattern costs more than reading a sentence
    # with it. A name that occurs nowhere in a text matches nothing there, so a pattern without it finds the same
    # matches (same spans, same groups): the sentences without the page's names share the patterns of the usual names,
    # built once.
    def _names_in(self, text: str) -> tuple[str, ...]:
        """The page's own names when ``text`` holds one of them; none otherwise."""
        names = self._spoken()
        return names if names and _any_name(names).search(text) else ()

    def _names_deciding_in(self, text: str) -> tuple[str, ...]:
        """The page's own names when ``text`` holds one with a decision verb after it (what a decision needs after its
        subject); none otherwise, for then no decision has a name of the page as its subject."""
        names = self._spoken()
        first = _any_name(names).search(text) if names else None
        return names if first is not None and _after_the_subject_regex().search(text, first.start()) else ()

    def _spoken(self) -> tuple[str, ...]:
        """The names the patterns take: those the page uses, less the usual ones (a title's "NEC" is every report's
        "nec", which the patterns hold already, case being ignored)."""
        names = self.names if self.on_page is None else self.on_page
        return tuple(name for name in names if " ".join(name.lower().split()) not in _usual_names())


@cache
def _usual_names() -> frozenset[str]:
    return frozenset(" ".join(name.lower().split()) for name in decisions_vocabulary().motions.meeting_bodies)


@cache
def _any_name(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the names, as the subject patterns write them."""
    return re.compile(alternation(names), _FLAGS)


def meeting_body(report: ReportContext) -> MeetingBody:
    """The body named by the report's title and by its opening sentences."""
    title = report.title or _heading(report.body)
    opening = " ".join(s.text for s in report.sentences[:_OPENING])
    names: list[str] = []
    for found in BODY_INITIALS.findall(title):
        if not _an_ordinary_word(found, report.text):
            names.append(found)
    for run in _capitalised_run().findall(title):
        names.extend(_initials_of(run))
    for match in _met().finditer(opening):
        names.append(match["name"] or match["of"])
    for match in _named_in_full_met().finditer(opening):
        if match["run"].split()[-1].lower() in _body_nouns():  # "The Conference Arrangements Committee met": the CAC
            names.extend(_initials_of(match["run"]))
    title_words = decisions_vocabulary().motions.bodies_the_title_names
    names.extend(word for word in title_words if re.search(rf"\b{re.escape(word)}\b", title, _FLAGS))
    kept = tuple(sorted({name for name in names if name.upper() not in _NOT_NAMES}))
    return MeetingBody(kept, _used_on(kept, report.text))


def _heading(text: str) -> str:
    """An untitled report's first line when it reads as a heading ("Minutes of NCG", "NCG Minutes"): short, with no
    full stop at its end; else nothing."""
    first = text.strip().split("\n", 1)[0].strip()
    return first if first and len(first.split()) <= _HEADING_WORDS and not first.endswith((".", "?", "!")) else ""


def _initials_of(run: str) -> list[str]:
    """The initials a body named in the title goes by, the whole run's and its tails of three letters or more
    ("Labour Party National Executive Committee": LPNEC, PNEC, NEC); a tail of two when the run ends in a body's noun
    ("Left Unity National Council": the NC, "Young Labour National Committee": the NC)."""
    words = run.split()
    initials = "".join(word[0] for word in words if word[0].isupper())
    shortest = 2 if words[-1].lower() in _body_nouns() else 3
    return [initials[i:] for i in range(len(initials) - shortest + 1)]


# both read the whole page, once for each report and twice over (the pipeline asks for the body before the walk and
# again in it): remembered per page, whose text is one string the reports share
@lru_cache(maxsize=64)
def _used_on(names: tuple[str, ...], page: str) -> tuple[str, ...]:
    """The names the page writes as words of their own: "the NC", not the "nc" inside "once" ("EC" in "executive")."""
    lowered = page.lower()
    return tuple(name for name in names if re.search(rf"\b{re.escape(name.lower())}\b", lowered))


@lru_cache(maxsize=256)
def _an_ordinary_word(capitals: str, text: str) -> bool:
    """A word of a title set in capitals ("MINUTES OF THE ANNUAL MEETING", "NEC REPORT MAY 2021") that the page
    also writes in lower case ("the", "may", "report") is a word, not a body's initials as "NEC" is."""
    return re.search(rf"\b{capitals.lower()}\b", text) is not None


@cache
def _another_bodys_report() -> re.Pattern[str]:
    """ "the report of the Organisation Committee", "the Disputes Panel's report", "the minutes of the Regional
    Board": a named body's report, after which "it" may be that body."""
    v = decisions_vocabulary()
    papers = either(v.motions.reported_papers)
    nouns = either(v.motions.reporting_bodies)
    # a body's name: capitalised words ending in a body's noun ("Organisation Committee", "Disputes Panel")
    named = rf"(?-i:(?:[A-Z][\w&'’-]*\s+(?:(?:of|and|&)\s+)?)*)(?i:{nouns})\b"
    return re.compile(
        rf"\b(?:{papers})\s+(?:of|from)\s+(?:the\s+|its\s+|our\s+)?{named}|{named}['’]s?\s+(?:{papers})\b", _FLAGS
    )


@cache
def _subject_pronouns() -> str:
    """ "We agreed", "It backed": a pronoun for the meeting's body as a subject."""
    v = decisions_vocabulary().motions
    return either(v.meeting_pronouns, v.anaphoric_subjects)


@cache
def _subject(names: tuple[str, ...]) -> str:
    v = decisions_vocabulary().motions
    return rf"(?:{_subject_pronouns()}|{_named_forms(either(v.meeting_bodies, names))})"


@cache
def _named_subject(names: tuple[str, ...]) -> str:
    """The forms of :func:`_subject` that name the body, with these names only."""
    return rf"(?:{_named_forms(alternation(names))})"


def _named_forms(bodies: str) -> str:
    """The body named (``bodies``, an alternation of its names) as a subject: "the NEC", "NEC members", "Members of
    the Labour group on Eastshire County Council"."""
    members = r"(?:\)?\s+members)?"  # "NEC members voted", "the executive committee (EC) members agreed"
    # "Members of the Labour group on Eastshire County Council": the body named with who or where it is
    of_body = rf"(?:members|delegates)\s+of\s+the\s+(?:[\w'’-]+\s+){{0,3}}?(?:{bodies})"
    places = either(grammar_vocabulary().decisions.body_place_prepositions)
    where = rf"(?:\s+(?:{places})\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?"
    return rf"{of_body}{where}|(?:the\s+)?(?:{bodies}){members}"


def decision_verbs() -> str:
    """Every verb by which a body decides, as one alternation."""
    v = decisions_vocabulary().motions
    words = [
        *v.agree_verbs,
        *v.active_outcome_verbs,
        *v.decide_verbs,
        *v.stance_verbs,
        *v.action_verbs,
        *v.appointment_verbs,
        *v.other_decision_verbs,
        *v.author_vote_verbs,
    ]
    # defeats first: "voted to reject" is a defeat, not "voted to" with an object "reject ..."
    return f"{v.defeat_verbs.regex()}|{v.vote_verbs.regex()}|{alternation(words)}"


@cache
def _opening_regex(subject: str) -> re.Pattern[str]:
    """A sentence opening with ``subject`` (a regex, not a pronoun)."""
    v = decisions_vocabulary().motions
    lead = rf"(?:(?:{either(v.decision_adverbs)}|\w+ly|[\w'’-]+['’]s)\s*,?\s+)*"  # "Then", "Labour's"
    pronouns = _subject_pronouns()
    return re.compile(rf"\W*{lead}(?!(?:{pronouns})\b)(?:{subject})\s+[a-z]", _FLAGS)


@cache
def _subject_regex(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_subject(names), _FLAGS)


_DECIMAL = r"(?<=\d)[.,](?=\d)"  # "an offer of 4.5% and agreed": a number's point is no sentence break


@cache
def _decision_regex(names: tuple[str, ...]) -> re.Pattern[str]:
    subject = rf"(?:{_subject(names)}|(?-i:I))"
    ahead = first_letters_ahead(subject, _FLAGS)  # the pattern is searched through most sentences of a report
    return re.compile(rf"\b{ahead}(?P<subject>{subject}){_after_the_subject()}", _FLAGS)


@cache
def _after_the_subject() -> str:
    """What follows the subject of a decision: an aside, words up to "and", adverbs, then a decision verb (group
    ``verb``)."""
    adverbs = adverbs_before()
    return (
        rf"(?:\s*,[^,.;]{{1,80}},)?\s+(?:(?:[^,.;]|{_DECIMAL}){{0,80}}?\s+and\s+)??{adverbs}"
        rf"(?P<verb>{decision_verbs()})\b"
    )


@cache
def _after_the_subject_regex() -> re.Pattern[str]:
    return re.compile(_after_the_subject(), _FLAGS)


@cache
def _home_owner() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    return re.compile(rf"^(?:the\s+)?(?:{either(v.home_owners, v.own_organisations)})['’]s\s+", _FLAGS)


def another_organisation(owner: str, title: str | None) -> bool:
    """ "Unite's executive" under a title naming Unite nowhere: the possessive's owner is another organisation,
    whose body it is; "Labour's NEC", "the party's executive" are the party's own."""
    name = owner.lower()
    words = decisions_vocabulary().motions
    return name not in (title or "").lower() and name not in (*words.home_owners, *words.time_owners)


def another_owner_noun(owner: str, title: str | None) -> bool:
    """ "the employer's board", "the company's panel": a possessive common noun naming someone other than the
    organisation the reports are about ("the party's executive", "the union's NEC", "the branch's committee" are
    its own), unless the title names it."""
    name = owner.lower()
    own = _own_owners()
    return name not in own and name.removesuffix("s") not in own and name not in (title or "").lower()


@cache
def _own_owners() -> frozenset[str]:
    """The possessives that leave a body the meeting's own: the home organisation, an organisation's noun, a body,
    and a time ("Tuesday's NEC": when it met, no owner)."""
    v = decisions_vocabulary()
    return frozenset((*v.motions.home_owners, *v.motions.own_organisations, *v.clauses.bodies, *v.motions.time_owners))


def named_as_another(before: str, subject: str, body: MeetingBody, report: ReportContext) -> bool:
    """Whether the words before a body ("Unite's executive", "The TUC General Council", "The Federal Conference
    Committee" in a report on the Federal Board) name another organisation's body, or another body by its name: a
    possessive owner, initials, or a name after "the" with a word the page's own words do not give and that is no
    generic part of a body's name ("the National Executive Council" is ours whatever the title). A name tells
    another body from ours only when the title names ours: "the NEU Executive" in an "Executive report" and "the
    Scottish Executive Committee" under "Report of the meeting" are the report's own."""
    title = report.title
    # "Unite's executive", "Young Labour's national committee": the owner, perhaps a word of the body's name between
    owner = re.search(r"\b([A-Z][\w&-]*)['’]s\s+(?:[a-z][\w-]*\s+)?$", before)
    if owner is not None:
        return another_organisation(owner[1], title) or _wing_before(before, title)
    common_owner = re.search(r"\b([a-z][\w-]*)['’]s\s+$", before)
    if common_owner is not None:
        return another_owner_noun(common_owner[1], title)
    titled = title_words(title)
    qualifiers = re.search(r"\b[Tt]he\s+((?:[\w-]+\s+){1,3})$", before)  # "The policy " of "The policy committee"
    if qualifiers is not None and named_for_a_function(qualifiers[1].split(), titled):
        return True  # "The policy committee agreed ..." in an NEC report: a committee of its own
    if not titled & {*_body_nouns(), *(n.lower() for n in body.names)}:
        return False  # the title names no body of its own ("Report of the meeting"): nothing to tell another from
    if titled_elsewhere(subject, title):
        return True  # "the council confirmed the closure" in a branch's report: the employer, not the meeting
    if national_above_ours(subject, body, title):
        return True  # "the UK NEC rejected ..." in a report on the Scottish Executive: the national body, not ours
    run = _name_run().search(before)
    words = [*(re.sub(r"^[Tt]he\s+", "", run[0]).split() if run else []), *subject.split()]
    initials = [w for w in words if _INITIALS.fullmatch(w)]
    units = decisions_vocabulary().motions.own_units
    # the title's own body with an organisation's initials before it ("the NEU Executive" of an "Executive report")
    if all(w.lower() in titled or w.lower() in units for w in words if w not in initials):
        return False
    home = _home_words(report)
    if any(another_organisation(w, home) for w in initials if w not in body.names and w.lower() not in units):
        return True
    return _another_by_name(before, subject, body, home)


def _wing_before(before: str, title: str | None) -> bool:
    """a_wing_of_ours of the capitalised owner and the word before it that the words before a body end with."""
    owner = re.search(r"\b([A-Z][\w&-]*)\s+([A-Z][\w&-]*)['’]s\s+(?:[a-z][\w-]*\s+)?$", before)
    return owner is not None and a_wing_of_ours(owner[1], owner[2], title)


def a_wing_of_ours(wing: str, owner: str, title: str | None) -> bool:
    """ "Young Labour's national committee", "Scottish Labour's executive" in an NEC report: the home organisation
    (``owner``) named with a word of its own before it (``wing``) is a wing of the party with bodies of its own, unless
    the title names that word ("Scottish Executive Committee report")."""
    return owner.lower() in decisions_vocabulary().motions.winged_owners and wing.lower() not in title_words(title)


@lru_cache(maxsize=256)
def title_words(title: str | None) -> frozenset[str]:
    """The title's words in lower case, each whole and in its parts between apostrophes: "Scotland's" names
    "scotland's" and "scotland", "O'Neill" "o'neill" (a token of the parse) and "neill"."""
    words = re.findall(r"[\w'’-]+", (title or "").lower())
    return frozenset((*words, *(part for word in words for part in re.split(r"['’]", word) if part)))


def national_above_ours(subject: str, body: MeetingBody, title: str | None) -> bool:
    """The national executive named as the subject ("the NEC", "the national executive") when the title names a body
    of its own that is not it (the Scottish or Welsh Executive, a division or branch executive): the body above the
    meeting's, not the meeting."""
    national = decisions_vocabulary().motions.national_executive_names
    said = re.sub(r"^the\s+", "", " ".join(subject.lower().split()))
    names = {name.lower() for name in body.names}
    if said not in national or any(name.endswith(said) for name in names):
        return False  # "the EC" in a report on the WEC or the SEC is its own executive
    titled = title_words(title)
    below = decisions_vocabulary().motions.executives_below_national
    return bool(titled & set(below)) and not titled & {"national", "nec"}


def _another_by_name(before: str, subject: str, body: MeetingBody, home: str) -> bool:
    """A name after "the" with a word the page's own words do not give and that is no generic part of a body's name
    ("The Federal Conference Committee" in a Federal Board report), unless its initials are the report's body."""
    named = _named_after_the().search(before)
    if named is None:
        return False
    name = named[1].split() + [w for w in subject.split() if w[:1].isupper()]
    if "".join(w[0] for w in name).upper() in (n.upper() for n in body.names):
        return False  # "the Scottish Executive Committee" of a report on the SEC
    units = decisions_vocabulary().motions.own_units
    generic = (*decisions_vocabulary().motions.generic_name_words, *units, *(n.lower() for n in body.names))
    return any(w.lower() not in generic and another_organisation(w, home) for w in named[1].split())


def named_for_a_function(qualifiers: list[str], title_words: AbstractSet[str]) -> bool:
    """ "the policy committee", "the Disputes Panel", "the women's forum": a body named by what it deals with, another
    than the meeting's unless the title names that too ("Policy Committee minutes"); the words are those between
    "the" and the body's noun, no owner among them ("the NEC's Organisation Committee" is the NEC's own)."""
    functions = decisions_vocabulary().motions.body_functions
    # a slug title's words are joined by hyphens ("regional-executive-report-24-april-2018")
    titled = {*title_words, *(part for word in title_words for part in word.split("-"))}
    return any(w.lower() in functions and w.lower() not in titled for w in qualifiers)


def titled_elsewhere(subject: str, title: str | None) -> bool:
    """ "the council", "the cabinet" under a title that names a branch, a CLP or a group, not a council's body: the
    employer or the local authority, another body; not "the executive council" under "Union executive meeting",
    named by a word of the title, nor anything where there is no title to tell by."""
    titled = title_words(title)
    if not titled or not _titled_only(subject) or _titled_only(" ".join(titled)):
        return False
    return not _shares_a_word(subject, titled)


def _shares_a_word(subject: str, title_words: AbstractSet[str]) -> bool:
    """ "the executive council" under "Union executive meeting": the body named by a body's word of the title; a
    place the title shares ("the Scottish Parliament" under "Scottish Executive Committee report", "Westmarsh
    council" under "Westmarsh Labour Group") names where the other body sits, not the meeting."""
    shared = {w.lower() for w in re.findall(r"[\w-]+", subject)} & title_words
    return bool(shared & _body_nouns() - set(decisions_vocabulary().motions.bodies_ours_only_when_titled))


def _titled_only(words: str) -> bool:
    """Whether the words name a body that is the meeting's only where its title names it ("council", "cabinet")."""
    titled = decisions_vocabulary().motions.bodies_ours_only_when_titled
    return any(word.lower() in titled for word in re.findall(r"[\w-]+", words))


@cache
def _body_nouns() -> frozenset[str]:
    """The nouns by which a title names a body, not only a meeting or the people at one ("Report of the meeting",
    "Councillors' update")."""
    clauses = decisions_vocabulary().clauses
    return frozenset(clauses.bodies) - frozenset(clauses.meeting_people) - {"meeting"}


def _home_words(report: ReportContext) -> str:
    """The words a page names its own organisation with: the report's title and the page above it (a site's name)."""
    return f"{report.title or ''} {report.page.text[: report.start]}"


_INITIALS = re.compile(r"[A-Z]{2,6}")


@cache
def _name_run() -> re.Pattern[str]:
    """The capitalised words just before a body's head noun ("TUC General ", "GMB ")."""
    return re.compile(r"(?:\b[A-Z][\w&-]*\s+){1,4}$")


@cache
def _named_after_the() -> re.Pattern[str]:
    """A capitalised name after "the", just before a body's head noun ("the Federal Conference ")."""
    return re.compile(r"\b[Tt]he\s+((?:[A-Z][\w&-]*\s+){1,4})$")


def passive_agent(clause: str, *, at_start: bool = False) -> str | None:
    """Who did what a passive tells, when a determiner and up to four words name it and the clause ends there: "by
    the campaign committee", "by its Finance Committee", "by the general secretary in March"; ``at_start``: only
    right at the start of ``clause`` (the words after the participle)."""
    pattern = _passive_agent()
    found = pattern.match(clause) if at_start else pattern.search(clause)
    return found["agent"] if found is not None else None


@cache
def _passive_agent() -> re.Pattern[str]:
    ends = r"(?=\s*(?:[,.;:]|$)|\s+(?:and|so|but|which|in|on|at|before|after|last|earlier)\b)"
    return re.compile(rf"\s*\bby\s+(?P<agent>(?:the|its|their|a)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?){ends}", _FLAGS)
