"""The forms of people's names on a page: what a name word looks like, which words of a capitalised run can
be a person's name, and every full name the page gives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from nec_extract.language.calendar import FULL_MONTH_NAMES, WEEKDAY_NAMES
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.lexicon.trie import trie_alternation
from nec_extract.language.people.gender import is_common_first_name
from nec_extract.language.people.titles import (
    honours,
    honours_re,
    personal_titles,
    role_heads,
    role_words,
    strip_possessive,
    titles,
)

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
NAME_WORD = (
    rf"(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?"
    rf"(?:-(?:Mc|Mac|O['’])?[{_UPPER}][{_LOWER}]+)*"
)
_NAME_WORD = re.compile(NAME_WORD)
# two or more name words, initials ("J.") allowed between them
FULL_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|[A-Z]\.))*[ \t]+{NAME_WORD}"
# a surname in capitals, as minutes and rolls print it: "WOODHOUSE", "McCLUSKEY", "O'NEILL"
CAPITALS_WORD = r"(?:Mc|Mac|O['’])?[A-Z]{2,}(?:[-'’][A-Z]{2,})*"
# an initial standing for a first name: "A", "J."
_INITIAL_WORD = re.compile(r"[A-Z]\.?")


@dataclass(frozen=True)
class PageName:
    """A full name (two to four words) as the page gives it, and where."""

    text: str
    start: int


def is_name_word(word: str) -> bool:
    return bool(_NAME_WORD.fullmatch(word))


@cache
def non_person_words() -> frozenset[str]:
    """Words that make a capitalised run something other than a person ("Committee", "London")."""
    return frozenset(names_vocabulary().non_person_words)


@cache
def edge_words() -> frozenset[str]:
    """Sentence words trimmed from the front of a capitalised run ("Later", "The", "March"), never a name alone."""
    calendar_names = (name.lower() for name in (*FULL_MONTH_NAMES, *WEEKDAY_NAMES))
    return frozenset(names_vocabulary().edge_words) | frozenset(calendar_names)


@cache
def _front_words() -> frozenset[str]:
    return titles() | role_words() | edge_words()


@cache
def _back_words() -> frozenset[str]:
    return honours() | titles()


def person_words(run: str) -> list[str]:
    """The words of a capitalised run that can be a person's name: titles, role words and sentence-initial
    words trimmed from the front, honours from the back; nothing if an organisation word is inside. After a
    role ("Welsh Labour Leader Ffion Griffiths"), the name is what follows the role."""
    words = _after_role([strip_possessive(w) for w in run.split()])
    front, back = _front_words(), _back_words()
    after_title = False
    while words and words[0].strip(".").casefold() in front:
        if after_title and _INITIAL_WORD.fullmatch(words[0]) and len(words) > 1:
            break  # "Councillor A Carter": an initial, not the article
        after_title = words.pop(0).strip(".").casefold() in titles()
    while words and words[-1].strip(".").casefold() in back:
        words.pop()
    if any(w.casefold() in non_person_words() for w in words):
        return []
    return words


def _after_role(words: list[str]) -> list[str]:
    """The words after the last role word or title in the run: "Welsh Labour Leader Ffion Griffiths" -> "Ffion
    Griffiths", "Liberal Democrat councillor Anjali Rao" -> "Anjali Rao"."""
    heads = [
        i
        for i, word in enumerate(words[:-1])
        if strip_possessive(word).casefold() in role_heads()
        or (i > 0 and word.strip(".").casefold() in personal_titles())  # a title in front is trimmed later
    ]
    return words[heads[-1] + 1 :] if heads else words


@cache
def _run() -> re.Pattern[str]:
    """A run of capitalised words on one line, e.g. "General Secretary Dylan Pryce MP"; a wider gap separates
    columns ("Moved: Ravi Kumar   Seconded: ...")."""
    # a surname particle only between two name words: "Gethin ap Dafydd", "Ada de Vries"
    particle = rf"(?:{alternation(names_vocabulary().surname_particles)}) (?={NAME_WORD})"
    return re.compile(rf"(?<![\w’'-]){NAME_WORD}(?: {{1,2}}(?:{particle})?(?:{NAME_WORD}|{honours_re()}))*")


@cache
def _department_before() -> re.Pattern[str]:
    """ "Head of", "Director of the": a department, not a name, follows."""
    heads = "|".join(sorted((re.escape(w.capitalize()) for w in role_heads()), key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=16)
def page_names(page_text: str) -> tuple[PageName, ...]:
    """Every full name the page gives, in page order (repeats included)."""
    found: list[PageName] = []
    for run in _run().finditer(page_text):
        words = person_words(run.group())
        if len(words) == 1 and _month_named_person(page_text, run):
            words = run.group().split()
        if _department_before().search(page_text, max(0, run.start() - 30), run.start()) and len(words) >= 3:
            words = words[-2:]  # "Head of Compliance Theo Marsh": the department comes first
        if not 2 <= len(words) <= 4:
            continue
        text = " ".join(words)
        found.append(PageName(text, run.start() + run.group().find(words[0])))
    return tuple(found)


@cache
def _after_a_time_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(names_vocabulary().time_words_before_a_month)})\s*$")


def _month_named_person(page_text: str, run: re.Match[str]) -> bool:
    """ "Councillors Clare Ashdown, June Allardyce": a first name that is also a month, then a surname, where no
    preposition makes the month a time ("In June Reeves announced ...")."""
    words = run.group().split()
    if len(words) != 2 or not is_common_first_name(words[0]) or words[0].casefold() not in edge_words():
        return False
    return not _after_a_time_word().search(page_text, max(0, run.start() - 12), run.start())


@cache
def _initialled() -> re.Pattern[str]:
    """A surname after initials with full stops ("R. Adair", "R.J. Adair") or after a title ("Cllr L Bright"). The
    titles are one prefix tree (the same matches as the list longest first): the pattern scans whole pages."""
    title = trie_alternation(titles())
    after_title = rf"(?i:{title})\.?[ \t]+(?P<titled>[A-Z]\.?(?:[ \t]?[A-Z]\.?){{0,2}}[ \t]+{NAME_WORD})"
    dotted = rf"(?<![\w.])(?P<dotted>[A-Z]\.(?:[ \t]?[A-Z]\.){{0,2}}[ \t]?{NAME_WORD})"
    return re.compile(rf"(?:\b{after_title}|{dotted})\b")


@lru_cache(maxsize=16)
def initialled_names(page_text: str) -> tuple[PageName, ...]:
    """Every name the page gives as initials and a surname ("R. Adair", "Cllr L Bright" -> "L Bright")."""
    found: list[PageName] = []
    for match in _initialled().finditer(page_text):
        group = "titled" if match.group("titled") else "dotted"
        _add_initialled(found, match.group(group), match.start(group))
    # "Cllrs D Fenn, S Gill and L Varley": the names after the first of a titled list are initialled names too
    for listed in _initialled_list().finditer(page_text):
        for item in _initialled_item().finditer(page_text, listed.start("rest"), listed.end()):
            _add_initialled(found, item.group(), item.start())
    return tuple(sorted(set(found), key=lambda name: name.start))


def _add_initialled(found: list[PageName], words: str, start: int) -> None:
    name = " ".join(words.split())
    surname = name.split()[-1].split(".")[-1].casefold()
    if surname not in non_person_words() and surname not in edge_words():
        found.append(PageName(name, start))


_INITIALLED_ITEM = rf"[A-Z]\.?(?:[ \t]?[A-Z]\.?){{0,2}}[ \t]+{NAME_WORD}"
# an office in brackets after a listed name ("Cllrs P Gathercole (Chair), R Huxley")
_LISTED_OFFICE = r"(?:[ \t]*\([^()\n]{1,40}\))?"


@cache
def _initialled_list() -> re.Pattern[str]:
    """A title over a list of initialled names, joined by commas and a last "and" ("Councillors P Akinola, J Birtles
    and\nV Ormerod"); ``rest`` is the list after its first name."""
    title = trie_alternation(titles())
    joiner = r"(?:[ \t]*,\s*|[ \t]*,?\s+and\s+|[ \t]*&\s*)"
    item = rf"{_INITIALLED_ITEM}\b{_LISTED_OFFICE}"
    return re.compile(rf"\b(?i:{title})\.?[ \t]+{item}(?P<rest>(?:{joiner}{item})+)")


@cache
def _initialled_item() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){_INITIALLED_ITEM}\b")
