"""How an outcome is attached to a motion: the motion it names, the author's vote against the meeting's result,
outcome words inside a motion's own words or describing a noun, a sentence that names another item.

Every text is written for these tests, in the styles of the reports the tool reads (an NEC member's write-up,
union minutes, council and CLP minutes, a news report); none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions import extract_motions
from nec_extract.extractors.votes import extract_votes
from nec_extract.models import Motion, Outcome
from support import report_context


def motions_of(text: str, title: str | None = None) -> list[Motion]:
    report = report_context(text, title=title, parse=False)
    return extract_motions(report, extract_votes(report), [])


def kinds_and_outcomes(text: str, title: str | None = None) -> list[tuple[str, Outcome]]:
    return [(m.kind.value, m.outcome) for m in motions_of(text, title)]


# ---------------------------------------------------------------- the outcome names the motion it settles


@pytest.mark.parametrize(
    "text",
    [
        # council minutes
        "It was moved by Councillor Ash and seconded by Councillor Birch that the council oppose the closure. "
        "An amendment was moved by Councillor Cole to add a call for a review. "
        "On being put to the vote, the amendment was declared lost. "
        "The substantive motion was then put and declared carried.",
        # union minutes
        "A motion to renew the affiliation was moved by S. Grant and seconded by P. Ortiz. "
        "An amendment to cap the fee was moved by R. Hale. The amendment was lost. The motion was carried.",
        # a CLP's notes
        "Dana Frost moved a motion on rail fares. Eli Gray proposed an amendment to delete the second paragraph. "
        "After some debate the amendment fell. The original motion passed comfortably.",
    ],
)
def test_an_outcome_naming_the_motion_settles_it_after_an_amendment(text: str) -> None:
    assert kinds_and_outcomes(text) == [("motion", Outcome.CARRIED), ("amendment", Outcome.DEFEATED)]


def test_an_outcome_naming_an_amendment_does_not_settle_the_motion() -> None:
    text = (
        "Ann Lee moved a motion calling for a housing audit. Ben Kay moved an amendment to add a deadline. "
        "The amendment was carried."
    )
    assert kinds_and_outcomes(text) == [("motion", Outcome.UNKNOWN), ("amendment", Outcome.CARRIED)]


@pytest.mark.parametrize(
    "text",
    [
        "It was moved by Councillor Fox that the Council reverse the cuts agreed in the last budget. "
        "The motion was declared lost.",
        "It was proposed by Jo Bell, and seconded by Sam Reid, that the branch restore the grant approved in 2019. "
        "After debate the motion fell.",
    ],
)
def test_outcome_words_inside_what_was_moved_are_not_its_outcome(text: str) -> None:
    assert [m.outcome for m in motions_of(text)] == [Outcome.DEFEATED]


# ---------------------------------------------------------------- the author's vote, then the meeting's result


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("I voted against the proposal to shorten conference, but it was carried by 24 to 9.", Outcome.CARRIED),
        ("We opposed the plan to close the regional office, but it went through anyway.", Outcome.CARRIED),
        ("I voted for the motion from the CLP reps on the fuel cut; the motion fell, 8 votes to 25.", Outcome.DEFEATED),
        ("We supported the statement on the economy, which was agreed without a vote.", Outcome.CARRIED),
        ("I backed the amendment on pensions, but it was lost.", Outcome.DEFEATED),
        ("I voted for the emergency motion on rents.", Outcome.UNKNOWN),
    ],
)
def test_the_meetings_result_not_the_authors_vote_is_the_outcome(text: str, outcome: Outcome) -> None:
    assert [m.outcome for m in motions_of(text)] == [outcome]


@pytest.mark.parametrize(
    "follow_up",
    [
        "I supported both.",
        "I voted against the motion, as did most of the union section.",
        "We voted for it.",
        "I opposed the amendment.",
    ],
)
def test_the_authors_vote_on_an_item_already_named_adds_no_motion(follow_up: str) -> None:
    text = f"The NEC agreed both the motion on food banks and the amendment on rents. {follow_up}"
    assert len(motions_of(text)) == 2


def test_a_sentence_describing_another_item_does_not_settle_the_one_before() -> None:
    text = (
        "We supported the statement on the economy, which was agreed without a vote. "
        "I voted for the motion from the CLP reps calling for a pause to the fuel cut; the motion fell, 8 votes to 25."
    )
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED, Outcome.DEFEATED]


def test_the_same_item_described_again_settles_the_one_before() -> None:
    text = "Lee Park moved a motion on rail fares in the region. The motion on rail fares was carried unanimously."
    found = motions_of(text)
    assert [m.outcome for m in found] == [Outcome.CARRIED]
    assert found[0].movers == ["Lee Park"]


# ---------------------------------------------------------------- outcome words that only describe a noun


@pytest.mark.parametrize(
    "text",
    [
        "These included the proposal to add two members appointed by the Scottish Leader.",
        "The report listed the policies adopted by Conference since 2015.",
        "Delegates heard about the grants approved by the Arts Council.",
    ],
)
def test_a_participle_with_another_agent_is_no_outcome(text: str) -> None:
    assert motions_of(text) == []


# ---------------------------------------------------------------- a decision on the item just put, pointed to


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("The group decided to refer the matter to the regional office.", Outcome.REMITTED),
        ("The committee agreed to defer it to the next meeting.", Outcome.DEFERRED),
        ("We voted to reject the proposal.", Outcome.DEFEATED),
        ("The executive agreed it without a vote.", Outcome.CARRIED),
    ],
)
def test_a_decision_on_the_item_just_put_settles_it(decision: str, outcome: Outcome) -> None:
    text = f"A proposal from Cllr Hanley that the whip be restored was discussed at length. {decision}"
    found = motions_of(text)
    assert [(m.outcome, m.movers) for m in found] == [(outcome, ["Hanley"])]


def test_a_decision_that_names_the_thing_decided_is_the_item_it_names() -> None:
    text = (
        "The SEC was asked to approve the timetable for selections. Some members thought it too short. "
        "A vote was taken, and the timetable was approved by 19 votes to 8."
    )
    found = motions_of(text, None)
    assert [m.outcome for m in found] == [Outcome.CARRIED]
    assert found[0].vote is not None and found[0].vote.for_ == 19


# ---------------------------------------------------------------- a clause about another time or body


@pytest.mark.parametrize(
    "text",
    [
        "We considered a proposal to extend the freeze on mergers. "
        "This was agreed after it was pointed out that the SEC had approved a similar freeze in May.",
        "We considered a proposal to extend the freeze on mergers. "
        "It was carried, although a similar proposal was rejected by the Welsh Executive last year.",
    ],
)
def test_the_main_clause_decides_when_another_clause_tells_of_another_body(text: str) -> None:
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "text",
    [
        "Last year the committee agreed to review the code of conduct.",
        "We noted that conference had agreed the rule change.",
        "The rule change passed by Annual Conference comes into force in January.",
    ],
)
def test_decisions_of_another_time_or_body_are_no_motion(text: str) -> None:
    assert motions_of(text) == []


# ---------------------------------------------------------------- minutes that leave the meeting unsaid; "it" deciding


def test_numbered_minutes_whose_items_open_with_the_decision_verb() -> None:
    text = (
        "The Executive:\n"
        "1. Approved the budget for next year, subject to the savings found by the officers.\n"
        "2. Agreed to ballot members in further education over pay.\n"
        "3. Elected Farida Bello as Vice-President for the coming year.\n"
        "4. Rejected the call for a special conference.\n"
    )
    assert kinds_and_outcomes(text) == [
        ("report", Outcome.CARRIED),
        ("proposal", Outcome.CARRIED),
        ("other", Outcome.CARRIED),
        ("other", Outcome.DEFEATED),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Elected members were asked to attend the training day.",
        "Agreed actions from the last meeting are in the appendix.",
        "Launched a new website for the branch in the spring.",
        "Approved by the council last year, the scheme has now started.",
    ],
)
def test_a_participle_opening_a_sentence_is_no_decision(text: str) -> None:
    assert motions_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The board did approve a motion welcoming the new figures. It also elected Sunita Rao as its vice-chair.",
        "The committee agreed the motion on the new figures. It then elected Sunita Rao as vice-chair.",
    ],
)
def test_it_electing_is_the_body_choosing_not_the_motion_before(text: str) -> None:
    assert kinds_and_outcomes(text) == [("motion", Outcome.CARRIED), ("other", Outcome.CARRIED)]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Kowalski was elected with 18 votes, against 14 for Dev Sharma.",
        "Helen Cho was elected with 26 votes to 19 for Joe Barker.",
        "Ravi Patel was elected by 12 votes to 9 over Sue Dunn.",
    ],
)
def test_an_election_with_its_count_is_one_motion_with_its_tally(text: str) -> None:
    found = motions_of(text)
    assert [(m.kind.value, m.outcome) for m in found] == [("other", Outcome.CARRIED)]
    assert found[0].vote is not None and found[0].vote.against is not None
    assert " as with" not in found[0].summary


# ---------------------------------------------------------------- a motion put by someone the report does not name


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Our youth representative moved a motion calling for the youth conference to be restored. "
            "After a long debate the motion was withdrawn.",
            Outcome.WITHDRAWN,
        ),
        (
            "The Scottish region submitted a motion asking the Executive to oppose the new law. A debate followed. "
            "In the vote, 21 members supported the motion and 4 opposed it.",
            Outcome.CARRIED,
        ),
        (
            "An emergency motion from the London region on the cost of living was tabled late. "
            "It was held over to the November meeting.",
            Outcome.DEFERRED,
        ),
        ("A motion from the Women's Committee on childcare was debated. It was carried.", Outcome.CARRIED),
        ("Members of the youth caucus tabled an amendment on the age limit, which fell.", Outcome.DEFEATED),
    ],
)
def test_a_motion_put_by_someone_unnamed_takes_the_outcome_that_follows(text: str, outcome: Outcome) -> None:
    assert [m.outcome for m in motions_of(text)] == [outcome]


def test_a_motion_put_with_no_result_stays_unknown() -> None:
    text = "A motion from Eastgate ward on library hours was debated. Several members spoke for it."
    assert [m.outcome for m in motions_of(text)] == [Outcome.UNKNOWN]


@pytest.mark.parametrize(
    ("text", "movers"),
    [
        ("A motion from Eastgate ward on library hours was debated.", []),
        ("An amendment from Northgate branch on fees was debated.", []),
        ("A motion from Jo Akande on rents was debated.", ["Jo Akande"]),
    ],
)
def test_a_motion_from_a_ward_or_branch_names_no_mover(text: str, movers: list[str]) -> None:
    assert [m.movers for m in motions_of(text)] == [movers]


# ---------------------------------------------------------------- items counted together, told one by one


@pytest.mark.parametrize(
    "text",
    [
        # a regional committee's email
        "We had two motions. The first, from Riverside branch, asked the region to fund a coach. It went through "
        "without any opposition. The second, from the retired members, proposed a printed newsletter. After a "
        "lively discussion it was narrowly rejected, 11 to 13.",
        # a CLP secretary's notes
        "Two motions were submitted by branches. The first motion, on bus fares, was carried. "
        "The second motion, on the Local Plan, was lost.",
    ],
)
def test_ordinals_tell_counted_items_one_by_one(text: str) -> None:
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED, Outcome.DEFEATED]


def test_both_settles_every_item_counted() -> None:
    text = "Two motions came to us from the women's conference, on period poverty and on pay. Both were adopted."
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED, Outcome.CARRIED]


def test_ordinals_without_a_count_are_each_a_motion_with_its_outcome() -> None:
    text = (
        "Most of the time went on the proposals of the review. The first proposal, a veto for the Leader, was "
        "defeated on the chair's casting vote. The second, to shrink the committee, was rejected. The third, on "
        "digital cards, was approved with little debate."
    )
    assert [m.outcome for m in motions_of(text)] == [Outcome.DEFEATED, Outcome.DEFEATED, Outcome.CARRIED]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee moved that the panel grow to nine. The first count was 15-15, and the proposal then went through.",
        "We agreed to back the strike. The second time we met, the mood had changed.",
        "The branch may in future submit both a motion and a rule change in one year, which was agreed.",
    ],
)
def test_no_count_no_ordinal_item(text: str) -> None:
    assert len(motions_of(text)) == 1


# ---------------------------------------------------------------- several decisions in one sentence or resolution


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        (
            "RESOLVED – (1) That the application be deferred to allow a site visit. (2) That officers seek more "
            "information on flood risk.",
            [Outcome.DEFERRED, Outcome.CARRIED],
        ),
        ("RESOLVED: That the motion be referred to the Policy Committee.", [Outcome.REMITTED]),
        ("It was RESOLVED that the report be approved.", [Outcome.CARRIED]),
    ],
)
def test_a_resolution_in_numbered_parts_and_the_outcome_it_names(text: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in motions_of(text)] == outcomes


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        (
            "The NEC approved the budget and rejected the call for a special conference.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        (
            "The committee endorsed the first recommendation but referred the second back to the working group.",
            [Outcome.CARRIED, Outcome.REMITTED],
        ),
        ("The executive accepted the report and deferred the pay claim to March.", [Outcome.CARRIED, Outcome.DEFERRED]),
        (
            "We agreed some of them – the new panel interview and the shorter form – but held over the change to "
            "shortlisting.",
            [Outcome.CARRIED, Outcome.CARRIED, Outcome.DEFERRED],
        ),
        (
            "The board adopted two of the proposals (the new fee and the later deadline) without a vote.",
            [Outcome.CARRIED, Outcome.CARRIED],
        ),
    ],
)
def test_coordinated_decisions_each_with_its_own_outcome(text: str, outcomes: list[Outcome]) -> None:
    found = motions_of(text)
    assert [m.outcome for m in found] == outcomes
    assert all(text[m.evidence.start : m.evidence.end] == m.evidence.text for m in found)


def test_an_outcome_told_later_in_its_own_clause_still_counts() -> None:
    assert [m.outcome for m in motions_of("The NEC agreed the report, but then sent it to a working group.")] == [
        Outcome.REMITTED
    ]


# ---------------------------------------------------------------- the action agreed to; decisions not to act


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "A motion from Anna Lind on rail workers looked set to pass until the leader's office asked for it to "
            "be referred to the union committee, which the NEC agreed to do.",
            Outcome.REMITTED,
        ),
        (
            "Jo Bell moved a motion on rents; the chair asked that it be deferred to May, and the meeting agreed to "
            "do so.",
            Outcome.DEFERRED,
        ),
    ],
)
def test_agreeing_to_do_what_was_asked_is_that_outcome(text: str, outcome: Outcome) -> None:
    assert [m.outcome for m in motions_of(text)] == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "Following a long debate, the Council voted by 18 to 15 not to proceed with the merger.",
        "The executive voted not to renew the contract with the printers.",
    ],
)
def test_a_vote_not_to_act_is_a_decision_carried(text: str) -> None:
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "text",
    [
        "A similar application was turned down by the committee in 2019.",
        "An earlier version of the rule change had been rejected.",
        "A previous motion on the subject was carried.",
    ],
)
def test_a_similar_or_earlier_item_is_background(text: str) -> None:
    assert motions_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of the previous meeting were agreed as a correct record.",
        "The minutes of the last meeting were approved.",
        "Actions from the last meeting were agreed.",
    ],
)
def test_the_minutes_of_the_last_meeting_are_decided_at_this_one(text: str) -> None:
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("text", "movers"),
    [
        ("Ann Lee withdrew her amendment.", ["Ann Lee"]),
        ("After discussion the mover agreed to withdraw the motion so that members could be consulted.", []),
        ("Cllr Ray Dunn withdrew his motion on parking.", ["Ray Dunn"]),
    ],
)
def test_a_mover_withdrawing_the_item(text: str, movers: list[str]) -> None:
    assert [(m.outcome, m.movers) for m in motions_of(text)] == [(Outcome.WITHDRAWN, movers)]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The motion received overwhelming support.", Outcome.CARRIED),
        ("The amendment received little support.", Outcome.DEFEATED),
        ("The vote went in favour of the motion.", Outcome.CARRIED),
        ("The vote went against the motion.", Outcome.DEFEATED),
    ],
)
def test_outcomes_told_by_the_support_found_or_the_way_the_vote_went(text: str, outcome: Outcome) -> None:
    assert [m.outcome for m in motions_of(text)] == [outcome]


def test_withdrawing_a_complaint_is_no_motion() -> None:
    assert motions_of("I withdrew my complaints about the wording in the light of the research.") == []


# ---------------------------------------------------------------- minutes: moved, seconded, resolved; results in lines


def test_a_resolution_after_the_mover_and_seconder_is_that_motions_result() -> None:
    text = (
        "4. PAY CAMPAIGN\nMoved: D. Mensah\nSeconded: H. Clarke\n"
        "RESOLVED: That the Executive rejects the offer and recommends members vote to reject it.\n"
    )
    found = motions_of(text)
    assert [(m.outcome, m.movers, m.seconders) for m in found] == [(Outcome.CARRIED, ["D. Mensah"], ["H. Clarke"])]
    assert found[0].summary.startswith("That the Executive rejects")


def test_a_result_in_lines_under_the_motion_it_names() -> None:
    text = (
        "Item 4: Motion on rail fares\nProposer: Leila Haddad\nSeconder: Brian Cole\n"
        "An amendment from Northgate ward to add a call for a fares freeze was accepted by the mover.\n"
        "Vote on the motion as amended:\nFor: 24\nAgainst: 3\nAbstentions: 4\nCarried.\n"
    )
    found = motions_of(text)
    assert [(m.kind.value, m.outcome) for m in found] == [("motion", Outcome.CARRIED), ("amendment", Outcome.CARRIED)]
    assert found[0].movers == ["Leila Haddad"] and "Carried." in found[0].evidence.text


def test_a_motion_moved_and_seconded_is_kept_when_no_result_follows() -> None:
    text = (
        "The main item was a motion from Jo Akande calling for the branch to join the trades council. "
        "It was seconded by Sam Kerr. We ran out of time before a vote could be taken."
    )
    assert [(m.outcome, m.movers, m.seconders) for m in motions_of(text)] == [
        (Outcome.UNKNOWN, ["Jo Akande"], ["Sam Kerr"])
    ]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "An amendment to the standing orders, proposed by the President, would allow remote meetings. "
            "The amendment will be redrafted and brought back to the next meeting.",
            Outcome.DEFERRED,
        ),
        (
            "The proposal to merge the two portfolios was discussed. No consensus was reached and the proposal will "
            "be brought back in the new year.",
            Outcome.DEFERRED,
        ),
        (
            "A proposal to move the bank account would probably have passed if more members had stayed, but the "
            "meeting was no longer quorate.",
            Outcome.UNKNOWN,
        ),
    ],
)
def test_futures_and_counterfactuals(text: str, outcome: Outcome) -> None:
    assert [m.outcome for m in motions_of(text)] == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "GPEx DECIDED to approve the revised strategy. GPEx AGREED the reforecast.",
        "The Board AGREED the accounts. The Board RESOLVED to write to the regulator.",
    ],
)
def test_a_body_then_its_decision_in_capitals(text: str) -> None:
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED, Outcome.CARRIED]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We agreed that the next meeting would be in Leeds, and that the budget would be increased.", 2),
        ("Members agreed to send a delegation to the Gala, and to donate £250 to the food bank.", 2),
        ("We agreed to write to the council and to the MP about the closure.", 1),
    ],
)
def test_decisions_repeating_to_or_that(text: str, count: int) -> None:
    assert len(motions_of(text)) == count


def test_a_paper_before_the_meeting_is_no_motion_without_a_result() -> None:
    assert motions_of("There was also a paper on the membership fee. Members asked about arrears.") == []


def test_a_plural_put_first_only_announces_the_items_decided() -> None:
    text = (
        "Proposals to change the selection rules were brought by the General Secretary. After a long debate we "
        "agreed some of them – the panel interview and the shorter form – but held over the shortlisting change."
    )
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED, Outcome.CARRIED, Outcome.DEFERRED]


def test_a_post_announced_then_the_person_elected_is_one_election() -> None:
    text = "We then elected a new Chair of the Equalities Committee. Anna Kowalski was elected with 18 votes to 14."
    found = motions_of(text)
    assert [(m.kind.value, m.summary) for m in found] == [("other", "election of Anna Kowalski")]


@pytest.mark.parametrize(
    "result",
    ["Due to the time, the item was deferred to the June meeting.", "The matter was referred to the officers."],
)
def test_the_item_or_the_matter_is_whatever_was_just_put(result: str) -> None:
    text = f"A paper proposing that members may attend remotely was circulated. {result}"
    assert [m.kind.value for m in motions_of(text)] == ["report"]
    assert motions_of(text)[0].outcome in (Outcome.DEFERRED, Outcome.REMITTED)


def test_a_paper_discussed_is_only_discussed() -> None:
    text = "The committee discussed the action plan. Members asked how it would be monitored."
    assert motions_of(text) == []


# ---------------------------------------------------------------- more minutes conventions and news phrasings


def test_lettered_motions_moved_by_an_office_amended_or_withdrawn() -> None:
    text = (
        "3. Motions for conference\n"
        "(a) Safe staffing – moved by the Chair, seconded by L. Bailey. Carried nem con.\n"
        "(b) Parking charges – moved by R. Singh. An amendment from D. Hughes to add agency staff was accepted by "
        "the mover. Carried as amended.\n"
        "(c) Regrading – withdrawn by the mover, as the issue is being dealt with by the region.\n"
    )
    assert kinds_and_outcomes(text) == [
        ("motion", Outcome.CARRIED),
        ("motion", Outcome.CARRIED),
        ("amendment", Outcome.CARRIED),
        ("motion", Outcome.WITHDRAWN),
    ]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Pay: the NEC considered the revised offer of 4.5% and agreed by a large majority to consult members.", "c"),
        ("The NEC gave its full support to the charter drawn up by the national committee.", "c"),
        ("Members were split, with a motion to lift the suspension failing by a single vote.", "d"),
        (
            "A proposal on the venue was debated but no decision was reached, and it will come back to the next NCG.",
            "f",
        ),
        ("Decision: deferred to the February meeting to allow further consultation.", "f"),
        (
            "For secretary there was a contest: Imran Aziz received 22 votes and Paula Grant 15, so Imran was elected.",
            "c",
        ),
        ("Bethan Rowlands was co-opted to fill the vacant seat until the next elections.", "c"),
    ],
)
def test_more_phrasings_of_a_result(text: str, outcome: str) -> None:
    wanted = {"c": Outcome.CARRIED, "d": Outcome.DEFEATED, "f": Outcome.DEFERRED}[outcome]
    assert [m.outcome for m in motions_of(text)] == [wanted]


def test_a_proposer_agreeing_to_bring_it_back_defers_it() -> None:
    text = (
        "Priya Nair proposed that the local party introduce a student rate. Following discussion, Priya agreed to "
        "bring a costed proposal to the March meeting."
    )
    assert [(m.outcome, m.movers) for m in motions_of(text)] == [(Outcome.DEFERRED, ["Priya Nair"])]


def test_someone_else_bringing_a_paper_is_no_deferral_of_the_motion() -> None:
    text = (
        "Our youth representative moved a motion on the youth conference. The General Secretary offered to bring "
        "a paper to the next meeting, and the motion was withdrawn on that basis."
    )
    assert [m.outcome for m in motions_of(text)] == [Outcome.WITHDRAWN]


def test_it_was_agreed_that_a_and_that_b() -> None:
    text = "It was agreed that nominations would open on 12 February, and that the hustings would be held online."
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED, Outcome.CARRIED]


def test_broad_agreement_on_what_should_be_is_an_opinion() -> None:
    assert motions_of("There was broad agreement that the final document should commit to more council homes.") == []


def test_items_counted_then_told_in_their_own_words_are_not_counted_twice() -> None:
    text = (
        "Two motions were submitted to the AGM. The motion on community energy, proposed by Liam Foster, was "
        "carried unanimously. The motion on the credit union was remitted to the branch committee."
    )
    assert [(m.outcome, m.movers) for m in motions_of(text)] == [
        (Outcome.CARRIED, ["Liam Foster"]),
        (Outcome.REMITTED, []),
    ]


def test_this_proposal_is_the_amendment_just_considered() -> None:
    text = (
        "The NEC then considered an amendment to our selection procedures to give a right of appeal. "
        "This proposal was agreed unanimously."
    )
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Application 24/0112 (an extension): Resolved to raise no objection.", Outcome.CARRIED),
        ("Cllr Wood proposed that the quote be accepted. Seconded by Cllr Amin. All in favour.", Outcome.CARRIED),
        ("Sam Ito proposed spending £400 on a leaflet. There were no objections.", Outcome.CARRIED),
        ("A proposal from the left to hold a special conference got only five votes.", Outcome.DEFEATED),
        (
            "A motion from Dundee branch on pay bargaining was heard. When put to the vote the motion received 6 "
            "votes, with 19 against.",
            Outcome.DEFEATED,
        ),
    ],
)
def test_minutes_and_counts_that_give_the_result(text: str, outcome: Outcome) -> None:
    assert [m.outcome for m in motions_of(text)] == [outcome]


def test_people_undertaking_something_is_no_item_agreed() -> None:
    assert (
        motions_of("Members pushed for firmer targets on shortlists, and officers agreed to redraft that section.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Labour group on Eastshire County Council voted on Monday night to back a council tax freeze.",
        "Delegates of the regional committee voted on Saturday to fund the coach.",
    ],
)
def test_the_body_named_with_where_it_sits_and_when_it_voted(text: str) -> None:
    assert [m.outcome for m in motions_of(text)] == [Outcome.CARRIED]


def test_the_item_named_by_any_word_of_its_kind_takes_the_result() -> None:
    text = (
        "The committee was asked to endorse the procedures for selections. Ann Lee proposed an amendment to delay "
        "the closing date. The amendment was defeated, 9 votes to 14. The procedures then went through on a show "
        "of hands."
    )
    assert kinds_and_outcomes(text) == [("report", Outcome.CARRIED), ("amendment", Outcome.DEFEATED)]


# ---------------------------------------------------------------- negated results, no seconder, agreed fates


@pytest.mark.parametrize(
    "text",
    [
        # union minutes: items told one by one
        "Branch motions were taken in turn. The motion on car parking was not supported.",
        # council minutes
        "The amendment standing in the name of Councillor Pike was not accepted.",
        # a CLP's notes
        "After a short debate the proposal to meet fortnightly wasn't supported.",
        # an NEC write-up
        "The recommendation to close the regional office has not been approved.",
    ],
)
def test_a_negated_result_said_of_the_item_defeats_it(text: str) -> None:
    assert [outcome for _, outcome in kinds_and_outcomes(text)] == [Outcome.DEFEATED]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg proposed that the branch buy a new banner. Nobody seconded it.",
        "Cllr Ahmed moved a motion on library hours. No one seconded it, so it was not taken.",
        "R. Hale moved an amendment to cap the fee. There was no seconder.",
        "Ivy Shaw put forward a proposal to scrap the raffle, which nobody would second.",
    ],
)
def test_a_motion_nobody_seconds_is_withdrawn(text: str) -> None:
    assert [outcome for _, outcome in kinds_and_outcomes(text)] == [Outcome.WITHDRAWN]


@pytest.mark.parametrize(
    "text",
    [
        "The motion standing in the name of Councillor Webb was not moved.",
        "The notice of motion on street lighting was not moved, as the mover had sent apologies.",
        "The amendment in the name of P. Ortiz was not moved.",
    ],
)
def test_a_motion_not_moved_is_withdrawn(text: str) -> None:
    assert [outcome for _, outcome in kinds_and_outcomes(text)] == [Outcome.WITHDRAWN]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "A proposal to affiliate to the tenants' federation was discussed. "
            "It was agreed to refer the matter to the finance sub-committee.",
            Outcome.REMITTED,
        ),
        ("A motion on rail fares was heard. It was resolved to refer it back to the branch.", Outcome.REMITTED),
        ("A proposal to buy a gazebo was discussed. It was agreed to defer it until June.", Outcome.DEFERRED),
        ("Jo Park moved a motion on bus lanes. The meeting agreed to postpone it to May.", Outcome.DEFERRED),
    ],
)
def test_agreeing_to_send_an_item_on_or_put_it_off_is_its_outcome(text: str, outcome: Outcome) -> None:
    assert [found for _, found in kinds_and_outcomes(text)] == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "The motion on parking was supported.",
        "Ann Lee seconded the motion on parking, which was carried.",
        "The branch agreed to send two delegates to the rally.",
    ],
)
def test_results_that_are_not_negated_or_sent_on_still_carry(text: str) -> None:
    assert [outcome for _, outcome in kinds_and_outcomes(text)] == [Outcome.CARRIED]


# ---------------------------------------------------------------- a resolution after amendments and tally lines


@pytest.mark.parametrize(
    "text",
    [
        # council minutes: the amendment dealt with, then the resolution
        "The Leader, Councillor Ash, moved the recommendations of the Cabinet. Councillor Birch seconded. "
        "Councillor Cole moved an amendment to freeze the parking charges. This was seconded by Councillor Dale. "
        "The amendment was declared lost. RESOLVED – That the budget be approved.",
        # union minutes in the same shape
        "Moved by D. Mensah, seconded by H. Clarke, that the Executive support the claim. "
        "R. Hale moved an amendment to add a deadline. The amendment fell. RESOLVED: That the claim be supported.",
    ],
)
def test_a_resolution_after_amendments_settles_the_motion_moved_before_them(text: str) -> None:
    found = motions_of(text)
    assert [(m.outcome, m.kind.value == "amendment") for m in found] == [
        (Outcome.CARRIED, False),
        (Outcome.DEFEATED, True),
    ]
    assert found[0].movers and found[0].evidence.text.startswith("RESOLVED")


def test_a_resolution_after_tally_lines_settles_the_motion_moved_before_them() -> None:
    text = (
        "Councillor Ash moved the recommendations of the Cabinet, seconded by Councillor Birch. "
        "A recorded vote was taken:\nFor: 30\nAgainst: 16\nRESOLVED – That the budget be approved."
    )
    found = motions_of(text)
    assert [(m.outcome, m.movers) for m in found] == [(Outcome.CARRIED, ["Ash"])]


def test_a_resolution_after_a_motion_already_settled_is_one_of_its_own() -> None:
    text = "Councillor Ash moved a motion on buses. It was carried. RESOLVED – That the budget be approved."
    assert len(motions_of(text)) == 2


# ---------------------------------------------------------------- the body's bare yes, or the vote's side


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # CLP minutes
        ("Ann Lee moved a motion on rail fares. The meeting agreed.", Outcome.CARRIED),
        # union minutes
        ("A motion on pensions was moved by S. Grant. Members agreed unanimously.", Outcome.CARRIED),
        # an NEC write-up
        ("Ivan Petrov moved an amendment on the timetable. We agreed, with one against.", Outcome.CARRIED),
        # council minutes: the vote's side
        ("Councillor Pike's motion on bins was debated. The vote was overwhelmingly in favour.", Outcome.CARRIED),
        ("Councillor Pike moved a motion on bins. The vote was against, by a clear margin.", Outcome.DEFEATED),
        # a news report: a relative clause with the body deciding
        ("Ruth Ito moved a motion on housing, which delegates backed overwhelmingly.", Outcome.CARRIED),
        ("Ruth Ito moved a motion on housing, which the committee supported.", Outcome.CARRIED),
    ],
)
def test_the_bodys_bare_yes_or_the_votes_side_settles_the_item_put(text: str, outcome: Outcome) -> None:
    assert [found for _, found in kinds_and_outcomes(text)] == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        # the body agreeing to something of its own, or an opinion: the motion put stays open
        "Ann Lee moved a motion on rail fares. The committee agreed that fares were too high.",
        "Ann Lee moved a motion on rail fares. The vote was in favour of the amendment.",
    ],
)
def test_the_body_agreeing_with_an_object_of_its_own_does_not_settle_the_item(text: str) -> None:
    assert [found for _, found in kinds_and_outcomes(text)][:1] == [Outcome.UNKNOWN]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Ann Lee moved a motion on rail fares. Members voted in favour.", Outcome.CARRIED),
        ("A motion on pensions was moved by S. Grant. The majority were against it.", Outcome.DEFEATED),
        ("Councillor Pike moved a motion on bins. A majority voted against it, by 20 to 12.", Outcome.DEFEATED),
        ("Ivan Petrov moved a motion on the timetable. The meeting decided not to support it.", Outcome.DEFEATED),
        ("A proposal to affiliate was discussed. The committee agreed not to accept it.", Outcome.DEFEATED),
    ],
)
def test_the_body_voting_or_declining_with_no_object_of_its_own_settles_the_item(text: str, outcome: Outcome) -> None:
    assert [found for _, found in kinds_and_outcomes(text)] == [outcome]


def test_the_authors_bare_vote_is_not_the_result() -> None:
    assert [found for _, found in kinds_and_outcomes("Ann Lee moved a motion on fares. I voted against.")] == [
        Outcome.UNKNOWN
    ]


def test_declining_something_else_is_a_decision_of_its_own() -> None:
    text = "A proposal to affiliate was discussed. The committee agreed not to publish the minutes."
    assert [found for _, found in kinds_and_outcomes(text)] == [Outcome.UNKNOWN, Outcome.CARRIED]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("A paper on the youth wing was tabled late. It was agreed to bring it back in November.", Outcome.DEFERRED),
        ("A motion on fares was heard. The meeting agreed to bring it to the next meeting.", Outcome.DEFERRED),
        ("The proposal for an end-of-term social was left with the officers.", Outcome.REMITTED),
        ("The motion on the banner was left to the executive committee.", Outcome.REMITTED),
    ],
)
def test_an_item_brought_back_later_or_left_with_officers(text: str, outcome: Outcome) -> None:
    assert [found for _, found in kinds_and_outcomes(text)] == [outcome]


def test_being_left_with_something_is_no_remit() -> None:
    assert kinds_and_outcomes("We were left with a deficit of £200 after the motion was carried.") == [
        ("motion", Outcome.CARRIED)
    ]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Notes of the meeting\n\nMotion on bus fares\nThis was carried unanimously.", Outcome.CARRIED),
        ("Branch report\n\nEmergency motion: flooding\nIt was carried by 20 votes to 3.", Outcome.CARRIED),
        ("Minutes\n\nRule change from Eastside ward\nThis was lost.", Outcome.DEFEATED),
    ],
)
def test_a_result_under_a_heading_that_names_the_item_settles_it(text: str, outcome: Outcome) -> None:
    assert [found for _, found in kinds_and_outcomes(text)] == [outcome]


def test_a_pronoun_after_a_sentence_is_no_heading() -> None:
    text = "Members talked about motions for conference. It was a long evening. This was agreed by all."
    assert ("motion", Outcome.CARRIED) not in kinds_and_outcomes(text)


@pytest.mark.parametrize(
    "text",
    [
        # council minutes: a friendly amendment the mover takes in
        "Moved by Councillor Ash and seconded by Councillor Birch. During the debate the mover accepted an addition "
        "proposed by Councillor Cole on street lighting. The motion, as altered, was agreed unanimously.",
        # a CLP's notes
        "Ann Lee moved a motion on fares. An addition calling for free travel for under-18s was accepted. "
        "The motion was then carried.",
    ],
)
def test_an_addition_or_alteration_is_an_amendment_and_not_the_motion(text: str) -> None:
    assert kinds_and_outcomes(text) == [("motion", Outcome.CARRIED), ("amendment", Outcome.CARRIED)]


# ---------------------------------------------------------------- an item put to the vote, its result after


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The rule change on selections was put to the vote. It was carried by 20 votes to 10.", Outcome.CARRIED),
        (
            "The rule change on selections was put to the vote. I voted against it. It was carried by 20 votes to 10.",
            Outcome.CARRIED,
        ),
        ("The motion on rail nationalisation was then put to the vote and carried.", Outcome.CARRIED),
        ("The amendment from Unite went to a vote. It fell by 9 votes to 14.", Outcome.DEFEATED),
        ("Motion 4 (pay claim) was put to the meeting. Lost.", Outcome.DEFEATED),
        ("The council's amendment was put to a vote and declared lost.", Outcome.DEFEATED),
    ],
    ids=["nec", "nec-author-between", "clp", "union", "minutes", "council"],
)
def test_an_item_put_to_the_vote_takes_the_result_told_after(text: str, outcome: Outcome) -> None:
    assert [o for _, o in kinds_and_outcomes(text)] == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "Conference will put the rule changes to a vote in September.",
        "We asked for the rule change to be put to the vote, which the chair refused.",
    ],
    ids=["future", "refused"],
)
def test_a_vote_asked_for_or_still_to_come_is_no_result(text: str) -> None:
    assert all(o is Outcome.UNKNOWN for _, o in kinds_and_outcomes(text)) or not kinds_and_outcomes(text)


# ---------------------------------------------------------------- a counterfactual, then the result


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("My amendment would have passed with two more votes, but it fell 15-17.", Outcome.DEFEATED),
        (
            "Had two more members backed it, my amendment on trigger ballots would have passed; in the end it fell.",
            Outcome.DEFEATED,
        ),
        ("The branch's amendment would have carried if the delegates had stayed, but it was lost.", Outcome.DEFEATED),
        ("Without the abstentions the motion would have fallen, but it was carried 12-10.", Outcome.CARRIED),
    ],
    ids=["nec", "nec-inverted", "union", "council"],
)
def test_the_result_after_a_counterfactual_is_the_outcome(text: str, outcome: Outcome) -> None:
    assert [o for _, o in kinds_and_outcomes(text)] == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "The rule change would have passed if two more had voted for it.",
        "The motion seemed to be lost on a show of hands.",
    ],
    ids=["counterfactual-alone", "seeming"],
)
def test_a_counterfactual_alone_gives_no_outcome(text: str) -> None:
    assert [o for _, o in kinds_and_outcomes(text)] == [Outcome.UNKNOWN]


# ---------------------------------------------------------------- an item "put by" someone, its result after


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "A proposal to move meetings to Saturdays was put by the chair. It did not find a seconder and fell.",
            Outcome.DEFEATED,
        ),
        (
            "The amendment from the youth section was put by the Treasurer. It was lost by 4 votes to 9.",
            Outcome.DEFEATED,
        ),
        ("A motion on affiliation fees was put by the Secretary; it was agreed without a vote.", Outcome.CARRIED),
        ("The recommendation was put by the officers and carried.", Outcome.CARRIED),
    ],
    ids=["clp", "union", "branch", "council"],
)
def test_an_item_put_by_someone_takes_the_result_told_after(text: str, outcome: Outcome) -> None:
    assert [o for _, o in kinds_and_outcomes(text)] == [outcome]


@pytest.mark.parametrize(
    "text",
    ["The question was put by the chair.", "We were put by the chair into small groups to discuss the plan."],
    ids=["the-question", "people-put"],
)
def test_put_by_without_an_item_is_no_motion(text: str) -> None:
    assert kinds_and_outcomes(text) == []
