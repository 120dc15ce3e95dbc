"""What someone called a thing is what they said of it ("branded the plan a disgrace"), an undertaking given at
the meeting is speaking ("undertook to circulate the figures"), and a deputation is heard from someone. Sentences
written for these tests, invented people, in the voices of an NEC write-up, council minutes, a union's minutes
and a local paper."""

from __future__ import annotations

import pytest

from support import speaker_names as names


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Ines Varga called the housing plan a disgrace.",
        "Ines Varga branded the proposal an attack on ordinary members.",
        "The opposition leader, Ines Varga, labelled the cuts reckless and short-sighted.",
        "Ines Varga dubbed the compromise a fudge, to laughter from the gallery.",
        "Branch secretary Ines Varga described the offer as an insult.",
    ],
)
def test_what_someone_called_a_thing_is_what_they_said(text: str) -> None:
    assert names(text) == {"Ines Varga"}


@pytest.mark.parametrize(
    "text",
    [
        "Ines Varga called the housing association last week.",
        "The review was called by the previous leader, Ines Varga, in 2019.",
    ],
)
def test_calling_someone_or_a_review_is_no_speech(text: str) -> None:
    assert "Ines Varga" not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Treasurer, Piet Olsen, undertook to circulate a breakdown before the next meeting.",
        "Cllr Piet Olsen undertook to write to the housing association.",
        "Piet Olsen undertook to bring a fuller paper to the July executive.",
    ],
)
def test_an_undertaking_given_at_the_meeting_is_speaking(text: str) -> None:
    assert names(text) == {"Piet Olsen"}


def test_undertaking_a_task_is_no_speech() -> None:
    assert "Piet Olsen" not in names("Piet Olsen undertook a review of the branch's finances last year.")


@pytest.mark.parametrize(
    "text",
    [
        "The meeting heard a deputation from Rosa Lind on behalf of the tenants' association.",
        "Councillors received a deputation from Rosa Lind about the closure of the library.",
        "There was a deputation from Rosa Lind, representing parents at the school.",
    ],
)
def test_a_deputation_is_heard_from_someone(text: str) -> None:
    assert names(text) == {"Rosa Lind"}


@pytest.mark.parametrize(
    "text",
    [
        "Lisa Tran pointed to the party's record on housing in the city.",
        "Cllr Lisa Tran spelt out what the cuts would mean for the libraries.",
        "Lisa Tran gave an upbeat assessment of the by-election campaign.",
        "Lisa Tran's response was that the matter was before the courts.",
        "The General Secretary's answer, given by Lisa Tran, was that no decision had been taken.",
        "The motion was in the names of Lisa Tran and Ola Biu.",
    ],
)
def test_more_ways_of_saying_someone_spoke(text: str) -> None:
    assert "Lisa Tran" in names(text)


def test_both_names_a_motion_stands_in_are_its_movers() -> None:
    assert names("The emergency motion was in the names of Lisa Tran and Ola Biu, and was carried.") == {
        "Lisa Tran",
        "Ola Biu",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Lisa Tran wanted to know why the report had come so late.",
        "Lisa Tran wished to know whether the branch would be consulted.",
        "Sister Lisa Tran wanted to hear more about the timetable for the ballot.",
        "Cllr Lisa Tran sought clarification on the reserves.",
    ],
)
def test_wanting_to_know_is_asking(text: str) -> None:
    assert names(text) == {"Lisa Tran"}


def test_wanting_something_else_is_no_speech() -> None:
    assert names("Lisa Tran wanted to be on the new committee, but the slate was full.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lisa Tran did the leader's report, with a lot on the cost of living.",
        "Lisa Tran did a short presentation on the new website.",
        "Lisa Tran, our General Secretary, gave the numbers.",
        "The executive met in Cardiff under the chairing of Lisa Tran.",
        "The branch met under the chairmanship of Cllr Lisa Tran.",
    ],
)
def test_a_report_done_numbers_given_and_a_meeting_chaired(text: str) -> None:
    assert names(text) == {"Lisa Tran"}


@pytest.mark.parametrize(
    "text",
    [
        "Lisa Tran did her best to keep the peace outside.",
        "The party grew under the leadership of Lisa Tran.",
    ],
)
def test_doing_one_s_best_and_leading_a_party_are_no_speech(text: str) -> None:
    assert names(text) == set()
