"""Vote tallies of a report (SPEC: Votes).

Tallies are found with regular expressions built from ``models/decisions.json``; the words around a
tally give its outcome, and the outcome gives the direction of an unlabelled pair ("defeated 16-14"
is 14 for, 16 against). The outcome-phrase finder here is shared with the motions extractor.
"""

from __future__ import annotations

import re

from nec_extract.extractors.another_time import told_of_another_time
from nec_extract.extractors.votes.elsewhere import told_of_elsewhere
from nec_extract.extractors.votes.outcomes import OutcomePhrase, find_outcomes
from nec_extract.extractors.votes.patterns import clause
from nec_extract.extractors.votes.recorded import is_recorded, recorded_votes
from nec_extract.extractors.votes.tallies import sentence_tallies
from nec_extract.extractors.votes.tally import Tally
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.numbers import count_value
from nec_extract.language.text import make_span
from nec_extract.models import Span, Vote
from nec_extract.page.context import ReportContext

__all__ = ["OutcomePhrase", "extract_votes", "find_outcomes"]


def extract_votes(report: ReportContext) -> list[Vote]:
    """Every tally the report gives, in text order."""
    votes: list[tuple[int, Vote]] = []
    for sentence in report.sentences:
        if is_recorded(sentence):
            continue
        for tally in sentence_tallies(sentence.text):
            if told_of_another_time(report, sentence, tally.start, tally.end):
                continue  # "Back in 2019 the NEC voted 24-6", "the committee voted 11-3 in February"
            if told_of_elsewhere(sentence.text, tally.start, report.title):
                continue  # "Unite's executive voted 40-2", "the TUC had passed it 400-12"
            lo, hi = clause(sentence.text, tally.start, tally.end)
            span = make_span(report.text, sentence.start + lo, sentence.start + hi)
            votes.extend((span.start, _vote(tally, span)) for _ in range(_questions(tally, sentence.text[lo:hi])))
    for first, last, tally in recorded_votes(report):
        votes.append((first.start, _vote(tally, make_span(report.text, first.start, last.end))))
    return [vote for _, vote in sorted(votes, key=lambda item: item[0])]


def _questions(tally: Tally, clause_text: str) -> int:
    """How many questions one word tally settles: "both were carried unanimously" is a tally for each."""
    if tally.is_pair or tally.for_ is not None:
        return 1
    counted = either(decisions_vocabulary().tallies.counted_things)
    found = re.search(rf"\b(?:{counted})\b", clause_text, re.IGNORECASE)
    if found is None:
        return 1
    return 2 if found.group().lower().endswith(("both", "two")) else count_value(found.group().split()[-1]) or 1


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
