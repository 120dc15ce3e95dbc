"""Who chaired, told in passing (SPEC: Rulings, Speakers: chairing counts as an act at the meeting). Two forms were
lost (round 28): a verbless clause after a semicolon with an office before the name ("In attendance: 27 members;
Branch President X in the chair."), and the passive "chaired by" whose subject is the meeting's body by its short
name or a relative pronoun standing for it ("Saturday's WEC, which was chaired by X"). Sentences written here in the
registers of union branch minutes, CLP minutes, council minutes, an NEC member's write-up and a news report; a panel
or review chaired by someone, and a chair still to come, make no speaker."""

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
