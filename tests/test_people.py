"""Name resolution on sentences written for these tests: titles, fullest form on the page, misspellings,
initials and the roles a page gives people."""

from __future__ import annotations

import re

import pytest

from nec_extract.language.people import (
    initials_map,
    nearest_role_holder,
    page_names,
    person_words,
    resolve_name,
    role_holders,
    role_key,
    role_title,
    strip_titles,
)
from nec_extract.language.people.gender import agrees_with
from nec_extract.language.people.listed import list_items, listed_name
from nec_extract.language.text import split_sentences


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Dame Margaret Beckett", "Margaret Beckett"),
        ("Shabana Mahmood MP", "Shabana Mahmood"),
        ("Cllr Ola Brightwell", "Ola Brightwell"),
        ("Baroness Ines Corrie", "Ines Corrie"),
        ("Sir Tobias Wren", "Tobias Wren"),
        ("Dr. Amal Haddad", "Amal Haddad"),
        ("Lord Peter Pell", "Peter Pell"),
        ("Rhodri Vaughan’s", "Rhodri Vaughan"),
    ],
)
def test_titles_and_possessives_are_dropped(raw: str, clean: str) -> None:
    assert strip_titles(raw) == clean


def test_person_words_trim_roles_and_reject_organisations() -> None:
    assert person_words("General Secretary Dylan Pryce") == ["Dylan", "Pryce"]
    assert person_words("Yesterday Keir Starmer") == ["Keir", "Starmer"]
    assert person_words("Welsh Labour") == []
    assert person_words("The Forde Report") == []
    assert person_words("Ann Black") == ["Ann", "Black"]


def test_page_names_are_full_names_in_page_order() -> None:
    page = "The Labour Party met. Chair Nia Roberts opened. Later Nia Roberts and Kam Lee spoke."
    assert [n.text for n in page_names(page)] == ["Nia Roberts", "Nia Roberts", "Kam Lee"]


def test_first_names_and_surnames_resolve_to_the_fullest_form() -> None:
    page = "Ravi Menon gave the report. Ravi said that costs were up. Menon added a caveat."
    assert resolve_name("Ravi", page) == "Ravi Menon"
    assert resolve_name("Menon", page) == "Ravi Menon"
    assert resolve_name("Mr Menon", page) == "Ravi Menon"


def test_a_name_with_no_fuller_form_stays() -> None:
    assert resolve_name("Jeremy", "Jeremy spoke about the floods.") == "Jeremy"


def test_a_middle_name_on_the_page_is_the_fullest_form() -> None:
    page = "Gurinder Singh Josan proposed it. Gurinder Josan later withdrew."
    assert resolve_name("Gurinder Josan", page) == "Gurinder Singh Josan"


def test_people_sharing_a_surname_resolve_by_nearness() -> None:
    page = "Gordon Brown gave the leader's report. Nick Brown gave the whips' report. Mr Brown said more."
    assert resolve_name("Brown", page, near=page.index("Mr Brown")) == "Nick Brown"
    assert resolve_name("Brown", page, near=page.index("Nick Brown") - 2) == "Gordon Brown"


def test_a_small_misspelling_goes_to_the_more_frequent_form() -> None:
    page = "Jon Smith spoke. Jon Smith voted. Jon Smiht moved an amendment."
    assert resolve_name("Jon Smiht", page) == "Jon Smith"


def test_the_gazetteer_corrects_known_misspellings() -> None:
    assert resolve_name("Annelise Dodds", "Annelise Dodds reported.") == "Anneliese Dodds"
    assert resolve_name("Kier Starmer", "Kier Starmer spoke.") == "Keir Starmer"


def test_initials_declared_or_derived() -> None:
    page = "Present: Alma Bright (AB), Cora Dunn, Carl Dent."
    mapping = initials_map(page)
    assert mapping["AB"] == "Alma Bright"
    assert "CD" not in mapping  # two people have these initials


def test_role_keys() -> None:
    assert role_key("The NEC Chair") == "chair"
    assert role_key("GS") == "general secretary"
    assert role_key("Party Chair") == "party chair"


@pytest.mark.parametrize(
    ("page", "role", "holder"),
    [
        ("Chair: Mina Holloway. Secretary: Osian Reece.", "Secretary", "Osian Reece"),
        ("Present: Chair (Ada Fairley) and eight others.", "Chair", "Ada Fairley"),
        ("The General Secretary, Callum Reid, reported.", "General Secretary", "Callum Reid"),
        ("Rosa Linton, our Treasurer, reported.", "Treasurer", "Rosa Linton"),
        ("General Secretary Dylan Pryce reported.", "General Secretary", "Dylan Pryce"),
        ("We thanked Ruth Okon, who retires as General Secretary.", "General Secretary", "Ruth Okon"),
        ("Dame Margaret Beckett was elected chair of the NEC.", "Chair", "Margaret Beckett"),
    ],
)
def test_the_page_says_who_holds_a_role(page: str, role: str, holder: str) -> None:
    assert nearest_role_holder(page, role, len(page)) == holder


def test_lower_case_words_are_never_role_holders() -> None:
    page = "She has served as leader and deputy leader of the party."
    assert role_holders(page) == ()


def test_the_nearest_person_in_their_fullest_form() -> None:
    page = "Gurinder Singh Josan chaired. Much later, Gurinder Josan spoke. Gurinder asked a question."
    assert resolve_name("Gurinder", page, near=page.index("Gurinder asked")) == "Gurinder Singh Josan"


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (["the", "general", "secretary"], "General Secretary"),
        (["GS"], "General Secretary"),
        (["Chair", "of", "the", "NPF"], "Chair of the NPF"),
        (["Cllr", "Deputy", "Leader"], "Deputy Leader"),
        (["Campaign", "launch"], None),
    ],
)
def test_a_role_as_shown(words: list[str], title: str | None) -> None:
    assert role_title(words) == title


def test_titles_abbreviated_or_not_and_honours_are_all_dropped() -> None:
    assert strip_titles("Capt. Ada Rooke OBE") == "Ada Rooke"
    assert strip_titles("Rt Hon Ada Rooke MS") == "Ada Rooke"
    assert person_words("Councillor Ada Rooke JP") == ["Ada", "Rooke"]


def test_an_abbreviated_title_does_not_end_a_sentence() -> None:
    page = "Cllr. Ada Rooke opened. Prof. Bo Lund replied."
    assert [s.text for s in split_sentences(page)] == ["Cllr. Ada Rooke opened.", "Prof. Bo Lund replied."]


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Cllr A Carter (2)", "A Carter"),
        ("Bro. T WOODHOUSE", "T WOODHOUSE"),
        ("Finnigan", "Finnigan"),
        ("Dame Ines Corrie MP*", "Ines Corrie"),
        ("the Labour Group", None),
        ("12", None),
        ("none", None),
        ("Councillors", None),
        ("J.", None),
    ],
)
def test_a_name_in_a_list(item: str, name: str | None) -> None:
    assert listed_name(item) == name


def test_list_items_keep_their_offsets() -> None:
    text = "Ames, Bell and Cole; Dunn"
    assert [(text[at : at + len(item)], item) for at, item in list_items(text)] == [
        ("Ames", "Ames"),
        ("Bell", "Bell"),
        ("Cole", "Cole"),
        ("Dunn", "Dunn"),
    ]


def test_a_pronoun_agrees_with_a_common_first_name_or_says_nothing() -> None:
    assert agrees_with("Anna Reyes", "she") is True
    assert agrees_with("Keir Starmer", "she") is False
    assert agrees_with("J. Tomas Ruiz", "he") is None  # a first name the list does not know
    assert agrees_with("Anna Reyes", "they") is None


def test_a_written_name_takes_titles_particles_and_honours() -> None:
    from nec_extract.language.people import written_name_re

    for written in ("Cllr Ada de Vries MP", "Vice President Tomas Eke", "Dr. Mo Farrant", "Rt Hon Jo Tiller"):
        assert re.fullmatch(written_name_re(), written), written
    assert not re.fullmatch(written_name_re(), "the chair")


def test_a_written_name_is_cleaned_to_the_person() -> None:
    from nec_extract.language.people import clean_name

    assert clean_name("Cllr Ada Rooke's") == "Ada Rooke"
    assert clean_name("President Tomas Eke MP") == "Tomas Eke"
    assert clean_name("Seconded Jo Tiller") == "Jo Tiller"
    assert clean_name("Ann Black") == "Ann Black"  # a colour may end a surname
    assert clean_name("The Chair") is None
    assert clean_name("UK Government") is None
    assert clean_name("Officers Jim Hale") == "Jim Hale"
