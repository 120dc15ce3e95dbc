"""Common ways reports say who spoke that the speakers extractor missed on unseen pages: passive agents past a
particle or a role ("ruled out of order by the Chair, X"), opening with a topic, a clause before a colon, attempts
at a procedural act, views reported with a clause, lists of who spoke, "one of those who", chair lines after who
attended, votes listed in a paragraph and minutes' "proposed X, seconded Y". Sentences written for these tests
(invented people) in the styles of NEC write-ups, union and council minutes and news reports, with negatives."""

from __future__ import annotations

import pytest

from support import speaker_names as names
from support import speakers_of

# --- passive agents the parser hung low -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NEC write-up: the agent after a particle verb's object, set off after a role
        ("The motion was ruled out of order by the Chair, Anna Reyes.", {"Anna Reyes"}),
        # news
        (
            "A motion from the regional board was ruled out of order by the chair, Bashir Anwar, because it "
            "concerned staffing.",
            {"Bashir Anwar"},
        ),
        # council minutes: a withdrawal by its mover
        ("The amendment was withdrawn by its mover, Cllr Tom Price, after the debate.", {"Tom Price"}),
        # Welsh party council report
        ("An emergency motion on school transport was withdrawn by its proposer, Owain Tegid.", {"Owain Tegid"}),
        # union minutes: the second participle of a pair tagged as a past tense
        (
            "Moved by Pat Hinchcliffe and seconded by Ayo Bankole, the motion was carried unanimously.",
            {"Pat Hinchcliffe", "Ayo Bankole"},
        ),
        ("Proposed by Cllr Ann Carr and seconded by Cllr Tom Ince, the report was adopted.", {"Ann Carr", "Tom Ince"}),
    ],
)
def test_passive_agents_past_a_particle_or_a_role(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The motion was ruled out of order by the chair.",
        "The report was drawn up by Jo Bloggs and circulated.",
        "The candidate withdrew from the race, backed by Jo Bloggs.",
    ],
)
def test_agents_of_no_act_or_no_name_are_no_speakers(text: str) -> None:
    assert names(text) == set()


def test_after_the_debate_is_still_this_meeting_but_after_the_meeting_is_not() -> None:
    assert names("After the vote, Jo Bloggs thanked the staff.") == {"Jo Bloggs"}
    assert names("Speaking after the meeting, Jo Bloggs said she was pleased.") == set()


# --- opening with a topic; a clause before a colon ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The General Secretary, Sam Hale, opened with the finances: the party is out of debt.", {"Sam Hale"}),
        ("Jo Bloggs began with a tribute to the staff.", {"Jo Bloggs"}),
        (
            "Branch chair Rosa Delgado opened with an update on the pay dispute: management have offered 2.5 per "
            "cent and the ballot closes on Friday.",
            {"Rosa Delgado"},
        ),
        ("The Leader, Ann Lowe, kicked off with the polling: we are ahead in the marginals.", {"Ann Lowe"}),
        ("Cllr Bob Frost closed with a warning about the deficit.", {"Bob Frost"}),
    ],
)
def test_opening_with_a_topic_and_a_clause_before_a_colon(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The meeting opened with a minute of silence for Jo Bloggs.",
        "Jo Bloggs opened a new office in Leeds with the mayor.",
    ],
)
def test_opening_something_else_is_no_speech(text: str) -> None:
    assert names(text) == set()


def test_what_a_verb_reports_still_follows_it() -> None:
    assert names("Sam Hale reported that, in his view, Jo Bloggs had opened with a lie.") == {"Sam Hale"}


# --- attempts and views ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lorna Beattie tried to move an emergency motion, but it was ruled out of order.", {"Lorna Beattie"}),
        ("Keith Dunn attempted to raise the cost of the hotel.", {"Keith Dunn"}),
        ("Cllr Sam Hale sought to table an amendment.", {"Sam Hale"}),
        ("The Treasurer, Alan Mills, felt the budget was too tight.", {"Alan Mills"}),
        ("Rhona Lee thought the proposal went too far.", {"Rhona Lee"}),
        ("Bro. Tom Ince believed that the figures were wrong.", {"Tom Ince"}),
    ],
)
def test_attempts_at_an_act_and_views_reported(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By the time Jo Bloggs tried to counter the narrative, it was too late.",
        "Jo Bloggs tried to find a seat.",
        "Jo Bloggs thinks the party is doomed.",
        "Many members felt the timetable was rushed.",
        "Jo Bloggs felt the force of the argument.",
    ],
)
def test_other_attempts_and_standing_views_are_no_speech(text: str) -> None:
    assert names(text) == set()


def test_the_authors_own_view_is_comment() -> None:
    assert names("I felt the debate was poor.", author="Jo Bloggs") == set()


# --- lists of who spoke ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those who spoke included Ann Lowe and Sam Okafor.", {"Ann Lowe", "Sam Okafor"}),
        (
            "Speakers in the debate included Ann Lowe, Sam Okafor and Ravi Patel.",
            {"Ann Lowe", "Sam Okafor", "Ravi Patel"},
        ),
        ("Those speaking in the debate were Ann Lowe and Sam Okafor.", {"Ann Lowe", "Sam Okafor"}),
        ("The speakers were Ann Lowe and Sam Okafor.", {"Ann Lowe", "Sam Okafor"}),
        ("Among those who spoke were Ann Lowe and Sam Okafor.", {"Ann Lowe", "Sam Okafor"}),
        ("Members who voted against included Cllr Ann Lowe.", {"Ann Lowe"}),
        (
            "Speakers: Ann Lowe, Sam Okafor, Ravi Patel.\nThe motion was carried.",
            {"Ann Lowe", "Sam Okafor", "Ravi Patel"},
        ),
        (
            "Contributions from the floor – Ann Lowe, Sam Okafor and Ravi Patel",
            {"Ann Lowe", "Sam Okafor", "Ravi Patel"},
        ),
        ("Dana Whyte was one of the few who spoke against the cuts.", {"Dana Whyte"}),
        ("Dana Whyte was among those who voted for the motion.", {"Dana Whyte"}),
        ("Sam Okafor was the only member who abstained.", {"Sam Okafor"}),
    ],
)
def test_lists_of_who_spoke(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Those who attended included Ann Lowe and Sam Okafor.",
        "Those elected included Ann Lowe and Sam Okafor.",
        "Speakers at next month's rally will include Ann Lowe.",
        "The speakers at the rally included Jo Bloggs.",
        "Those who will speak at the rally include Ann Lowe.",
        "Those present were Ann Lowe and Sam Okafor.",
        "Speakers: to be confirmed",
        "Sam Okafor was one of those elected.",
        "Sam Okafor was one of the candidates who stood for the post.",
    ],
)
def test_lists_of_others_are_no_speakers(text: str) -> None:
    assert names(text) == set()


def test_the_author_one_of_those_who_voted() -> None:
    found = speakers_of("I was one of three who voted against, because of the cuts to regional staff.")
    assert [s.is_author for s in found] == [True]


# --- minutes: chair lines after who attended; "proposed X, seconded Y" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present: 27 delegates. Chair: Gwen Lockyer.", {"Gwen Lockyer"}),
        (
            "Present: nine members, with apologies from two. Chair: Hal Pemberton. Secretary: Nadia Kowal.",
            {"Hal Pemberton"},
        ),
        ("In attendance: 14 members; Chair: Cllr Amy Dale.", {"Amy Dale"}),
        ("Chair for the AGM: Gordon Atherley, CLP Vice-Chair\nThe chair welcomed everyone.", {"Gordon Atherley"}),
    ],
)
def test_chair_lines_after_who_attended(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_officers_elected_are_not_chairing() -> None:
    assert names("Officers were elected unopposed. Chair: Jo Bloggs. Treasurer: Sam Hale.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minutes of the last meeting agreed, proposed Trevor Gillies, seconded Ruth Ansah.",
            {"Trevor Gillies", "Ruth Ansah"},
        ),
        ("Agreed (proposed Cllr Amy Dale, seconded Cllr Bob Frost).", {"Amy Dale", "Bob Frost"}),
        ("Accounts approved; moved Bro. Tom Ince, seconded Sis. Ann Carr.", {"Tom Ince", "Ann Carr"}),
        ("Proposed A. Carter, seconded R. J. Adair, the report was received.", {"A. Carter", "R. J. Adair"}),
    ],
)
def test_proposed_and_seconded_without_a_colon(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_proposing_someone_for_a_post_does_not_make_them_speak() -> None:
    assert names("Jo Bloggs proposed Sam Hale as chair of the branch.") == {"Jo Bloggs"}


# --- votes listed in a paragraph ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keeley Durrant moved that the council be suspended. In favour: Keeley Durrant, Anjali Rao. Against: Hal "
            "Pemberton, Maya Ellison. Abstaining: Rufus Blake. The motion fell.",
            {"Keeley Durrant", "Anjali Rao", "Hal Pemberton", "Maya Ellison", "Rufus Blake"},
        ),
        (
            "In favour: Keeley Durrant, Anjali Rao. Against: Hal Pemberton, Maya Ellison. The motion fell.",
            {"Keeley Durrant", "Anjali Rao", "Hal Pemberton", "Maya Ellison"},
        ),
        (
            "Cllr Amy Dale moved the budget. For: Cllrs Amy Dale, Bob Frost and Carl Hay. Against: Cllr Dee Ellis.",
            {"Amy Dale", "Bob Frost", "Carl Hay", "Dee Ellis"},
        ),
    ],
)
def test_votes_listed_in_a_paragraph(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The vote was close. For: 12. Against: 9.",
        "The motion was put. Against: the whole of the left slate.",
    ],
)
def test_counts_and_groups_in_a_paragraph_are_no_roll_call(text: str) -> None:
    assert names(text) == set()


# --- someone acting in a with-clause -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farah Demir moved that the conference be restored to a full weekend, with Zak Ollerenshaw seconding, and "
            "several of us spoke for it.",
            {"Farah Demir", "Zak Ollerenshaw"},
        ),
        ("The motion was carried, with only Pat Kerr dissenting.", {"Pat Kerr"}),
        ("The budget was agreed, with Cllr Amy Dale abstaining.", {"Amy Dale"}),
        ("The report was noted, with Sam Hale speaking against.", {"Sam Hale"}),
    ],
)
def test_acting_in_a_with_clause(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The NEC met in Leeds, with Sam Hale attending online.",
        "The strike went ahead, with Sam Hale leading the picket.",
    ],
)
def test_other_with_clauses_are_no_speech(text: str) -> None:
    assert names(text) == set()


# --- he and she never go to someone of the other gender ----------------------------------------------------------


def test_a_pronoun_goes_to_someone_named_in_an_unparsed_sentence_when_the_last_speaker_does_not_fit() -> None:
    text = (
        "Tamsin Gold moved our motion and I seconded. The appointment of Ravi Kandola as deputy general secretary "
        "was confirmed. He then gave a short presentation on digital organising."
    )
    assert names(text) == {"Tamsin Gold", "Ravi Kandola"}


def test_a_pronoun_of_the_other_gender_with_no_one_to_fit_is_no_one() -> None:
    assert names("Anna Reyes reported on the finances. He said the accounts were late.") == {"Anna Reyes"}
    speakers = speakers_of("Anna Reyes reported on the finances. He said the accounts were late.")
    assert [m.text for s in speakers for m in s.mentions] == ["Anna Reyes"]


def test_a_fitting_last_speaker_still_wins() -> None:
    text = "Anna Reyes reported on the finances. The appointment of Tom Price as treasurer was noted. She said more."
    assert [m.text for s in speakers_of(text) for m in s.mentions] == ["Anna Reyes", "She"]


# --- initials that spell a word; surname particles; tables with dashes between cells -----------------------------


def test_initials_that_spell_a_word_are_someones_initials() -> None:
    text = (
        "Present: Maureen Okafor (Chair), Agata Nowak (Treasurer), Dylan Pryce\n4. Treasurer's report\n"
        "AN presented the accounts for the year to 31 March."
    )
    assert names(text) == {"Maureen Okafor", "Agata Nowak"}
    assert names("The NEC met. AN OTHER spoke.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No. | Subject | Moved by | Result\n1 | Childcare | Eirlys Morgan | Carried\n"
            "2 | Second homes levy | Gethin ap Dafydd | Carried, 41–12\n",
            {"Eirlys Morgan", "Gethin ap Dafydd"},
        ),
        ("Ada de Vries reported on the accounts. Later de Vries said the audit was late.", {"Ada de Vries"}),
    ],
)
def test_names_with_a_surname_particle(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The results:\n\nRule change — proposed by — NEC decision\nChapter 4, guest voting — Sarah Tolland — "
            "Carried, 20–13\nChapter 5, longlisting — Organisation Committee — Carried\nChapter 7, quorums — Kwame "
            "Ashford — Fell, 12–21\n\nI voted for all four.",
            {"Sarah Tolland", "Kwame Ashford"},
        ),
        ("Motion – Proposer – Result\nBus passes – Cllr Amy Dale – Carried\n", {"Amy Dale"}),
    ],
)
def test_tables_with_dashes_between_the_cells(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# --- made clear; acting after a passive; views with a clause -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jo Bloggs made clear that the party would not back down.", {"Jo Bloggs"}),
        ("The Treasurer, Jo Bloggs, made it clear that the accounts would be late.", {"Jo Bloggs"}),
        ("Cllr Sam Hale made his views known.", {"Sam Hale"}),
        ("Jo Bloggs was asked about the deficit and said it would be cleared.", {"Jo Bloggs"}),
        ("Sis. Ann Carr was elected chair and thanked the branch.", {"Ann Carr"}),
        ("Jo Bloggs accepted that the accounts were late.", {"Jo Bloggs"}),
        ("Cllr Amy Dale feared that the review would be delayed.", {"Amy Dale"}),
    ],
)
def test_made_clear_acting_after_a_passive_and_views_with_a_clause(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jo Bloggs was asked to report back in March.",
        "Jo Bloggs was elected chair and served for ten years.",
        "Jo Bloggs accepted the nomination.",
        "Jo Bloggs made a cake for the social.",
        "The report made clear that the party was in debt.",
    ],
)
def test_no_speech_in_these(text: str) -> None:
    assert names(text) == set()


# --- handing the floor; council minutes' formulas; possessive questions ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The President called on Cllr Ince to move the motion.", {"Ince"}),
        ("The Chair invited Ann Carr to speak.", {"Ann Carr"}),
        ("The President invited Ann Carr to address the meeting.", {"Ann Carr"}),
        ("Ann Carr was invited to give her report.", {"Ann Carr"}),
        ("Ann Carr then took the floor.", {"Ann Carr"}),
        ("Jo Bloggs took the floor to oppose the motion.", {"Jo Bloggs"}),
        (
            "Councillor Frost moved, and Councillor Dale seconded, that the recommendations be approved.",
            {"Frost", "Dale"},
        ),
        (
            "RESOLVED on the motion of Cllr Frost, seconded by Cllr Dale, that the budget be approved.",
            {"Frost", "Dale"},
        ),
        (
            "On the motion of Councillor Frost, seconded by Councillor Dale, it was resolved to approve it.",
            {"Frost", "Dale"},
        ),
        ("Upon a motion by Cllr Frost, the report was adopted.", {"Frost"}),
        ("The report was received on the motion of Jo Bloggs.", {"Jo Bloggs"}),
        ("In answer to Cllr Dale, the Clerk confirmed the figures.", {"Dale"}),
        ("A motion in the name of Cllr Ann Carr was debated.", {"Ann Carr"}),
        ("The motion, in the name of Ann Carr, was carried.", {"Ann Carr"}),
        ("Cllr Dale's question about potholes was answered by the Clerk.", {"Dale"}),
    ],
)
def test_the_floor_handed_over_and_council_formulas(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On the motion of the Leader, the report was agreed.",
        "The debate on the motion of no confidence in Jo Bloggs was adjourned.",
        "The Chair invited Ann Carr to the next meeting.",
        "We called on Jo Bloggs to resign.",
        "In answer to the question, the Clerk confirmed the figures.",
        "The union invited Jo Bloggs to speak at its conference next year.",
        "The Chair invited Jo Bloggs to report to the next meeting.",
        "Jo Bloggs will speak next week.",
        "The NEC agreed, in the name of unity, to drop the motion.",
    ],
)
def test_no_floor_no_formula(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    ["Jo Bloggs chairs the committee.", "Cllr Sam Hale leads the Labour group on the council."],
)
def test_an_office_held_is_no_act(text: str) -> None:
    assert names(text) == set()


# --- the same act again: "as did X", "so did X", "followed by X" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lowe spoke, as did Sam Okafor.", {"Ann Lowe", "Sam Okafor"}),
        ("Cllr Dale voted against; so did Cllr Frost.", {"Dale", "Frost"}),
        ("Ann Lowe spoke first, followed by Sam Okafor.", {"Ann Lowe", "Sam Okafor"}),
        ("Ann Lowe moved the motion, as did Cllr Frost last year.", {"Ann Lowe"}),
    ],
)
def test_the_same_act_again(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lowe was elected, as was Sam Okafor.",
        "The meeting opened at seven, followed by a social with Sam Okafor.",
        "Ann Lowe worked hard, as did Sam Okafor.",
    ],
)
def test_the_same_non_act_again(text: str) -> None:
    assert names(text) == set()
