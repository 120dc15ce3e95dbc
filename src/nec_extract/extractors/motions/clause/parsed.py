"""What the dependency parse tells that the patterns cannot: the subject of an outcome verb in a main clause
("Thankfully, those changes, which ..., passed easily" - the subject is "changes", however far from the verb).

Asked only for the few sentences the patterns leave undecided; a report without a parser answers None.
"""

from __future__ import annotations

from nec_extract.language.text import Sentence
from nec_extract.page.context import ReportContext

_SUBJECTS = ("nsubj", "nsubjpass")
_MAIN = ("ROOT",)
_BEFORE_THE_VERB = ("ADV", "PART", "AUX")


def main_clause_subject(report: ReportContext, sentence: Sentence, at: int) -> str | None:
    """The subject (head noun with its determiners and modifiers) of the verb starting at ``at`` within the
    sentence, when that verb heads a main clause; else None."""
    if report.parser is None:
        return None
    doc = report.doc(sentence)
    verb = next((token for token in doc if sentence.start + token.idx == at), None)
    while verb is not None and verb.pos_ in _BEFORE_THE_VERB and verb.i + 1 < len(doc):
        verb = doc[verb.i + 1]  # "never had the numbers", "did not get ...": the verb after its adverb or auxiliary
    if verb is None:
        return None
    head = verb.head if verb.dep_ == "conj" else verb  # "... was debated and passed"
    if head.dep_ not in _MAIN:
        return None  # "the motions passed into the rulebook", "getting policies adopted": no main clause
    subject = next((child for child in verb.children if child.dep_ in _SUBJECTS), None)
    if subject is None and verb is not head:
        subject = next((child for child in head.children if child.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    words = [token.text for token in subject.lefts if token.dep_ in ("det", "amod", "compound", "nummod")]
    return " ".join([*words, subject.text])
