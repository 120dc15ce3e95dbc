"""spaCy's lemmatizer with one cache for every token.

The model's rule lemmatizer caches the lemmas its rules work out, but works out again, at every token, those it
returns early: base forms (a singular noun, an infinitive) and parts of speech it has no rules for (punctuation,
determiners, pronouns), more than half of a sentence's tokens. What it returns depends only on the word, its part of
speech and its morphology (``rule_lemmatize`` reads nothing else), so :class:`Lemmas` keeps every lemma under those
three and asks the lemmatizer once per key. As the lemmatizer does, it leaves a lemma already set (the attribute
ruler's exceptions) as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc


class Lemmas:
    """The lemmatizer's lemmas, each worked out once per word, part of speech and morphology."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self._lemmatizer = lemmatizer
        self._known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        for token in doc:
            if token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]  # as spaCy keys its cache
                lemma = self._known.get(key)
                if lemma is None:
                    lemma = self._known[key] = strings.add(self._lemmatizer.lemmatize(token)[0])
                token.lemma = lemma
        return doc


def fits(lemmatizer: Lemmatizer) -> bool:
    """Whether the lemmatizer works as :class:`Lemmas` assumes: by rule, keeping a lemma already set."""
    return lemmatizer.mode == "rule" and not lemmatizer.overwrite
