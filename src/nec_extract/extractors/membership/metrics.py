"""The metric and qualifier of one count: members, arrears, joined, left, supporters or a counted subgroup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nec_extract.extractors.membership.clause import Clause
from nec_extract.extractors.membership.counted import Counted, counted_by
from nec_extract.extractors.membership.events import event_of
from nec_extract.extractors.membership.exclusions import is_rate, ruled_out_by_clause, ruled_out_by_counted
from nec_extract.extractors.membership.subject import Reading, subject_metric
from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import Tagger, Word, kind_of, lowers
from nec_extract.language.numbers import Quantity
from nec_extract.models import Metric

_EVENT_METRICS = {"joined": Metric.JOINED, "left": Metric.LEFT}


@dataclass(frozen=True)
class Found:
    metric: Metric
    qualifier: str | None
    clause: Clause
    quantity: Quantity


def classify(
    clause: Clause,
    quantity: Quantity,
    pos_at: Tagger,
    before: Found | None,
    *,
    in_context: bool,
    following: Sequence[Word] = (),
) -> Reading | None:
    """The metric and qualifier of one count, or None when it is no membership figure.

    ``before`` is the figure found last in the same sentence; ``in_context`` says whether the sentence
    or the one before it is about membership; ``following`` holds the words after the clause, up to the next
    punctuation, or inside a bracket right after it ("300 members in the Leaders' Circle (giving £500 a year)").
    """
    if ruled_out_by_clause(clause, quantity, following):
        return None
    counted = counted_by(clause.right, pos_at)
    if ruled_out_by_counted(clause, quantity, counted):
        return None
    event = event_of(clause, counted)
    if event == "rejected" or is_rate(counted.predicate):
        return None  # "joined the march"; "1,000 members a day"
    if counted.kind in ("member", "supporter", "joiner", "leaver"):
        return _metric_of_counted(counted, event)
    if counted.kind == "people":
        return _metric_of_people(counted, event)
    return _metric_without_noun(clause, counted, event, before, pos_at, has_context=in_context)


def _metric_of_people(counted: Counted, event: str | None) -> Reading | None:
    """ "48 people had joined", "1.1m people are members of the union"."""
    if event in _EVENT_METRICS:
        return _EVENT_METRICS[event], None
    return (Metric.MEMBERS, None) if _are_members(counted.predicate) else None


def _metric_of_counted(counted: Counted, event: str | None) -> Reading:
    qualifier = _noun_qualifier(counted)
    if event == "arrears":
        return Metric.ARREARS, None
    if counted.kind == "supporter":
        return Metric.SUPPORTERS, qualifier
    if event == "joined" or counted.kind == "joiner":
        return Metric.JOINED, None
    if event == "left" or counted.kind == "leaver":
        return Metric.LEFT, None
    modifiers = _qualifying_modifiers(counted)
    if any(w.lower not in words_of("neutral_modifiers") for w in modifiers):
        return Metric.OTHER, qualifier
    subgroup = _subgroup_predicate(counted.predicate)
    if subgroup is not None:
        return Metric.OTHER, subgroup
    return Metric.MEMBERS, qualifier


def _qualifying_modifiers(counted: Counted) -> list[Word]:
    # capitalised modifiers name the body ("Unite members"), unless they name a subgroup ("BAME members")
    return [w for w in counted.modifiers if not w.text[0].isupper() or w.lower in words_of("subgroup_words")]


def _noun_qualifier(counted: Counted) -> str | None:
    """ "young members", "registered supporters": the modifiers with the noun."""
    modifiers = _qualifying_modifiers(counted)
    noun = {"member": "members", "supporter": "supporters"}.get(counted.kind, counted.kind)
    return " ".join(w.text for w in modifiers) + (" " + noun if modifiers else "") or None


def _subgroup_predicate(predicate: Sequence[Word]) -> str | None:
    """ "members aged over 60", "members in their 20s", "members who are under 27": a counted subgroup."""
    words = lowers(predicate)
    if words[:1] and words[0] in words_of("age_openers") and len(words) > 1:
        return " ".join(w.text for w in predicate)
    if words[:2] == ["in", "their"]:
        return " ".join(w.text for w in predicate)
    if len(words) > 2 and words[0] in words_of("relative_pronouns") and words[1] in ("are", "were"):
        return " ".join(w.text for w in predicate[2:])
    return None


def _are_members(predicate: Sequence[Word]) -> bool:
    """ "1.1m people are members of the union"."""
    words = lowers(predicate[:3])
    return bool(words) and words[0] in words_of("copulas") and any(kind_of(w) == "member" for w in predicate[1:3])


def _metric_without_noun(
    clause: Clause,
    counted: Counted,
    event: str | None,
    before: Found | None,
    pos_at: Tagger,
    *,
    has_context: bool,
) -> Reading | None:
    if event == "arrears":
        return Metric.ARREARS, None
    subject = subject_metric(clause, pos_at, in_context=has_context)
    if subject is not None:
        return subject
    change = _change_metric(clause, before)
    if change is not None and has_context:
        return change
    if event in _EVENT_METRICS and has_context:
        return _EVENT_METRICS[event], None
    if before is None:
        return None
    return _metric_after(clause, counted, before)


def _metric_after(clause: Clause, counted: Counted, before: Found) -> Reading | None:
    """A count read against the figure before it: a comparison, the same figure at another date, a subgroup."""
    if _is_comparison(clause) or _is_parallel(clause, counted):
        return before.metric, before.qualifier
    if _is_subgroup(clause, counted, before) and counted.predicate:
        return Metric.OTHER, _predicate_phrase(counted.predicate)
    return None


def _change_metric(clause: Clause, before: Found | None) -> Reading | None:
    """ "membership has fallen by 5,000" → left; "risen by 12,000", "388,400, up 2,000" → joined (net changes)."""
    left = lowers(clause.left)
    after_total = before is not None and before.metric is Metric.MEMBERS
    if left[-1:] in (["down"], ["up"]) and (after_total or any(kind_of(w) == "member" for w in clause.left)):
        return (Metric.LEFT, None) if left[-1] == "down" else (Metric.JOINED, None)
    if not left or left[-1] not in ("by", "of"):
        return None
    if any(w in words_of("decrease_words") for w in left):
        return Metric.LEFT, None
    if any(w in words_of("increase_words") for w in left):
        return Metric.JOINED, None
    return None


def _is_comparison(clause: Clause) -> bool:
    left = lowers(clause.left)
    if " ".join(left[-2:]) in words_of("comparison_links"):
        return True
    return bool(left) and left[-1] in words_of("comparison_links") and (clause.link == "figure" or len(left) <= 3)


def _is_parallel(clause: Clause, counted: Counted) -> bool:
    """ "190,000 members in 2010, and 550,000 by 2017": the same figure at another date."""
    first = lowers(counted.predicate[:1])
    return (
        not clause.left
        and clause.link in ("and", ",", "but")
        and bool(first)
        and first[0] in words_of("parallel_openers")
    )


def _is_subgroup(clause: Clause, counted: Counted, before: Found) -> bool:
    if clause.link in words_of("subgroup_links"):
        return True
    if " ".join(lowers(counted.predicate[:2])) in words_of("subgroup_openers"):
        return True
    # "of whom 3,200 are in arrears and 900 are students": the list goes on
    return clause.link in ("and", "with", ",") and not clause.left and before.metric is not Metric.MEMBERS


def _predicate_phrase(predicate: Sequence[Word]) -> str | None:
    words = [w.text for w in predicate]
    if " ".join(lowers(predicate[:2])) in words_of("relative_links"):
        words = words[2:]  # "of whom"
    while words and words[0].lower() in words_of("auxiliaries"):
        words = words[1:]
    return " ".join(words) or None
