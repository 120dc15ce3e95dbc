"""Membership figures: members, arrears, joined, left, supporters and counted subgroups (SPEC: Membership figures).

Every count of a sentence (:func:`nec_extract.numbers.find_quantities`) is read against the words of
its clause:

* what it counts: the noun after it ("489k members", "14,620 registered supporters") or, with no noun,
  the subject before it ("membership stood at 552,000");
* what happened to those counted: "in arrears", "have joined", "had lapsed", "has lost ... members";
* how it hangs on the figure before it: "of whom 38k ...", "... and 900 are students", "down from 35,000".

Counts of anything else (staff, delegates, votes, seats), shares ("a third of members"), thresholds
("unions with more than 100,000 members") and counts of members doing something (voting, attending,
being suspended) are not figures. The words behind each rule live in ``models/membership.json``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from nec_extract.language.calendar import WEEKDAY_NUMBERS
from nec_extract.language.datenorm import (
    DAY_MONTH,
    MONTH_DAY,
    MONTH_YEAR,
    NUMERIC,
    YEAR_RE,
    YearHints,
    month_number,
    normalise,
)
from nec_extract.language.lexicon import load_json
from nec_extract.language.numbers import Quantity, find_quantities
from nec_extract.language.text import Sentence, make_span
from nec_extract.models import MembershipFigure, Metric
from nec_extract.page.context import ReportContext

_TOKEN = re.compile(r"\d[\d,.]*\d[kKmM]?\b|\w+(?:['’\-]\w+)*|[^\w\s]")
_PUNCTUATION_BOUNDARIES = frozenset(',;:()[]–—-!?."“”')
_APOSTROPHES = ("'", "’")
# a sentence may state a figure only if it holds a number and some word of the subject
_CUE = re.compile(
    r"m[ea]m|mebm|arr?ear|support|join|laps|leav|left|lost|loss|recruit|resign|quit"
    r"|\bdown\b|\bup\b|fell|fall|rose|risen|gr[eo]w",
    re.IGNORECASE,
)

Tagger = Callable[[int], str]  # the coarse part of speech of the word starting at a sentence offset


@dataclass(frozen=True)
class Word:
    start: int  # offsets in the sentence text
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


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


@dataclass(frozen=True)
class Counted:
    """What a count counts, read from the words after it."""

    kind: str  # member | supporter | joiner | leaver | people | thing | none
    modifiers: list[Word]
    predicate: list[Word]  # the words after the counted noun (or after the number when there is none)


@dataclass(frozen=True)
class Found:
    metric: Metric
    qualifier: str | None
    clause: Clause
    quantity: Quantity


@cache
def vocabulary() -> dict[str, Any]:
    """``models/membership.json`` with its word lists as sets."""
    data: dict[str, Any] = load_json("membership.json")
    return {key: (frozenset(value) if isinstance(value, list) else value) for key, value in data.items()}


def words_of(name: str) -> frozenset[str]:
    value = vocabulary()[name]
    assert isinstance(value, frozenset)
    return value


def extract_membership(report: ReportContext) -> list[MembershipFigure]:
    """Membership figures of the report in text order, each (metric, value) once."""
    candidates = [(s, qs) for s in report.sentences if _CUE.search(s.text) for qs in [_quantities(s)] if qs]
    organisation = report_organisation(report)
    figures: list[MembershipFigure] = []
    seen: set[tuple[Metric, int]] = set()
    previous: tuple[int, list[Found]] = (-2, [])
    for sentence, quantities in candidates:
        number = report.sentences.index(sentence)
        previous_sentence = previous[1] if previous[0] == number - 1 else []
        found = read_sentence(sentence.text, quantities, _tagger(report, sentence), previous_sentence)
        for item in found:
            key = (item.metric, item.quantity.value)
            if key not in seen:
                seen.add(key)
                figures.append(_figure(report, sentence, item, organisation))
        previous = (number, found)
    return figures


def _quantities(sentence: Sentence) -> list[Quantity]:
    return [q for q in find_quantities(sentence.text) if q.value > 0]


def _tagger(report: ReportContext, sentence: Sentence) -> Tagger:
    """Parts of speech from the sentence's spaCy doc, parsed only if a rule asks (most figures need none)."""

    def pos_at(offset: int) -> str:
        if report.parser is None:
            return ""
        for token in report.doc(sentence):
            if token.idx <= offset < token.idx + max(len(token.text), 1):
                return str(token.pos_)
        return ""

    return pos_at


def read_sentence(
    text: str, quantities: Sequence[Quantity], pos_at: Tagger, previous_sentence: Sequence[Found] = ()
) -> list[Found]:
    """The membership figures a sentence states; ``pos_at`` tags the word at a sentence offset."""
    words = [Word(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    found: list[Found] = []
    for index, quantity in enumerate(quantities):
        clause = clause_around(words, quantity, quantities[:index], quantities[index + 1 :])
        before = found[-1] if found else None
        in_context = bool(found or previous_sentence) or any(_kind_of(w) in ("member", "supporter") for w in words)
        result = classify(
            clause, quantity, pos_at, before, in_context=in_context, following=_words_after(clause, words)
        )
        if result is not None:
            metric, qualifier = result
            found.append(Found(metric, qualifier, clause, quantity))
    return found


def clause_around(
    words: list[Word], quantity: Quantity, earlier: Sequence[Quantity], later: Sequence[Quantity] = ()
) -> Clause:
    """The clause of a count: words back to a boundary (punctuation, "and", "with", "of whom", another count)
    and forward to the next one."""
    before = [w for w in words if w.end <= quantity.start]
    after = [w for w in words if w.start >= quantity.end]
    left: list[Word] = []
    link = ""
    for position in range(len(before) - 1, -1, -1):
        word = before[position]
        if any(q.start <= word.start < q.end for q in earlier):
            link = "figure"
            break
        if word.text in _PUNCTUATION_BOUNDARIES:
            link = word.text
            break
        if (
            word.lower in ("whom", "which")
            and position > 0
            and before[position - 1].lower in ("of", "among", "amongst")
        ):
            link = f"{before[position - 1].lower} {word.lower}"
            break
        compared = position > 0 and before[position - 1].lower in ("compared", "comparison")
        if (word.lower in words_of("clause_boundaries") or word.lower in words_of("subgroup_links")) and not compared:
            link = word.lower
            break
        left.append(word)
    left.reverse()
    outer = (
        _outer_clause(before[: len(before) - len(left) - 1], earlier)
        if link in ("and", "but", ":", ",", "with", "–", "—", "-")
        else []
    )
    right: list[Word] = []
    if [w.lower for w in after[:2]] == ["-", "strong"]:
        after = after[2:]  # "a 550,000-strong membership"
    for word in after:
        # a capitalised "This", "The" after a number: the full stop is missing
        starts_sentence = word.text[0].isupper() and word.lower in words_of("sentence_starters")
        if word.text in _PUNCTUATION_BOUNDARIES or word.lower in words_of("clause_boundaries") or starts_sentence:
            break
        next_count = any(q.numeral_start <= word.start < q.end for q in later)
        if next_count and not (right and right[-1].lower in words_of("age_words")):
            break
        right.append(word)
    start = left[0].start if left else quantity.start
    end = right[-1].end if right else quantity.end
    return Clause(left, right, link, start, end, tuple(outer))


def _outer_clause(words: Sequence[Word], earlier: Sequence[Quantity]) -> list[Word]:
    outer: list[Word] = []
    for word in reversed(words):
        if word.text in _PUNCTUATION_BOUNDARIES or any(q.start <= word.start < q.end for q in earlier):
            break
        outer.append(word)
    return outer[::-1]


def classify(  # noqa: C901 (to split: issue 11)
    clause: Clause,
    quantity: Quantity,
    pos_at: Tagger,
    before: Found | None,
    *,
    in_context: bool,
    following: Sequence[Word] = (),
) -> tuple[Metric, str | None] | None:
    """The metric and qualifier of one count, or None when it is no membership figure.

    ``before`` is the figure found last in the same sentence; ``in_context`` says whether the sentence
    or the one before it is about membership; ``following`` holds the words after the clause, up to the next
    punctuation, or inside a bracket right after it ("300 members in the Leaders' Circle (giving £500 a year)").
    """
    if quantity.value < 2 or _excluded_by_context(clause, quantity):
        return None
    in_brackets = bool(following) and following[0].text == "("
    if in_brackets and any(w.lower in words_of("excluded_context") for w in following):
        return None
    if (
        not in_brackets
        and not clause.left
        and clause.link in ("", ",", ";", ":")
        and _excluded_predicate_ahead(following)
    ):
        return None  # "183,000 members and 113,000 supporters voted": the subjects share the verb
    counted = counted_by(clause.right, pos_at)
    if counted.kind == "thing" or _in_a_scheme(counted) or _subject_is_a_committee(clause):
        return None
    if counted.kind != "none" and _counts_something_else(counted):
        return None
    if _excluded_predicate(counted.predicate):
        return None
    if counted.kind == "none" and _is_age(clause, quantity):
        return None
    event = _event(clause, counted)
    if event == "rejected":
        return None
    if _is_rate(counted.predicate):
        return None  # "1,000 members a day"
    if counted.kind in ("member", "supporter", "joiner", "leaver"):
        return _metric_of_counted(counted, event)
    if counted.kind == "people":
        if event in ("joined", "left"):
            return (Metric.JOINED if event == "joined" else Metric.LEFT), None
        return (Metric.MEMBERS, None) if _are_members(counted.predicate) else None
    return _metric_without_noun(clause, counted, event, before, pos_at, has_context=in_context)


def counted_by(right: Sequence[Word], pos_at: Tagger) -> Counted:
    """What the number counts: the first noun after it, with its modifiers ("10k new members")."""
    modifiers: list[Word] = []
    for index, word in enumerate(right[:5]):
        kind = _kind_of(word)
        if kind is not None:
            if kind == "member" and index + 1 < len(right) and right[index + 1].text in _APOSTROPHES:
                return Counted("thing", modifiers, [])  # "500 members' votes"
            return Counted(kind, modifiers, list(right[index + 1 :]))
        if (
            _member_noun_follows(right, index)
            and word.lower not in words_of("auxiliaries")
            and word.lower not in words_of("prepositions")
        ):
            modifiers.append(word)  # "lapsed members", "NEC members", "new members"
            continue
        if _opens_predicate(word):
            break
        pos = pos_at(word.start)
        if pos in ("NOUN", "PROPN", "ADJ", "NUM") or (pos == "VERB" and word.lower.endswith(("ed", "ing"))):
            if pos in ("NOUN", "PROPN") and not _member_noun_follows(right, index):
                return Counted("thing", [*modifiers, word], [])
            modifiers.append(word)
            continue
        break
    if modifiers:
        return Counted("thing", modifiers, [])
    return Counted("none", [], list(right))


def _is_rate(predicate: Sequence[Word]) -> bool:
    lowers = [w.lower for w in predicate[:2]]
    if (
        len(lowers) < 2
        or lowers[0] not in ("a", "an", "per", "each", "every")
        or lowers[1] not in words_of("rate_units")
    ):
        return False
    return [w.lower for w in predicate[2:3]] != ["ago"]  # "52,000 a year ago" is a date, not a rate


def _are_members(predicate: Sequence[Word]) -> bool:
    """ "1.1m people are members of the union"."""
    lowers = [w.lower for w in predicate[:3]]
    return (
        bool(lowers) and lowers[0] in ("are", "were", "remain") and any(_kind_of(w) == "member" for w in predicate[1:3])
    )


def _member_noun_follows(right: Sequence[Word], index: int) -> bool:
    return any(_kind_of(w) is not None for w in right[index + 1 : index + 3])


def _opens_predicate(word: Word) -> bool:
    lower = word.lower
    return (
        lower in words_of("auxiliaries")
        or lower in words_of("prepositions")
        or lower in words_of("time_words")
        or lower in words_of("join_words")
        or lower in words_of("leave_words")
        or _is_arrears(lower)
    )


def _kind_of(word: Word) -> str | None:
    lower = word.lower
    if lower in words_of("member_nouns") or _near(lower, ("members", "membership")):
        return "member"
    if lower in words_of("supporter_nouns") or _near(lower, ("supporters",)):
        return "supporter"
    for kind in ("joiner", "leaver", "people"):
        if lower in words_of(f"{kind}_nouns"):
            return kind
    return None


def _is_arrears(lower: str) -> bool:
    return lower in words_of("arrears_words") or _near(lower, ("arrears",))


@cache
def _near(word: str, targets: tuple[str, ...]) -> bool:
    """A typo of one of the targets: one letter added, dropped, changed or two swapped."""
    return len(word) >= 6 and any(_one_edit_apart(word, target) for target in targets)


def _one_edit_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _counts_something_else(counted: Counted) -> bool:
    """ "4 NEC members", "members of staff", "new members joined the NEC": seats and such, not membership."""
    bodies = words_of("excluded_bodies")
    if any(w.lower in bodies for w in counted.modifiers):
        return True
    # "members of the NEC", "new members joined the NEC", "were welcomed to the committee"
    return any(w.lower in bodies for w in counted.predicate[:5])


def _excluded_predicate(predicate: Sequence[Word]) -> bool:
    predicate = _without_owner(predicate)
    for word in predicate[:4]:
        if word.lower in words_of("auxiliaries") or word.lower in ("who", "that", "which"):
            continue
        return word.lower in words_of("excluded_predicates") and not _is_signing_up(predicate, word)
    return False


def _without_owner(predicate: Sequence[Word]) -> Sequence[Word]:
    """The predicate after "of the party", "of Unite": "[members] of the party have been suspended"."""
    if not predicate or predicate[0].lower != "of":
        return predicate
    rest = predicate[2:] if len(predicate) > 1 and predicate[1].lower == "the" else predicate[1:]
    while rest and (rest[0].text[0].isupper() or rest[0].lower in words_of("organisation_heads")):
        rest = rest[1:]
    return rest


def _is_signing_up(predicate: Sequence[Word], word: Word) -> bool:
    index = predicate.index(word)
    return word.lower.startswith("sign") and index + 1 < len(predicate) and predicate[index + 1].lower == "up"


def _excluded_by_context(clause: Clause, quantity: Quantity) -> bool:
    words = [w.lower for w in clause.left + clause.right]
    if any(w in words_of("excluded_context") for w in words):
        return True
    left = [w.lower for w in clause.left]
    if any(w in words_of("conditional_words") for w in left):
        return True
    if _is_threshold(clause, quantity):
        return True
    last = left[-2:]
    if not last:
        return False
    change = any(w in words_of("increase_words") | words_of("decrease_words") for w in left)
    if last[-1] == "by":
        return not change
    if last[-1] == "from":
        # "down from 35,000", "fallen from 420,000" compare; "a letter from 100 members" does not count
        return not (change or clause.link == "figure" or " ".join(last) in words_of("comparison_links"))
    if " ".join(last) in words_of("comparison_links"):
        return False  # "compared with 52,000"
    if last[-1] in words_of("object_prepositions") and clause.link not in ("with",):
        return True  # "fees for 120,000 low-waged members": the figure is not what the clause states
    return any(w in words_of("outreach_words") for w in last)


def _words_after(clause: Clause, words: Sequence[Word]) -> list[Word]:
    following = [w for w in words if w.start >= clause.end]
    if following and following[0].text == "(":
        closing = next((i for i, w in enumerate(following) if w.text == ")"), len(following))
        return following[:closing]
    ahead: list[Word] = []
    for word in following[1:]:
        if word.text in _PUNCTUATION_BOUNDARIES:
            break
        ahead.append(word)
    return ahead


def _excluded_predicate_ahead(following: Sequence[Word]) -> bool:
    return any(w.lower in words_of("excluded_predicates") for w in following[:12])


def _in_a_scheme(counted: Counted) -> bool:
    """ "members in the Thousand Club", "members of the Chair's Circle": a donors' scheme, not a membership body."""
    tail = counted.predicate[:6]
    if not tail or tail[0].lower not in ("in", "of"):
        return False
    return any(w.text[0].isupper() and w.lower in words_of("scheme_heads") for w in tail[1:])


def _subject_is_a_committee(clause: Clause) -> bool:
    """ "the NEC has 39 members", "the panel be expanded from six members": seats on a committee."""
    subject: list[Word] = []
    for word in reversed(clause.left):
        if word.lower in words_of("reporting_words"):
            break
        subject.append(word)
    return any(w.lower in words_of("excluded_bodies") for w in subject)


def _is_threshold(clause: Clause, quantity: Quantity) -> bool:
    """ "unions with more than 100,000 members", "each CLP with over 500 members": a condition, not a count."""
    if quantity.hedge not in words_of("threshold_hedges") or clause.link != "with" or not clause.outer:
        return False
    owner = clause.outer[-1].lower
    if any(w.lower in words_of("conditional_words") for w in clause.outer):
        return True
    plural = owner.endswith("s") and _kind_of(clause.outer[-1]) is None
    return plural or owner in words_of("organisation_heads")


def _is_age(clause: Clause, quantity: Quantity) -> bool:
    if quantity.value >= 130:
        return False
    last = clause.left[-1].lower if clause.left else ""
    return quantity.hedge in words_of("age_words") or last in words_of("age_words")


def _event(clause: Clause, counted: Counted) -> str | None:
    """What happened to those counted: arrears, joined, left; "rejected" for joining something else."""
    lowers = [w.lower for w in counted.predicate]
    if any(_is_arrears(w) for w in lowers[:4]) or _behind_with_payments(lowers) or _not_paid(lowers):
        return "arrears"
    verb = _verb_event(counted.predicate)
    if verb is not None:
        return verb  # the verb wins: "2,000 new members joined the march" joined no party
    if any(w.lower in words_of("join_modifiers") for w in counted.modifiers):
        return "joined"
    if any(w.lower in words_of("leave_modifiers") for w in counted.modifiers):
        return "left"
    left = [w.lower for w in clause.left[-3:]]
    if any(w in words_of("leave_verbs_before") for w in left):
        return "left"
    if any(w in words_of("join_verbs_before") for w in left):
        return "joined"
    if left[-1:] == ["of"]:  # "a net loss of 90,000 members", "an increase of 5,000 members"
        if any(w in words_of("decrease_words") for w in left):
            return "left"
        if any(w in words_of("increase_words") for w in left):
            return "joined"
    return None


def _verb_event(predicate: Sequence[Word]) -> str | None:
    """ "have joined since May" → joined, "had lapsed" → left, "joined the protest" → rejected."""
    for index, word in enumerate(predicate[:4]):
        if word.lower in words_of("auxiliaries") or word.lower in ("who", "that", "recently"):
            continue
        if word.lower in words_of("join_words") or word.lower in words_of("leave_words"):
            if not _joins_the_organisation(predicate[index + 1 : index + 3]):
                return "rejected"
            return "joined" if word.lower in words_of("join_words") else "left"
        return None
    return None


def _not_paid(lowers: Sequence[str]) -> bool:
    """ "had not paid their subs", "haven't paid"."""
    return any(a in ("not", "n't", "never") and b == "paid" for a, b in itertools.pairwise(lowers[:5])) or (
        "unpaid" in lowers[:4]
    )


def _behind_with_payments(lowers: Sequence[str]) -> bool:
    """ "were behind with their subscriptions", "behind on payments"."""
    if "behind" not in lowers[:4]:
        return False
    after = lowers[lowers.index("behind") + 1 : lowers.index("behind") + 4]
    return not after or any(w in words_of("arrears_objects") for w in after)


def _joins_the_organisation(following: Sequence[Word]) -> bool:
    """After "joined"/"left": nothing, a time, or the party; not "joined the protest", "left the meeting"."""
    if following and following[0].lower == "up":  # "signed up"
        following = following[1:]
        if following and following[0].lower in ("to", "for"):
            return any(w.lower in words_of("join_object_nouns") for w in following[1:4])
    if not following:
        return True
    first = following[0].lower
    if first in ("the", "our", "a") and len(following) > 1:
        return following[1].lower in words_of("join_object_nouns")
    return first in words_of("join_objects") or first in words_of("join_object_nouns")


def _metric_of_counted(counted: Counted, event: str | None) -> tuple[Metric, str | None]:
    # capitalised modifiers name the body ("Unite members"), unless they name a subgroup ("BAME members")
    modifiers = [w for w in counted.modifiers if not w.text[0].isupper() or w.lower in words_of("subgroup_words")]
    noun = {"member": "members", "supporter": "supporters"}.get(counted.kind, counted.kind)
    qualifier = " ".join(w.text for w in modifiers) + (" " + noun if modifiers else "") or None
    if event == "arrears":
        return Metric.ARREARS, None
    if counted.kind == "supporter":
        return Metric.SUPPORTERS, qualifier
    if event == "joined" or counted.kind == "joiner":
        return Metric.JOINED, None
    if event == "left" or counted.kind == "leaver":
        return Metric.LEFT, None
    neutral = words_of("neutral_modifiers")
    if any(w.lower not in neutral for w in modifiers):
        return Metric.OTHER, qualifier
    subgroup = _subgroup_predicate(counted.predicate)
    if subgroup is not None:
        return Metric.OTHER, subgroup
    return Metric.MEMBERS, qualifier


def _subgroup_predicate(predicate: Sequence[Word]) -> str | None:
    """ "members aged over 60", "members in their 20s", "members who are under 27": a counted subgroup."""
    lowers = [w.lower for w in predicate]
    if lowers[:1] and lowers[0] in ("aged", "under", "over") and len(lowers) > 1:
        return " ".join(w.text for w in predicate)
    if lowers[:2] == ["in", "their"]:
        return " ".join(w.text for w in predicate)
    if len(lowers) > 2 and lowers[0] in ("who", "that") and lowers[1] in ("are", "were"):
        return " ".join(w.text for w in predicate[2:])
    return None


def _metric_without_noun(
    clause: Clause,
    counted: Counted,
    event: str | None,
    before: Found | None,
    pos_at: Tagger,
    *,
    has_context: bool,
) -> tuple[Metric, str | None] | None:
    if event == "arrears":
        return Metric.ARREARS, None
    subject = _subject_metric(clause, pos_at, in_context=has_context)
    if subject is not None:
        return subject
    change = _change_metric(clause, before)
    if change is not None and has_context:
        return change
    if event in ("joined", "left") and has_context:
        return (Metric.JOINED if event == "joined" else Metric.LEFT), None
    if before is None:
        return None
    if _is_comparison(clause) or _is_parallel(clause, counted):
        return before.metric, before.qualifier
    if _is_subgroup(clause, counted, before) and counted.predicate:
        return Metric.OTHER, _predicate_phrase(counted.predicate)
    return None


def _subject_metric(clause: Clause, pos_at: Tagger, *, in_context: bool) -> tuple[Metric, str | None] | None:
    """ "membership stood at 552,000", "registered supporters had dwindled to around 2,100",
    "membership has grown ... and now exceeds 520,000", "Total membership: 415,300"; in a sentence
    about membership, "bringing our total to 2,150"."""
    left = list(clause.left)
    labels = (":", "–", "—", "-")
    if not left and clause.link in labels and clause.outer and _kind_of(clause.outer[-1]) in ("member", "supporter"):
        return _subject_at(list(clause.outer), len(clause.outer) - 1, pos_at)  # "Total membership: 415,300"
    if 0 < len(left) <= 3 and clause.link in ("", ";", ",", *labels) and _kind_of(left[-1]) in ("member", "supporter"):
        return _subject_at(left, len(left) - 1, pos_at)  # "Membership 405,000" in a list of figures
    if not left or left[-1].lower not in words_of("link_words"):
        return None
    verbs_only = all(w.lower in words_of("auxiliaries") or w.lower in words_of("link_words") for w in left)
    if verbs_only and clause.outer:
        # the subject of "... and now exceeds 520,000", "more members than ever, at over 450,000"
        left = list(clause.outer if clause.link == "," else clause.outer[:4]) + left
    for index in range(len(left) - 1, max(-1, len(left) - 10), -1):
        kind = _kind_of(left[index])
        # "bringing our total to 2,150"; but in "new members total 60,000" the verb is "total"
        total = index < len(left) - 1 and in_context and left[index].lower in words_of("total_nouns")
        if kind not in ("member", "supporter") and not total:
            continue
        if index == 0 and clause.link == "figure":
            return None  # "from six members to nine": the noun belongs to the count before
        return _subject_at(left, index, pos_at)
    return None


def _subject_at(left: list[Word], index: int, pos_at: Tagger) -> tuple[Metric, str | None] | None:
    """The metric a member or supporter noun at ``left[index]`` gives the count after it."""
    if _is_possessive(left, index) or _is_share(left[:index]):
        return None
    between = [w.lower for w in left[index + 1 :]]
    if between[:1] in (["of"], ["on"]) and any(w in words_of("excluded_bodies") for w in between[1:3]):
        return None
    modifiers = {w.lower for w in left[max(0, index - 2) : index]}
    if any(_is_arrears(w) for w in between):
        return Metric.ARREARS, None
    if _kind_of(left[index]) == "supporter":
        modifier = left[index - 1] if index > 0 and left[index - 1].lower not in words_of("sentence_starters") else None
        return Metric.SUPPORTERS, f"{modifier.text} {left[index].text}" if modifier else None
    if modifiers & words_of("join_modifiers"):
        return Metric.JOINED, None
    if modifiers & words_of("leave_modifiers"):
        return Metric.LEFT, None
    if between[-1:] == ["by"]:
        return None  # a change, read by _change_metric
    if index > 0 and _is_subgroup_modifier(left[index - 1], pos_at):
        return Metric.OTHER, f"{left[index - 1].text} {left[index].text}"
    return Metric.MEMBERS, None


def _is_subgroup_modifier(word: Word, pos_at: Tagger) -> bool:
    """ "BAME members", "young members", "women members"; not "party", "individual", "Unison"."""
    if word.lower in words_of("subgroup_words"):
        return True
    if word.text[0].isupper() or word.lower in words_of("neutral_modifiers") or word.lower.endswith(("'s", "’s")):
        return False
    return pos_at(word.start) == "ADJ"


def _is_possessive(words: Sequence[Word], index: int) -> bool:
    return index + 1 < len(words) and words[index + 1].text in _APOSTROPHES


def _is_share(words: Sequence[Word]) -> bool:
    return any(w.lower in words_of("share_words") for w in words[-4:])


def _change_metric(clause: Clause, before: Found | None) -> tuple[Metric, str | None] | None:
    """ "membership has fallen by 5,000" → left; "risen by 12,000", "388,400, up 2,000" → joined (net changes)."""
    left = [w.lower for w in clause.left]
    after_total = before is not None and before.metric is Metric.MEMBERS
    if left[-1:] in (["down"], ["up"]) and (after_total or any(_kind_of(w) == "member" for w in clause.left)):
        return (Metric.LEFT, None) if left[-1] == "down" else (Metric.JOINED, None)
    if not left or left[-1] not in ("by", "of"):
        return None
    if any(w in words_of("decrease_words") for w in left):
        return Metric.LEFT, None
    if any(w in words_of("increase_words") for w in left):
        return Metric.JOINED, None
    return None


def _is_comparison(clause: Clause) -> bool:
    left = [w.lower for w in clause.left]
    tail2 = " ".join(left[-2:])
    if tail2 in words_of("comparison_links"):
        return True
    return bool(left) and left[-1] in words_of("comparison_links") and (clause.link == "figure" or len(left) <= 3)


def _is_parallel(clause: Clause, counted: Counted) -> bool:
    """ "190,000 members in 2010, and 550,000 by 2017": the same figure at another date."""
    first = [w.lower for w in counted.predicate[:1]]
    return not clause.left and clause.link in ("and", ",", "but") and first in (["in"], ["by"], ["at"], ["last"])


def _is_subgroup(clause: Clause, counted: Counted, before: Found) -> bool:
    if clause.link in words_of("subgroup_links"):
        return True
    opening = " ".join(w.lower for w in counted.predicate[:2])
    if opening in ("of whom", "of which", "of these", "of them"):
        return True
    # "of whom 3,200 are in arrears and 900 are students": the list goes on
    return clause.link in ("and", "with", ",") and not clause.left and before.metric is not Metric.MEMBERS


def _predicate_phrase(predicate: Sequence[Word]) -> str | None:
    words = [w.text for w in predicate]
    lowers = [w.lower() for w in words]
    if lowers[:2] in (["of", "whom"], ["of", "which"]):
        words, lowers = words[2:], lowers[2:]
    while lowers and lowers[0] in words_of("auxiliaries"):
        words, lowers = words[1:], lowers[1:]
    return " ".join(words) or None


# --- organisation and date of a figure ------------------------------------------------------------

_BODY_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w’'&.-]*\s+(?:(?:and|&|of|for)\s+)?)*"
    r"(?:Union|CLP|Branch|Labour Party|Constituency Labour Party)(?:\s+of(?:\s+[A-Z][\w’'-]*)+)?)"
)

_ORGANISATION_AFTER_MEMBERS = re.compile(r"\bmembers\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)")
_ORGANISATION_BEFORE_MEMBERSHIP = re.compile(
    r"(?P<name>(?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*?)(?:[’']s?)?\s+(?:membership|members)\b"
)


@cache
def _organisation_before_verb() -> re.Pattern[str]:
    """A capitalised name owning members: "Unison has", "UNISON represent", "Young Labour now has"."""
    verbs = "|".join(sorted(words_of("organisation_verbs")))
    return re.compile(rf"(?P<name>(?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*)\s+(?:now\s+)?(?:{verbs})\b")


def report_organisation(report: ReportContext) -> str:
    """ "Labour" for NEC reports; for a union, CLP or branch report, the body the report names first."""
    title = report.title or ""
    named = _BODY_NAME.search(title)
    if named and not _is_labour(named.group("name")):
        return _clean_name(named.group("name"))
    head = report.text[report.start : min(report.end, report.start + 800)]
    if re.search(r"\bNEC\b|National Executive Committee", head):
        return "Labour"  # a Labour NEC report that mentions a union or a CLP
    named = _BODY_NAME.search(head)
    return _clean_name(named.group("name")) if named and not _is_labour(named.group("name")) else "Labour"


def organisation_of(clause_text: str, default: str) -> str:
    """The body a figure counts: named in its clause ("UNISON represent ...", "Young Labour has"), else the default."""
    named = _ORGANISATION_AFTER_MEMBERS.search(clause_text)
    if named and named.group("name").lower() not in words_of("excluded_bodies"):
        return "Labour" if _is_labour(named.group("name")) else _clean_name(named.group("name"))
    for pattern, strict in ((_organisation_before_verb(), False), (_ORGANISATION_BEFORE_MEMBERSHIP, True)):
        for match in pattern.finditer(clause_text):
            name = _clean_name(match.group("name"))
            if _is_labour(name):
                return "Labour"
            if _names_a_body(name, strict=strict):
                return name
    if re.search(r"\b(?:the\s+)?party\b|\bLabour\b", clause_text, re.IGNORECASE):
        return "Labour"
    return default


def _names_a_body(name: str, *, strict: bool) -> bool:
    """A name of a body: an acronym ("GMB") or a name ending in Union, CLP, Party...; unless ``strict``, any
    proper name that owns members ("Unison has"). Never a committee or a bare "Union" (the report's own body)."""
    lower = name.lower()
    words = lower.split()
    if lower in words_of("excluded_bodies") | words_of("organisation_heads") | words_of("subgroup_words"):
        return False
    if words[0] in words_of("sentence_starters") or any(_kind_of(Word(0, len(w), w)) for w in words):
        return False
    if (name.isupper() and len(name) >= 3) or words[-1] in words_of("organisation_heads"):
        return True
    return not strict and month_number(words[-1]) is None and words[-1] not in WEEKDAY_NUMBERS


def _is_labour(name: str) -> bool:
    return name.lower().strip() in words_of("labour_names")


def _clean_name(name: str) -> str:
    name = re.sub(r"^(?:The|the)\s+", "", name.strip())
    return name.rstrip("’'").strip()


def as_of(report: ReportContext, clause_text: str) -> str | None:
    """The date the clause gives the figure ("since February", "in 2022"), else the meeting date."""
    hints = YearHints(meeting=report.meeting_day, published=report.page.published)
    for pattern in (NUMERIC, DAY_MONTH, MONTH_DAY, MONTH_YEAR, re.compile(rf"\b{YEAR_RE}\b")):
        for match in pattern.finditer(clause_text):
            if not match.group()[0].isupper() and not match.group()[0].isdigit():
                continue  # "may", "march" as verbs
            value = normalise(match.group(), hints)
            if value.start is not None:
                return value.start
    return report.meeting_date.start if report.meeting_date is not None else None


def _rest_of_clause(text: str, start: int) -> str:
    """The words after a figure to the end of its clause, dates included ("joined during 2013")."""
    match = re.search(r"[,;:.()–—!?]|\s(?:and|but|with|while|whilst|including|plus|of whom)\s", text[start:])
    return (text[start : start + match.start()] if match else text[start:]).rstrip()


def _figure(report: ReportContext, sentence: Sentence, item: Found, default_organisation: str) -> MembershipFigure:
    clause = item.clause
    rest = _rest_of_clause(sentence.text, item.quantity.end)
    start = min(clause.start, item.quantity.start)
    end = max(clause.end, item.quantity.end + len(rest))
    subject_text = sentence.text[: item.quantity.start][-120:] + sentence.text[item.quantity.start : end]
    return MembershipFigure(
        metric=item.metric,
        value=item.quantity.value,
        approximate=item.quantity.approximate,
        organisation=organisation_of(subject_text, default_organisation),
        qualifier=item.qualifier,
        as_of=as_of(report, rest + " " + sentence.text[start : item.quantity.start]),
        evidence=make_span(report.text, sentence.start + start, sentence.start + end),
    )
