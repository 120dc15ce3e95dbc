"""Vote tallies of a report (SPEC: Votes).

Tallies are found with regular expressions built from ``models/decisions.json``; the words around a
tally give its outcome, and the outcome gives the direction of an unlabelled pair ("defeated 16-14"
is 14 for, 16 against). The outcome-phrase finder here is shared with the motions extractor.
"""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.another_time import told_of_another_time
from nec_extract.extractors.votes.candidate_lines import candidate_lines
from nec_extract.extractors.votes.direction import orient_by_the_sentence_before
from nec_extract.extractors.votes.elsewhere import told_of_elsewhere
from nec_extract.extractors.votes.outcomes import (
    OutcomePhrase,
    decided_infinitive_re,
    find_outcomes,
    voters_counted_at,
    voters_counted_before,
)
from nec_extract.extractors.votes.patterns import clause
from nec_extract.extractors.votes.recorded import is_recorded, recorded_votes
from nec_extract.extractors.votes.sides_named import without_sides_named_again
from nec_extract.extractors.votes.table_rows import table_rows
from nec_extract.extractors.votes.tallies import count_fragments, elliptical_pair, opening_count, sentence_tallies
from nec_extract.extractors.votes.tally import Tally, field_of, orient, outcome_from_counts
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.numbers import count_value
from nec_extract.language.text import Sentence, make_span
from nec_extract.models import Outcome, Span, Vote
from nec_extract.page.context import ReportContext
from nec_extract.page.recaps import retellings

__all__ = [
    "OutcomePhrase",
    "decided_infinitive_re",
    "extract_votes",
    "find_outcomes",
    "voters_counted_at",
    "voters_counted_before",
]


def extract_votes(report: ReportContext) -> list[Vote]:
    """Every tally the report gives, in text order."""
    votes: list[tuple[int, Vote]] = []
    told_before = False  # the sentence before gave a tally
    runs = _fragment_runs(report)
    rows = table_rows(report)
    run_end = -1
    for index, sentence in enumerate(report.sentences):
        if index <= run_end:
            continue
        if any(sentence.start <= row.start < sentence.end for row, _, _ in rows):
            told_before = False
            continue  # read as a row of its table
        if index in runs:
            run_end, tally = runs[index]
            span = make_span(report.text, sentence.start, report.sentences[run_end].end)
            votes.append((span.start, _vote(tally, span)))
            told_before = True
            continue
        if is_recorded(sentence):
            told_before = False
            continue
        found = _sentence_votes(report, index, sentence)
        if not found and told_before and _sentence_before_in_its_paragraph(report, index):
            told_before = _joined_to_the_tally_before(report, sentence, votes)
            continue
        told_before = bool(found)
        votes.extend(found)
    for first, last, tally in [*recorded_votes(report), *candidate_lines(report), *rows]:
        votes.append((first.start, _vote(tally, make_span(report.text, first.start, last.end))))
    votes = _not_restated_in_a_digest(report, _not_restated_from_the_head(report, votes))
    ordered = [vote for _, vote in sorted(votes, key=lambda item: item[0])]
    return without_sides_named_again(ordered)


def _fragment_runs(report: ReportContext) -> dict[int, tuple[int, Tally]]:
    """ "18 for. 2 against. 1 abs.", "For 9. Against 3. Abstentions 1.": counts the sentence splitter parted, each
    sentence nothing but labelled counts, one after another in a paragraph, are one tally (SPEC: Rulings, Votes);
    keyed by the run's first sentence, with its last. Its outcome is the result said in the sentence after the run
    ("Motion carried."), else the one its counts give."""
    sentences = report.sentences
    runs: dict[int, tuple[int, Tally]] = {}
    index = 0
    while index < len(sentences):
        counts = _fragment(sentences[index])
        last = index
        while counts is not None and last + 1 < len(sentences) and _sentence_before_in_its_paragraph(report, last + 1):
            more = _fragment(sentences[last + 1])
            if more is None:
                break
            counts, last = counts + more, last + 1
        fields = [name for name, _ in counts or []]
        if counts and last > index and len(set(fields)) == len(fields) > 1:
            tally = Tally(0, 0)
            for name, count in counts:
                setattr(tally, name, count)
            runs[index] = (last, tally)
            after = _sentence_after_in_its_paragraph(report, last)
            phrases = [ph for ph in find_outcomes(after) if not ph.hedged] if after else []
            tally.outcome = phrases[0].outcome if phrases else outcome_from_counts(tally)
        index = last + 1
    return runs


def _fragment(sentence: Sentence) -> list[tuple[str, int]] | None:
    return None if is_recorded(sentence) else count_fragments(sentence.text)


def _sentence_after_in_its_paragraph(report: ReportContext, index: int) -> str:
    """The text of the sentence after the one at ``index``; "" when a blank line parts them or none follows."""
    if index + 1 >= len(report.sentences):
        return ""
    return _sentence_before_in_its_paragraph(report, index + 1) and report.sentences[index + 1].text


# "(9:2:1)", "(4/9)": bare counts in brackets, a sentence of their own
_BRACKETED_COUNTS = re.compile(r"\(\s*\d{1,3}\s*[:/]\s*\d{1,3}(?:\s*[:/]\s*\d{1,3})?\s*\)\.?")


def _tallies(report: ReportContext, index: int, sentence: Sentence) -> list[Tally]:
    """The sentence's tallies; "CARRIED.\n(9:2:1)": counts in brackets alone under a result line are that result's,
    read with it (offsets stay the sentence's own)."""
    if not (index and _BRACKETED_COUNTS.fullmatch(sentence.text)):
        found = sentence_tallies(sentence.text)
        return found if found or not index else _elliptical(report, index, sentence)
    before = _sentence_before_in_its_paragraph(report, index).rstrip(" .")  # one clause: "CARRIED (9:2:1)"
    if not find_outcomes(before):
        return []
    tallies = [t for t in sentence_tallies(f"{before} {sentence.text}") if t.start > len(before)]
    for tally in tallies:
        tally.start, tally.end = tally.start - len(before) - 1, tally.end - len(before) - 1
    return tallies


def _elliptical(report: ReportContext, index: int, sentence: Sentence) -> list[Tally]:
    """ "The motion to close the office was defeated. 26 to 5.", "Same outcome, 18-31.": a pair alone after a
    sentence (of its paragraph) that settled an item is that item's tally, its direction read from that result;
    after the writer's side's result ("We lost. 11 to 15.") or a same-result opener alone, in its written order."""
    tally = elliptical_pair(sentence.text)
    before = _sentence_before_in_its_paragraph(report, index)
    if tally is None or not before:
        return []
    phrases = [ph for ph in find_outcomes(before) if not ph.hedged]
    if not (phrases or tally.said):
        return []
    words = before.split()
    writers = words[0].lower() in decisions_vocabulary().tallies.writer_side_openers if words else False
    tally.outcome = phrases[-1].outcome if phrases and not writers else Outcome.UNKNOWN
    orient(tally)  # a result that is neither carried nor defeated leaves the pair in its written order
    if tally.outcome not in (Outcome.CARRIED, Outcome.DEFEATED):
        tally.outcome = outcome_from_counts(tally)
    tally.said = True  # read here, not again from the sentence before
    return [tally]


def _sentence_votes(report: ReportContext, index: int, sentence: Sentence) -> list[tuple[int, Vote]]:
    votes: list[tuple[int, Vote]] = []
    for tally in _tallies(report, index, sentence):
        if index:
            orient_by_the_sentence_before(tally, _sentence_before_in_its_paragraph(report, index))
        if told_of_another_time(report, sentence, tally.start, tally.end):
            continue  # "Back in 2019 the NEC voted 24-6", "the committee voted 11-3 in February"
        if told_of_elsewhere(sentence.text, tally.start, report.title):
            continue  # "Unite's executive voted 40-2", "the TUC had passed it 400-12"
        lo, hi = clause(sentence.text, tally.start, tally.end)
        span = make_span(report.text, sentence.start + lo, sentence.start + hi)
        questions = _questions(tally, sentence.text[lo:hi], tally.start - lo)
        votes.extend((span.start, _vote(tally, span)) for _ in range(questions))
    return votes


def _joined_to_the_tally_before(report: ReportContext, sentence: Sentence, votes: list[tuple[int, Vote]]) -> bool:
    """ "... endorsed with no votes against. Three of us abstained.": a sentence that opens with the count of one
    side the tally before left open (and did not call unanimous) completes that tally."""
    count = opening_count(sentence.text)
    start, vote = votes[-1]
    if count is None or vote.unanimous or getattr(vote, field_of(count[0])) is not None:
        return False
    span = make_span(report.text, start, sentence.end)
    votes[-1] = (start, vote.model_copy(update={field_of(count[0]): count[1], "evidence": span}))
    return True


def _sentence_before_in_its_paragraph(report: ReportContext, index: int) -> str:
    """The text of the sentence before the one at ``index``; "" when a blank line parts them."""
    before, sentence = report.sentences[index - 1], report.sentences[index]
    return "" if "\n\n" in report.text[before.end : sentence.start] else before.text


def _not_restated_from_the_head(report: ReportContext, votes: list[tuple[int, Vote]]) -> list[tuple[int, Vote]]:
    """A tally in a headline or standfirst ("Executive votes 22 to 11 to ...") that the body tells again is listed
    once, from the body (SPEC: Rulings). The head is the lines before the first that ends a sentence. A head's pair
    told the other way round below is the same tally: a headline's verdict in the present ("Executive votes down
    demand by 21 votes to 9") may leave its pair in written order, the body's past tense orients it."""
    head_end = _end_of_head(report)
    told_below = {_counts(vote) for start, vote in votes if start >= head_end}
    told_below |= {_reversed(counts) for counts in told_below}
    return [(start, vote) for start, vote in votes if start >= head_end or _counts(vote) not in told_below]


def _not_restated_in_a_digest(report: ReportContext, votes: list[tuple[int, Vote]]) -> list[tuple[int, Vote]]:
    """A tally in a digest of the report's decisions ("Key points: – rule change approved (22-11)", "Summary of
    decisions: ... agreed 9-2") that the account tells too, in either order of its pair, is listed once, from the
    account (SPEC Rulings: a tally restated in a summary is listed once)."""
    places = retellings(report)
    if not places.digests:
        return votes
    told = {_counts(vote) for start, vote in votes if not places.in_a_digest(start)}
    told |= {_reversed(counts) for counts in told}
    return [(start, vote) for start, vote in votes if not places.in_a_digest(start) or _counts(vote) not in told]


_Counts = tuple[int | None, int | None, int | None, bool]


def _reversed(counts: _Counts) -> _Counts:
    """A plain pair the other way round (for and against swapped); anything else as it is."""
    in_favour, against, abstentions, unanimous = counts
    if in_favour is None or against is None or abstentions is not None or unanimous:
        return counts
    return against, in_favour, abstentions, unanimous


def _end_of_head(report: ReportContext) -> int:
    offset = report.start
    for line in report.body.splitlines(keepends=True):
        if line.rstrip().endswith((".", "!", "?", ".\u201d", '."')):
            return offset
        offset += len(line)
    return offset


def _counts(vote: Vote) -> tuple[int | None, int | None, int | None, bool]:
    return vote.for_, vote.against, vote.abstentions, vote.unanimous


def _questions(tally: Tally, clause_text: str, at: int) -> int:
    """How many questions one word tally settles: "both were carried unanimously" is a tally for each; not "both
    were passed, the one on housing unanimously", whose word is said of one of them."""
    if tally.is_pair or tally.for_ is not None or _one_singled_out().search(clause_text, 0, max(at, 0)):
        return 1
    counted = either(decisions_vocabulary().tallies.counted_things)
    found = re.search(rf"\b(?:{counted})\b", clause_text, re.IGNORECASE)
    if found is None:
        return 1
    return 2 if found.group().lower().endswith(("both", "two")) else count_value(found.group().split()[-1]) or 1


@cache
def _one_singled_out() -> re.Pattern[str]:
    """ ", the one on housing", ", the second", ", one of them": one item of several singled out before its tally."""
    singled = either(decisions_vocabulary().tallies.one_singled_out)
    return re.compile(rf",\s*(?:{singled})\b[^,;]*$", re.IGNORECASE)


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
