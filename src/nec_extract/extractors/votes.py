"""Vote tallies of a report (SPEC: Votes).

Tallies are found with regular expressions built from ``models/motions.json``; the words around a
tally give its outcome, and the outcome gives the direction of an unlabelled pair ("defeated 16-14"
is 14 for, 16 against). The outcome-phrase finder here is shared with the motions extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.lexicon import load_json
from nec_extract.language.text import Sentence, make_span
from nec_extract.models import Outcome, Span, Vote
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE


def vocab() -> dict[str, Any]:
    vocabulary: dict[str, Any] = load_json("motions.json")
    return vocabulary


def _alternation(phrases: list[str]) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


# ---------------------------------------------------------------- numbers


@cache
def _number_pattern() -> str:
    words = [w for w, n in vocab()["number_words"].items() if n > 0]
    tens = _alternation(list(vocab()["number_tens"]))
    units = _alternation([w for w, n in vocab()["number_words"].items() if 0 < n < 10])
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{tens})(?:[- ](?:{units}))?|{_alternation(words)})"


def to_number(token: str) -> int | None:
    """``"22"``, ``"742,300"``, ``"twelve"``, ``"twenty-one"`` → int; anything else → None."""
    token = token.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", token):
        return int(token.replace(",", ""))
    words: dict[str, int] = vocab()["number_words"]
    tens: dict[str, int] = vocab()["number_tens"]
    if token in words:
        return words[token]
    parts = re.split(r"[- ]", token)
    if parts[0] in tens and (len(parts) == 1 or (len(parts) == 2 and parts[1] in words)):
        return tens[parts[0]] + (words[parts[1]] if len(parts) == 2 else 0)
    return None


# ---------------------------------------------------------------- outcome phrases


@dataclass(frozen=True)
class OutcomePhrase:
    start: int
    end: int
    outcome: Outcome
    hedged: bool = False


@cache
def _outcome_phrases() -> list[tuple[str, Outcome]]:
    """Every outcome phrase with its outcome, longest first so that "agreed to withdraw" beats "agreed"."""
    pairs = [(phrase, Outcome(name)) for name, phrases in vocab()["outcomes"].items() for phrase in phrases]
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


@cache
def _outcome_regex() -> re.Pattern[str]:
    groups = [f"(?P<o{number}>{phrase})" for number, (phrase, _) in enumerate(_outcome_phrases())]
    return re.compile(rf"\b(?:{'|'.join(groups)})\b", _FLAGS)


@cache
def _negated_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{vocab()['negators']})\s+(?:\w+\s+){{0,2}}$", _FLAGS)


@cache
def _hedged_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{vocab()['hedges']})\s+(?:\w+\s+){{0,3}}$", _FLAGS)


# "defeating Cllr X by 19 votes to 12": the defeat is the rival's, the tally the winner's.
_WINNER = re.compile(r"\b(?:defeating|beating|defeated|beat)\s+(?:Cllr\.?\s+|Councillor\s+|Dr\.?\s+)?[A-Z][a-z]")


def find_outcomes(text: str) -> list[OutcomePhrase]:
    """Outcome phrases of ``text`` in order; a negated "carried" is a defeat, a negated withdrawal is none."""
    return list(_outcomes(text))


@lru_cache(maxsize=4096)
def _outcomes(text: str) -> tuple[OutcomePhrase, ...]:
    phrases: list[OutcomePhrase] = []
    for match in _outcome_regex().finditer(text):
        outcome = _outcome_phrases()[int(str(match.lastgroup)[1:])][1]
        before = text[max(0, match.start() - 40) : match.start()]
        if _negated_regex().search(before):
            if outcome is not Outcome.CARRIED:
                continue
            outcome = Outcome.DEFEATED
        elif outcome is Outcome.DEFEATED and _WINNER.match(text, match.start()):
            outcome = Outcome.CARRIED
        hedged = bool(_hedged_regex().search(before))
        phrases.append(OutcomePhrase(match.start(), match.end(), outcome, hedged))
    return tuple(phrases)


# ---------------------------------------------------------------- tally patterns


@dataclass
class Tally:
    """A tally found in a sentence: offsets are within the sentence text."""

    start: int
    end: int
    first: int | None = None  # an unlabelled pair, direction still to read from the words
    second: int | None = None
    for_: int | None = None
    against: int | None = None
    abstentions: int | None = None
    unanimous: bool = False
    outcome: Outcome = Outcome.UNKNOWN

    @property
    def is_pair(self) -> bool:
        return self.first is not None


@dataclass(frozen=True)
class _Patterns:
    votes_to: re.Pattern[str]
    dash: re.Pattern[str]
    bare_to: re.Pattern[str]
    labelled_after: re.Pattern[str]
    labelled_before: re.Pattern[str]
    recorded: re.Pattern[str]
    none_against: re.Pattern[str]
    unanimous: re.Pattern[str]
    not_unanimous: re.Pattern[str]
    context: re.Pattern[str]
    not_tally: re.Pattern[str]
    candidates: re.Pattern[str]
    unit_after: re.Pattern[str]
    month_before: re.Pattern[str]
    clause_break: re.Pattern[str]
    casting_for: re.Pattern[str]
    casting_against: re.Pattern[str]


_LABELS = r"for|in favour|against|abstentions?|abstaining|abstained|abstains?"


@cache
def patterns() -> _Patterns:
    v = vocab()
    num = _number_pattern()
    return _Patterns(
        votes_to=re.compile(rf"\b(?P<a>{num})\s+votes?\s+(?:to|against)\s+(?P<b>{num})\b(?:\s+votes?\b)?", _FLAGS),
        dash=re.compile(r"(?<![\w£$€.,/–—-])(?P<a>\d{1,3})\s?[-–—]\s?(?P<b>\d{1,3})(?![\w%/–—-]|[.,]\d)"),
        bare_to=re.compile(
            rf"(?:(?:\bby|\bof|\bvoted|,|:)\s+(?P<a>{num})|(?<![\d,.£$€])\b(?P<d>\d{{1,3}}))\s+to\s+(?P<b>{num})\b",
            _FLAGS,
        ),
        labelled_after=re.compile(
            rf"\b(?P<n>{num})\s+(?:votes?\s+|members?\s+|people\s+|delegates\s+|councillors\s+)?"
            rf"(?:(?:voting|voted)\s+)?(?P<label>{_LABELS})\b",
            _FLAGS,
        ),
        labelled_before=re.compile(
            rf"\b(?P<label>{_LABELS})\s*(?P<colon>[:=])?\s*(?P<n>{num})\b(?=\s*(?:[,.;)]|$|and\b|votes?\b|{_LABELS}))",
            _FLAGS,
        ),
        recorded=re.compile(
            r"^\s*(?P<label>For|Against|Abstain(?:ed|ing|s)?|Abstentions?)\s*:\s*(?P<names>[^\d:]+?)\.?\s*$"
        ),
        none_against=re.compile(rf"\b(?:{_alternation(v['none_against'])})\b", _FLAGS),
        unanimous=re.compile(rf"\b(?:{_alternation(v['unanimous'])})(?!\w)", _FLAGS),
        not_unanimous=re.compile(rf"\b(?:{v['not_unanimous_before']})[\s-]*$", _FLAGS),
        context=re.compile(rf"\b(?:{v['vote_context']})\b", _FLAGS),
        not_tally=re.compile(rf"\b(?:{_alternation(v['not_tally_context'])})\b", _FLAGS),
        candidates=re.compile(
            rf"\b(?:{v['candidate_totals']})\s+{num}\s+votes?\b|\b{num}\s+votes?\s+to\s+{num}(?:\s+votes?)?\s+for\s+[A-Z]",
            _FLAGS,
        ),
        unit_after=re.compile(rf"\s*(?:{v['units_after_range']}|{MONTH_RE})\b", _FLAGS),
        month_before=re.compile(
            rf"\b(?:{MONTH_RE}|(?:from|between|aged|ages|Rule|clause|section|motions?|chapter|article|"
            r"page|pages|paragraphs?|items?)\.?)\s*$",
            _FLAGS,
        ),
        clause_break=re.compile(r";|,\s+and\b|,?\s+but\b|\s[–—]\s|\.\s"),
        casting_for=re.compile(rf"\b{v['casting_vote_for']}\b", _FLAGS),
        casting_against=re.compile(rf"\b{v['casting_vote_against']}\b", _FLAGS),
    )


def _pairs(text: str) -> list[Tally]:
    """Unlabelled pairs: "22 votes to 12", "22-12", "by 15 to 14"."""
    p = patterns()
    found: list[Tally] = []
    for regex in (p.votes_to, p.dash, p.bare_to):
        for match in regex.finditer(text):
            if any(t.start < match.end() and match.start() < t.end for t in found):
                continue
            if regex is not p.votes_to and not _plausible_range(text, match):
                continue
            first = match["a"] if match["a"] is not None else match["d"]
            a, b = to_number(first), to_number(match["b"])
            if a is None or b is None:
                continue
            start = match.start("a" if match["a"] is not None else "d") if regex is p.bare_to else match.start()
            found.append(Tally(start, match.end(), first=a, second=b))
    return found


def _plausible_range(text: str, match: re.Match[str]) -> bool:
    """A bare "15-14" or "15 to 14" is a tally only where nothing marks it as a date, time or range."""
    p = patterns()
    if p.unit_after.match(text, match.end()) or p.month_before.search(text, 0, match.start()):
        return False
    first = match["a"] or match.groupdict().get("d") or ""
    return not (first.isdigit() and len(first) > 3)


def _labelled(text: str, taken: list[Tally]) -> list[tuple[int, int, str, int]]:
    """Labelled counts ``(start, end, label, n)``: "16 for", "7 against", "3 abstentions", "For 14"."""
    p = patterns()
    items: list[tuple[int, int, str, int]] = []
    for match in p.labelled_after.finditer(text):
        n = to_number(match["n"])
        if n is not None:
            items.append((match.start(), match.end(), _label(match["label"]), n))
    before = []
    for match in p.labelled_before.finditer(text):
        n = to_number(match["n"])
        if n is None or any(s < match.end() and match.start() < e for s, e, _, _ in items):
            continue
        before.append((match.start(), match.end(), _label(match["label"]), n, bool(match["colon"]), match["label"]))
    # "For 14, Against 3": a count after its label needs a colon, a capital, or a second such label.
    if len({b[2] for b in before}) >= 2 or any(b[4] or b[5][0].isupper() for b in before):
        items.extend((s, e, label, n) for s, e, label, n, _, _ in before)
    return sorted(i for i in items if not any(t.start <= i[0] < t.end for t in taken))


def _label(word: str) -> str:
    word = word.lower()
    if word.startswith("abst"):
        return "abstentions"
    return "against" if word == "against" else "for"


def _group_labelled(items: list[tuple[int, int, str, int]], pairs: list[Tally]) -> list[Tally]:
    """Abstentions join the pair just before them; other labelled counts form tallies, a repeated label
    starting a new one."""
    tallies: list[Tally] = []
    current: Tally | None = None
    for start, end, label, n in items:
        before = [t for t in pairs if t.end <= start]
        if (
            label == "abstentions"
            and before
            and before[-1].abstentions is None
            and (current is None or current.end < before[-1].start)
        ):
            before[-1].abstentions = n
            before[-1].end = max(before[-1].end, end)
            continue
        if current is None or getattr(current, _field(label)) is not None:
            current = Tally(start, end)
            tallies.append(current)
        setattr(current, _field(label), n)
        current.end = end
    return tallies


def _field(label: str) -> str:
    return "for_" if label == "for" else label


# ---------------------------------------------------------------- a sentence's tallies


# Every tally form holds a digit or one of these words: a cheap test before the full patterns run.
_TALLY_CUE = re.compile(r"\d|unanim|nem\.? ?con|dissent|acclamation|against|abstain|abstention|\bvotes?\b", _FLAGS)


def sentence_tallies(text: str) -> list[Tally]:
    """Every tally of one sentence, with outcome and direction read from its words."""
    p = patterns()
    if not _TALLY_CUE.search(text) or p.not_tally.search(text) or p.candidates.search(text):
        return []
    has_context = bool(p.context.search(text))
    pairs = _pairs(text) if has_context else []
    pairs = [t for t in pairs if _pair_has_context(text, t)]
    labelled = _group_labelled(_labelled(text, pairs), pairs) if has_context or _recorded(text) else []
    tallies = sorted(pairs + [t for t in labelled if _enough_labels(text, t)], key=lambda t: t.start)
    tallies += _word_tallies(text, tallies)
    tallies.sort(key=lambda t: t.start)
    for index, tally in enumerate(tallies):
        _read_outcome(text, tally, tallies[index - 1].end if index else 0, _next_start(tallies, index, len(text)))
    return tallies


def _next_start(tallies: list[Tally], index: int, default: int) -> int:
    return tallies[index + 1].start if index + 1 < len(tallies) else default


def _pair_has_context(text: str, tally: Tally) -> bool:
    """A pair must sit in a clause about a vote, not merely in a sentence that mentions one, and not in a
    forecast ("it would be 3-2 at best")."""
    if _hedged_regex().search(text, max(0, tally.start - 40), tally.start):
        return False
    if re.search(r"\b(?:split|divided)\s+$", text[: tally.start], _FLAGS):
        return True
    lo, hi = _clause(text, tally.start, tally.end)
    return bool(patterns().context.search(text, lo, hi) or _outcome_regex().search(text, lo, hi))


def _enough_labels(text: str, tally: Tally) -> bool:
    """A count "for" alone is a tally only when it says votes ("16 votes for"): "thanked 12 members for
    their work" is not one."""
    if tally.against is not None or tally.abstentions is not None:
        return True
    return tally.for_ is not None and "vot" in text[tally.start : tally.end].lower()


def _recorded(text: str) -> bool:
    return bool(patterns().recorded.match(text))


def _word_tallies(text: str, numeric: list[Tally]) -> list[Tally]:
    """Unanimity ("agreed unanimously", "nem con") and "no votes against", where no count says more."""
    p = patterns()
    found: list[Tally] = []
    if not (p.context.search(text) or _outcome_regex().search(text)):
        return found
    for match in p.unanimous.finditer(text):
        if p.not_unanimous.search(text, 0, match.start()) or _overlaps_clause(text, match, numeric + found):
            continue
        found.append(Tally(match.start(), match.end(), unanimous=True))
    for match in p.none_against.finditer(text):
        if _overlaps_clause(text, match, numeric + found):
            continue
        found.append(Tally(match.start(), match.end(), against=0))
    return found


def _overlaps_clause(text: str, match: re.Match[str], tallies: list[Tally]) -> bool:
    lo, hi = _clause(text, match.start(), match.end())
    return any(lo <= t.start < hi or lo < t.end <= hi for t in tallies)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: cut at semicolons, ", and", "but" and dashes."""
    breaks = list(patterns().clause_break.finditer(text))
    lo = max((b.end() for b in breaks if b.end() <= start), default=0)
    hi = min((b.start() for b in breaks if b.start() >= end), default=len(text))
    return lo, hi


def _read_outcome(text: str, tally: Tally, lo: int, hi: int) -> None:
    """Outcome from the nearest outcome phrase in the tally's clause (before it, else after), else from
    the counts; then the direction of an unlabelled pair from that outcome."""
    p = patterns()
    clause_lo, clause_hi = _clause(text, tally.start, tally.end)
    lo, hi = max(lo, clause_lo), min(hi, clause_hi)
    phrases = [ph for ph in find_outcomes(text) if not ph.hedged]
    before = [ph for ph in phrases if lo <= ph.start and ph.end <= tally.start]
    after = [ph for ph in phrases if tally.end <= ph.start and ph.end <= hi]
    inside = [ph for ph in phrases if tally.start <= ph.start < tally.end]
    tie = tally.is_pair and tally.first == tally.second
    purpose = re.match(r"\s+(?:votes?\s+)?to\s+(?P<verb>\w+(?:\s+out)?)", text[tally.end :])
    if purpose and re.fullmatch(vocab()["reject_verbs"], purpose["verb"], _FLAGS):
        # "voted 20 to 13 to reject it": the majority was against the proposal
        tally.outcome = Outcome.DEFEATED
    elif (purpose and tally.is_pair and re.search(r"\bvoted\s+$", text[: tally.start])) or (
        tie and p.casting_for.search(text)
    ):
        tally.outcome = Outcome.CARRIED
    elif tie and p.casting_against.search(text):
        tally.outcome = Outcome.DEFEATED
    elif before:
        tally.outcome = before[-1].outcome
    elif after or inside:
        tally.outcome = (after or inside)[0].outcome
    if tally.outcome not in (Outcome.CARRIED, Outcome.DEFEATED):
        tally.outcome = _outcome_from_counts(tally)
    if tally.is_pair:
        _orient(tally)


def _outcome_from_counts(tally: Tally) -> Outcome:
    if tally.unanimous:
        return Outcome.CARRIED
    yes = tally.for_ if tally.for_ is not None else tally.first
    no = tally.against if tally.against is not None else tally.second
    if yes is None and no is None:
        return Outcome.CARRIED if tally.abstentions is not None else Outcome.UNKNOWN
    if yes is None:
        return Outcome.CARRIED if no == 0 else Outcome.UNKNOWN
    if no is None:
        return Outcome.UNKNOWN
    return Outcome.CARRIED if yes > no else Outcome.DEFEATED


def _orient(tally: Tally) -> None:
    first, second = tally.first or 0, tally.second or 0
    if tally.outcome is Outcome.DEFEATED:
        tally.for_, tally.against = min(first, second), max(first, second)
    elif tally.outcome is Outcome.CARRIED:
        tally.for_, tally.against = max(first, second), min(first, second)
    else:
        tally.for_, tally.against = first, second


# ---------------------------------------------------------------- recorded votes (lists of names)


def _recorded_votes(report: ReportContext) -> list[tuple[Sentence, Sentence, Tally]]:
    """ "For: A, B, C." / "Against: D." / "Abstaining: E." lines: each name is one vote."""
    found: list[tuple[Sentence, Sentence, Tally]] = []
    run: list[tuple[Sentence, str, int]] = []
    for sentence in [*report.sentences, None]:
        match = patterns().recorded.match(sentence.text) if sentence else None
        if match and sentence:
            run.append((sentence, _label(match["label"]), len(_names(match["names"]))))
            continue
        if len({label for _, label, _ in run}) >= 2:
            tally = Tally(0, 0)
            for _, label, count in run:
                setattr(tally, _field(label), count)
            tally.outcome = _outcome_from_counts(tally)
            found.append((run[0][0], run[-1][0], tally))
        run = []
    return found


def _names(listing: str) -> list[str]:
    return [
        n for n in re.split(r",|;|\band\b|&", listing) if n.strip() and n.strip().lower() not in {"none", "nil", "-"}
    ]


# ---------------------------------------------------------------- sentences


# ---------------------------------------------------------------- entry point


def extract_votes(report: ReportContext) -> list[Vote]:
    """Every tally the report gives, in text order."""
    votes: list[tuple[int, Vote]] = []
    for sentence in report.sentences:
        if patterns().recorded.match(sentence.text):
            continue
        for tally in sentence_tallies(sentence.text):
            lo, hi = _clause(sentence.text, tally.start, tally.end)
            span = make_span(report.text, sentence.start + lo, sentence.start + hi)
            votes.append((span.start, _vote(tally, span)))
    for first, last, tally in _recorded_votes(report):
        votes.append((first.start, _vote(tally, make_span(report.text, first.start, last.end))))
    return [vote for _, vote in sorted(votes, key=lambda item: item[0])]


def _vote(tally: Tally, evidence: Span) -> Vote:
    return Vote.model_validate(
        {
            "for": tally.for_,
            "against": tally.against,
            "abstentions": tally.abstentions,
            "unanimous": tally.unanimous,
            "outcome": tally.outcome,
            "evidence": evidence,
        }
    )
