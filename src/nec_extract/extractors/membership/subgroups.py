"""Counted subgroups (metric ``other``): members of a place or sector, of an age, of a share, a ballot's electorate.

"4,100 members in Wales", "640 members working in schools", "members aged over 60", "members who are
under 27", "14,200 eligible members" (SPEC rulings: the electorate of a ballot is ``other`` with its qualifier).
"""

from __future__ import annotations

from collections.abc import Sequence

from nec_extract.extractors.membership.counted import Counted
from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import Word, lowers
from nec_extract.language.calendar import MONTH_NUMBERS, WEEKDAY_NUMBERS
from nec_extract.language.numbers import count_value


def electorate_qualifier(counted: Counted, before: Sequence[str] = ()) -> str | None:
    """ "14,200 eligible members" → "eligible members"; "38,000 members were balloted" → "balloted"; "the
    electorate was 33,400 members" → "electorate"; "ballot papers went to 61,000 members" → "balloted"."""
    if counted.kind != "member":
        return None
    if any(w.lower in words_of("electorate_words") for w in counted.modifiers):
        return " ".join(w.text for w in counted.modifiers) + " members"
    predicate = _without_auxiliaries(counted.predicate)
    if predicate and predicate[0].lower in words_of("electorate_words"):
        return " ".join(w.text for w in predicate[:6])
    named = [w for w in before if w in words_of("electorate_words")]
    if named:
        return named[-1]
    return "balloted" if is_a_ballot_sent(before) else None


def is_a_ballot_sent(before: Sequence[str]) -> bool:
    """ "ballot papers went to", "the ballot was sent to": the count after "to" is the electorate; so is the
    count in "a ballot of 120,000 members"."""
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in words_of("ballot_nouns"):
        return True
    return before[-1:] == ["to"] and _a_ballot_went_out(before)


def _a_ballot_went_out(before: Sequence[str]) -> bool:
    return any(w in words_of("ballot_nouns") for w in before) and any(w in words_of("dispatch_verbs") for w in before)


def subgroup_of(predicate: Sequence[Word]) -> str | None:
    """The qualifier of a counted subgroup the words after "members" name, or None when they name none."""
    words = lowers(predicate)
    if words[:1] and words[0] in words_of("age_openers") and len(words) > 1:
        return " ".join(w.text for w in predicate)  # "aged over 60", "under 27"
    if words[:2] == ["in", "their"]:
        return " ".join(w.text for w in predicate)  # "in their 20s"
    if len(words) > 2 and words[0] in words_of("relative_pronouns") and words[1] in ("are", "were"):
        return " ".join(w.text for w in predicate[2:])  # "who are under 27"
    if len(words) > 2 and words[0] in words_of("copulas"):
        return _stated_part(predicate[1:])  # "14,860 members are under 27"
    return place_or_sector(predicate)


def _stated_part(predicate: Sequence[Word]) -> str | None:
    """After "are": an age or a place names a part ("are under 27", "are now in their 20s", "are in Wales")."""
    while predicate[:1] and predicate[0].lower in words_of("level_adverbs"):
        predicate = predicate[1:]
    words = lowers(predicate)
    aged = bool(words[:1]) and words[0] in words_of("age_openers")
    if (aged and any(_is_a_number(w) for w in words[1:3])) or words[:2] == ["in", "their"]:
        return " ".join(w.text for w in predicate)
    return place_or_sector(predicate)


def _is_a_number(word: str) -> bool:
    return word[:1].isdigit() or count_value(word) is not None


def place_or_sector(words: Sequence[Word]) -> str | None:
    """ "in Wales", "in the Northern region", "working in schools", "who work in social care": a part of the
    membership by where its members are or work; not a time ("in 2010"), the whole ("in total", "across the UK")
    or the body itself ("in the union")."""
    while words[:1] and words[0].lower in words_of("level_adverbs"):
        words = words[1:]  # "members now paying by direct debit"
    phrase = _up_to_a_verb(words)
    if phrase[:1] and phrase[0].lower in words_of("relative_pronouns"):
        phrase = phrase[1:]
    if phrase[:1] and phrase[0].lower in words_of("subgroup_verbs"):
        return " ".join(w.text for w in phrase[:8]) if len(phrase) > 1 else None
    if not phrase or phrase[0].lower not in words_of("locative_prepositions"):
        return None
    return " ".join(w.text for w in phrase[:8]) if _names_a_place(phrase[1:4]) else None


def _up_to_a_verb(words: Sequence[Word]) -> list[Word]:
    """ "in Scotland has risen to": the words before the first auxiliary after the first word."""
    for index, word in enumerate(words[1:], start=1):
        if word.lower in words_of("auxiliaries"):
            return list(words[:index])
    return list(words)


def _names_a_place(words: Sequence[Word]) -> bool:
    if words[:1] and words[0].lower in words_of("partitive_determiners"):
        words = words[1:]
    if not words or words[0].lower in words_of("whole_places") or words[0].lower in words_of("time_words"):
        return False
    if any(w.text[0].isdigit() or count_value(w.text) is not None for w in words[:3]):
        return False  # "in over 20 sectors", "in 31 workplaces": spread across, not a part
    first = words[0]
    if first.lower in MONTH_NUMBERS or first.lower in WEEKDAY_NUMBERS or first.text[0].isdigit():
        return False
    if first.text[0].isupper() and not first.text.isupper():
        return True  # "in Wales", "in the Northern region"
    return any(w.lower in words_of("sector_nouns") for w in words)


def share_of_the_figure_before(predicate: Sequence[Word]) -> str | None:
    """ "[Of our 2,800 members,] 1,100 are women": the words that say which part."""
    words = [w.text for w in _without_auxiliaries(predicate)]
    return " ".join(words) or None


def _without_auxiliaries(words: Sequence[Word]) -> Sequence[Word]:
    index = 0
    while index < len(words) and words[index].lower in words_of("auxiliaries"):
        index += 1
    return words[index:]
