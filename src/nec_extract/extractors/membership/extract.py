"""Membership figures of a report: each count of a sentence that mentions membership, read against its clause."""

from __future__ import annotations

from collections.abc import Sequence

from nec_extract.extractors.membership.as_of import as_of, rest_of_clause
from nec_extract.extractors.membership.clause import clause_around, words_after
from nec_extract.extractors.membership.metrics import Found, classify
from nec_extract.extractors.membership.organisation import organisation_of, report_organisation
from nec_extract.extractors.membership.vocabulary import sentence_cue
from nec_extract.extractors.membership.words import Tagger, kind_of, words_in
from nec_extract.language.numbers import Quantity, find_quantities
from nec_extract.language.text import Sentence, make_span
from nec_extract.models import MembershipFigure, Metric
from nec_extract.page.context import ReportContext


def extract_membership(report: ReportContext) -> list[MembershipFigure]:
    """Membership figures of the report in text order, each (metric, value) once."""
    candidates = [(s, qs) for s in report.sentences if sentence_cue().search(s.text) for qs in [_quantities(s)] if qs]
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


def read_sentence(
    text: str, quantities: Sequence[Quantity], pos_at: Tagger, previous_sentence: Sequence[Found] = ()
) -> list[Found]:
    """The membership figures a sentence states; ``pos_at`` tags the word at a sentence offset."""
    words = words_in(text)
    found: list[Found] = []
    for index, quantity in enumerate(quantities):
        clause = clause_around(words, quantity, quantities[:index], quantities[index + 1 :])
        before = found[-1] if found else None
        in_context = bool(found or previous_sentence) or any(kind_of(w) in ("member", "supporter") for w in words)
        result = classify(clause, quantity, pos_at, before, in_context=in_context, following=words_after(clause, words))
        if result is not None:
            metric, qualifier = result
            found.append(Found(metric, qualifier, clause, quantity))
    return found


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


def _figure(report: ReportContext, sentence: Sentence, item: Found, default_organisation: str) -> MembershipFigure:
    clause = item.clause
    at = sentence.start
    rest = rest_of_clause(sentence.text, item.quantity.end)
    start = min(clause.start, item.quantity.start)
    end = max(clause.end, item.quantity.end + len(rest))
    subject_text = sentence.text[: item.quantity.start][-120:] + sentence.text[item.quantity.start : end]
    return MembershipFigure(
        metric=item.metric,
        value=item.quantity.value,
        approximate=item.quantity.approximate,
        organisation=organisation_of(subject_text, default_organisation),
        qualifier=item.qualifier,
        as_of=as_of(
            report,
            [(at + item.quantity.end, at + item.quantity.end + len(rest)), (at + start, at + item.quantity.start)],
        ),
        evidence=make_span(report.text, sentence.start + start, sentence.start + end),
    )
