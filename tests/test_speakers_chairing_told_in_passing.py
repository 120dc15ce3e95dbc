"""Who chaired, told in passing (SPEC: Rulings, Speakers: chairing counts as an act at the meeting). Two forms were
lost (round 28): a verbless clause after a semicolon with an office before the name ("In attendance: 27 members;
Branch President X in the chair."), and the passive "chaired by" whose subject is the meeting's body by its short
name or a relative pronoun standing for it ("Saturday's WEC, which was chaired by X"). Sentences written here in the
registers of union branch minutes, CLP minutes, council minutes, an NEC member's write-up and a news report; a panel
or review chaired by someone, and a chair still to come, make no speaker.

Round 29: the same told as a verbless sentence of its own, an office, the name and "in the chair" ("President X in the
chair."), at a line's start, after the last sentence's full stop, or after a thread's post counter ("2/n"); seen on a
union executive's social-media thread and a union conference's decisions page."""

from __future__ import annotations

import pytest

from support import speaker_names as names


@pytest.mark.parametrize(
    "text",
    [
        # union branch minutes
        "Attendance: 31 members; Branch Chair Wendy Ostrowska in the chair.\n",
        # CLP general committee minutes
        "19 delegates present; Vice-Chair Wendy Ostrowska in the chair. The minutes were agreed.\n",
        # council committee minutes
        "Quorate; Councillor Wendy Ostrowska in the Chair.\n",
        # an NEC member's write-up
        "A quick note on Tuesday's NEC, which was chaired by Wendy Ostrowska, before the full report.\n",
        # a Welsh executive report
        "Saturday's WEC was chaired by Wendy Ostrowska and ran over by an hour.\n",
        # a news report
        "The ruling body's meeting in Leeds, which was chaired by Wendy Ostrowska, lasted four hours.\n",
    ],
)
def test_who_chaired_told_in_passing_is_a_speaker(text: str) -> None:
    assert names(text) == {"Wendy Ostrowska"}


@pytest.mark.parametrize(
    "text",
    [
        "The new appeals panel, which is chaired by Wendy Ostrowska, will meet monthly.\n",
        "We set up a working group on rules, which will be chaired by Wendy Ostrowska.\n",
        "The review, which was led by Wendy Ostrowska, reported last year.\n",
        "Apologies were received; the Mayor in the chair.\n",
    ],
)
def test_a_body_or_review_someone_chairs_names_no_speaker(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # union branch minutes, the line on its own
        "Branch President Odile Fairbrass in the chair.\nThe minutes of the last meeting were agreed.\n",
        # an NEC member's write-up, after a sentence
        "We met in Newcastle for once. Vice-Chair Odile Fairbrass in the chair, as the Chair was ill.\n",
        # council minutes in capitals for the chair
        "Quorum present. Deputy Mayor Odile Fairbrass in the Chair.\n",
        # a thread's numbered post
        "2/n President Odile Fairbrass in the chair. The report on pay came first.\n",
        # a news report
        "Around 60 delegates attended. President Odile Fairbrass in the chair opened with a tribute.\n",
    ],
)
def test_an_office_and_a_name_in_the_chair_is_a_speaker(text: str) -> None:
    assert "Odile Fairbrass" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The President in the chair.\nThe minutes of the last meeting were agreed.\n",
        "Next month President Odile Fairbrass will be in the chair of the regional council.\n",
        "Anyone in the chair would have ruled the same way.\n",
    ],
)
def test_no_named_chair_in_this_meeting_makes_no_speaker(text: str) -> None:
    assert "Odile Fairbrass" not in names(text)
    assert "Anyone" not in names(text)
