"""Small questions about parsed tokens that the speakers modules share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

NOMINAL = {"PROPN", "NOUN", "PRON"}


def word_in(token: Token, words: frozenset[str]) -> bool:
    """The word or its lemma is listed ("thanks" lemmatises to "thank")."""
    return token.lower_ in words or token.lemma_.casefold() in words


def text_of(token: Token) -> str:
    """The words of the token's subtree, space-separated."""
    return " ".join(t.text for t in token.subtree)


def objects_of(verb: Token) -> list[Token]:
    """What the verb acts on: its objects, the noun a relative clause hangs on, "with/to/about X", and what
    a part of it stands for: "one of the speeches"."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    if verb.dep_ == "relcl" and verb.head.pos_ in NOMINAL:
        found.append(verb.head)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in vocabulary().object_preps:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found + [whole for part in found for whole in _partitive_of(part)]


def _partitive_of(noun: Token) -> list[Token]:
    """ "one of the best speeches", "a number of questions": the nouns a part stands for."""
    if noun.lower_ not in vocabulary().partitive_words:
        return []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return [c for prep in preps for c in prep.children if c.dep_ == "pobj"]
