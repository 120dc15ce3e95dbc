"""The lemmatizer's lemmas, cached for every token, are the lemmatizer's own."""

from __future__ import annotations

import spacy
from spacy.pipeline import Lemmatizer

from nec_extract.language.lemmas import Lemmas, fits, index_as_sets
from nec_extract.language.nlp import MODEL_PACKAGE, _lemmas, load_nlp, parse

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


# words the rules must work on (no base form): plurals, past and -ing forms, comparatives, made-up words the index
# knows no form of ("glorped", "zindles")
UNSEEN = [
    "The zindles glorped while the stewards were reorganising their quickest ballots.",
    "Councillors lobbied hardest, and the affiliates' motions were remitted, withdrawn or carried.",
]


def test_the_index_answers_membership_as_its_list_did() -> None:
    fresh = spacy.load(MODEL_PACKAGE).get_pipe("lemmatizer")
    assert isinstance(fresh, Lemmatizer)
    table = fresh.lookups.get_table("lemma_index")
    before = {key: list(table[key]) for key in table}
    index_as_sets(fresh)
    for key, forms in before.items():
        assert table[key] == forms and isinstance(table[key], list)
        for word in (forms[0], forms[-1], "glorp", "zindle", "", "Ballot"):
            assert (word in table[key]) == (word in forms)


def test_lemmas_are_those_of_a_freshly_loaded_model() -> None:
    texts = SENTENCES + UNSEEN
    reference = _lemmas_of(spacy.load(MODEL_PACKAGE).pipe(texts, disable=["ner"]))
    assert _lemmas_of(parse(texts)) == reference
