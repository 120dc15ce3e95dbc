"""Speakers told in forms the parser misreads or the vocabulary missed: a first name that is also a modal ("Will
presented the accounts"), an item named before and its source ("The second, from X, ..."), a suggestion or idea
from someone, a paper gone through aloud, a name left stranded after "agreed A and", minutes' shorthand with
initials ("Moved TA, seconded MF"), police and civic titles, and the author named by "X's blog" in the page header.
Sentences and pages written for these tests, invented people, in the styles of NEC write-ups, union, council, CLP
and parish minutes, and news reports."""

from __future__ import annotations

import pytest

from nec_extract.page.author import find_author
from support import speaker_names as names

_ROLL = "Present: Will Sandon (treasurer), Will Oduya, Tunde Akinola (TA), Marta Ferreira (MF).\n\n"

# --- a first name the tagger reads as a modal ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Will presented the management accounts.", {"Will Sandon"}),  # a regional party's minutes
        ("Ann Lowe opened the meeting. Will reported that income was up.", {"Ann Lowe", "Will Sandon"}),
        ("Will proposed moving £2,000 to the election fund.", {"Will Sandon"}),  # a CLP executive
        ("Will explained the new rota for stewards.", {"Will Sandon"}),  # a union branch
    ],
)
def test_a_first_name_read_as_a_modal_is_the_subject_of_its_past_verb(text: str, expected: set[str]) -> None:
    assert names(_ROLL.replace(", Will Oduya", "") + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report will be presented in June.",  # a modal, in the middle of a sentence
        "Will the accounts be presented next month? Nobody knew.",  # a question
        "The treasurer's report will have been circulated by then.",
    ],
)
def test_a_modal_stays_a_modal(text: str) -> None:
    assert names(_ROLL + text) == set()


# --- an item named before, and its source ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an NEC write-up
        (
            "Two emergency motions had been tabled. The second, from Kamran Ellery, called on the NEC to write to MPs.",
            {"Kamran Ellery"},
        ),
        # council minutes
        ("Three amendments were moved. The last, from Cllr Dee Okoro, fell.", {"Dee Okoro"}),
        # a union executive
        ("Several motions were on the agenda. Another, from Sis. Jo Bell, asked for a review of fees.", {"Jo Bell"}),
        # a news report
        (
            "The first proposal, from the leadership, was passed. The other, from Priya Nandi, was lost.",
            {"Priya Nandi"},
        ),
    ],
)
def test_the_source_of_an_item_named_before_speaks(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # branches and places as the sources
        "Two branch motions came in. The first, from Lowmoor West, asked for a review; the second, from Brackenford "
        "Central, proposed a motion on rail.",
        "Two candidates stood. The other, from Leeds, was elected.",
        "In the photo, the second from the left is Ann Lowe.",
    ],
)
def test_a_place_or_a_position_is_no_source(text: str) -> None:
    assert names(text) == set()


# --- a suggestion, an idea or a submission from someone ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "What did pass was a more modest suggestion from Pauline Dray: that panels include a local member.",
            {"Pauline Dray"},
        ),
        ("The committee took up an idea from Cllr Ben Tate to hold surgeries in the library.", {"Ben Tate"}),
        ("The branch backed a submission from Bro. Sam Hale on pensions.", {"Sam Hale"}),
    ],
)
def test_a_suggestion_from_someone_is_their_act(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# --- a paper gone through aloud -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our regional organiser, Fiona Castell, went through the national position.", {"Fiona Castell"}),
        ("The treasurer, Sam Hale, went over the figures.", {"Sam Hale"}),
        ("Cllr Dee Okoro went through the changes to the budget.", {"Dee Okoro"}),
    ],
)
def test_going_through_a_paper_is_presenting_it(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The motion went through without a vote.",
        "Jo Bell went through a hard year before she resigned.",
        "Ann Lowe went over to the Greens in 2019.",
    ],
)
def test_going_through_anything_else_is_no_speech(text: str) -> None:
    assert names(text) == set()


# --- a name stranded after "agreed A and" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NEC agreed the campaign budgets and Dorothy Ashby, for the trade union section, moved that "
            "affiliates be asked for a contribution.",
            {"Dorothy Ashby"},
        ),
        ("The NEC agreed the budgets and Dorothy Ashby moved that affiliates be asked to help.", {"Dorothy Ashby"}),
        ("We thanked the staff and Ann Lowe, from Unison, said the cuts were wrong.", {"Ann Lowe"}),
    ],
)
def test_a_name_after_an_agreed_object_is_the_next_verbs_subject(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_a_stranded_name_with_no_act_is_no_speaker() -> None:
    assert names("The branch visited Jo Bell, in hospital, and Ann Lowe, from Leeds, sent flowers.") == set()


# --- minutes' shorthand with initials -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Moved TA, seconded MF: "This branch calls on the council to back the claim."',
            {"Tunde Akinola", "Marta Ferreira"},
        ),
        ("Agreed (moved TA, seconded MF).", {"Tunde Akinola", "Marta Ferreira"}),
        ("Seconded MF.", {"Marta Ferreira"}),
    ],
)
def test_a_role_participle_before_initials_names_them(text: str, expected: set[str]) -> None:
    assert names(_ROLL + text) == expected


def test_capitals_after_a_participle_that_are_no_ones_initials() -> None:
    assert names(_ROLL + "Proposed NEC changes were noted.") == set()


# --- police and civic titles ----------------------------------------------------------------------------------


def test_police_and_civic_titles_are_not_part_of_the_name() -> None:
    page = (
        "In attendance: PCSO Kerry Leach, Insp. Dave Moss, Alderman Rita Coe\n\n"
        "PCSO Leach said speed checks had been done. Insp. Moss reported on burglaries. Sgt Amy Rudd explained "
        "the new rota. Alderman Coe asked about the bus shelter."
    )
    assert names(page) == {"Kerry Leach", "Dave Moss", "Amy Rudd", "Rita Coe"}


# --- the author named by "X's blog" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Notes from the Left Bench\nJo Marsh's blog – CLP representative on the NEC\nHome | About\n", "Jo Marsh"),
        ("Sam Hale's NEC notes\n", "Sam Hale"),
        ("Priya Nandi’s report – Unison NEC\n", "Priya Nandi"),
        ("Labour's blog\nNews | Events\n", None),
    ],
)
def test_the_owner_of_the_blog_is_the_author(header: str, expected: str | None) -> None:
    page = f"{header}\nNEC Report – 21 January 2025\n\nThe meeting began with the General Secretary's report.\n"
    assert find_author(page, page.index("NEC Report")) == expected


# --- a footer or menu row -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Harbour Road Branch · ATLU · Registered office: 40 Dock Street · Website updated 12/10/2022",
        "Home | About | Sam Hale reports | Contact",
        "Eastfield CLP • Promoted by Ann Lowe • 3 Mill Lane • Printed by Quickprint",
    ],
)
def test_nobody_speaks_in_a_footer_or_menu_row(row: str) -> None:
    assert names(f"The branch agreed the budget.\n\n{row}\n") == set()


def test_a_sentence_with_one_bar_is_still_read() -> None:
    assert names("Ann Lowe presented the accounts | approved.") == {"Ann Lowe"}


# --- a motion from someone, whatever its result ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an NEC write-up
        (
            "A motion from CLP representatives Aled Pryce and Nasreen Bhat calling for a special conference was not "
            "agreed.",
            {"Aled Pryce", "Nasreen Bhat"},
        ),
        ("An amendment from Cllr Jo Bell was not carried.", {"Jo Bell"}),  # council minutes
        ("A proposal from Ann Lowe was not accepted by the meeting.", {"Ann Lowe"}),  # a union branch
        ("A motion from Sam Hale was not supported.", {"Sam Hale"}),  # a CLP
    ],
)
def test_a_motion_from_someone_that_failed_was_still_moved(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A paper from Jo Bell was not discussed.",  # not put at all
        "A motion from Jo Bell will be agreed next month.",
        "A motion from Jo Bell was not agreed at conference in 2019.",
    ],
)
def test_a_motion_from_someone_not_put_here(text: str) -> None:
    assert names(text) == set()


# --- the author as the agent: "moved by me" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our amendment, moved by me and seconded by a colleague from the Northern region, was carried 96 to 54.",
        "The amendment was moved by me and carried.",  # a union delegate's report
        "The motion on rents was seconded by myself.",  # CLP minutes written by the secretary
        "The reference back, moved by me, fell by two votes.",  # an NEC write-up
    ],
)
def test_the_author_as_the_agent_of_an_act_speaks(text: str) -> None:
    assert names(text, author="Sunil Rawe") == {"Sunil Rawe"}


@pytest.mark.parametrize(
    "text",
    [
        "The report, written by me in 2019, is out of date.",
        "It was sent to me by the chair.",
        "The agenda was drawn up by me and the secretary before the meeting.",
    ],
)
def test_the_author_as_the_agent_of_anything_else_does_not(text: str) -> None:
    assert names(text, author="Sunil Rawe") == set()


# --- "both" after two names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a students' union council
        (
            "Candidates: Jess Moraine, Owen Tait. Both gave a two-minute speech and took questions.",
            {"Jess Moraine", "Owen Tait"},
        ),
        # CLP minutes
        (
            "Ann Lowe and Sam Hale were nominated for secretary. Both of them addressed the meeting.",
            {"Ann Lowe", "Sam Hale"},
        ),
        # a union executive
        (
            "The two applicants, Bro. Dev Patel and Sis. Ruth Okoye, were invited in. Both spoke to their statements.",
            {"Dev Patel", "Ruth Okoye"},
        ),
    ],
)
def test_both_after_two_names_speaks_for_each(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The branch thanked Ann Lowe and Sam Hale. Both were delighted.",  # no act
        "Ann Lowe, Sam Hale and Jo Bell were nominated. Both spoke.",  # three people: which two?
        "We heard from the regional office. Both officers spoke.",  # nobody named
    ],
)
def test_both_with_no_act_or_no_pair_names_no_one(text: str) -> None:
    assert names(text) == set()


# --- hearsay in a news report: "is understood to have argued" ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NEC member Lorna Tibbet, a councillor nearby, is understood to have argued at the meeting that members' "
        "views should be respected.",
        "Lorna Tibbet is said to have told the meeting that the plan was unfair.",
        "Lorna Tibbet is believed to have spoken against the shortlist.",
        "Union delegate Lorna Tibbet is thought to have moved the amendment herself.",
    ],
)
def test_an_act_told_as_hearsay_is_the_subjects(text: str) -> None:
    assert names(text) == {"Lorna Tibbet"}


@pytest.mark.parametrize(
    "text",
    [
        "Lorna Tibbet is understood to have been absent.",
        "Lorna Tibbet is understood to be planning to speak against it.",
        "Lorna Tibbet is known to have doubts about the plan.",
    ],
)
def test_hearsay_of_no_act_names_no_speaker(text: str) -> None:
    assert names(text) == set()
