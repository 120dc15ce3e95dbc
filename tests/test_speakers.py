"""Speakers: who speaks at the meeting, on sentences written for these tests (invented people unless
the gazetteer is under test)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nec_extract.language.text import split_sentences
from nec_extract.models import Speaker
from support import speaker_names as names
from support import speakers_of

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def one(text: str, name: str, **kwargs: str) -> Speaker:
    matches = [s for s in speakers_of(text, **kwargs) if s.name == name]
    assert len(matches) == 1, f"{name!r} not a single speaker of {text!r}"
    return matches[0]


# --- subjects of speech and act verbs -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Priya Nandakumar reported on the party's finances.",
        "Priya Nandakumar told the committee that the accounts were late.",
        "Priya Nandakumar asked whether the ballot would be held online.",
        "Priya Nandakumar warned that the deficit would grow.",
        "Priya Nandakumar stressed the importance of the by-election.",
        "Priya Nandakumar thanked the staff for their work over the summer.",
        "Priya Nandakumar welcomed the new members of the committee.",
        "Priya Nandakumar congratulated the youth section on its conference.",
        "Priya Nandakumar set out the timetable for the selections.",
        "Priya Nandakumar pointed out that the rules had changed.",
        "Priya Nandakumar gave a short update on the campaign.",
        "Priya Nandakumar paid tribute to the organisers of the rally.",
        "Priya Nandakumar took questions on the manifesto.",
        "Priya Nandakumar made the case for a bigger budget.",
        "Priya Nandakumar voted against the proposal.",
        "Priya Nandakumar opened the meeting.",
    ],
)
def test_subject_of_a_speech_or_act_verb_speaks(sentence: str) -> None:
    assert names(sentence) == {"Priya Nandakumar"}


def test_coordinated_subjects_all_speak() -> None:
    assert names("Nell Arbury and Con Fitch gave brief reports.") == {"Nell Arbury", "Con Fitch"}
    assert names("Nell Arbury, Con Fitch and Dora Pike all spoke in the debate.") == {
        "Nell Arbury",
        "Con Fitch",
        "Dora Pike",
    }


def test_movers_and_seconders_in_one_clause() -> None:
    assert names("Rosa Vane and Idris Kell moved and seconded the amendment.") == {"Rosa Vane", "Idris Kell"}
    assert names("Rosa Vane moved the motion and Idris Kell seconded.") == {"Rosa Vane", "Idris Kell"}
    assert names("Rosa Vane moved that the rules be suspended, and Idris Kell seconded.") == {
        "Rosa Vane",
        "Idris Kell",
    }


def test_apposition_gives_the_role() -> None:
    speaker = one("Sunil Baptiste, the party's Treasurer, said the deficit had narrowed.", "Sunil Baptiste")
    assert speaker.role == "Treasurer"
    speaker = one("The Treasurer, Sunil Baptiste, said the deficit had narrowed.", "Sunil Baptiste")
    assert speaker.role == "Treasurer"
    speaker = one("Vera Lindgren, Director of Digital Campaigns, presented the new app.", "Vera Lindgren")
    assert speaker.role == "Director of Digital Campaigns"


def test_role_prefixed_names() -> None:
    speaker = one("Deputy General Secretary Lola Brennan introduced the paper.", "Lola Brennan")
    assert speaker.role == "Deputy General Secretary"
    assert [m.text for m in speaker.mentions] == ["Lola Brennan"]
    assert one("NEC Chair Ewan Dale opened the meeting.", "Ewan Dale").role == "NEC Chair"
    assert names("Head of Compliance Theo Marsh explained the new checks.") == {"Theo Marsh"}


def test_fronted_phrases_do_not_hide_the_subject() -> None:
    text = "Olwen Price chairs the committee. In her final report as chair, Olwen spoke about the year ahead."
    assert names(text) == {"Olwen Price"}
    assert names("After lunch, Bram Kooij presented the campaign plan.") == {"Bram Kooij"}


def test_a_pronoun_subject_carries_the_previous_speaker() -> None:
    speaker = one("Ada Frost gave the finance report. She said reserves were low.", "Ada Frost")
    assert [m.text for m in speaker.mentions] == ["Ada Frost", "She"]
    assert names("Gil Moran was elected vice-chair unopposed. He thanked the committee.") == {"Gil Moran"}


def test_a_pronoun_does_not_reach_back_to_someone_only_mentioned() -> None:
    text = "Tomas Berg praised the work of Ivor Blake. He then answered questions."
    assert names(text) == {"Tomas Berg"}


def test_passive_agents_speak() -> None:
    assert names("The motion was proposed by Nia Roberts and seconded by Kam Lee.") == {"Nia Roberts", "Kam Lee"}
    assert names("Seconded by Kam Lee, the motion passed easily.") == {"Kam Lee"}
    assert names("A rule change, moved by Tam Ochoa, was carried.") == {"Tam Ochoa"}
    assert names("The meeting was opened by Fern Adler.") == {"Fern Adler"}


def test_the_elected_or_nominated_do_not_speak() -> None:
    assert names("Ola Bright was elected by acclamation.") == set()
    assert names("Ola Bright was nominated by the London region.") == set()


def test_the_source_of_a_report_or_proposal_speaks() -> None:
    assert names("A proposal from Lucia Ferreira to move the conference was rejected.") == {"Lucia Ferreira"}
    assert names("We heard a report from Jem Oduya on the by-election.") == {"Jem Oduya"}
    assert names("We heard from Jem Oduya about the by-election.") == {"Jem Oduya"}
    assert names("There was an update from Jem Oduya on staffing.") == {"Jem Oduya"}


def test_a_letter_or_a_region_is_not_a_speaker() -> None:
    assert names("A letter from Pat Moody was circulated.") == set()
    assert names("A motion from the Northern region was withdrawn.") == set()


def test_possessive_reports() -> None:
    assert names("Rhodri Vaughan's report covered recruitment.") == {"Rhodri Vaughan"}
    assert names("Rhodri Vaughan’s brief oral report was well received.") == {"Rhodri Vaughan"}
    assert names("The committee discussed Rhodri Vaughan's book on the 1945 government.") == set()
    assert names("Rhodri Vaughan's campaign was praised by the committee.") == set()


def test_a_role_owning_the_report_is_the_subject_role() -> None:
    text = "Mia Sorensen then gave her General Secretary's report."
    speakers = speakers_of(text)
    assert [(s.name, s.role) for s in speakers] == [("Mia Sorensen", "General Secretary")]


def test_thanked_for_moving_and_seconding() -> None:
    text = "Thanks to Lin Wei and Omar Haddad for proposing and seconding the motion."
    assert names(text) == {"Lin Wei", "Omar Haddad"}
    assert names("She thanked Lin Wei for his support over the years.") == set()


# --- the author --------------------------------------------------------------------------------------


def test_the_author_speaks_as_i() -> None:
    speaker = one("I voted against the proposal and spoke about the cost.", "Jo Marsh", author="Jo Marsh")
    assert speaker.is_author
    assert [m.text for m in speaker.mentions] == ["I"]


def test_the_author_coordinated_with_another_speaker() -> None:
    assert names("Zara Quill and I both spoke in support.", author="Jo Marsh") == {"Zara Quill", "Jo Marsh"}


def test_an_unnamed_author_is_an_unnamed_speaker() -> None:
    speakers = speakers_of("I asked when the report would be published.")
    assert [(s.name, s.is_author) for s in speakers] == [(None, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We agreed the timetable without a vote.",
        "I was pleased to see the membership figures.",
        "I apologise for the late report this month.",
        "I will report back after the next meeting.",
        "I had raised this at the previous meeting.",
        "“I asked for a recount,” wrote one member on Facebook.",
    ],
)
def test_the_author_not_speaking_at_the_meeting(sentence: str) -> None:
    assert names(sentence, author="Jo Marsh") == set()


# --- names -------------------------------------------------------------------------------------------


def test_short_forms_resolve_to_the_fullest_name_on_the_page() -> None:
    text = "Chinedu Achebe joined the committee last year. Mr Achebe said the plan was sound."
    assert names(text) == {"Chinedu Achebe"}
    text = "Rowan Teague sent apologies. Later Rowan asked about the budget."
    assert names(text) == {"Rowan Teague"}


def test_titles_are_dropped() -> None:
    assert names("Dame Ursula Finch MP reported on the Lords.") == {"Ursula Finch"}
    assert names("Cllr Bo Lindqvist moved the motion.") == {"Bo Lindqvist"}
    assert names("Baroness Ines Corrie gave the Lords report.") == {"Ines Corrie"}


def test_a_known_misspelling_is_corrected() -> None:
    assert names("Annelise Dodds gave a policy update.") == {"Anneliese Dodds"}


def test_a_first_name_with_no_fuller_form_stays_as_given() -> None:
    assert names("Keir said the party must look outward.") == {"Keir"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Forde Report said the culture had to change.",
        "Momentum argued against every rule change.",
        "Unite proposed a different timetable.",
        "The Hard Left argued for a delay.",
        "Turnout was reported to be low.",
        "See https://example.org/Report-Said for more.",
    ],
)
def test_things_that_are_not_people(sentence: str) -> None:
    assert names(sentence) == set()


# --- people only talked about -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We paid tribute to Hal Ringer, who died in March.",
        "The motion called for Dara Quist to be suspended.",
        "Ned Pryce had told the BBC that he would stand.",
        "Ned Pryce said on Twitter that he would stand.",
        "Ned Pryce did not respond.",
        "Ned Pryce will report to the next meeting.",
        "Ned Pryce sent his apologies.",
        "In his written report, Ned Pryce pointed out that costs had risen.",
    ],
)
def test_people_talked_about_do_not_speak(sentence: str) -> None:
    assert names(sentence) == set()


def test_a_mayor_praised_in_a_speech_does_not_speak() -> None:
    assert names("Tomas Berg praised the mayor, Ana Ruiz, for her housing plan.") == {"Tomas Berg"}


def test_reported_speech_inside_another_speakers_words() -> None:
    assert names("Tomas Berg said that Ivor Blake had argued for cuts.") == {"Tomas Berg"}


# --- roles ---------------------------------------------------------------------------------------------


def test_a_speaker_named_only_by_role() -> None:
    speakers = speakers_of("The General Secretary reported that staffing was stable.")
    assert [(s.name, s.role) for s in speakers] == [(None, "General Secretary")]


def test_a_role_speaker_takes_the_holder_the_page_names() -> None:
    text = "Minutes. Chair: Maura Kelly. The chair reminded members to register."
    assert names(text) == {"Maura Kelly"}
    text = "We said goodbye to Ruth Okon, who retires as General Secretary in May. The General Secretary reported."
    assert names(text) == {"Ruth Okon"}


def test_the_gazetteer_names_a_role_only_when_the_page_names_the_holder() -> None:
    text = "2019-05-01 Jennie Formby sent a note round. The General Secretary reported on staffing."
    assert names(text, meeting="2019-05-01") == {"Jennie Formby"}
    assert names("2019-05-01 The General Secretary reported on staffing.", meeting="2019-05-01") == set()


def test_the_gazetteer_fills_a_role_by_the_meeting_date() -> None:
    text = "2021-05-25 Keir Starmer spoke about the election results."
    assert one(text, "Keir Starmer", meeting="2021-05-25").role == "Leader"


# --- minutes -------------------------------------------------------------------------------------------


def test_a_recorded_vote_lists_speakers() -> None:
    text = "The vote was recorded.\nFor: Ann Example, Bob Sample.\nAgainst: Cy Tester.\nThe motion was carried."
    assert names(text) == {"Ann Example", "Bob Sample", "Cy Tester"}


@pytest.mark.parametrize(
    ("text", "voters"),
    [
        # council minutes: surnames under an announcement, sub-headings between the lists
        (
            "Moved by Councillor Pell.\nThe voting was recorded as follows:\n\nFor the motion\n\n"
            "Ashby, Brook, Councillor D Yates, Fenwick\n\nAgainst\n\nGrant, Hollis\n\nAbstained\n\nInce\n\n"
            "The motion was therefore carried by a clear margin.",
            {"Pell", "Ashby", "Brook", "D Yates", "Fenwick", "Grant", "Hollis", "Ince"},
        ),
        # US-style minutes: labels inside one line
        (
            "The board took a roll call vote on the budget. Yes – Adams, Baker, R. Cho; No – Dietz; Abstain – Evans.",
            {"Adams", "Baker", "R. Cho", "Dietz", "Evans"},
        ),
        # a CLP's minutes: labelled lines with counts, the names on the next line
        (
            "A recorded vote was taken.\nIn favour (3):\nMo Reed, Lin Park, Abe Ross\nAgainst (1): Ivy Dale\n",
            {"Mo Reed", "Lin Park", "Abe Ross", "Ivy Dale"},
        ),
        # prose: a plural title before the names, or "voted for ...:" before a list
        ("Councillors Ferry, Gale and Hume voted against the amendment.", {"Ferry", "Gale", "Hume"}),
        ("The following members voted for the motion: Jo Ink, Kim Lowe.", {"Jo Ink", "Kim Lowe"}),
    ],
)
def test_everyone_a_roll_call_records_is_a_speaker(text: str, voters: set[str]) -> None:
    assert names(text) == voters


def test_a_surname_in_a_roll_call_takes_the_fullest_form_on_the_page() -> None:
    text = "Councillor Nora Fenwick opened the debate.\nThe vote was recorded.\nFor: Fenwick, Grant\n"
    assert names(text) == {"Nora Fenwick", "Grant"}


@pytest.mark.parametrize(
    "text",
    [
        "The voting was recorded as follows:\nFor: 23\nAgainst: 19\nThe motion was carried.",
        "A recorded vote was requested.\nWe discussed rents, rates and fees at length before the vote was taken.",
        "For: the Labour Group (35)\nAgainst: none\n",
        "Present: Ames, Bell, Cole, Dunn.\nThe treasurer reported on the accounts.",
    ],
)
def test_counts_organisations_and_attendance_are_no_roll_call(text: str) -> None:
    assert names(text) == set()


def test_minutes_initials() -> None:
    text = (
        "Present: Alma Bright (AB), Cora Dunn (CD).\n"
        "1. Motion on fees (proposer: AB, seconder: CD). Carried.\n"
        "2. CD reported on the accounts."
    )
    assert names(text) == {"Alma Bright", "Cora Dunn"}


# --- the referee on the shared pages ---------------------------------------------------------------------


@pytest.mark.skipif(not SHARED.exists(), reason="the shared corpus and gold (../shared) are not here")
def test_speakers_f1_on_the_shared_pages() -> None:
    command = [
        sys.executable,
        str(SHARED / "eval" / "score.py"),
        "--texts",
        str(SHARED / "corpus"),
        "--gold",
        str(SHARED / "gold"),
        "--batch-cmd",
        f"{sys.executable} -m nec_extract parse {{files}} --format jsonl",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    row = next(line.split() for line in result.stdout.splitlines() if line.startswith("speakers"))
    assert float(row[3]) >= 0.9


# --- more ways of saying the same things -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The next item was a presentation by Ravi Menon on digital campaigning.", {"Ravi Menon"}),
        ("Contributions came from Rob Dyer and Asha Patel.", {"Rob Dyer", "Asha Patel"}),
        ("Several members, including Rob Dyer and Asha Patel, spoke against.", {"Rob Dyer", "Asha Patel"}),
        ("An emergency motion was brought by Kate Orr.", {"Kate Orr"}),
        ("Kate Orr's amendment was defeated by 20 votes to 9.", {"Kate Orr"}),
        ("We were addressed by Sam Tull, the union's general secretary.", {"Sam Tull"}),
        ("The motion (moved by Kate Orr, seconded by Sam Tull) was passed.", {"Kate Orr", "Sam Tull"}),
        ("Kate Orr proposed, and Sam Tull seconded, a motion on housing.", {"Kate Orr", "Sam Tull"}),
        ("Ravi Menon then went on to say that the polls were tightening.", {"Ravi Menon"}),
        ("Asked about the deficit, Ravi Menon said it would be cleared.", {"Ravi Menon"}),
        (
            "There was a long debate, with Nia Cole, Dev Ward and Ros Hale all contributing.",
            {"Nia Cole", "Dev Ward", "Ros Hale"},
        ),
        ("Howard Beale from the GMB and Lisa Pond attacked the paper.", {"Howard Beale", "Lisa Pond"}),
        ("Siân Price moved the motion.", {"Siân Price"}),
        ("Gareth O’Brien seconded it.", {"Gareth O’Brien"}),
        ("Mohammed Al-Sayed asked for a recorded vote.", {"Mohammed Al-Sayed"}),
        ("Ellie Roe supported the motion.", {"Ellie Roe"}),
        ("Rob Dyer took the NEC through the campaign plan.", {"Rob Dyer"}),
        ("Rob Dyer ruled the motion out of order.", {"Rob Dyer"}),
        ("Rob Dyer sought assurances about the timetable.", {"Rob Dyer"}),
        ("Rob Dyer withdrew his amendment.", {"Rob Dyer"}),
        ("Rob Dyer put the motion to the vote.", {"Rob Dyer"}),
        ("Rob Dyer ran the London marathon.", set()),
        ("Rob Dyer withdrew from the contest.", set()),
        ("Rob Dyer told the BBC that he was angry.", set()),
        ("Rob Dyer told us that he was angry.", {"Rob Dyer"}),
        ("Tower Hamlets voted to leave.", set()),
        ("The West Midlands region proposed a change.", set()),
    ],
)
def test_paraphrases(sentence: str, expected: set[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ravi Menon still supports the invasion of Iraq.",
        "Ravi Menon sent his apologies.",
        "Ravi Menon was thanked for his years of service.",
        "Members thanked Ravi Menon for his years of service.",
        "According to Ravi Menon, the deficit will be cleared.",
        "In an interview with the Guardian, Ravi Menon criticised the NEC.",
        "A minute's silence was held for Ravi Menon, who died last week.",
        "Report by the branch secretary, Ravi Menon",
        "Present: Ravi Menon (RM), Kate Orr (KO).",
    ],
)
def test_paraphrased_non_speakers(sentence: str) -> None:
    assert names(sentence) == set()


def test_what_someone_else_is_reported_to_have_done_sets_no_pronoun() -> None:
    text = "Ravi Menon reported on Brexit. The Prime Minister Theo Vance had refused to meet him, he added."
    assert names(text) == {"Ravi Menon"}


def test_the_authors_motion() -> None:
    assert names("My amendment to the guidelines was carried.", author="Jo Marsh") == {"Jo Marsh"}
    assert names("My report last month covered this.", author="Jo Marsh") == set()
    assert names("Kay Dunn and I pressed for a timetable.", author="Jo Marsh") == {"Kay Dunn", "Jo Marsh"}
    assert names("I joined the meeting late because of train delays.", author="Jo Marsh") == set()
    assert names("I abstained.", author="Jo Marsh") == {"Jo Marsh"}


def test_a_guest_who_joins_us() -> None:
    assert names("Ruth Lennox joined us to talk about Scotland.") == {"Ruth Lennox"}
    assert names("Ruth Lennox joined the NEC in 2015.") == set()


def test_minutes_lines_led_by_the_speaker() -> None:
    text = "Present: Sol Carter (SC), Cara Croft (CC).\nSC: Suggested a fundraiser.\nCC to book the room."
    assert names(text) == {"Sol Carter"}


def test_an_abbreviated_role_is_a_role_not_someones_initials() -> None:
    speakers = speakers_of("Gemma Swift spoke first. GS clarified that nobody had seen it.")
    assert [(s.name, s.role) for s in speakers] == [("Gemma Swift", None), (None, "General Secretary")]


def test_a_procedural_label_is_no_role() -> None:
    speaker = one("Its mover, Ffion Gwyn, called for a card vote.", "Ffion Gwyn")
    assert speaker.role is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2015, Rob Dyer promised a review.", set()),
        ("Rob Dyer promised a review last year.", set()),
        ("At the January NEC Rob Dyer argued for a freeze.", set()),
        ("Rob Dyer argued at the last meeting that costs were too high.", set()),
        ("Two years ago Rob Dyer proposed the same thing.", set()),
        ("Rob Dyer said that in 2015 the party had lost.", {"Rob Dyer"}),
        ("At the meeting Rob Dyer argued for a freeze.", {"Rob Dyer"}),
    ],
)
def test_speech_at_another_time_is_not_at_this_meeting(sentence: str, expected: set[str]) -> None:
    assert names(sentence) == expected


def test_a_side_clause_subject_is_not_the_next_he() -> None:
    text = (
        "Nadim Qureshi opened with thanks to everyone who had campaigned in Eastfield, where Pat Lowe won. "
        "He paid tribute to the late Bill Ames."
    )
    speaker = one(text, "Nadim Qureshi")
    assert [m.text for m in speaker.mentions] == ["Nadim Qureshi", "He"]
    assert names(text) == {"Nadim Qureshi"}


def test_absent_people_do_not_speak() -> None:
    text = "Kay Dunn could not attend, but sent a note which Lee Barr read out. Cal Moss sent apologies."
    assert names(text) == {"Lee Barr"}


def test_hard_wrapped_lines_are_read_as_whole_sentences() -> None:
    text = (
        "The meeting opened with\n"
        "a report on the conference from the Chair of the Arrangements\n"
        "Committee, Harriet Voss. She said\n"
        "that 300 motions had been received and\n"
        "that the deadline was Friday.\n"
        "Rhys Amos’s report\n"
        "opened with a pledge on housing, and he\n"
        "warned that the election could come early.\n"
    )
    speakers = speakers_of(text)
    assert {s.name for s in speakers} == {"Harriet Voss", "Rhys Amos"}
    assert one(text, "Harriet Voss").role == "Chair of the Arrangements Committee"


@pytest.mark.parametrize(
    "text",
    [
        # an e-mailed bulletin wrapped at a fixed width, a name broken after its title and first name
        "The meeting was opened by the leader, who set out the\npriorities for the budget. Cllr Viv\n"
        "Osterley said the housing department needed more staff, and Cllr Dana\nWhitlock agreed with her.\n",
        # a union circular: the break between first name and surname
        "Members heard first from the branch secretary, who\nwelcomed everyone back after the summer. Then Viv\n"
        "Osterley reported on the ballot and Dana\nWhitlock asked about the timetable for the strike.\n",
        # two lines of a bulletin
        "The first motion, on the closure of the Riverside library, was moved by Cllr Viv\nOsterley and seconded by "
        "Cllr Dana Whitlock, and carried.\n",
    ],
)
def test_a_name_broken_across_wrapped_lines_is_one_name(text: str) -> None:
    assert names(text) == {"Viv Osterley", "Dana Whitlock"}


def test_lower_case_roles() -> None:
    speaker = one("The party’s general secretary, Dana Cole, said the books were balanced.", "Dana Cole")
    assert speaker.role == "General Secretary"
    speakers = speakers_of("Our deputy leader spoke about housing.")
    assert [(s.name, s.role) for s in speakers] == [(None, "Deputy Leader")]
    text = "2021-03-01 Keir Starmer sent a video. The Labour leader talked of the need for unity."
    assert names(text, meeting="2021-03-01") == {"Keir Starmer"}


def test_a_union_style_report() -> None:
    text = (
        "Ned Moss was not at the meeting, so Ida Crane gave the Leader's report. "
        "Rex Vane had claimed a landslide, but it was nothing of the sort. "
        "Comrade Lou Pike then moved that the executive condemn the attacks. Brother Abe Tull (Unite) seconded. "
        "The next meeting will hear from Bea Lark on welfare."
    )
    speakers = speakers_of(text)
    assert {s.name for s in speakers} == {"Ida Crane", "Lou Pike", "Abe Tull"}
    assert one(text, "Ida Crane").role == "Leader"


def test_an_author_field_that_is_no_name_is_ignored() -> None:
    speakers = speakers_of("I asked about the budget.", author="Matters Arising")
    assert [(s.name, s.is_author) for s in speakers] == [(None, True)]
    speakers = speakers_of("I asked about the budget.", author="Siobhan Marr\n\nThis was my first meeting")
    assert [(s.name, s.is_author) for s in speakers] == [("Siobhan Marr", True)]


def test_a_long_unpunctuated_wrapped_block_is_not_one_huge_sentence() -> None:
    line = "and members raised the question of costs again with no full stop in sight\n"
    text = "Ida Crane reported on the budget\n" + line * 40
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert max(len(s.text) for s in sentences) <= 1000
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert names(text) == {"Ida Crane"}


def test_section_headings_that_name_who_reported() -> None:
    text = (
        "Leader's report - Ravi Menon\nHe said the polls were improving.\n\n"
        "General Secretary’s report (Dana Cole)\nShe reported 400,000 members.\n\n"
        "Report from the Treasurer, Ivy Hart\nReserves were healthy.\n"
    )
    speakers = speakers_of(text)
    assert [(s.name, s.role) for s in speakers] == [
        ("Ravi Menon", "Leader"),
        ("Dana Cole", "General Secretary"),
        ("Ivy Hart", "Treasurer"),
    ]
    assert [m.text for m in speakers[1].mentions] == ["Dana Cole", "She"]


def test_an_act_at_an_earlier_meeting_is_not_at_this_one() -> None:
    assert names("Rob Dyer said at the March meeting that the budget was sound.") == set()
    assert names("Rob Dyer said at the last meeting that the budget was sound.") == set()
    assert names("Rob Dyer said at this meeting that the budget was sound.") == {"Rob Dyer"}


# --- name forms ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mr Penrose said the figures were wrong.", "Penrose"),  # a news report
        ("Cllr Yardley moved the motion.", "Yardley"),  # council minutes
        ("Dr. Okoro replied that the survey was late.", "Okoro"),
        ("The motion was seconded by Councillor B Orme.", "B Orme"),  # an initial after a title
        ("Bro. T WOODHOUSE opened the meeting.", "T WOODHOUSE"),  # union minutes, surname in capitals
        ("Cllr. J. Smith moved the report.", "J. Smith"),
    ],
)
def test_a_title_makes_a_surname_or_initials_a_name(sentence: str, speaker: str) -> None:
    assert names(sentence) == {speaker}


def test_a_titled_surname_takes_the_fullest_form_on_the_page() -> None:
    text = "Councillor Mira Penrose chaired. Later Mr Penrose said the figures were wrong."
    assert names(text) == {"Mira Penrose"}


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("Welsh Labour Leader Ffion Griffiths gave her report.", "Ffion Griffiths", "Welsh Labour Leader"),
        ("Unite General Secretary Dara Quill spoke about pay.", "Dara Quill", "Unite General Secretary"),
        ("The Scottish Labour Party Leader Ewan Moray said the vote was won.", "Ewan Moray", None),
    ],
)
def test_an_organisation_and_role_before_the_name(sentence: str, speaker: str, role: str | None) -> None:
    found = one(sentence, speaker)
    assert role is None or found.role == role


def test_a_name_the_parser_leaves_without_its_verb_is_its_subject() -> None:
    assert names("Cllr Yardley moved the motion and Councillor B Orme seconded it.") == {"Yardley", "B Orme"}
    assert names("Ada Rooke proposed the amendment and Ivo Platt seconded.") == {"Ada Rooke", "Ivo Platt"}


# --- more ways of saying someone spoke ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Rhys Okafor was concerned at the emphasis on grammar schools.",  # council minutes
        "Rhys Okafor was disappointed that the union had been criticised.",  # union report
        "Rhys Okafor was clear that the ballot must go ahead.",  # NEC write-up
        "Rhys Okafor was keen to stress that nothing had been agreed.",
        "Rhys Okafor enquired about the cost of the hall.",
        "Rhys Okafor inquired whether the accounts were audited.",
        "Rhys Okafor covered the by-election campaign in his report.",
        "Rhys Okafor touched on the housing crisis.",
        "Rhys Okafor facilitated the session on organising.",
        "Rhys Okafor gave one of the best speeches of the day.",  # a news report
        "Rhys Okafor attended to discuss his inquiry into the selections.",
    ],
)
def test_other_ways_of_speaking(sentence: str) -> None:
    assert names(sentence) == {"Rhys Okafor"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rhys Okafor is very supportive, of course.",  # a standing view, not the meeting
        "Rhys Okafor was proud to visit the picket line.",  # a feeling about something else
        "Rhys Okafor was elected treasurer.",
        "The grant will cover the cost of the hall.",
    ],
)
def test_views_and_feelings_that_are_no_speech(sentence: str) -> None:
    assert names(sentence) == set()


def test_the_authors_feelings_are_no_speech() -> None:
    assert speakers_of("I was proud that the motion passed.") == []
    assert [s.is_author for s in speakers_of("I was keen to stress that nothing had been agreed.")] == [True]


def test_someone_named_as_an_object_speaks_in_a_who_clause() -> None:
    text = "Finally the Leader agreed with Kit Vane, who said that the party must now win the peace."
    assert "Kit Vane" in names(text)
    assert "Kit Vane" not in names("The Leader praised Kit Vane, who had retired in May.")


def test_a_name_the_parser_made_the_root() -> None:
    text = "However, Will Barter, formerly from Leeds but recently moved to York asked for a separate vote."
    assert names(text) == {"Will Barter"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The session was led by Nia Roberts.", {"Nia Roberts"}),
        ("A short report was given by Ben Ash.", {"Ben Ash"}),
        ("He also spoke about the commission led by Ivo Platt to review the constitution.", set()),
        ("The prize was given by Ben Ash.", set()),
    ],
)
def test_a_passive_light_verb_needs_a_speech_or_the_meeting(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A paper from Ada Rooke was circulated before the meeting.",  # minutes
        "Papers from Ada Rooke on the budget.",
        "The report from Ada Rooke was emailed to members.",
        "Without a report from Ada Rooke, the item was deferred.",  # a negated event
        "Ada Rooke's report was circulated in advance.",
    ],
)
def test_circulated_documents_and_missing_reports_make_no_speaker(text: str) -> None:
    assert names(text) == set()


def test_a_proposal_sent_on_to_a_working_group_was_made_at_the_meeting() -> None:
    assert names("A proposal from Lia Hart was sent to a working group.") == {"Lia Hart"}


def test_who_chaired_minutes_say() -> None:
    assert names("A. Facilitator: Ann Link\nB. Roll call\n") == {"Ann Link"}
    assert names("In the chair: Bro. T Woodhouse\n") == {"T Woodhouse"}
    assert names("Present: Issy Ghent - in the Chair, Gil Amos, Ros Penn\n") == {"Issy Ghent"}


def test_declared_initials_are_the_words_they_spell() -> None:
    text = "Chair’s Opening Remarks Issy Ghent (IG) welcomed everyone. IG thanked the team."
    assert names(text) == {"Issy Ghent"}


def test_a_roll_of_who_attended_is_no_speech() -> None:
    text = "Roll call:\n1. Cas Doyle (co-chair) – present\n2. Hal Ortiz – absent\n3. Ivy Munro – apologies\n"
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "presenter"),
    [
        ("II. Treasurer's Report (Bob) 15 min\nBob Stuller gave the figures later.\n", "Bob Stuller"),  # US minutes
        ("4. Housing update (Jo Bloggs)\nThe update was noted.\n", "Jo Bloggs"),  # CLP minutes
        ("Item 3: Campaigns – (Rui Costa) – 10 minutes\n", "Rui Costa"),
    ],
)
def test_an_agenda_line_names_who_presents_it(text: str, presenter: str) -> None:
    assert presenter in names(text)


def test_an_agenda_line_naming_a_body_or_a_lone_word_names_nobody() -> None:
    assert names("5. Pay claim (Unite)\n6. Transport (Leeds)\n") == set()


@pytest.mark.parametrize(
    ("text", "pronoun_means"),
    [
        ("Tom Hale welcomed Anna Reyes back to the committee. She said the review was nearly done.", "Anna Reyes"),
        ("The Chair welcomed Anna Reyes back. She said the review was nearly done.", "Anna Reyes"),
        (
            "Keir Starmer welcomed Angela Eagle and Rosa Dunn to the NEC. He gave a summary of the results.",
            "Keir Starmer",
        ),
        ("Tal Ovadia welcomed Kit Vane to the meeting. He said the hall was booked.", "Tal Ovadia"),  # names unknown
    ],
)
def test_he_or_she_is_the_person_whose_first_name_fits(text: str, pronoun_means: str) -> None:
    mentions = {m.text: s.name for s in speakers_of(text) for m in s.mentions}
    pronoun = "She" if "She" in text else "He"
    assert mentions[pronoun] == pronoun_means


def test_a_first_name_alone_where_the_page_gives_no_surname() -> None:
    assert names("Tamsin asked about the budget. Mark said the hall was booked.") == {"Tamsin", "Mark"}
    assert names("June saw the launch of the campaign. Grant applications were discussed.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There was a presentation by the campaign co-ordinators, Lena Ortiz and Raj Patel.",
            {"Lena Ortiz", "Raj Patel"},
        ),
        ("We had a report from the regional directors, Ada Fox and Bo Lund.", {"Ada Fox", "Bo Lund"}),
        ("Callum Reid's report covered the selections timetable.", {"Callum Reid"}),
        ("There were questions from Mina Holloway about the budget.", {"Mina Holloway"}),
    ],
)
def test_sources_named_by_a_noun(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an NEC write-up: the author's question, the answer
        (
            "I asked the General Secretary, Rhodri Evans, about the training; he told me places were open.",
            {"Rhodri Evans"},
        ),
        # a union rep's report: the answer in a clause of its own
        ("I pressed Nerys Lloyd on the timetable, and she replied that it would slip.", {"Nerys Lloyd"}),
    ],
)
def test_he_or_she_after_the_authors_question_is_who_was_asked(text: str, expected: set[str]) -> None:
    found = speakers_of(text, author="Carys Pugh")
    assert {s.name for s in found if not s.is_author} == expected


@pytest.mark.parametrize(
    "text",
    [
        "- Questions were taken from Lucy Byrne and Grace Tan about the membership figures.",
        "Questions were then taken from the floor, from Lucy Byrne and Grace Tan.",
        "The chair took questions from Lucy Byrne and Grace Tan.",
    ],
)
def test_questions_taken_from_people(text: str) -> None:
    assert {"Lucy Byrne", "Grace Tan"} <= names(text)


def test_sources_named_by_a_noun_after_a_comma_and_two_spaces() -> None:
    text = "There was a presentation by the campaign co-ordinators,  Lena Ortiz and Raj Patel."
    assert names(text) == {"Lena Ortiz", "Raj Patel"}
