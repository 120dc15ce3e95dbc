"""Speakers in minutes' own forms: proposer and seconder notes, who an attendance list says holds a role (so that
"the Secretary reported" names that person) and who it says was in the chair. Sentences and pages written for
these tests, invented people, in the styles of union, CLP, council and other parties' minutes."""

from __future__ import annotations

import pytest

from support import speaker_names as names
from support import speakers_of

# --- movers and seconders noted -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # each on its own line (a union branch)
        "The minutes were agreed as a correct record.\nMoved: Ines Carvalho\nSeconded: Piotr Nowak\n",
        # both on one line, set apart by a wide gap (a CLP)
        "Accounts accepted.\nMoved: Ines Carvalho   Seconded: Piotr Nowak\n",
        # in running text, titles before the names (a council group)
        "Proposal to fund the summer scheme. Proposed: Cllr Ines Carvalho; Seconded: Cllr Piotr Nowak. Agreed.",
        "Emergency motion on the bus station. Moved: Ines Carvalho. Seconded: Piotr Nowak. Carried.",
        # inside a motion's line, in brackets (a CLP's motions to conference)
        "Motion on youth services (Westfield ward, proposer Ines Carvalho, seconder Piotr Nowak) was carried.",
        # after the names (a party committee's amendments)
        "Amendment 2 – Ines Carvalho (mover), Piotr Nowak (seconder) – lost.",
    ],
)
def test_a_mover_and_seconder_noted_are_speakers(text: str) -> None:
    assert names(text) == {"Ines Carvalho", "Piotr Nowak"}


def test_a_wide_gap_or_a_label_ends_a_name() -> None:
    text = "Moved: Ines Carvalho   Seconded: Piotr Nowak\nInes Carvalho asked about the costs.\n"
    assert names(text) == {"Ines Carvalho", "Piotr Nowak"}


@pytest.mark.parametrize(
    "text",
    [
        "The proposer of the motion was not present, so it was deferred.",
        "Seconded: the whole branch committee.\n",
        "Moved: see item 4 above.\n",
    ],
)
def test_a_note_naming_nobody_adds_no_speaker(text: str) -> None:
    assert names(text) == set()


# --- roles an attendance list gives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a union branch: the office in full in the list, shorter in the minutes
        ("Present: Oona Fitz (Branch Secretary), Raj Mehta\n\nThe Secretary reported on the ballot.", "Oona Fitz"),
        # a national executive: officials "in attendance"
        (
            "Present: Ada Lowe, Raj Mehta\nIn attendance: Oona Fitz (General Secretary)\n\n"
            "The General Secretary said a new offer was expected.",
            "Oona Fitz",
        ),
        # a council group: a plural title before the list, the office longer in the minutes
        (
            "Present: Councillors Oona Fitz (Leader), Raj Mehta (Chief Whip)\n\n"
            "The Group Leader warned that the settlement was worse than expected.",
            "Oona Fitz",
        ),
        # a head of a department
        (
            "In attendance: Oona Fitz (Head of Finance)\n\nThe Head of Finance presented the accounts.",
            "Oona Fitz",
        ),
        # a passive agent named by role
        (
            "Present: Oona Fitz (Group Secretary), Raj Mehta\n\nCllr Mehta was nominated, seconded by the Group "
            "Secretary.",
            "Oona Fitz",
        ),
    ],
)
def test_a_role_in_minutes_names_the_holder_the_attendance_list_gives(text: str, speaker: str) -> None:
    assert speaker in names(text)


def test_another_office_with_the_same_head_is_not_the_holder() -> None:
    text = "Present: Oona Fitz (Deputy Leader), Raj Mehta\n\nThe Leader opened the meeting."
    found = speakers_of(text)
    assert [(s.name, s.role) for s in found] == [(None, "Leader")]


def test_two_holders_of_offices_the_role_could_mean_name_nobody() -> None:
    text = "Present: Oona Fitz (Branch Secretary), Raj Mehta (Regional Secretary)\n\nThe Secretary reported."
    assert names(text) == set()


def test_an_office_of_its_own_is_not_the_role_the_minutes_name() -> None:
    text = "Present: Oona Fitz (Branch Secretary), Raj Mehta (Minutes Secretary)\n\nThe Secretary reported."
    assert names(text) == {"Oona Fitz"}


def test_people_an_attendance_list_names_do_not_speak_by_being_there() -> None:
    text = "Present: Oona Fitz (Treasurer), Raj Mehta, Ada Lowe\nApologies: Ben Ruiz\n\nThe Treasurer reported."
    assert names(text) == {"Oona Fitz"}


# --- who was in the chair -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Present: Una Bell (Vice-Chair, in the chair), Raj Mehta, Ada Lowe\n",
        "PRESENT: Bro. Una Bell (President) in the Chair; Bro. Raj Mehta; Sis. Ada Lowe.\n",
        "Present: Councillors Una Bell (Group Leader, in the chair), Raj Mehta, Ada Lowe.\n",
        "Attendees: Una Bell (Chair), Raj Mehta (Secretary)\n",
    ],
)
def test_the_chair_an_attendance_list_names_is_a_speaker(text: str) -> None:
    assert names(text) == {"Una Bell"}


def test_the_chair_of_an_attendance_list_is_who_the_chair_is_later() -> None:
    text = "Present: Una Bell (President, in the chair), Raj Mehta\n\n5. AOB\nThe Chair closed the meeting at 9pm."
    assert names(text) == {"Una Bell"}


# --- passive agents minutes write ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cllr Ada Lowe was nominated for the post of vice-chair of housing by Cllr Raj Mehta.", {"Raj Mehta"}),
        (
            "PRESENT: Bro. Tom Walsh; Sis. Pat Carr.\nIt was moved by Bro. Walsh and seconded by Sis. Carr that the "
            "report be received. CARRIED.",
            {"Tom Walsh", "Pat Carr"},
        ),
        ("An amendment to the third paragraph of the motion was moved by Ines Carvalho.", {"Ines Carvalho"}),
        ("Ada Lowe was elected to the board of trustees by the members.", set()),
        ("The new office was designed for the branch by Ines Carvalho.", set()),
    ],
)
def test_a_passive_agent_the_parser_hung_on_a_noun(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# --- tables and labelled lines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Motion | Proposer | Seconder | Result\nBus services | Ines Carvalho | Piotr Nowak | Carried\n",
        "| Item | Moved by | Seconded by |\n| Accounts | Ines Carvalho | Piotr Nowak |\n\nThe meeting closed.",
        "Motion\tProposer\tSeconder\nLibrary hours\tCllr Ines Carvalho\tCllr Piotr Nowak\n",
    ],
)
def test_a_table_with_proposer_and_seconder_columns(text: str) -> None:
    assert names(text) == {"Ines Carvalho", "Piotr Nowak"}


def test_a_table_without_such_columns_names_no_speaker() -> None:
    text = "Ward | Candidate | Votes\nEastgate | Ines Carvalho | 1,204\nWestgate | Piotr Nowak | 988\n"
    assert names(text) == set()


def test_a_chair_label_ends_where_the_next_label_begins() -> None:
    text = "Chair: Robin Ash. Minutes: Delia Frost (Secretary).\nPresent: 31 members.\n"
    assert names(text) == {"Robin Ash"}
    assert names("Chair: Robin Ash; minutes taken by Delia Frost\n") == {"Robin Ash"}


# --- council minutes: initials, and the office in the chair ------------------------------------------------------


def test_a_surname_takes_the_initialled_form_the_page_gives() -> None:
    text = (
        "Councillors: R. Adair, L. Bright, J. Faulkner.\n\n"
        "Councillor Bright asked the Leader of the Council, Councillor Faulkner, about the leisure centre. "
        "Councillor Faulkner replied that a contractor would be appointed.\n"
    )
    assert names(text) == {"L. Bright", "J. Faulkner"}


def test_a_full_first_name_wins_over_initials() -> None:
    text = "Present: Cllr L Bright, Cllr Lucy Bright's deputy Tom Orr.\nCouncillor Bright asked about the budget.\n"
    assert names(text) == {"Lucy Bright"}


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor (Councillor Una Bell) in the Chair.\n",
        "The Chairman (Cllr Una Bell) in the chair.\n",
    ],
)
def test_the_office_in_the_chair_names_who_chaired(text: str) -> None:
    assert names(text) == {"Una Bell"}


def test_abbreviated_proposer_and_seconder_with_initials() -> None:
    text = "Present: Priya Bose (PB), Olu Ade (OA), Rae Sims (RS)\n\nPlans for a stall agreed (prop. PB, sec. OA).\n"
    assert names(text) == {"Priya Bose", "Olu Ade"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present: Tina Lee (TL)\n\nTL read a letter from the regional officer about the conference.", {"Tina Lee"}),
        ("The secretary, Tina Lee, read out the result of the ballot.", {"Tina Lee"}),
        ("Tina Lee read the papers on the train and found them dull.", set()),
        ("Olu Ade offered to draw up a rota for the stall.", {"Olu Ade"}),
        ("Olu Ade volunteered to chair the next meeting.", {"Olu Ade"}),
        ("Present: Ann Kerr (AK), Rae Sims (RS)\n\nAK welcomed everyone and noted apologies from RS.", {"Ann Kerr"}),
    ],
)
def test_minutes_verbs(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Officers present: Chair – Nia Quill; Secretary – Abe Rahman.\n\nThe Secretary presented his report.",
            "Abe Rahman",
        ),
        ("Attendance: Fay Lund (Branch Chair), Kas Osman\n\nChair thanked Kas Osman for the social.", "Fay Lund"),
        ("Attendance: Fay Lund (Branch Secretary), Kas Osman\n\n2. Branch Secretary reported a letter.", "Fay Lund"),
        ("Attendance: Fay Lund (Treasurer), Kas Osman\n\nTreasurer gave the balance as £560.", "Fay Lund"),
    ],
)
def test_an_office_named_bare_or_set_out_as_role_and_name(text: str, speaker: str) -> None:
    assert speaker in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Executive Council met in London with President Kemi Ade in the chair.\n",
        "The branch met on Zoom, with Kemi Ade in the chair, and agreed the accounts.\n",
    ],
)
def test_with_someone_in_the_chair(text: str) -> None:
    assert names(text) == {"Kemi Ade"}


def test_a_party_and_title_before_a_name() -> None:
    assert names("Liberal Democrat councillor Anjali Rao proposed an amendment.") == {"Anjali Rao"}
    assert names("Green Party Cllr Anjali Rao seconded it.") == {"Anjali Rao"}


@pytest.mark.parametrize(
    "text",
    [
        "Chairperson Denise Whit called the meeting to order at 7:02 pm.",
        "Provost Denise Whit, who chaired the meeting, had to use her casting vote on a separate item.",
        "Denise Whit, who chaired the meeting, later left for another engagement.",
    ],
)
def test_calling_to_order_and_chairing_in_a_who_clause(text: str) -> None:
    assert names(text) == {"Denise Whit"}


def test_a_who_clause_in_a_tribute_is_no_chairing() -> None:
    assert names("We remembered Denise Whit, who chaired the council for many years, with a minute's silence.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Motion 4 – rents.\nMoved: Jo Bloggs (Eastfield)   Seconded: Sam Hale (Westfield)\nCarried.",
            {"Jo Bloggs", "Sam Hale"},
        ),
        ("Motion 4 – rents. Proposed – Jo Bloggs; seconded – Sam Hale. Carried.", {"Jo Bloggs", "Sam Hale"}),
        ("Motion on rents. Moved by Jo Bloggs, seconded by Sam Hale. Carried.", {"Jo Bloggs", "Sam Hale"}),
        ("Mover: Jo Bloggs, Eastfield branch\nSeconder: Sam Hale, Westfield branch\n", {"Jo Bloggs", "Sam Hale"}),
        (
            "Present: J. Roe (Chair), T. Poe (Secretary), A. Lee\n\nThe Secretary reported on the ballot.",
            {"J. Roe", "T. Poe"},
        ),
        (
            "In attendance: Ann Doe, General Secretary; Marcus Hale, Head of Finance\n\n"
            "The General Secretary reported on pay. The Head of Finance presented the accounts.",
            {"Ann Doe", "Marcus Hale"},
        ),
        ("Chair: Jane Roe; Secretary: Ann Doe\n\nThe Secretary read the correspondence.", {"Jane Roe", "Ann Doe"}),
        (
            "The motion on parking charges was moved at the start of the meeting by Cllr\n"
            "Viv Osterley and seconded by Cllr Bea Lind.\n",
            {"Viv Osterley", "Bea Lind"},
        ),
        ("Present: Jane Roe (Chair), Tom Poe\n\nThe chair thanked members for attending.", {"Jane Roe"}),
        ("Jane Roe presided.", {"Jane Roe"}),
        ("Jane Roe took the chair at 7pm.", {"Jane Roe"}),
        ("Jane Roe was in the chair.", {"Jane Roe"}),
    ],
)
def test_more_ways_minutes_say_who_moved_held_an_office_or_chaired(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_a_town_clerk_in_attendance_is_the_clerk_who_reports() -> None:
    text = (
        "Present: Cllrs George Wake (Chairman), Lin Wei\nIn attendance: Jane Dowd (Town Clerk)\n\n"
        "The Clerk reported that the precept had been received. The Town Clerk read a letter from the county."
    )
    assert names(text) == {"George Wake", "Jane Dowd"}
