"""The people-and-roles gazetteer of models/people.json."""

from __future__ import annotations

from datetime import date

from nec_extract.language.people import gazetteer


def test_every_entry_is_well_formed() -> None:
    people = gazetteer.people()
    assert len(people) > 30
    assert len({p.name for p in people}) == len(people)
    for person in people:
        assert len(person.name.split()) >= 2
        for tenure in person.tenures:
            assert tenure.end is None or tenure.start < tenure.end


def test_loaded_once() -> None:
    assert gazetteer.people() is gazetteer.people()


def test_misspellings_are_always_corrected() -> None:
    assert gazetteer.canonical_name("Annelise Dodds") == "Anneliese Dodds"
    assert gazetteer.canonical_name("iain mcnichol") == "Iain McNicol"


def test_variants_only_when_the_page_gives_the_canonical_form() -> None:
    assert gazetteer.canonical_name("Pete Willsman") is None
    assert gazetteer.canonical_name("Pete Willsman", "Peter Willsman wrote this.") == "Peter Willsman"


def test_unknown_people_are_unknown() -> None:
    assert gazetteer.lookup("Nobody Inparticular") is None
    assert gazetteer.canonical_name("Nobody Inparticular") is None


def test_roles_by_date() -> None:
    assert gazetteer.role_on("Jeremy Corbyn", date(2017, 6, 1)) == "Leader"
    assert gazetteer.role_on("Jeremy Corbyn", date(2021, 6, 1)) is None
    assert gazetteer.role_on("Keir Starmer", date(2023, 3, 28)) == "Leader"
    assert gazetteer.role_on("Keir Starmer", None) is None


def test_holders_of_a_role_on_a_day() -> None:
    assert gazetteer.holders("General Secretary", date(2019, 6, 1)) == ["Jennie Formby"]
    assert gazetteer.holders("general secretary", date(2013, 1, 1)) == ["Iain McNicol"]
    assert gazetteer.holders("Deputy Leader", date(2016, 1, 26)) == ["Tom Watson"]
    assert gazetteer.holders("Leader", None) == []


def test_first_names_are_evidence_not_speakers() -> None:
    assert gazetteer.is_first_name("Keir")
    assert gazetteer.is_first_name("jennie")
    assert not gazetteer.is_first_name("Momentum")
