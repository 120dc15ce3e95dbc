"""A motion's summary: the proposal in the report's own words, as short as it stays clear."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.people import only_movers
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.lexicon import pattern_alternation
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.list_items import LIST_MARKER_OR_EM_DASH
from nec_extract.language.text import Sentence, normalise_space
from nec_extract.models import MotionKind
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE
_HEADING_WORDS = 15  # a heading naming the item is short; a longer sentence before "Proposed by" is other business
_QUOTED_SENTENCES = 6  # how far a motion quoted in full runs
_QUOTES = " \"'“”‘’"


def summary_of(report: ReportContext, readings: list[Reading], draft: Draft) -> str:
    """The draft's words trimmed; when they only introduce the motion ("moved by Jo Reid:", "the following
    motion"), the words they lead to: the sentence after, or the heading before "Proposed by"."""
    own_words = _words_under_the_movers(readings, draft)
    text = trim_summary(own_words or draft.summary, draft.kind)
    if not _introduction().fullmatch(text):
        return text
    beside = _words_beside(report, readings[draft.first].sentence, readings[draft.first - 1 : draft.first], text)
    return trim_summary(beside, draft.kind) if beside else text


def _words_under_the_movers(readings: list[Reading], draft: Draft) -> str | None:
    """ "Proposed: Ann Lee" / "Seconded: Raj Dev" / "That this branch ..." / "CARRIED": minutes that open the item
    with its movers' lines; its words are the first line after them (not the movers' names)."""
    first = readings[draft.first].sentence.text
    if not only_movers(first) or draft.summary.strip(" :") not in first:
        return None  # the words are the item's own already ("RESOLVED: That ..." under the movers' lines)
    for reading in readings[draft.first + 1 : draft.last + 1]:
        text = reading.sentence.text
        if reading.outcomes and reading.reference == "none":
            return None  # "Proposed Jo Hart, seconded Sam Lee." / "Carried.": no words of the item's own
        if not only_movers(text) and not _seconder_line().match(text):
            return text
    return None


@cache
def _seconder_line() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{either(decisions_vocabulary().motions.seconder_labels)})\s*[:\-]", _FLAGS)


def _words_beside(report: ReportContext, sentence: Sentence, before: list[Reading], summary: str) -> str | None:
    own = sentence.text.strip()
    if own.endswith(":") or summary.lower().startswith("following"):
        return _quoted_words(report, sentence)
    if re.match(r"(?:proposed|moved)\s+by\b", own, _FLAGS) and before:
        heading = before[0].sentence.text
        return heading if len(heading.split()) <= _HEADING_WORDS else None
    return None


def _quoted_words(report: ReportContext, sentence: Sentence) -> str | None:
    """The motion quoted after its introduction: its sentence that resolves or calls ("Council resolves to ..."),
    else its first."""
    quoted = [s.text for s in report.sentences if s.start >= sentence.end][:_QUOTED_SENTENCES]
    for index, text in enumerate(quoted):
        if text.rstrip().endswith(('"', "”")) or index == len(quoted) - 1:
            quoted = quoted[: index + 1]
            break
    acting = next((text for text in quoted if _resolving().search(text)), quoted[0] if quoted else "")
    return acting.strip(_QUOTES) or None


def trim_summary(raw: str, kind: MotionKind) -> str:
    """The proposal in the report's words: what follows its motion noun, cut at the first clause break."""
    text = _without_lead(raw)
    text = _after_the_noun(text, kind)
    cut = _cut_at(text)
    if cut is not None:
        text = re.sub(r"(?:,?\s+(?:and|but|then))+$", "", text[:cut].rstrip())
    text = _trailing_be_form().sub("", text.strip(" ,.;:"))  # "The motion on rents was [moved by ...]"
    return text or normalise_space(raw)[:120]


def _without_lead(raw: str) -> str:
    """Without a list's marker, who moved it ("by Cllr Hale and seconded by Cllr Dean that ...") and the determiner."""
    text = normalise_space(raw).strip(" ,.;:")
    text = re.sub(rf"^(?:{LIST_MARKER_OR_EM_DASH})\s*", "", text)  # a list's marker is no word of the item
    text = _lead_movers().sub("", text, count=1)
    g = grammar_vocabulary().decisions
    # "and amendment 3", "while Motion 7": the word that joined the item's clause to the one before
    text = re.sub(rf"^(?:and|but|{either(g.new_subject_contrasts)})\s+", "", text, flags=_FLAGS)
    return re.sub(rf"^(?:{either(g.summary_determiners)})\s+", "", text, flags=_FLAGS)


def _after_the_noun(text: str, kind: MotionKind) -> str:
    """The words after the motion noun when they open the proposal ("motion calling for ..." -> "calling for ...");
    a paper's noun before a preposition is the item's own name and stays ("the accounts for 2024", "a paper on
    rents"), not before the proposal's clause ("recommendation that the CLP ...")."""
    noun = next((r for k, r in patterns().kinds if k is kind), None)
    found = noun.search(text, 0, 60) if noun is not None and kind is not MotionKind.OTHER else None
    if found is None:
        return text
    rest = _mover_after_the_noun().sub("", text[found.end() :], count=1)
    words = decisions_vocabulary().motions
    opener = re.match(rf"(?:{either(words.summary_openers)})\b", rest)
    if opener is None or (kind is MotionKind.REPORT and opener.group() in words.summary_prepositions):
        return text
    return rest


def _cut_at(text: str) -> int | None:
    """Where the proposal's words end: a clause break, how it was decided, or its result."""
    first = _clause_break().search(text)
    candidates = [first.start()] if first else []
    candidates += [m.start() for m in _tally().finditer(text)]
    candidates += [at for at in (_told_be_form(text), _told_result(text)) if at is not None]
    return min((at for at in candidates if at > 3), default=None)


def _told_be_form(text: str) -> int | None:
    """ "... was carried": a be-form, unless a clause of the proposal holds it ("that anyone who was a member")
    and no result follows it."""
    for be in _be_form().finditer(text):
        if not _clause_opener().search(text, 0, be.start()):
            return be.start()
        if any(p.start <= be.end() + 1 for p in find_outcomes(text[be.start() :])):
            return be.start()
    return None


def _told_result(text: str) -> int | None:
    """ "to add a ratio cap fell", "on the rota and withdrew it": the result told after the words, not a result
    proposed ("that the minutes be approved") nor one inside them ("every CLP that lost councillors")."""
    g = grammar_vocabulary().decisions
    for phrase in find_outcomes(text):
        before, own, after = (
            text[: phrase.start].split(),
            text[phrase.start : phrase.end].split(),
            text[phrase.end :].split(),
        )
        proposed = g.summary_words_before_a_proposed_result
        if not before or before[-1].lower() in proposed + g.summary_clause_openers or own[0].lower() in proposed:
            continue  # "be approved", "that lost councillors", "would be taken at the next meeting"
        if not after or re.match(r"\W", after[0]) or after[0].lower() in g.summary_words_after_a_told_result:
            return phrase.start
    return None


@cache
def _resolving() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().motions.summary_resolving_verbs)})\b", _FLAGS)


@cache
def _lead_movers() -> re.Pattern[str]:
    return re.compile(rf"^(?:{pattern_alternation(decisions_vocabulary().motions.summary_lead_movers)})")


@cache
def _introduction() -> re.Pattern[str]:
    return re.compile(pattern_alternation(decisions_vocabulary().motions.summary_intros))


@cache
def _mover_after_the_noun() -> re.Pattern[str]:
    """ "from Eastgate ward to ...", ", from Eastgate ward, on ...", ", seconded by Jo Reid, to ...": who put it,
    between the noun and its words."""
    v = decisions_vocabulary().motions
    return re.compile(
        rf"^\s*(?:from\s+[^,]+?\s+(?=(?:{either(v.openers_after_the_mover)})\b)|,\s*from\s+[^,]+,\s*"
        rf"|,\s*(?:{either(v.summary_asides)})\s+[^,]+,\s*)?"
    )


@cache
def _clause_break() -> re.Pattern[str]:
    return re.compile(
        rf"\s+and then\b|,\s*(?:{decisions_vocabulary().motions.summary_end_words.regex()})\b|;|\s[–—]\s|\.\s|\("
    )


@cache
def _tally() -> re.Pattern[str]:
    return re.compile(rf"(?:,\s*|\s+)(?:{decisions_vocabulary().motions.summary_end_tallies.regex()})")


@cache
def _trailing_be_form() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{either(grammar_vocabulary().decisions.summary_end_be_forms)})$", _FLAGS)


@cache
def _be_form() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{either(grammar_vocabulary().decisions.summary_end_be_forms)})\s")


@cache
def _clause_opener() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(grammar_vocabulary().decisions.summary_clause_openers)})\b", _FLAGS)
