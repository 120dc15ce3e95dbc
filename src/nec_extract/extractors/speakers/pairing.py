"""Mentions that are one person: a role and a name in apposition, or a report's owner lending its role to the
clause's subject ("In his Leader's report, Ed said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.chunks import ALL_CAPS, Chunk
from nec_extract.extractors.speakers.slots import anchor_of
from nec_extract.extractors.speakers.tokens import word_in
from nec_extract.extractors.speakers.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token


def linked_appositions(chunks: list[Chunk]) -> list[Chunk]:
    """A role and a name in apposition are one person: "The General Secretary, Callum Reid," or
    "Vidhya Alakeson, Director of External Relations,"; the name takes the role."""
    by_token = {token.i: chunk for chunk in chunks for token in chunk.tokens}
    dropped: set[int] = set()
    for index, chunk in enumerate(chunks):
        anchor = anchor_of(chunk)
        other = by_token.get(anchor.head.i) if anchor.dep_ == "appos" else None
        if other is None and index > 0 and _set_off_after(chunks[index - 1], chunk):
            other = chunks[index - 1]
        if other is None or other is chunk or {chunk.kind, other.kind} != {"name", "role"}:
            continue
        name, role = (chunk, other) if chunk.kind == "name" else (other, chunk)
        name.role = role.role or name.role
        # one person in one clause slot: the pair's tokens together find that slot
        name.tokens = sorted(name.tokens + role.tokens, key=lambda t: t.i)
        dropped.add(id(role))
    return [c for c in chunks if id(c) not in dropped]


def lend_report_roles(chunks: list[Chunk]) -> list[Chunk]:
    """ "David Evans gave his General Secretary's report", "In his Leader's report, Ed said": the role
    owning the report is the role of the clause's subject, not a second speaker."""
    vocab = vocabulary()
    lent: set[int] = set()
    for chunk in chunks:
        anchor = anchor_of(chunk)
        if chunk.kind != "role" or anchor.dep_ != "poss" or not word_in(anchor.head, vocab.speech_nouns):
            continue
        verb = _clause_verb(anchor.head)
        subjects = [
            c
            for c in chunks
            if c is not chunk
            and c.kind != "role"
            and (
                (anchor_of(c).head == verb and anchor_of(c).dep_ == "nsubj")
                or (anchor_of(c).head == anchor.head and anchor_of(c).dep_ == "appos")
            )
        ]
        for subject in subjects:
            subject.role = chunk.role
            lent.add(id(chunk))
    return [c for c in chunks if id(c) not in lent]


def _clause_verb(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _set_off_after(first: Chunk, second: Chunk) -> bool:
    """ "the Chair of the Committee (CAC), Harry Donaldson": only commas or a bracketed acronym between."""
    doc = first.tokens[0].doc
    between = doc[first.tokens[-1].i + 1 : second.tokens[0].i]
    return any(t.text == "," for t in between) and all(
        t.is_punct or ALL_CAPS.fullmatch(t.text) is not None for t in between
    )
