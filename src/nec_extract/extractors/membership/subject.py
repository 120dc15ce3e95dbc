"""A count with no noun after it, read from the member or supporter noun before it ("membership stood at N")."""

from __future__ import annotations

from collections.abc import Sequence

from nec_extract.extractors.membership.clause import Clause
from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import APOSTROPHES, Tagger, Word, is_arrears, kind_of, lowers
from nec_extract.models import Metric

Reading = tuple[Metric, str | None]  # a figure's metric and qualifier

_LABELS = (":", "–", "—", "-")
_POSSESSIVE_ENDINGS = tuple(f"{mark}s" for mark in APOSTROPHES)  # "Unison's"


def subject_metric(clause: Clause, pos_at: Tagger, *, in_context: bool) -> Reading | None:
    """ "membership stood at 552,000", "registered supporters had dwindled to around 2,100",
    "membership has grown ... and now exceeds 520,000", "Total membership: 415,300"; in a sentence
    about membership, "bringing our total to 2,150"."""
    labelled = _labelled_noun(clause)
    if labelled is not None:
        return _subject_at(*labelled, pos_at)
    if not clause.left or clause.left[-1].lower not in words_of("link_words"):
        return None
    left = _with_outer_subject(clause)
    for index in range(len(left) - 1, max(-1, len(left) - 10), -1):
        kind = kind_of(left[index])
        # "bringing our total to 2,150"; but in "new members total 60,000" the verb is "total"
        total = index < len(left) - 1 and in_context and left[index].lower in words_of("total_nouns")
        if kind not in ("member", "supporter") and not total:
            continue
        if index == 0 and clause.link == "figure":
            return None  # "from six members to nine": the noun belongs to the count before
        return _subject_at(left, index, pos_at)
    return None


def _labelled_noun(clause: Clause) -> tuple[list[Word], int] | None:
    """The member noun labelling a count: "Total membership: 415,300"; "Membership 405,000" in a list."""
    left = list(clause.left)
    if not left and clause.link in _LABELS and clause.outer and _names_members(clause.outer[-1]):
        return list(clause.outer), len(clause.outer) - 1
    if 0 < len(left) <= 3 and clause.link in ("", ";", ",", *_LABELS) and _names_members(left[-1]):
        return left, len(left) - 1
    return None


def _with_outer_subject(clause: Clause) -> list[Word]:
    """The subject of "... and now exceeds 520,000", "more members than ever, at over 450,000"."""
    left = list(clause.left)
    verbs_only = all(w.lower in words_of("auxiliaries") or w.lower in words_of("link_words") for w in left)
    if verbs_only and clause.outer:
        return list(clause.outer if clause.link == "," else clause.outer[:4]) + left
    return left


def _names_members(word: Word) -> bool:
    return kind_of(word) in ("member", "supporter")


def _subject_at(left: list[Word], index: int, pos_at: Tagger) -> Reading | None:
    """The metric a member or supporter noun at ``left[index]`` gives the count after it."""
    if _is_possessive(left, index) or _is_share(left[:index]):
        return None
    between = lowers(left[index + 1 :])
    if between[:1] in (["of"], ["on"]) and any(w in words_of("excluded_bodies") for w in between[1:3]):
        return None
    if any(is_arrears(w) for w in between):
        return Metric.ARREARS, None
    if kind_of(left[index]) == "supporter":
        return Metric.SUPPORTERS, _supporters_qualifier(left, index)
    return _member_subject(left, index, between, pos_at)


def _member_subject(left: list[Word], index: int, between: Sequence[str], pos_at: Tagger) -> Reading | None:
    modifiers = set(lowers(left[max(0, index - 2) : index]))
    if modifiers & words_of("join_modifiers"):
        return Metric.JOINED, None
    if modifiers & words_of("leave_modifiers"):
        return Metric.LEFT, None
    if between[-1:] == ["by"]:
        return None  # a change, read by change_metric
    if index > 0 and _is_subgroup_modifier(left[index - 1], pos_at):
        return Metric.OTHER, f"{left[index - 1].text} {left[index].text}"
    return Metric.MEMBERS, None


def _supporters_qualifier(left: Sequence[Word], index: int) -> str | None:
    modifier = left[index - 1] if index > 0 and left[index - 1].lower not in words_of("sentence_starters") else None
    return f"{modifier.text} {left[index].text}" if modifier else None


def _is_subgroup_modifier(word: Word, pos_at: Tagger) -> bool:
    """ "BAME members", "young members", "women members"; not "party", "individual", "Unison"."""
    if word.lower in words_of("subgroup_words"):
        return True
    if (
        word.text[0].isupper()
        or word.lower in words_of("neutral_modifiers")
        or word.lower.endswith(_POSSESSIVE_ENDINGS)
    ):
        return False
    return pos_at(word.start) == "ADJ"


def _is_possessive(words: Sequence[Word], index: int) -> bool:
    return index + 1 < len(words) and words[index + 1].text in APOSTROPHES


def _is_share(words: Sequence[Word]) -> bool:
    return any(w.lower in words_of("share_words") for w in words[-4:])
