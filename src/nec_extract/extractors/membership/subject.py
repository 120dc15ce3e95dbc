"""A count with no noun after it, read from the words before it: "membership stood at N", "Lapsed: N",
"resignations totalled N", "membership rose by N", and, in a paragraph about membership, "we now stand at N"."""

from __future__ import annotations

from collections.abc import Sequence

from nec_extract.extractors.membership.clause import Clause
from nec_extract.extractors.membership.subgroups import place_or_sector
from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import APOSTROPHES, Tagger, Word, is_arrears, kind_of, lowers
from nec_extract.language.calendar import MONTH_NUMBERS
from nec_extract.models import Metric

Reading = tuple[Metric, str | None]  # a figure's metric and qualifier
NET = "net"  # the qualifier of a net rise or fall (SPEC rulings)

_LABELS = (":", "–", "—", "-")
_POSSESSIVE_ENDINGS = tuple(f"{mark}s" for mark in APOSTROPHES)  # "Unison's"
_SUBJECT_KINDS = ("member", "supporter", "joiner", "leaver")


def subject_metric(clause: Clause, pos_at: Tagger, *, in_context: bool) -> Reading | None:
    """ "membership stood at 552,000", "registered supporters had dwindled to around 2,100",
    "membership has grown ... and now exceeds 520,000", "Total membership: 415,300"; in a sentence
    about membership, "bringing our total to 2,150", "we now stand at 2,340"."""
    labelled = _labelled_noun(clause)
    if labelled is not None:
        return _subject_at(*labelled, pos_at)
    share = share_of_a_subject(clause.left)
    if share is not None:
        return share
    left = _without_trailing_article(clause.left)
    verbs = [w for w in left if w.lower not in words_of("level_adverbs")]  # "is still over 500,000"
    if not verbs or verbs[-1].lower not in words_of("link_words"):
        return None
    left = _with_outer_subject(clause, left)
    for index in range(len(left) - 1, max(-1, len(left) - 10), -1):
        if not _names_the_counted(left, index, in_context=in_context):
            continue
        if index == 0 and clause.link == "figure":
            return None  # "from six members to nine": the noun belongs to the count before
        return _subject_at(left, index, pos_at)
    return _organisation_subject(left, in_context=in_context)


def change_by(left: Sequence[str]) -> Reading | None:
    """ "fallen by 5,000", "an increase of 340", "rose 2,000": a net change; "rose to 2,000" is a level."""
    if not left or left[-1] not in ("by", "of", *words_of("increase_words"), *words_of("decrease_words")):
        return None
    if left[-1] not in ("by", "of") and left[-1] in words_of("change_nouns"):
        return None  # "growth 1,450" is a label, read by the subject
    if any(w in words_of("decrease_words") for w in left):
        return Metric.LEFT, NET
    if any(w in words_of("increase_words") for w in left):
        return Metric.JOINED, NET
    return None


def _names_the_counted(left: Sequence[Word], index: int, *, in_context: bool) -> bool:
    if kind_of(left[index]) in _SUBJECT_KINDS or _is_recruitment(left, index):
        return True
    # "bringing our total to 2,150", "our numbers stand at"; but in "new members total 60,000" the verb is "total"
    if index == len(left) - 1 or left[index].lower not in words_of("total_nouns"):
        return False
    return in_context or (index > 0 and left[index - 1].lower in words_of("subject_words"))


def _is_recruitment(left: Sequence[Word], index: int) -> bool:
    """ "Recruitment in the first quarter was 3,870", "Recruitment this year: 412": those recruited, when nothing
    but a time stands between the noun and the count ("recruitment costs were ..." counts no one)."""
    if left[index].lower not in words_of("recruitment_nouns"):
        return False
    between = [w for w in left[index + 1 :] if w.lower not in words_of("link_words")]
    return not between or _is_a_date_tail(between)


def _organisation_subject(left: Sequence[Word], *, in_context: bool) -> Reading | None:
    """ "the union says it now stands at 212,000", "the local party ... now had 1,140", and in a paragraph about
    membership "We now stand at 2,340": the body as the subject of a level."""
    ignored = ("auxiliaries", "link_words", "reporting_words")
    subject = [w.lower for w in left if not any(w.lower in words_of(key) for key in ignored)]
    if set(subject) & (words_of("increase_words") | words_of("decrease_words") | words_of("change_nouns")):
        return None  # "the union saw a net fall of 2,000": a change, read elsewhere
    head = subject[-1] if subject else ""  # "our strike fund is now 1.2 million": the fund, not us
    if head in words_of("organisation_heads"):
        return Metric.MEMBERS, None
    return (Metric.MEMBERS, None) if in_context and head in words_of("subject_words") else None


def share_of_a_subject(left: Sequence[Word]) -> Reading | None:
    """ "Women now make up 52,000 [of our 98,000 members]", "retired members account for 7,400": a subgroup."""
    words = lowers(left)
    if " ".join(words[-2:]) not in words_of("share_verbs"):
        return None
    subject = [w.text for w in left[:-2] if w.lower not in words_of("auxiliaries")]
    return (Metric.OTHER, " ".join(subject)) if subject else None


def _without_trailing_article(words: Sequence[Word]) -> list[Word]:
    """ "topped the [500,000 mark]": the words before the count without its article."""
    return list(words[:-1] if words and words[-1].lower in ("the", "a") else words)


def _labelled_noun(clause: Clause) -> tuple[list[Word], int] | None:
    """The noun labelling a count: "Total membership: 415,300", "Lapsed: 28"; "Membership 405,000",
    "Joiners 63, leavers 28" in a list."""
    left = list(clause.left)
    if not left and clause.link in _LABELS and clause.outer:
        label = _label_at(clause.outer)
        return (list(clause.outer), label) if label is not None else None
    adverbs_only = all(w.lower in words_of("level_adverbs") for w in left)  # "membership (now 380k, falling)"
    if adverbs_only and clause.link == "(" and clause.outer and _only_a_date_or_total(clause.right):
        label = _label_at(clause.outer)  # "Arrears (38,000) are worrying", "lapsed members (about 9,000 of them)"
        return (list(clause.outer), label) if label is not None else None
    if 0 < len(left) <= 6 and clause.link in ("", ";", ",", *_LABELS):
        label = _label_at(left)
        return (left, label) if label is not None else None
    return None


def _only_a_date_or_total(words: Sequence[Word]) -> bool:
    """What may follow a count in a bracket after its label: nothing, a date ("since May"), "of them", "in all",
    a trend word ("falling")."""
    if len(words) == 1 and words[0].lower in words_of("increase_words") | words_of("decrease_words"):
        return True  # "(now around 380k, falling)": the trend of the same level
    return not words or _is_a_date_tail(words) or " ".join(lowers(words)) in words_of("bracket_totals")


def _label_at(words: Sequence[Word]) -> int | None:
    """The noun of a label: "Lapsed", "Total membership", "Membership numbers" (the member noun before "numbers"),
    "Membership as of 1 March", "new members since January" (a date after the noun, no verb), "Membership
    currently", "Membership now" (a level adverb after it, no verb)."""
    while len(words) > 1 and words[-1].lower in words_of("level_adverbs"):
        words = words[:-1]
    if _is_a_label(words[-1]):
        return len(words) - 1
    if len(words) > 1 and words[-1].lower in words_of("total_nouns") and _is_a_label(words[-2]):
        return len(words) - 2
    for index in range(min(3, len(words))):
        if _is_a_label(words[index]) and _is_a_date_tail(words[index + 1 :]):
            return index
    return None


def _is_a_date_tail(words: Sequence[Word]) -> bool:
    """ "as of 1 March", "since January", "at the end of Q3": prepositions, time words, months and numbers."""
    return 0 < len(words) <= 5 and all(_is_a_date_word(w) for w in words)


def _is_a_date_word(word: Word) -> bool:
    lower = word.lower
    if lower in words_of("prepositions") or lower in words_of("time_words") or lower in words_of("rate_units"):
        return True
    return lower in MONTH_NUMBERS or lower in words_of("date_words") or word.text[0].isdigit()


def _is_a_label(word: Word) -> bool:
    if kind_of(word) in _SUBJECT_KINDS or is_arrears(word.lower) or word.lower in words_of("recruitment_nouns"):
        return True
    return word.lower in words_of("leave_modifiers") or word.lower in words_of("join_modifiers")


def _with_outer_subject(clause: Clause, left: list[Word]) -> list[Word]:
    """The subject of "... and now exceeds 520,000", "more members than ever, at over 450,000", "the treasurer
    said membership had risen and was now 335": the opening words of the clause before, after any reporting verb."""
    level_words = ("auxiliaries", "link_words", "increase_words", "decrease_words")
    verbs_only = all(any(w.lower in words_of(key) for key in level_words) or w.lower == "back" for w in left)
    if not verbs_only or not clause.outer:
        return left
    if clause.link == ",":
        return list(clause.outer) + left
    outer = list(clause.outer)
    reported = [i for i, w in enumerate(outer) if w.lower in words_of("reporting_words")]
    start = reported[-1] + 1 if reported else 0
    return outer[start : start + 4] + left


def _subject_at(left: list[Word], index: int, pos_at: Tagger) -> Reading | None:
    """The metric a noun at ``left[index]`` gives the count after it."""
    if _is_possessive(left, index) or _is_share(left[:index]):
        return None
    between = lowers(left[index + 1 :])
    if between[:1] in (["of"], ["on"]) and any(w in words_of("excluded_bodies") for w in between[1:3]):
        return None
    if any(is_arrears(w) for w in between) or is_arrears(left[index].lower):
        return Metric.ARREARS, None
    kind = kind_of(left[index])
    if kind == "supporter":
        return Metric.SUPPORTERS, _supporters_qualifier(left, index)
    if kind == "joiner" or left[index].lower in words_of("join_modifiers") or _is_recruitment(left, index):
        return Metric.JOINED, None  # "Joiners 63", "New: 41"
    if kind == "leaver" or left[index].lower in words_of("leave_modifiers"):
        return Metric.LEFT, None
    return _member_subject(left, index, between, pos_at)


def _member_subject(left: list[Word], index: int, between: Sequence[str], pos_at: Tagger) -> Reading | None:
    modifiers = set(lowers(left[max(0, index - 2) : index]))
    if modifiers & words_of("join_modifiers"):
        return Metric.JOINED, None
    if modifiers & words_of("leave_modifiers"):
        return Metric.LEFT, None
    if between[-1:] == ["by"]:
        return None  # a change, read by change_by
    change = _nominal_change(between)
    if change is not None:
        return change
    place = place_or_sector(left[index + 1 :])
    if place is not None:
        return Metric.OTHER, f"{left[index].text} {place}"  # "Membership in Scotland has risen to 21,000"
    if index > 0 and _is_subgroup_modifier(left[index - 1], pos_at):
        return Metric.OTHER, f"{left[index - 1].text} {left[index].text}"
    return Metric.MEMBERS, None


def _nominal_change(between: Sequence[str]) -> Reading | None:
    """ "membership growth this year is 1,450", "a membership fall of 300": a change, not a level."""
    if between[:1] and between[0] in words_of("change_nouns"):
        return change_by([*between[:1], "by"])
    return None


def _supporters_qualifier(left: Sequence[Word], index: int) -> str | None:
    modifier = left[index - 1] if index > 0 and left[index - 1].lower not in words_of("sentence_starters") else None
    return f"{modifier.text} {left[index].text}" if modifier else None


def _is_subgroup_modifier(word: Word, pos_at: Tagger) -> bool:
    """ "BAME members", "young members", "women members"; not "party", "individual", "Unison"."""
    if word.lower in words_of("subgroup_words"):
        return True
    if word.text[0].isupper() or word.lower in words_of("neutral_modifiers"):
        return False
    if word.lower.endswith(_POSSESSIVE_ENDINGS):
        return False
    return pos_at(word.start) == "ADJ"


def _is_possessive(words: Sequence[Word], index: int) -> bool:
    return index + 1 < len(words) and words[index + 1].text in APOSTROPHES


def _is_share(words: Sequence[Word]) -> bool:
    return any(w.lower in words_of("share_words") for w in words[-4:])
