"""The clause around a count: its words back and forward to the nearest boundary, and what links it to the rest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import Word, kind_of, member_noun_follows
from nec_extract.language.numbers import Quantity, is_count_suffix

PUNCTUATION_BOUNDARIES = frozenset(',;:()[]–—-!?."“”')
# links after which the clause before may hold the subject or a label ("Membership: 415,300")
_OUTER_LINKS = ("and", "but", ":", ",", "with", "–", "—", "-", "(")


@dataclass(frozen=True)
class Clause:
    """The words around one count, up to the clause boundaries on either side."""

    left: list[Word]  # in text order, nearest the number last
    right: list[Word]
    link: str  # what opens the clause: "with", "of whom", "and", ",", "figure" (another count), "" (sentence start)
    start: int
    end: int
    # the clause before the link, when the link is "and", "but" or ":" (a verb's subject or a label may be there)
    outer: tuple[Word, ...] = ()
    # the words back to the clause's boundary read through earlier counts ("enlarged from 12 to")
    chain: tuple[Word, ...] = ()
    # the words of the sentence after the clause
    beyond: tuple[Word, ...] = ()


def clause_around(
    words: list[Word], quantity: Quantity, earlier: Sequence[Quantity], later: Sequence[Quantity] = ()
) -> Clause:
    """The clause of a count: words back to a boundary (punctuation, "and", "with", "of whom", another count)
    and forward to the next one."""
    before = [w for w in words if w.end <= quantity.start]
    after = [w for w in words if w.start >= quantity.end]
    left, link = _back_to_boundary(before, earlier)
    outer = _outer(before[: len(before) - len(left) - 1], earlier) if link in _OUTER_LINKS else []
    right = _forward_to_boundary(after, later)
    start = left[0].start if left else quantity.start
    end = right[-1].end if right else quantity.end
    chain, _ = _back_to_boundary(before, ())
    beyond = tuple(w for w in after if w.start >= end)
    return Clause(left, right, link, start, end, tuple(outer), tuple(chain), beyond)


def words_after(clause: Clause) -> list[Word]:
    """The words after the clause up to the next punctuation, or inside a bracket that opens right after it."""
    following = clause.beyond
    if following and following[0].text == "(":
        closing = next((i for i, w in enumerate(following) if w.text == ")"), len(following))
        return list(following[:closing])
    ahead: list[Word] = []
    for word in following[1:]:
        if word.text in PUNCTUATION_BOUNDARIES:
            break
        ahead.append(word)
    return ahead


def _back_to_boundary(before: list[Word], earlier: Sequence[Quantity]) -> tuple[list[Word], str]:
    """The words between the count and the boundary before it, and the boundary ("" at the sentence start)."""
    for position in range(len(before) - 1, -1, -1):
        link = _boundary_at(before, position, earlier)
        if link is not None:
            return before[position + 1 :], link
    return list(before), ""


def _boundary_at(before: Sequence[Word], position: int, earlier: Sequence[Quantity]) -> str | None:
    word = before[position]
    if _in_a_count(word, earlier):
        return "figure"
    if word.text in PUNCTUATION_BOUNDARIES:
        return word.text
    previous = before[position - 1].lower if position > 0 else ""
    pair = f"{previous} {word.lower}"
    if pair in words_of("relative_links"):
        return pair  # "of whom", "among which"
    if previous in words_of("comparison_words"):
        return None  # "compared with"
    if word.lower in words_of("clause_boundaries") or word.lower in words_of("subgroup_links"):
        return word.lower
    return None


def _forward_to_boundary(after: list[Word], later: Sequence[Quantity]) -> list[Word]:
    if len(after) > 1 and after[0].text == "-" and is_count_suffix(after[1].lower):
        if _a_body_of_members(after[1:3]):
            return [after[1]]  # "the 55,000-member union": its members; what follows is the union's doing
        after = after[2:]  # "a 550,000-strong membership"
    right: list[Word] = []
    for index, word in enumerate(after):
        if _joins_two_modifiers(right, after[index:]):
            right.append(word)  # "14,600 registered and affiliated supporters"
            continue
        if _ends_the_clause(word) and not (word.lower == "yet" and right and right[-1].lower == "not"):
            break  # but "have not yet renewed" goes on
        next_count = any(q.numeral_start <= word.start < q.end for q in later)
        if next_count and not (right and right[-1].lower in words_of("age_words")):
            break
        right.append(word)
    return right


def _joins_two_modifiers(right: Sequence[Word], rest: Sequence[Word]) -> bool:
    """ "and"/"or" between two words in front of the counted noun: "registered and affiliated supporters"."""
    if not right or not rest or rest[0].lower not in ("and", "or") or any(kind_of(w) for w in right):
        return False
    return len(right) <= 2 and member_noun_follows(rest, 0)


def _a_body_of_members(words: Sequence[Word]) -> bool:
    return len(words) == 2 and words[0].lower == "member" and words[1].lower in words_of("organisation_heads")


def _ends_the_clause(word: Word) -> bool:
    # a capitalised "This", "The" after a number: the full stop is missing
    starts_sentence = word.text[0].isupper() and word.lower in words_of("sentence_starters")
    return word.text in PUNCTUATION_BOUNDARIES or word.lower in words_of("clause_boundaries") or starts_sentence


def _outer(words: Sequence[Word], earlier: Sequence[Quantity]) -> list[Word]:
    """The clause before the link; past an aside ("membership, which had dipped in the summer, was back up to")
    the clause before the aside, which holds the subject."""
    outer = _outer_clause(words, earlier)
    aside_opens = len(words) - len(outer) - 1
    if (
        outer
        and outer[0].lower in words_of("relative_pronouns")
        and aside_opens >= 0
        and words[aside_opens].text == ","
    ):
        return _outer_clause(words[:aside_opens], earlier)
    return outer


def _outer_clause(words: Sequence[Word], earlier: Sequence[Quantity]) -> list[Word]:
    outer: list[Word] = []
    for word in reversed(words):
        if word.text in PUNCTUATION_BOUNDARIES or _in_a_count(word, earlier):
            break
        outer.append(word)
    return outer[::-1]


def _in_a_count(word: Word, counts: Sequence[Quantity]) -> bool:
    return any(q.start <= word.start < q.end for q in counts)
