"""Decisions of the meeting: who decides, by which verbs, several at once, and lists under an umbrella.

Every text is written for these tests, in the styles of the reports the tool reads (an NEC member's write-up,
union executive news, council and CLP minutes, a news report); none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions import extract_motions
from nec_extract.extractors.motions.layout.tables import table_result
from nec_extract.extractors.votes import extract_votes
from nec_extract.language.text import Sentence
from nec_extract.models import Motion, Outcome
from support import report_context


def motions_of(text: str, title: str | None = None) -> list[Motion]:
    report = report_context(text, title=title, parse=False)
    return extract_motions(report, extract_votes(report), [])


def outcomes(text: str, title: str | None = None) -> list[Outcome]:
    return [m.outcome for m in motions_of(text, title)]


def evidence_is_exact(text: str, motions: list[Motion]) -> bool:
    return all(text[m.evidence.start : m.evidence.end] == m.evidence.text for m in motions)


# ---------------------------------------------------------------- who decides


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("SEC Report – May", "SEC Report – May\n\nThe SEC backed a call for a review of candidate selections."),
        (
            "Welsh Executive Committee, 3 March",
            "Welsh Executive Committee, 3 March\n\nThe WEC voted to hold its next meeting in Wrexham.",
        ),
        ("Branch meeting notes", "Branch meeting notes\n\nThe branch endorsed the proposed pay claim."),
        (
            "Annual Conference report",
            "Annual Conference report\n\nOn the Sunday, Conference adopted a new code of conduct.",
        ),
        (
            "Labour's ruling body meets",
            "Labour's ruling body meets\n\nNational executive committee (NEC) members voted to scrap the fee.",
        ),
    ],
)
def test_the_body_a_report_is_about_decides(title: str, text: str) -> None:
    found = motions_of(text, title)
    assert [m.outcome for m in found] == [Outcome.CARRIED]
    assert evidence_is_exact(text, found)


def test_conference_is_another_body_unless_the_report_is_about_it() -> None:
    text = "NEC report\n\nThe NEC met on Tuesday. Conference adopted a new code of conduct in 2019."
    assert motions_of(text, "NEC report") == []


@pytest.mark.parametrize(
    "text",
    [
        "The NEC established a working group on digital campaigning.",
        "The executive set up a hardship fund for striking members.",
        "The committee extended the deadline for nominations by a fortnight.",
    ],
)
def test_the_body_acting_is_a_decision(text: str) -> None:
    assert outcomes(text) == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "text",
    [
        "The working group set up last year will report in the spring.",
        "Our branch backed the same motion last week, so we were pleased.",
        "When the audit was published we decided to review every contract.",
        "The NEC noted that our policies are popular and supported by most voters.",
        "We raised the issue of late correspondence with the General Secretary.",
        "The panel established by the officers has not yet met.",
    ],
)
def test_what_is_not_the_meeting_deciding(text: str) -> None:
    assert motions_of(text) == []


# ---------------------------------------------------------------- the author's own vote


def test_our_own_vote_is_not_the_result() -> None:
    found = motions_of("We voted for the amendment on digital membership cards.")
    assert [m.outcome for m in found] == [Outcome.UNKNOWN]


@pytest.mark.parametrize(
    "result",
    [
        "Sadly this was unsuccessful in a vote.",
        "Both were lost when the votes were counted.",
        "I am sorry to report that the committee rejected them.",
    ],
)
def test_two_proposals_we_voted_for_share_the_result_that_follows(result: str) -> None:
    text = (
        "We argued and voted for both the youth officer and the equalities officer to be elected by all members. "
        f"{result}"
    )
    found = motions_of(text)
    assert [m.outcome for m in found] == [Outcome.DEFEATED, Outcome.DEFEATED]
    assert evidence_is_exact(text, found)


def test_the_authors_vote_on_a_motion_already_named_is_no_new_motion() -> None:
    text = "Ruth Osei moved a motion on bus fares. I voted for it, and it was carried by 20 votes to 4."
    found = motions_of(text)
    assert [m.outcome for m in found] == [Outcome.CARRIED]


# ---------------------------------------------------------------- several decisions at once


@pytest.mark.parametrize(
    "text",
    [
        "The committee agreed: to fund two more organisers; to hold a rally in June; and to write to every MP.",
        "RESOLVED: that the branch affiliates to the campaign; that £200 be donated; that the secretary writes "
        "to the council.",
        "The NEC agreed: a timetable for selections; new guidance on social media; and the budget for 2025.",
    ],
)
def test_a_decision_listing_three_things_is_three_motions(text: str) -> None:
    found = motions_of(text)
    assert [m.outcome for m in found] == [Outcome.CARRIED] * 3
    assert evidence_is_exact(text, found)
    assert len({m.evidence.start for m in found}) == 3


@pytest.mark.parametrize(
    "text",
    [
        "The NEC agreed:\n\n  • To hold the policy forum in October.\n\n  • The office will recruit two staff.\n",
        "Following the officers' report, the Executive agreed to:\n- endorse the new bargaining strategy\n"
        "- ask districts to report back in May\n",
        "RESOLVED:\n1. That the minutes be approved.\n2. That the group writes to the cabinet member.\n",
        "It was agreed:\n* to set up a housing working group;\n* to invite the MP to the next meeting.\n",
        # a plural item and its result over the list: no motion itself
        "The following motions passed:\n1. On pay: support for the national claim.\n2. On pensions: a campaign.\n",
        "Motions passed at the meeting:\n- Housing: a call for rent controls\n- Transport: a call for franchising\n",
        "Rule changes agreed today:\n• a lower quorum for branch meetings\n• votes at sixteen\n",
        "All the recommendations were approved:\n- the new grading scheme\n- a review of travel expenses\n",
    ],
)
def test_an_umbrella_over_a_list_makes_each_item_a_motion_and_is_none_itself(text: str) -> None:
    found = motions_of(text)
    assert [m.outcome for m in found] == [Outcome.CARRIED, Outcome.CARRIED]
    assert all(not m.evidence.text.rstrip().endswith(":") for m in found)
    assert evidence_is_exact(text, found)


def test_an_umbrella_of_rejections_defeats_its_items() -> None:
    text = "The committee rejected:\n- the proposal to close the Leith office\n- the plan to cut the hardship fund\n"
    assert outcomes(text) == [Outcome.DEFEATED, Outcome.DEFEATED]
    text = "The following amendments fell:\n- to delete paragraph 3\n- to add a call for a ballot\n"
    assert outcomes(text) == [Outcome.DEFEATED, Outcome.DEFEATED]


def test_a_plural_that_names_its_items_is_no_umbrella() -> None:
    text = "Motions on pay and on pensions were carried:\n- the pay motion by a large majority\n"
    assert outcomes(text)  # the items it names are motions; the line below only adds how


# ---------------------------------------------------------------- outcome words


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("An amendment to cap speeches at three minutes was moved by Jo Hart. It was unsuccessful.", "defeated"),
        ("Sam Reid tabled a notice of motion on rents. The motion lapsed.", "withdrawn"),
        ("Sam Reid tabled a notice of motion on rents, but it was not proceeded with.", "withdrawn"),
        ("A motion from Pat Lee on rail fares would be taken at the January meeting.", "deferred"),
        ("The motion on hospital parking will be considered at the next meeting.", "deferred"),
        ("An emergency motion on the strike was moved, and it was carried over to the next meeting.", "deferred"),
    ],
)
def test_outcome_words(text: str, outcome: str) -> None:
    assert outcomes(text) == [Outcome(outcome)]


# ---------------------------------------------------------------- minutes and tables


@pytest.mark.parametrize(
    "text",
    [
        "RESOLVED – That the council calls on the government to fund free school meals.",
        "Upon the motion being put to the vote it was\n\nRESOLVED – That the group supports the bus franchise.",
        "Agreed: to send two delegates to the regional conference.",
        "Resolved that the branch donates £100 to the hardship fund.",
    ],
)
def test_minutes_labels_state_a_carried_decision(text: str) -> None:
    assert outcomes(text) == [Outcome.CARRIED]


def test_a_lower_case_resolved_in_prose_is_no_label() -> None:
    assert motions_of("The chair resolved to keep the meeting short.") == []


def test_a_table_of_conference_decisions_is_one_motion_per_row() -> None:
    text = (
        "Motion  Subject  Mandate  Outcome\n"
        "B1 Defend local libraries  Support  Carried\n"
        "B2 Censure the executive over pensions  Oppose  Lost\n"
        "B3 Campaign on pensions – see B2  n/a  Fell (B2 lost)\n"
        "B4 Stop printing the journal  Remit  Remitted\n"
        "B5 A members' diary  Oppose  Withdrawn\n"
    )
    found = motions_of(text)
    assert [m.outcome.value for m in found] == ["carried", "defeated", "defeated", "remitted", "withdrawn"]
    assert evidence_is_exact(text, found)


def test_a_row_needs_a_row_beside_it_and_a_capitalised_result() -> None:
    alone = "Intro line.\nB1 Defend local libraries  Support  Carried\n\nAfter that we went home.\n"
    start = alone.index("B1")
    row = Sentence(start, alone.index("\n", start), alone[start : alone.index("\n", start)])
    assert table_result(alone, row) is None
    table = "B1 Defend local libraries  Support  carried\nB2 Censure the executive  Oppose  lost\n"
    first = Sentence(0, table.index("\n"), table[: table.index("\n")])
    assert table_result(table, first) is None
    assert table_result(table.replace("carried", "Carried").replace("lost", "Lost"), first) is Outcome.CARRIED


# ---------------------------------------------------------------- phrasings of one decision, several styles


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # an NEC member's write-up
        ("The NEC agreed the timetable for the selection of the general secretary.", "carried"),
        ("The NEC unanimously agreed to refer the matter to the disputes panel.", "remitted"),
        ("NEC members backed plans to hold conference online.", "carried"),
        ("We endorsed the recommendations of the organisation committee.", "carried"),
        ("The NEC decided not to reopen nominations.", "carried"),
        ("By 15 votes to 9, the NEC rejected the proposal to cut the fee.", "defeated"),
        ("The NEC voted 24–9 against the proposal.", "defeated"),
        ("The NEC was asked to agree the timetable, which it did.", "carried"),
        ("The report recommended that the CLP be suspended, which the NEC accepted.", "carried"),
        ("We noted the update on the digital strategy and agreed to return to it in May.", "deferred"),
        # union executive news
        ("The National Executive Council agreed that the union should affiliate to the campaign.", "carried"),
        ("The Executive Council ratified the agreement.", "carried"),
        ("The executive gave its backing to the strike.", "carried"),
        ("The union's executive threw out the proposal.", "defeated"),
        ("The committee declined to support the appeal.", "defeated"),
        ("The committee said no to the request.", "defeated"),
        ("Approval was given to the new membership rates.", "carried"),
        # council and CLP minutes
        ("The Group agreed to support the administration's budget.", "carried"),
        ("The GC voted to nominate Jane Doe for the NEC.", "carried"),
        ("Members present voted unanimously to donate £100.", "carried"),
        ("Proposal to affiliate to the campaign: agreed.", "carried"),
        ("Emergency motion on the cost of living crisis in our city: carried.", "carried"),
        ("The NEC panel shortlisted four candidates for the by-election.", "carried"),
        ("It was agreed to postpone the item.", "deferred"),
        ("Her appeal was upheld.", "carried"),
        ("The appeal against the suspension was dismissed.", "defeated"),
        ("A vote to accept the pay offer was lost.", "defeated"),
        ("Thankfully those changes, which speed up the process, passed easily.", "carried"),
        ("We made some amendments to the code of conduct that were accepted by consensus.", "carried"),
        # a news report
        ("Labour's ruling body has voted to scrap the contest.", "carried"),
        ("The party's ruling body voted by 20 votes to 14 to suspend the process.", "carried"),
        ("The NEC has moved to ban the group from affiliating.", "carried"),
        ("The national executive committee backed the move by 22 votes to 10.", "carried"),
        ("The NEC gave the go-ahead for the ballot.", "carried"),
        ("Consensus was reached on the new selection rules.", "carried"),
        ("Conference Report\n\nConference carried the composite motion on housing.", "carried"),
    ],
)
def test_one_decision_in_many_phrasings(text: str, outcome: str) -> None:
    title = text.split("\n\n")[0] if "\n\n" in text else None
    assert outcomes(text, title) == [Outcome(outcome)]


@pytest.mark.parametrize(
    "text",
    [
        "The General Secretary reported that the panel had approved the shortlist.",
        "The motion passed at last year's conference has still not been implemented.",
        "Although the conference had agreed the policy, nothing was done.",
        "I hope the NEC will agree this in March.",
        "The Tories voted against the bill in the Commons.",
        "The NEC agreed with the points made by the general secretary.",
        "The committee noted the report.",
        "The NEC discussed the report from the general secretary.",
        "We moved to the next item.",
        "The committee was told that the motion had been passed by the regional board.",
        "Delegates were urged to support the motion.",
        "The paper will be presented to the next NEC for approval.",
        "At the branch's last annual meeting, members voted to double the subscription.",
        "The report usually goes through without much debate.",
        # an agenda announced, a consideration negated
        "We considered the rule amendments at length.",
        "We did not consider the motion on fracking.",
    ],
)
def test_no_decision_of_this_meeting(text: str) -> None:
    assert motions_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There was an emergency motion on the rail strike.", "unknown"),
        ("Sam Lee asked for a separate vote on the part of the report about staffing.", "unknown"),
        ("The sub-committee proposed that sitting councillors may not stand again.", "unknown"),
        ("There was consensus on this paper after a long discussion.", "carried"),
    ],
)
def test_items_put_to_the_meeting(text: str, expected: str) -> None:
    assert outcomes(text) == [Outcome(expected)]


def test_a_motion_debated_with_words_of_its_own_is_put_to_the_meeting() -> None:
    text = "We discussed the motion to restore the whip to the former leader."
    assert outcomes(text) == [Outcome.UNKNOWN]


@pytest.mark.parametrize(
    "text",
    [
        "This meeting confirmed the appointment of the branch officers and the policy motions were carried.",
        "The NEC has suspended the CLP and appointed a new secretary.",
        "The amendment was accepted by the mover and the motion as amended was carried.",
    ],
)
def test_two_decisions_in_one_sentence(text: str) -> None:
    found = motions_of(text)
    assert [m.outcome for m in found] == [Outcome.CARRIED, Outcome.CARRIED]
    assert evidence_is_exact(text, found)


# ---------------------------------------------------------------- elections


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Ruth Bell was elected Chair, Owen Price Vice-Chair (again!) and Ann Shaw as Treasurer.", 3),
        (
            "The first task was to choose a secretary, and Dev Patel, our longest-serving member, was appointed.",
            1,
        ),
        ("The following were co-opted to the committee: Lin Wu, Tom Hart and Ade Ola.", 3),
        ("The panel for the annual award was elected – Lin Wu, Tom Hart and Ade Ola.", 1),
        ("The following officers were elected: Chair – Ann Lee; Secretary – Bob Hill; Treasurer – Cat Roy.", 3),
        ("Election of officers\n\nChair: Ann Lee (elected unopposed)\nSecretary: Bob Hill (elected unopposed)\n", 2),
        ("Ann Lee was returned as secretary unopposed.", 1),
    ],
)
def test_each_person_chosen_is_one_motion(text: str, people: int) -> None:
    found = motions_of(text)
    assert [m.outcome for m in found] == [Outcome.CARRIED] * people
    assert evidence_is_exact(text, found)


def test_an_appointment_onto_a_committee_by_others_is_no_election() -> None:
    assert motions_of("I was appointed onto the policy committee, which next meets in June.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Both amendments were lost.", 2),
        ("Three emergency motions were carried unanimously.", 3),
        ("The two motions on housing were referred to the policy committee.", 2),
        ("The motion on the two councils was carried.", 1),
    ],
)
def test_a_counted_plural_is_one_motion_per_item(text: str, count: int) -> None:
    assert len(motions_of(text)) == count


def test_a_participle_heading_over_a_list_decides_its_items() -> None:
    text = (
        "Agreed rule changes\n\n- Clause 3 will be deleted.\n- Branches may merge with regional approval.\n\n"
        "Other business\n\nThe chair closed the meeting."
    )
    found = motions_of(text)
    assert [m.outcome for m in found] == [Outcome.CARRIED, Outcome.CARRIED]
    assert evidence_is_exact(text, found)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The NEC raised the registered supporter fee to £25.", 1),
        ("The NEC raised concerns about the timetable.", 0),
        ("The committee raised the issue with the officers.", 0),
    ],
)
def test_raising_a_fee_is_a_decision_raising_a_concern_is_not(text: str, count: int) -> None:
    assert len(motions_of(text)) == count


# ---------------------------------------------------------------- the parse, for subjects the patterns cannot reach


def test_the_parse_finds_the_item_of_a_long_main_clause() -> None:
    text = (
        "Happily, those changes, which make appeals quicker, fairer to the members who bring them and easier "
        "for the staff who handle them, passed easily this afternoon."
    )
    report = report_context(text, parse=True)
    assert [m.outcome for m in extract_motions(report, extract_votes(report), [])] == [Outcome.CARRIED]
    assert motions_of(text) == []  # without a parser the patterns alone cannot tell


def test_the_parse_leaves_a_participle_alone() -> None:
    text = "The enabling motion lets the executive tidy the rulebook so that all the motions passed fit into it."
    report = report_context(text, parse=True)
    assert extract_motions(report, extract_votes(report), []) == []


# ---------------------------------------------------------------- each decision once, and of this meeting


def test_the_heading_names_the_news_and_the_body_states_the_decision() -> None:
    title = "NEC votes to change the voting system"
    text = f"{title}\n\nThe NEC voted yesterday to change the voting system for its internal elections."
    found = motions_of(text, title)
    assert [m.outcome for m in found] == [Outcome.CARRIED]
    assert found[0].evidence.start > len(title)


def test_a_spokesperson_restating_a_decision_adds_no_motion() -> None:
    text = "The NEC agreed to scrap the fee. A spokesperson said: “The NEC has today agreed to scrap the fee.”"
    assert outcomes(text) == [Outcome.CARRIED]


def test_a_decision_only_quoted_still_counts() -> None:
    assert outcomes("One member told us: “The committee agreed to scrap the fee.”") == [Outcome.CARRIED]


def test_a_decision_of_an_earlier_month_is_background() -> None:
    text = "The NEC met on 20 June. The rule change agreed in March is now in force."
    report = report_context(text, meeting="2024-06-20", meeting_text="20 June", parse=False)
    assert extract_motions(report, extract_votes(report), []) == []


def test_a_relative_that_stands_for_the_item_only_after_a_motion_noun() -> None:
    assert motions_of("The chair read out a letter that was accepted by the members present.") == []


# ---------------------------------------------------------------- the body nominating; elections told with more words


@pytest.mark.parametrize(
    "text",
    [
        "The branch nominated Leah Grant for the regional women's committee.",
        "The executive nominated Cllr Hay for the vacant seat on the board.",
        "After a short discussion the committee nominated P. Ortiz as its delegate to congress.",
    ],
)
def test_the_body_nominating_is_its_decision(text: str) -> None:
    assert outcomes(text) == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "text",
    ["I nominated Leah Grant for treasurer.", "Ann Lee nominated Leah Grant for treasurer."],
)
def test_a_person_nominating_only_puts_a_name(text: str) -> None:
    assert outcomes(text) == [Outcome.UNKNOWN]


@pytest.mark.parametrize(
    "text",
    [
        # CLP minutes
        "Nominations were invited. Maria Lopes was the only nominee and was duly elected.",
        # union minutes
        "S. Grant was nominated by Eastside branch and was elected unopposed.",
        # another party's executive
        "Candidates: Fiona Marsh was approved as our candidate for Northgate division.",
        # council group
        "Cllr Tan was endorsed as the group's candidate for mayor.",
        # a news report
        "Ruth Okoye was confirmed as branch secretary at Monday's meeting.",
    ],
)
def test_a_person_chosen_told_with_more_words_is_one_election(text: str) -> None:
    found = motions_of(text)
    assert [(m.kind.value, m.outcome) for m in found] == [("other", Outcome.CARRIED)]


def test_a_first_predicate_of_its_own_is_no_election() -> None:
    assert motions_of("Ann Lee was thanked for her work and was not elected.") == []


# ---------------------------------------------------------------- a labelled item and where it went


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Fundraising dinner: deferred to the next meeting pending a venue.", Outcome.DEFERRED),
        ("Summer social – postponed to a future meeting.", Outcome.DEFERRED),
        ("Ward boundaries: referred back to the working group for a map.", Outcome.REMITTED),
    ],
)
def test_a_labelled_item_sent_on_or_put_off(text: str, outcome: Outcome) -> None:
    assert outcomes(text) == [outcome]


@pytest.mark.parametrize("text", ["The chair agreed to look into it.", "Treasurer: agreed to check the invoices."])
def test_an_undertaking_by_a_person_is_no_item(text: str) -> None:
    assert motions_of(text) == []


# ---------------------------------------------------------------- comma splices; items put off under an umbrella


@pytest.mark.parametrize(
    "text",
    [
        # union bulletin
        "The motion on housing was carried, the motion on fares fell and the NHS motion was remitted.",
        # council minutes
        "The amendment on fares was lost, the substantive motion was then carried, and the report was referred back.",
    ],
)
def test_clauses_spliced_by_a_comma_each_state_their_item(text: str) -> None:
    assert len(outcomes(text)) == 3
    assert len(set(outcomes(text))) == 3


def test_an_opening_phrase_before_a_comma_is_no_clause_of_its_own() -> None:
    assert outcomes("After a long debate, the motion was carried.") == [Outcome.CARRIED]


def test_an_item_put_off_or_sent_on_under_an_umbrella_takes_that_outcome() -> None:
    text = (
        "The executive agreed:\n- to oppose the closure of the depot;\n- to postpone the summer school;\n"
        "- to refer the question of fees to the finance committee."
    )
    assert outcomes(text) == [Outcome.CARRIED, Outcome.DEFERRED, Outcome.REMITTED]


# ---------------------------------------------------------------- moved with no name, a result label, voted through


@pytest.mark.parametrize(
    "text",
    [
        "It was moved and seconded that the branch donate £100 to the food bank. Carried nem con.",
        "It was moved that the report be accepted. This was agreed.",
        "Motion: That this branch affiliates to the Peace Pledge Union. Proposer: J. Hart. Seconder: K. Moss. "
        "Result: carried.",
        "Motion on bus fares, moved by Ann Lee.\nVote: carried unanimously.",
        "The new code was voted through by 25 votes to 8.",
        "Members voted through the changes to standing orders.",
    ],
)
def test_minutes_forms_each_state_one_carried_item(text: str) -> None:
    assert outcomes(text) == [Outcome.CARRIED]


def test_moved_to_a_later_meeting_is_no_proposal() -> None:
    assert motions_of("It was moved to the next meeting.") == []
