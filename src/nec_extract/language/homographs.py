"""First names the tagger reads as modal verbs, read again as the names they are: in "Will presented the accounts"
the word before a past form with no subject cannot be a modal (a modal never governs one), so it is that verb's
subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.language.lexicon.grammar import grammar_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PAST_FORMS = ("VBD", "VBN")


def names_read_as_modals(doc: Doc) -> Doc:
    """``doc`` with each capitalised modal that governs a bare past form retagged as that verb's named subject."""
    for token in _modal_names(doc):
        if token.is_title and _governs_a_bare_past(token):
            token.tag_, token.pos_, token.dep_ = "NNP", "PROPN", "nsubj"
    return doc


def _modal_names(doc: Doc) -> list[Token]:
    """The doc's tokens that are one of the names in any case, found by the number of their lower-case form: every
    parsed sentence is asked, and making a Token of each word costs more than the question."""
    strings = doc.vocab.strings
    names = {strings[name] for name in grammar_vocabulary().modal_first_names}
    return [doc[i] for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in names]


def _governs_a_bare_past(modal: Token) -> bool:
    verb = modal.head
    if modal.tag_ != "MD" or modal.dep_ != "aux" or verb.tag_ not in _PAST_FORMS or verb.i != modal.i + 1:
        return False
    return not any(c.i != modal.i and c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
