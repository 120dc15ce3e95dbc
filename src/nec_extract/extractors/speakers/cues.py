"""Which sentences are worth parsing: a speech or act cue and someone who could be speaking."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.lexicon import alternation
from nec_extract.language.people import NAME_WORD
from nec_extract.page.segment.furniture import bar_items

_FEWEST_BAR_ITEMS = 3
_WORD = re.compile(r"[\w’'&-]+")
_BY_SOMEONE = re.compile(r"\bby\s+(?:the\s+)?[A-Z]")
_CAPITALISED = re.compile(rf"{NAME_WORD}|\b[A-Z]{{2,4}}\b")


def worth_parsing(text: str) -> bool:
    """A sentence with a speech or act cue and someone who could be speaking in it."""
    vocab = vocabulary()
    not_names = vocab.edge_words | vocab.non_person_words
    label = text.split(":", 1)[0].strip().casefold() if ":" in text[:30] else ""
    if label in vocab.roster_labels or _attendance_line(text):
        return False  # "Present: ...", "Apologies: ...", "Jo Bloggs (treasurer) – present" list people
    if len(bar_items(text)) >= _FEWEST_BAR_ITEMS:
        return False  # a footer or menu row ("Harbour Branch · Registered office: ... · Website updated ...")
    words = _WORD.findall(text)
    cued = any(w.casefold() in vocab.cue_forms for w in words)
    if not cued and not _BY_SOMEONE.search(text) and not _from_someone_after_an_item().search(text):
        return False
    if any(w in _person_forms() for w in words):
        return True
    if any(w.casefold() in vocab.head_role_words for w in words):
        return True
    # a function word in capitals is someone's initials ("AN presented the accounts"), not the word
    return any(
        m.group().casefold() not in (vocab.non_person_words if m.group().isupper() else not_names)
        for m in _CAPITALISED.finditer(text)
    )


@cache
def _from_someone_after_an_item() -> re.Pattern[str]:
    """ "The second, from Jo Bloggs, ...": the source of an item named before, whatever the verb."""
    items = alternation(vocabulary().elliptical_item_words)
    return re.compile(rf"\b(?i:{items}),[ \t]*from[ \t]+[A-Z]")


@cache
def _person_forms() -> frozenset[str]:
    """ "I", the personal pronouns and the author's possessives and agent pronouns ("by me") as written, lower case or
    capitalised."""
    vocab = vocabulary()
    words = vocab.personal_pronouns | vocab.author_possessives | vocab.author_agent_pronouns | vocab.pair_pronouns
    return frozenset({"I"} | words | {w.capitalize() for w in words})


@cache
def _attendance() -> re.Pattern[str]:
    marks = alternation(vocabulary().attendance_marks)
    return re.compile(rf"[–—:-][ \t]*(?:{marks})\W*$", re.IGNORECASE)


def _attendance_line(text: str) -> bool:
    """A roll of who attended: "3. Jo Bloggs (co-chair) – present"."""
    return bool(_attendance().search(text))
