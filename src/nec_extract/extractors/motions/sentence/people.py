"""Movers and seconders named in a sentence ("moved by X", "X seconded", "I tabled")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.language.calendar import MONTH_RE, WEEKDAY_RE
from nec_extract.language.lexicon import alternation, two_spaces_too
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.lexicon.required_words import Words, folded, may_match, required_words
from nec_extract.language.people import SHORTHAND_ROLE_START, clean_name, minuted_name_re
from nec_extract.models import UNNAMED_AUTHOR

_FLAGS = re.IGNORECASE
_NOT_AFTER_BY = two_spaces_too("(?<!by )")  # "seconded by Ann Lee", also with two spaces before the name
AUTHOR = UNNAMED_AUTHOR


@dataclass
class People:
    movers: list[str] = field(default_factory=list)
    seconders: list[str] = field(default_factory=list)
    strong: bool = False  # moved, proposed, tabled: a motion even with no outcome found
    put: bool = False  # "moved by the Chair", "proposed by Riverside ward": put by someone the text does not name
    # movers named only by office ("The General Secretary moved ..."), resolved through the speakers
    offices: list[str] = field(default_factory=list)

    def add(self, role: str, raw: str | None) -> None:
        name = AUTHOR if raw == "I" else (clean_name(raw) if raw else None)
        target = self.movers if role == "mover" else self.seconders
        if name and name not in target:
            target.append(name)
        elif name is None and raw and role == "mover" and _office(raw):
            self.offices.append(_office(raw))

    @property
    def introduced(self) -> bool:
        return bool(self.movers or self.offices or self.put)


# Every mover and seconder pattern contains one of these: a cheap test before the name patterns run.
@cache
def _people_cue() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{decisions_vocabulary().motions.mover_cues.regex()})"
        r"|\bfrom\b|['’]s\s",
        _FLAGS,
    )


# "moved by the Chair", "proposed by Riverside ward, seconded by ...", "The amendment was put by the Treasurer": a
# motion put, whoever the mover
@cache
def _put_by() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    return re.compile(
        rf"(?:\b(?:{either(v.put_by_verbs)})|\b(?:{either(v.items_put_by)})s?\b[^.;:\n]{{0,80}}?\s(?:was|were)\s+put)"
        rf"\s+by\s+(?!(?:{_deadline()})\b)(?:the\s+)?[A-Za-z]",
        _FLAGS,
    )


def _deadline() -> str:
    """ "submitted by Friday", "by 1 July", "by the deadline": when, not who."""
    return rf"{either(decisions_vocabulary().motions.deadline_words)}|{WEEKDAY_RE}|{MONTH_RE}|\d"


@cache
def _people_patterns() -> list[tuple[str, re.Pattern[str]]]:
    p = patterns()
    name, verbs = minuted_name_re(), p.mover_verbs
    v = decisions_vocabulary().motions
    labels, seconders = either(v.mover_labels), either(v.seconder_labels)
    items = either(v.moved_items)
    own = rf"(?:(?:{either(v.own_item_qualifiers)})\s+)?(?:{either(v.own_item_nouns)})"
    return [
        (
            "pair",
            re.compile(
                rf"(?P<a>{name}|\bI\b)\s+and\s+(?P<b>{name})\s+(?:(?:{either(v.joint_mover_adverbs)})\s+)?moved\s+and\s+seconded"
            ),
        ),
        (
            "pair",
            re.compile(rf"(?P<a>{name})[^.;()]{{0,60}}?\s+and\s+(?P<b>{name})\s+for\s+proposing\s+and\s+seconding"),
        ),
        (
            "mover",
            re.compile(
                rf"\b(?i:(?:{verbs})\s+by|(?:{labels})\s*[:\-]|proposer|(?:its|the)\s+(?:mover|proposer),?)"
                rf"\s+(?P<a>{name})"
            ),
        ),
        ("seconder", re.compile(rf"\b(?i:seconded\s+by|seconded\s*[:\-]|seconder\s*[:\-]?)\s+(?P<a>{name})")),
        # the role in brackets after the name: "Ann Lee (proposer), Raj Dev (seconder)", "Jo Hart (Moved)"
        ("mover", re.compile(rf"(?P<a>{name})\s*\(\s*(?i:{labels})\s*\)")),
        ("seconder", re.compile(rf"(?P<a>{name})\s*\(\s*(?i:{seconders})\s*\)")),
        # minutes' shorthand where a subjectless role may begin: "Proposed Jo Hart, seconded Sam Lee.", "Bus fares –
        # moved Jo Hart, seconded Sam Lee."
        ("mover", re.compile(rf"{SHORTHAND_ROLE_START}\s*(?i:{labels})\s+(?P<a>{name})\b(?!\s*[:\-])")),
        ("seconder", re.compile(rf"{SHORTHAND_ROLE_START}\s*(?i:{seconders})\s+(?P<a>{name})\b")),
        (
            "mover",
            re.compile(
                rf"\b(?i:(?:{items})s?,?\s+from)"
                rf"\s+(?P<a>{name})\b(?!\s+(?i:{either(decisions_vocabulary().motions.organisation_nouns)})\b)"
            ),
        ),
        (
            "mover",
            re.compile(rf"(?P<a>{name})['’]s\s+(?i:{own})"),
        ),
        (
            "seconder",
            re.compile(rf"{_NOT_AFTER_BY}(?P<a>{name})\s+(?:(?:{either(v.seconder_adverbs)})\s+)?seconded\b(?!\s+by)"),
        ),
    ]


@cache
def _gated_people_patterns() -> list[tuple[str, re.Pattern[str], Words]]:
    """The patterns with the words one of which each of their matches holds ("seconded", "moved", ...): most
    sentences hold none, and the pattern, which tries a name at every capital, is not run on them."""
    return [(role, regex, required_words(regex)) for role, regex in _people_patterns()]


def find_people(text: str) -> People:
    """Movers and seconders named in one sentence ("I" for the author)."""
    people = People()
    if not _people_cue().search(text):
        return people
    text = _roles_apart(text)
    if _put_by().search(text):
        people.put = people.strong = True
    taken: list[tuple[int, int]] = []
    lowered = folded(text)
    for role, regex, words in _gated_people_patterns():
        if not may_match(words, lowered):
            continue  # the sentence holds none of the words every match of this pattern holds
        for match in regex.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            if role == "pair":
                people.add("mover", match["a"])
                people.add("seconder", match["b"])
                people.strong = True
            else:
                people.add(role, match["a"])
                by_strong = re.match(rf"(?:{_strong_verbs()})\s+(?:by\b|(?-i:[A-Z]))", match.group(), _FLAGS)
                people.strong = people.strong or bool(by_strong)
    _add_subjects_of_mover_verbs(text, taken, people)
    return people


def _roles_apart(text: str) -> str:
    """ "Moved: Jo Hart   Seconded: Sam Idle": the seconder's label set on the mover's line, with nothing but spaces
    after the mover's name, is parted from it as a comma would part it (only names are read from the text)."""
    return _next_role_label().sub(";", text)


@cache
def _next_role_label() -> re.Pattern[str]:
    labels = [label.capitalize() for label in decisions_vocabulary().motions.seconder_labels]
    cased = alternation([*labels, *(label.upper() for label in labels)])
    return re.compile(rf"(?<=\w)(?=[ \t]+(?:{cased})(?:\s*[:.]|\s+(?=[A-Z])))")


def _add_subjects_of_mover_verbs(text: str, taken: list[tuple[int, int]], people: People) -> None:
    """ "Jo Hart moved ...", "I tabled ...": the person before a mover verb no pattern has taken yet; not "moved by",
    nor a meeting moved in time."""
    for verb in re.finditer(rf"\b(?P<verb>{patterns().mover_or_request})\b", text, _FLAGS):
        if (
            re.match(
                rf"\s+(?:by|in\s+(?:{either(grammar_vocabulary().decisions.absence_possessives)})\s+absence)\b",
                text[verb.end() :],
            )
            or _rescheduled().match(text, verb.end())
            or _MOVED_ON.match(text, verb.end())
        ):
            continue
        strong = re.fullmatch(_strong_verbs(), verb["verb"], _FLAGS)
        # an office that only asks ("The chair requested that speeches be kept short") puts nothing
        asks = verb["verb"].lower() in decisions_vocabulary().motions.request_verbs
        subject = _subject_before(text[: verb.start()], offices=bool(strong) and not asks)
        if subject and not any(s <= verb.start() < e for s, e in taken) and not _named_as_seconder(subject, people):
            people.add("mover", subject)
            people.strong = people.strong or bool(strong)


def _named_as_seconder(subject: str, people: People) -> bool:
    """ "Ann Lee (proposer) and Raj Dev (seconder) moved that ...": the seconder named with the movers seconds."""
    return clean_name(subject) in people.seconders


# "The Chair moved on to the next item", "we moved onto finance": the meeting went on, nothing was moved (not "moved
# on behalf of the branch")
_MOVED_ON = re.compile(r"(?<=moved)\s+(?:on\s+to\b|onto\b|on\s*(?:[.,;]|$)|on\s+(?:with|from|quickly)\b)", _FLAGS)


@cache
def _rescheduled() -> re.Pattern[str]:
    """ "moved the AGM to March", "moved its next meeting forward a week": a meeting or date moved in time, not a
    motion moved."""
    things = either(decisions_vocabulary().motions.rescheduled_things)
    return re.compile(
        rf"\s+(?:(?:the|its|our|their|this|next|a)\s+)(?:[\w'’-]+\s+){{0,3}}?(?:{things})\b[^.;:]{{0,40}}?"
        r"\b(?:to|from|forward|back|up|until)\b",
        _FLAGS,
    )


def only_movers(text: str) -> bool:
    """The sentence names only who moved and seconded, perhaps with how it went: "Proposed Jo Hart, seconded Sam Lee.",
    "Proposed Cllr Moss, seconded Cllr Dunne, all in favour.", or only the seconder on a line of its own after the
    mover's ("Seconded: Sam Lee")."""
    return _only_movers().fullmatch(text.strip()) is not None


@cache
def _only_movers() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    name, labels, seconders = minuted_name_re(), either(v.mover_labels), either(v.seconder_labels)
    return re.compile(
        rf"(?:(?i:{labels})\s*[:\-]?\s*{name}\s*(?:[,;]?\s*(?:and\s+)?(?i:seconded|seconder)\s*(?:by|[:\-])?\s*{name})?"
        rf"|(?i:{seconders})\s*(?:(?i:by)\s+|[:\-–—]\s*){name})"
        r"(?:[,;]\s*[^.;]{1,40})?\W*"
    )


def _office(raw: str) -> str:
    """ "The General Secretary" → "General Secretary"; "" when the words are no office."""
    words = re.sub(r"^(?:the|our)\s+", "", raw.strip(), flags=_FLAGS)
    roles = either(decisions_vocabulary().motions.election_roles)
    return words if re.fullmatch(rf"(?:[\w-]+\s+)?(?:{roles})", words, _FLAGS) else ""


def _after_preposition(text: str) -> bool:
    return bool(re.search(rf"\b(?:{either(grammar_vocabulary().decisions.prepositions_before_a_name)})\s+$", text))


def _subject_before(before: str, offices: bool = False) -> str | None:
    """The person just before a mover verb: "Seth Pilling, moved", "Ines, new to the committee, moved"."""
    name = minuted_name_re()
    adverbs = rf"(?:(?:{either(decisions_vocabulary().motions.mover_adverbs)})\s+)*"
    if re.search(rf"\b(?:{either(grammar_vocabulary().decisions.not_a_mover_before)})\s+{adverbs}$", before):
        return None
    if re.search(rf"(?:^|[^\w])I\s+{adverbs}$", before):
        return "I"
    appositive = re.search(rf"(?P<a>{name})\s*,\s*(?P<inner>[a-z][^,]{{0,80}}),\s*{adverbs}$", before)
    if appositive and not _after_preposition(before[: appositive.start()]):
        return appositive["a"]
    # "Pooja Mistry (NEU) moved": an affiliation in brackets after the name
    match = re.search(rf"(?P<a>{name})(?:\s*\([^()\n]{{1,40}}\))?,?\s+{adverbs}$", before)
    if match and not _after_preposition(before[: match.start()]):
        return match["a"]
    # "The treasurer proposed", "After discussion, our chair moved": an office opening the sentence, resolved to its
    # holder through the speakers
    office = re.match(rf"\W*(?:[^,;:]{{1,60}},\s*)?(?P<a>(?:the|our)\s+[\w -]{{1,40}}?),?\s+{adverbs}$", before, _FLAGS)
    return office["a"] if offices and office and _office(office["a"]) else None


def _strong_verbs() -> str:
    return either(decisions_vocabulary().motions.strong_mover_verbs)
