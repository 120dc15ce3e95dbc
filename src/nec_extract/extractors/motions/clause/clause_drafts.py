"""The drafts made of the decisions the parse found: their summaries and kinds from the decisions' words, and where
each one's words stand in the sentence."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from nec_extract.extractors.motions.clause.clause_grammar import gerund_host, joining_words, particle_of, passive_item
from nec_extract.extractors.motions.clause.parsed_decision import ParsedDecision
from nec_extract.extractors.motions.items.enumerations import enumerated_items
from nec_extract.extractors.motions.phrases.decisions import not_a_decision
from nec_extract.extractors.motions.records.draft import Draft, strong
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of, noun_at
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import MotionKind

if TYPE_CHECKING:
    from spacy.tokens import Token


def drafts_of_decisions(index: int, reading: Reading, decisions: list[ParsedDecision]) -> list[Draft]:
    """A draft per decision, and per item a decision's object enumerates; several in one sentence each get their
    own words as evidence."""
    text = reading.sentence.text
    starts = [_opening(d.verb) for d in decisions]
    pieces = []  # (evidence start, end, summary, decision)
    for number, decision in enumerate(decisions):
        start = starts[number] if number else 0
        end = starts[number + 1] if number + 1 < len(decisions) else len(text)
        end = min(end, decision.until) if decision.until is not None else end
        summary = _words_after(decision.verb, text, end)
        if decision.action:
            summary = _without_joiner(text[_left(decision.verb) : end].strip(" ,;:."))
        if not_a_decision(summary) or (decision.action and _shares_no_decision(decision.verb, text)):
            continue
        items = enumerated_items(_object_tokens(decision.verb, end))
        if items:
            first = (start, items[0][1], text[items[0][0] : items[0][1]], decision)
            pieces += [first, *((a, b, text[a:b], decision) for a, b in items[1:])]
        else:
            pieces.append((start, end, summary, decision))
    return [_draft(index, reading, piece, len(pieces) > 1) for piece in pieces]


def _without_joiner(words: str) -> str:
    """ "to support the campaign, and" before the next decision: without the word that joins them."""
    return re.sub(r"[\s,]+(?:and|but|or)$", "", words)


def _shares_no_decision(verb: Token, text: str) -> bool:
    """An infinitive coordinated with another that decides nothing, its "to" and object shared: "agreed to receive
    and note the report" ("to receive and note the report"), "agreed to note the report and set up a group" (its
    "note the report": to note it)."""
    rest = text[_left(verb) :].strip()
    return not_a_decision(rest if re.match(r"to\s", rest, re.IGNORECASE) else f"to {rest}")


def _draft(index: int, reading: Reading, piece: tuple[int, int, str, ParsedDecision], own_words: bool) -> Draft:
    start, end, summary, decision = piece
    kind, at = kind_of(summary)
    appointed = decision.verb.lemma_.lower() in ("appoint", "elect", "co-opt")
    kind = decision.kind or kind or (MotionKind.OTHER if appointed else MotionKind.PROPOSAL)
    vote = reading.votes[-1] if reading.votes else None
    draft = Draft(index, index, kind, summary, strong(), decision.outcome, vote, noun_at(summary, at))
    if own_words and start < end:
        piece_text = reading.sentence.text[start:end].rstrip(" ,;.")
        piece_text = _without_joiner(piece_text)
        draft.start, draft.end = reading.sentence.start + start, reading.sentence.start + start + len(piece_text)
    return draft


def _object_tokens(verb: Token, end: int) -> list[Token]:
    """What the decision is about: the passive's subject, else the words after the verb up to ``end``."""
    item = passive_item(verb)
    if item is not None:
        return list(item.subtree)
    return [t for t in verb.doc[verb.i + 1 :] if t.idx < end]


def _left(verb: Token) -> int:
    """Where a coordinated decision's words start in its sentence: at its item in the passive ("the amended motion
    was then carried"), its "to", or the verb itself."""
    item = passive_item(verb)
    if item is not None:
        return item.left_edge.idx
    marks = [c for c in verb.lefts if c.dep_ == "aux"]
    return (marks[0] if marks else verb).idx


def _opening(verb: Token) -> int:
    """Where a decision's words open: those of a gerund with the words that join it to the decision before ("as well
    as voting down ...", "before agreeing ...", "in addition to ..."), else as `_left`."""
    if gerund_host(verb) is None:
        return _left(verb)
    first = min(t.left_edge.i for t in (verb, *joining_words(verb)))
    while first > 0 and verb.doc[first - 1].dep_ in ("cc", "advmod") and verb.doc[first - 1].head.i != verb.i:
        first -= 1  # "as well as" the parse hangs on the object before
    return verb.doc[first].idx


@cache
def _pronoun_before_particle() -> re.Pattern[str]:
    """ "threw it out", "voted that down"; not "voted both of them through" (see the vocabulary's object pronouns)."""
    motions = decisions_vocabulary().motions
    return re.compile(either(motions.anaphoric_objects, motions.demonstrative_objects), re.IGNORECASE)


def _words_after(verb: Token, text: str, end: int) -> str:
    """What was decided: the words after the verb (and its particle), up to the next decision; in the passive, its
    subject ("The application for a drive-through")."""
    item = passive_item(verb)
    if item is not None:
        return text[item.left_edge.idx : item.right_edge.idx + len(item.right_edge.text)]
    particle = particle_of(verb)
    if particle is not None and particle.i > verb.i + 1:
        # "voted the budget through", "nodded the report through": what was decided stands before the particle; a
        # pronoun there ("threw it out") names no item of its own, which the walk links back, if anything
        words = text[verb.idx + len(verb.text) : particle.idx].strip(" ,;:.")
        return "" if _pronoun_before_particle().fullmatch(words) else words
    after = particle if particle is not None and particle.i > verb.i else verb
    return text[after.idx + len(after.text) : end].strip(" ,;:.")
