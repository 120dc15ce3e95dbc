"""The lemmatizer's lemmas, cached for every token, are the lemmatizer's own."""

from __future__ import annotations

from spacy.pipeline import Lemmatizer

from nec_extract.language.lemmas import Lemmas, fits
from nec_extract.language.nlp import _lemmas, load_nlp, parse

# our own sentences: verbs in every form, plurals, comparatives, names, numbers, punctuation, the same word as a
# noun and as a verb ("votes"), and words the attribute ruler gives a lemma of its own ("'s", "n't")
SENTENCES = [
    "The branches voted for better terms; the votes were counted twice.",
    "She's chairing the meetings and hasn't missed one, the secretary said.",
    "Delegates rejected the earliest proposals, agreeing larger budgets by 14 votes to 3.",
    "Jo Bloggs and the Bloggses' neighbours were elected unopposed!",
    "We'd better go: the geese, mice and criteria were all counted.",
]


def _lemmas_of(docs: object) -> list[list[tuple[str, str, str]]]:
    return [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in docs]  # type: ignore[attr-defined]


def test_the_model_lemmatizer_is_cached() -> None:
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer) and fits(lemmatizer)
    assert isinstance(_lemmas(), Lemmas)


def test_lemmas_are_spacys_first_time_and_from_the_cache() -> None:
    reference = _lemmas_of(load_nlp().pipe(SENTENCES, disable=["ner"]))
    assert _lemmas_of(parse(SENTENCES)) == reference
    assert _lemmas_of(parse(SENTENCES)) == reference  # every key known now


def test_a_lemma_already_set_is_kept_and_each_key_worked_out_once() -> None:
    nlp = load_nlp()
    asked: list[str] = []
    lemmatizer = nlp.get_pipe("lemmatizer")

    class Counting:
        def lemmatize(self, token: object) -> list[str]:
            asked.append(token.text)  # type: ignore[attr-defined]
            return list(lemmatizer.lemmatize(token))  # type: ignore[attr-defined]

    lemmas = Lemmas(Counting())  # type: ignore[arg-type]
    doc = nlp("The votes and the votes.", disable=["lemmatizer", "ner"])
    doc[0].lemma_ = "THE"
    lemmas(doc)
    assert [t.lemma_ for t in doc] == ["THE", "vote", "and", "the", "vote", "."]
    assert asked == ["votes", "and", "the", "."]
