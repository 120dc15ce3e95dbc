"""The metric and qualifier of one count: members, arrears, joined, left, supporters or a counted subgroup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nec_extract.extractors.membership.clause import PUNCTUATION_BOUNDARIES, Clause
from nec_extract.extractors.membership.counted import Counted, counted_by
from nec_extract.extractors.membership.events import event_of
from nec_extract.extractors.membership.exclusions import (
    is_rate,
    represented_by_the_body,
    ruled_out_by_clause,
    ruled_out_by_counted,
)
from nec_extract.extractors.membership.subgroups import (
    electorate_qualifier,
    is_a_ballot_sent,
    share_of_the_figure_before,
    subgroup_of,
)
from nec_extract.extractors.membership.subject import NET, Reading, change_by, share_of_a_subject, subject_metric
from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import Tagger, Word, kind_of, lowers
from nec_extract.language.numbers import Quantity
from nec_extract.models import Metric

# what happened to those counted, as a metric and qualifier: a net rise or fall is qualified "net" (SPEC rulings)
_EVENT_READINGS: dict[str, Reading] = {
    "joined": (Metric.JOINED, None),
    "left": (Metric.LEFT, None),
    "rise": (Metric.JOINED, NET),
    "fall": (Metric.LEFT, NET),
    "arrears": (Metric.ARREARS, None),
}


@dataclass(frozen=True)
class Found:
    metric: Metric
    qualifier: str | None
    clause: Clause
    quantity: Quantity


@dataclass(frozen=True)
class Context:
    """What surrounds a count: the figure before it in its sentence, the last figure of the sentence before, and
    whether the sentence or the one before is about membership."""

    before: Found | None = None
    previous: Found | None = None
    about_members: bool = False


def classify(
    clause: Clause, quantity: Quantity, pos_at: Tagger, context: Context, *, following: Sequence[Word] = ()
) -> Reading | None:
    """The metric and qualifier of one count, or None when it is no membership figure.

    ``following`` holds the words after the clause, up to the next punctuation, or inside a bracket right after
    it ("300 members in the Leaders' Circle (giving £500 a year)").
    """
    electorate = _electorate(clause, quantity, pos_at)
    if electorate is not None:
        return Metric.OTHER, electorate
    if ruled_out_by_clause(clause, quantity, following):
        return None
    counted = counted_by(clause.right, pos_at)
    if counted.kind == "thing":
        return _metric_of_a_thing(clause, counted, context)
    if ruled_out_by_counted(clause, quantity, counted, pos_at):
        return None
    event = event_of(clause, counted)
    if event == "rejected" or is_rate(counted.predicate):
        return None  # "joined the march"; "1,000 members a day"
    if counted.partitive and share_of_a_subject(clause.left) is not None:
        return share_of_a_subject(clause.left)  # "women make up 54,000 of our members"
    if counted.kind in ("member", "supporter", "joiner", "leaver"):
        return _metric_of_counted(counted, event)
    if counted.kind == "people":
        return _metric_of_people(counted, event)
    return _metric_without_noun(clause, counted, event, context, pos_at)


def _metric_of_a_thing(clause: Clause, counted: Counted, context: Context) -> Reading | None:
    """A count of something other than members is none, unless the body counts or recruits those it names."""
    if represented_by_the_body(clause, counted):
        return Metric.MEMBERS, None  # "the union, which represents 450,000 teachers"
    if _recruited_people(clause, counted):
        return Metric.JOINED, None  # "a recruitment drive signed up 640 care workers"
    if clause.link.endswith("whom") and context.before is not None:
        return Metric.OTHER, share_of_the_figure_before(clause.right)  # "of whom 2,900 pay by direct debit"
    return None


def _recruited_people(clause: Clause, counted: Counted) -> bool:
    """ "recruited 300 nurses", "signed up 640 care workers": those a body recruits join it, whatever they are
    called; units ("recruited 12 workplaces") and others ruled out by their context words stay out."""
    left = lowers(clause.left)
    verbs = words_of("recruiting_verbs")
    if not counted.modifiers or not (" ".join(left[-2:]) in verbs or (left and left[-1] in verbs)):
        return False
    ahead = lowers(clause.right[:4])
    ends = [i for i, w in enumerate(ahead) if w in words_of("prepositions") or w in words_of("time_words")]
    noun = ahead[: ends[0] if ends else len(ahead)][-1:]  # "care workers", "new students at ..."
    return bool(noun) and noun[0].endswith("s") and noun[0] not in words_of("unit_nouns")


def _electorate(clause: Clause, quantity: Quantity, pos_at: Tagger) -> str | None:
    """The electorate of a ballot counts as a subgroup even beside "ballot" or "turnout"."""
    words = lowers(clause.left + clause.right)
    named = any(w in words_of("electorate_words") for w in words)
    if quantity.value < 2 or not (named or is_a_ballot_sent(lowers(clause.left))):
        return None
    return electorate_qualifier(counted_by(clause.right, pos_at), lowers(clause.left))


def _metric_of_people(counted: Counted, event: str | None) -> Reading | None:
    """ "48 people had joined", "1.1m people are members of the union"."""
    if event in ("joined", "left", "rise", "fall"):
        return _EVENT_READINGS[event]
    return (Metric.MEMBERS, None) if _are_members(counted.predicate) else None


def _metric_of_counted(counted: Counted, event: str | None) -> Reading | None:
    qualifier = _noun_qualifier(counted)
    if event == "arrears":
        return Metric.ARREARS, None
    if counted.kind == "supporter":
        return Metric.SUPPORTERS, qualifier
    if event in ("joined", "left", "rise", "fall"):
        return _EVENT_READINGS[event]
    if counted.kind in ("joiner", "leaver"):
        return _EVENT_READINGS["joined" if counted.kind == "joiner" else "left"]
    if any(w.lower not in words_of("neutral_modifiers") for w in _qualifying_modifiers(counted)):
        return Metric.OTHER, qualifier
    subgroup = subgroup_of(counted.predicate)
    if subgroup is not None:
        return Metric.OTHER, subgroup
    if counted.partitive:  # "1,100 of our members are women"
        share = share_of_the_figure_before(counted.predicate)
        return (Metric.OTHER, share) if share else None
    return Metric.MEMBERS, qualifier


def _qualifying_modifiers(counted: Counted) -> list[Word]:
    # capitalised modifiers name the body ("Unite members"), unless they name a subgroup ("BAME members")
    return [w for w in counted.modifiers if not w.text[0].isupper() or w.lower in words_of("subgroup_words")]


def _noun_qualifier(counted: Counted) -> str | None:
    """ "young members", "registered supporters": the modifiers with the noun."""
    modifiers = _qualifying_modifiers(counted)
    noun = {"member": "members", "supporter": "supporters"}.get(counted.kind, counted.kind)
    return " ".join(w.text for w in modifiers) + (" " + noun if modifiers else "") or None


def _are_members(predicate: Sequence[Word]) -> bool:
    """ "1.1m people are members of the union"."""
    words = lowers(predicate[:3])
    return bool(words) and words[0] in words_of("copulas") and any(kind_of(w) == "member" for w in predicate[1:3])


def _metric_without_noun(
    clause: Clause, counted: Counted, event: str | None, context: Context, pos_at: Tagger
) -> Reading | None:
    if event == "arrears":
        return Metric.ARREARS, None
    supporters = _are_supporters(counted.predicate)
    if supporters is not None:
        return Metric.SUPPORTERS, supporters  # "of whom about 41,000 are affiliated supporters"
    if event in ("rise", "fall") and lowers(counted.predicate[1:2]) == ["than"] and context.about_members:
        return _EVENT_READINGS[event]  # "membership is 100k lower than at its peak"
    if context.before is not None and _compared_with_the_figure_before(clause):
        return context.before.metric, context.before.qualifier  # "[arrears reached 3,250 members,] up from 2,700"
    subject = subject_metric(clause, pos_at, in_context=context.about_members)
    if subject is not None:
        return subject
    change = _change_metric(clause, context)
    if change is not None and context.about_members:
        return change
    if event in ("joined", "left", "rise", "fall") and context.about_members:
        return _EVENT_READINGS[event]
    before = context.before or (context.previous if _refers_back(clause) else None)
    if before is None:
        return None
    return _metric_after(clause, counted, before)


def _are_supporters(predicate: Sequence[Word]) -> str | None:
    """ "[N] are registered supporters", "[N] were affiliated supporters through the unions": a count the copula
    names as supporters; the qualifier is what the predicate says of them."""
    words = lowers(predicate[:5])
    if not words or words[0] not in words_of("copulas"):
        return None
    noun = next((i for i, w in enumerate(words) if w in words_of("supporter_nouns")), None)
    if noun is None or any(w in words_of("prepositions") for w in words[1:noun]):
        return None
    return " ".join(w.text for w in predicate[1:])


def _refers_back(clause: Clause) -> bool:
    """ "[Membership is 742.] Of these, 160 are under 30": a part of the figure in the sentence before."""
    opening = " ".join(w.lower for w in clause.outer)
    return clause.link == "," and not clause.left and opening in words_of("subgroup_openers")


def _metric_after(clause: Clause, counted: Counted, before: Found) -> Reading | None:
    """A count read against the figure before it: a comparison, the same figure at another date, a subgroup."""
    if before.qualifier == NET and lowers(clause.left) == ["to"]:
        return Metric.MEMBERS, None  # "rose by 300 to 2,100": the level the change reached
    if _is_comparison(clause) or _is_parallel(clause, counted) or _is_dated_aside(clause):
        return before.metric, before.qualifier
    if _is_subgroup(clause, counted, before) and counted.predicate:
        return Metric.OTHER, share_of_the_figure_before(_after_relative_link(counted.predicate))
    return None


def _change_metric(clause: Clause, context: Context) -> Reading | None:
    """ "membership has fallen by 5,000" → left; "risen by 12,000", "388,400, up 2,000", "That is up 310" (after
    a total) → joined: net changes."""
    left = _without_net(lowers(clause.left))
    after_total = any(f is not None and f.metric is Metric.MEMBERS for f in (context.before, context.previous))
    if left[-1:] in (["down"], ["up"]) and (after_total or any(kind_of(w) == "member" for w in clause.left)):
        return (Metric.LEFT, NET) if left[-1] == "down" else (Metric.JOINED, NET)
    return change_by(left)


def _without_net(left: list[str]) -> list[str]:
    """ "rose by a net 4,300": the words before the count without "a net"."""
    if left[-1:] and left[-1] in words_of("net_words"):
        left = left[:-1]
        return left[:-1] if left[-1:] in (["a"], ["an"]) else left
    return left


def _compared_with_the_figure_before(clause: Clause) -> bool:
    """ ", up from 2,700", "(compared with 380)": the figure before at another time, whatever the words before
    it name."""
    left = lowers(clause.left)
    return clause.link in (",", "(") and len(left) == 2 and " ".join(left) in words_of("comparison_links")


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


def _is_dated_aside(clause: Clause) -> bool:
    """ "412 (last year 380)", "412 (previous year 380)": the figure before at another date."""
    if clause.link != "(" or not (clause.left or clause.right):
        return False
    dated = words_of("time_words") | words_of("rate_units") | {"a", "an"}
    words = clause.left or clause.right  # "(last year 380)", "(826 last year)", "(380 a year ago)"
    return all(w.lower in dated or w.text[:1].isdigit() or w.text in PUNCTUATION_BOUNDARIES for w in words)


def _is_subgroup(clause: Clause, counted: Counted, before: Found) -> bool:
    if clause.link in words_of("subgroup_links"):
        return True
    if " ".join(lowers(counted.predicate[:2])) in words_of("subgroup_openers"):
        return True
    if _refers_back(clause) or (clause.link == "," and not clause.left and lowers(before.clause.left[:1]) == ["of"]):
        return True  # "Of our 2,800 members, 1,100 are women"
    # "of whom 3,200 are in arrears and 900 are students": the list goes on
    goes_on = clause.link in ("and", "with", ",") and not clause.left and before.metric is not Metric.MEMBERS
    return goes_on and lowers(counted.predicate[:1]) in ([w] for w in words_of("list_openers"))


def _after_relative_link(predicate: Sequence[Word]) -> Sequence[Word]:
    """The predicate after "of whom", "of which"."""
    return predicate[2:] if " ".join(lowers(predicate[:2])) in words_of("relative_links") else predicate
