"""Officers listed after a colon under the noun of the act, not its verb (round 14): "The following appointments
were made for the year: A as Chairman, B as Vice-Chairman and C as Leader of the Council" is three elections, as
"We elected our officers: A as Chair, ..." is. Also the civic posts ("Chairman", "Mayor") among the roles. Every
sentence is written for these tests, in council, branch and party voices, with negatives: a colon over no person
and post, and a single pair."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

COUNCIL = "Minutes of the Annual Meeting of the Council held on 21 May 2024"
BRANCH = "Northside branch AGM, 14 May 2024"
PARTY = "County party executive, 9 March 2024"


def summaries(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\nApologies were received.\n\n{body}\n\nThe meeting closed at 9pm.\n", "p.txt")
    return [m.summary for r in document.reports for m in r.motions if m.outcome.value == "carried"]


LISTED = [
    (
        "The following appointments were made for the coming year: Councillor Ann Lee as Chairman of the Council, "
        "Councillor Bob Hill as Vice-Chairman and Councillor Cat Jones as Leader of the Council.",
        COUNCIL,
        3,
    ),
    ("Officer elections followed: Ruth Ames as Chairwoman and Dev Patel as Treasurer.", BRANCH, 2),
    # the verb form, now with the civic posts among the roles
    ("The council then re-elected: Sam Ford as Mayor and Lee Chan as Deputy Mayor.", COUNCIL, 2),
    ("Appointments for 2024 were confirmed: Jo Wu as Chairperson, Ed Kerr as Secretary.", PARTY, 2),
]


@pytest.mark.parametrize(("body", "title", "count"), LISTED)
def test_one_election_per_person_and_post_after_the_colon(body: str, title: str, count: int) -> None:
    found = summaries(body, title)
    assert len(found) == count
    assert all(s.startswith("election of ") for s in found)


NOT_LISTED = [
    ("Appointments to outside bodies: the list will be circulated by the clerk.", COUNCIL),
    ("Officer elections: these will be held at the AGM in June.", BRANCH),
]


@pytest.mark.parametrize(("body", "title"), NOT_LISTED)
def test_a_colon_over_no_person_and_post_elects_no_one(body: str, title: str) -> None:
    assert summaries(body, title) == []
