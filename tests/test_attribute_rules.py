"""The model's attribute ruler as a lookup sets exactly what spaCy's own ruler sets."""

from __future__ import annotations

import pytest
import spacy

from nec_extract.language.attribute_rules import AttributeRules, UnsupportedRule
from nec_extract.language.nlp import _attribute_rules, load_nlp, parse

# our own sentences, touching the ruler's special cases: contractions, "there is/are", pronouns as objects,
# "do"/"have" as main verbs, determiners standing alone, spaces, and tags mapped to parts of speech
SENTENCES = [
    "The committee agreed the motion, which Jo Bloggs had moved.",
    "There is no quorum and there're two vacancies, so it wasn't decided.",
    "I ain't sure y'all know; it's nothin' new, he said.",
    "She gave it to me and I thanked you for it.",
    "They did their best; we have the figures and do not doubt them.",
    "That was all: this is what those who voted wanted.",
    "The  General Secretary\n\nreported   that membership had risen to 4,000.",
    "Cllr Ann Reyes (Treasurer) moved; Cllr Tom Hale seconded — carried 12–3.",
    "He's been re-elected, hasn't he? Yes, and they're pleased.",
    "Members'd asked whether the NEC's ruling on the vote was final.",
]


def _annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i)) for t in doc]


def test_every_rule_of_the_model_is_mirrored() -> None:
    assert _attribute_rules() is not None


def test_parse_sets_what_spacys_ruler_sets() -> None:
    reference = load_nlp().pipe(SENTENCES, disable=["ner"])
    for ours, theirs in zip(parse(SENTENCES), reference, strict=True):
        assert _annotations(ours) == _annotations(theirs)


def test_the_rules_do_set_parts_of_speech_and_lemmas() -> None:
    nlp = load_nlp()
    rules = _attribute_rules()
    assert rules is not None
    doc = next(nlp.pipe(["There is no quorum."], disable=["ner", "attribute_ruler", "lemmatizer"]))
    assert [t.pos_ for t in doc] == ["", "", "", "", ""]
    rules(doc)
    assert [t.pos_ for t in doc] == ["PRON", "VERB", "DET", "NOUN", "PUNCT"]
    assert doc[1].lemma_ == "be"


def test_a_pattern_with_an_operator_is_left_to_spacy() -> None:
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    with pytest.raises(UnsupportedRule):
        AttributeRules(ruler)


def test_a_rule_on_a_later_token_and_later_rules_win() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the"}, {"LOWER": {"REGEX": "^comm"}}]], {"POS": "NOUN"}, index=1)
    ruler.add([[{"LOWER": "committee"}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": {"IN": ["met", "sat"]}}]], {"POS": "VERB"})
    ruler.add([[{"LOWER": "sat"}]], {"POS": "AUX"})
    for text in ("the committee met", "a committee sat", "the commission sat"):
        theirs, ours = nlp(text), nlp.make_doc(text)
        AttributeRules(ruler)(ours)
        assert [t.pos_ for t in ours] == [t.pos_ for t in theirs]
    assert [t.pos_ for t in nlp("the commission sat")] == ["", "NOUN", "AUX"]
