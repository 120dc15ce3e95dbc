"""spaCy's lemmatizer with one cache for every token.

The model's rule lemmatizer caches the lemmas its rules work out, but works out again, at every token, those it
returns early: base forms (a singular noun, an infinitive) and parts of speech it has no rules for (punctuation,
determiners, pronouns), more than half of a sentence's tokens. What it returns depends only on the word, its part of
speech and its morphology (``rule_lemmatize`` reads nothing else), so :class:`Lemmas` keeps every lemma under those
three and asks the lemmatizer once per key. As the lemmatizer does, it leaves a lemma already set (the attribute
ruler's exceptions) as it is.

A word not seen before still costs the lemmatizer's rules, and those ask whether each form they make is a known
base form (``form in index``), where the model keeps each part of speech's known forms as a list (57,000 nouns):
one question reads the whole list. :func:`index_as_sets` gives those lists a set's membership test, the same
lists otherwise (same items, same order), so the rules give the same lemmas about a hundred times faster.
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


class _Listed(list[str]):
    """A list that answers ``in`` from a set of its items: the same answers, without reading it through."""

    def __init__(self, items: list[str]) -> None:
        super().__init__(items)
        self._members = frozenset(items)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Give the lemmatizer's lists of known forms (its ``lemma_index`` table) a set's membership test, in place.
    They are never changed after loading; an entry that is not a list of words is left as it is."""
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for key in list(index.keys()):
        forms = index[key]
        if type(forms) is list and all(isinstance(form, str) for form in forms):
            index[key] = _Listed(forms)


def fits(lemmatizer: Lemmatizer) -> bool:
    """Whether the lemmatizer works as :class:`Lemmas` assumes: by rule, keeping a lemma already set."""
    return lemmatizer.mode == "rule" and not lemmatizer.overwrite
