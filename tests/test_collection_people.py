"""One key per person across a collection (nec_extract.collection.people)."""

from __future__ import annotations

from nec_extract.collection.people import clean_name, person_keys


def test_three_forms_of_a_gazetteer_person_are_one_person() -> None:
    keys = person_keys(["Keir", "Keir Starmer", "Starmer"])
    assert set(keys.values()) == {"Keir Starmer"}


def test_three_forms_of_someone_the_gazetteer_does_not_know_are_one_person() -> None:
    keys = person_keys(["Dora Pennick", "Dora", "Pennick", "Dora Pennick"])
    assert keys == {"Dora Pennick": "Dora Pennick", "Dora": "Dora Pennick", "Pennick": "Dora Pennick"}


def test_people_sharing_a_first_name_stay_apart_and_the_bare_first_name_joins_neither() -> None:
    keys = person_keys(["Sam Clark", "Sam Jones", "Sam"])
    assert keys == {"Sam Clark": "Sam Clark", "Sam Jones": "Sam Jones", "Sam": "Sam"}


def test_people_sharing_a_surname_stay_apart() -> None:
    keys = person_keys(["Gordon Brown", "Nick Brown", "Brown"])
    assert keys["Gordon Brown"] != keys["Nick Brown"]
    assert keys["Brown"] == "Brown"


def test_a_first_name_alone_is_never_given_a_surname_by_the_gazetteer() -> None:
    # no page in the collection gives a full name starting "Tony": a local Tony is not Tony Blair
    assert person_keys(["Tony"]) == {"Tony": "Tony"}
    # a surname alone is how a known figure is written of
    assert person_keys(["Corbyn"]) == {"Corbyn": "Jeremy Corbyn"}


def test_variants_and_misspellings_join_the_gazetteer_person() -> None:
    keys = person_keys(["Pete Willsman", "Peter Willsman", "Kier Starmer"])
    assert keys == {
        "Pete Willsman": "Peter Willsman",
        "Peter Willsman": "Peter Willsman",
        "Kier Starmer": "Keir Starmer",
    }


def test_a_shorter_full_name_joins_the_one_longer_form_holding_it() -> None:
    assert person_keys(["Gurinder Josan", "Gurinder Singh Josan"])["Gurinder Josan"] == "Gurinder Singh Josan"
    apart = person_keys(["Ann Smith", "Ann Mary Smith", "Ann Jane Smith"])
    assert apart["Ann Smith"] == "Ann Smith"


def test_no_name_and_the_unnamed_author_are_nobody() -> None:
    assert person_keys([None, "", "(author)", "  "]) == {}
    assert clean_name(" Ann   Black ") == "Ann Black"
    assert clean_name("(author)") is None
