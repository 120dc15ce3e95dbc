"""Outcomes and tallies told in kinds a bank of round 11 showed the tool did not read: a decision verb whose tally
stands before its infinitive ("voted 22-10 to reject the motion"), a show of hands that found few ("Only three
hands went up for it"), an item that "went down", a meeting with no opposition or all in favour, a side counted
as voters who back it ("won the support of 24 members") or oppose it ("with 9 opposed"), and a count closed by a
dash ("abstentions 1 – carried"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import find_outcomes
from nec_extract.models import Outcome
from nec_extract.pipeline import extract
from support import titled_page_motions

Counts = tuple[int | None, int | None, int | None, bool]


def _outcomes(body: str, heading: str = "Branch meeting, 3 May 2025") -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"{heading}\n\n{body}\n")]


def _tallies(body: str, title: str = "NEC Report – 3 May 2025") -> list[Counts]:
    document = extract(f"{title}\n\nWe met in Leeds. {body}\n", "page.txt")
    return [(v.for_, v.against, v.abstentions, v.unanimous) for r in document.reports for v in r.votes]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # NEC member's blog
        ("The NEC voted 22-10 to reject the motion on open selection.", Outcome.DEFEATED),
        # union executive news report
        ("The executive voted by 15 votes to 3 to refer the motion to the officers.", Outcome.REMITTED),
        # CLP bulletin
        ("The meeting voted 9 to 4 to defer the proposal on the summer fair.", Outcome.DEFERRED),
        # council minutes: the infinitive straight after the verb
        ("Members voted to refer the motion on parking charges to the scrutiny panel.", Outcome.REMITTED),
    ],
)
def test_a_decision_verb_with_its_tally_before_the_infinitive(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # CLP secretary's notes
        ("Asha Patel moved a motion calling for a ceasefire. Only three hands went up for it.", Outcome.DEFEATED),
        # union branch minutes
        ("Kim Obi moved a motion on the rota. Just a handful of hands were raised in favour of it.", Outcome.DEFEATED),
        # NEC member's blog
        ("Then came the motion on leadership rules, moved by me. It went down by a large margin.", Outcome.DEFEATED),
        ("The amendment from the Eastern region went down by 30 votes to 4.", Outcome.DEFEATED),
        # news report
        ("A rule change to lower the threshold was moved by Jo Hart. Sadly it went down heavily.", Outcome.DEFEATED),
        # Green party committee minutes
        ("Ali Khan moved an emergency motion on the hospital. There was no opposition.", Outcome.CARRIED),
        # CLP bulletin
        ("Ben Ross proposed that we hold a fundraising quiz. Everyone was in favour.", Outcome.CARRIED),
        ("Sam Lee moved a motion on bus fares. All members were in favour.", Outcome.CARRIED),
        # council minutes
        ("Cllr Hart moved a motion on fares. The motion was backed by only five councillors.", Outcome.DEFEATED),
        ("Cllr Hart moved a motion on fares. It was supported by just two members.", Outcome.DEFEATED),
    ],
)
def test_outcomes_told_by_the_hands_or_the_room(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # the reception of a speech, a figure falling, and an idea (not the item) favoured
        ("Tom Ayo moved a motion on the bus depot. It went down well with members and was carried.", Outcome.CARRIED),
        ("Pat Oduya moved a motion on rents. Everyone was in favour of the idea.", Outcome.UNKNOWN),
        (
            "Pat Oduya moved a motion on rents. There was no opposition to it in principle, but it was deferred.",
            Outcome.DEFERRED,
        ),
        ("Sam Lee moved a motion on fares. It was backed by a large majority.", Outcome.CARRIED),
    ],
)
def test_what_is_no_such_outcome(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


def test_a_figure_that_went_down_is_no_motion() -> None:
    assert _outcomes("Membership went down by 2,000 over the year.") == []


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # news report
        ("The motion won the support of 24 members, with 9 opposed.", [(24, 9, None, False)]),
        # council minutes
        ("The motion was carried, 3 members opposed.", [(None, 3, None, False)]),
        ("The motion was carried with 3 opposed and 2 abstaining.", [(None, 3, 2, False)]),
        # union executive minutes
        ("The amendment was backed by only five councillors and fell.", [(5, None, None, False)]),
        # CLP minutes: a dash closes the last count
        ("Motion on rents (moved by Fran): for 23, against 2, abstentions 1 – carried.", [(23, 2, 1, False)]),
        ("Emergency motion: For 12, Against 3, Abstentions 0 - carried.", [(12, 3, 0, False)]),
        # NEC blog: the pair after "went down"
        ("Sadly the rule change went down 12-20.", [(12, 20, None, False)]),
        # negatives: supporters that are not voters, a count with no vote, an idea opposed
        ("The plan was backed by 3 unions and 40 local businesses.", []),
        ("The campaign had the support of 12 councillors across the region.", []),
        ("Membership went down 3-4% this year.", []),
    ],
)
def test_sides_counted_as_voters(body: str, counts: list[Counts]) -> None:
    assert _tallies(body) == counts


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # CLP bulletin: the author's side could not stop the item
        ("The executive proposed moving the AGM to June. Despite our objections we were unable to stop it.", "carried"),
        # NEC member's blog
        ("Kim Oke moved a motion opposing the cuts. Sadly we could not stop it passing.", "carried"),
        ("A paper proposed new rules on social media. We couldn't prevent it.", "carried"),
        # union minutes: a fall whose reason is a withdrawal, or a want of a seconder
        ("Motion 3 on the rota was moved by Jo Pike. It fell when the mover withdrew it.", "withdrawn"),
        ("Cllr Dunn moved a motion on the bins. The motion failed to get a seconder.", "withdrawn"),
        ("Sam Roy moved a motion on fees. The motion lapsed, as it was not seconded.", "withdrawn"),
        # negative: stopping someone from doing a thing
        ("Ann Dee moved a motion on rents. We could not stop them from leaving early.", "unknown"),
    ],
)
def test_the_author_could_not_stop_it_and_falls_by_withdrawal(body: str, outcome: str) -> None:
    assert [o.value for o in _outcomes(body)][:1] == [outcome]


@pytest.mark.parametrize(
    ("sentence", "outcomes"),
    [
        ("The motion fell for want of a seconder.", ["withdrawn", "withdrawn"]),
        ("The amendment fell, since its mover had withdrawn it.", ["withdrawn", "withdrawn"]),
        # a fall and a separate withdrawal, each its own
        ("The amendment fell and the mover then withdrew the motion.", ["defeated", "withdrawn"]),
        ("The first motion fell 4 votes to 9; the second was withdrawn.", ["defeated", "withdrawn"]),
    ],
)
def test_a_fall_is_a_withdrawal_only_when_that_is_its_reason(sentence: str, outcomes: list[str]) -> None:
    assert [o.outcome.value for o in find_outcomes(sentence)] == outcomes


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # CLP minutes: the second item's verb left out
        (
            "An amendment from Jess Lee was defeated 5–12, and the motion as amended 16–1.",
            [(5, 12, None, False), (16, 1, None, False)],
        ),
        # NEC member's blog
        (
            "The amendment fell 10-14, and the substantive motion by 20 to 3.",
            [(10, 14, None, False), (20, 3, None, False)],
        ),
        # union executive news
        (
            "The first amendment was carried 12-3, and the second amendment 8-7.",
            [(12, 3, None, False), (8, 7, None, False)],
        ),
        # negatives: a figure that rose, numbered motions, a pair after a later meeting named
        ("Membership rose by 120 to 1,450 and the branch voted 12 to 3 to welcome them.", [(12, 3, None, False)]),
        ("The motion was carried 20-3, and motions 4 to 9 were remitted.", [(20, 3, None, False)]),
        ("The motion was carried 20-3, and the branch meeting 12-4 later.", [(20, 3, None, False)]),
    ],
)
def test_a_second_tally_with_its_verb_left_out(body: str, counts: list[Counts]) -> None:
    assert _tallies(body) == counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # borough council minutes, labels in capitals within running text
        (
            "A recorded vote was requested. FOR: Cllrs Allen, Bell, Cole, Dunn, Earl. AGAINST: Cllrs Ford, Gray. "
            "ABSTAIN: Cllr Hill. The amendment was therefore carried.",
            [(5, 2, 1, False)],
        ),
        # town council minutes, the voters named as such
        (
            "Those voting for: Cllrs Allen, Bell and Cole. Those voting against: Cllrs Dunn, Earl, Ford and Gray. "
            "The motion was lost.",
            [(3, 4, None, False)],
        ),
        # parish council minutes, one label a line
        ("The vote was recorded.\nVoting for: Cllrs Pike, Rowe\nVoting against: Cllr Shaw\n", [(2, 1, None, False)]),
        # negative: a sentence that opens with "for" is no roll call
        ("For the record: the chair, the secretary and the treasurer were present.", []),
    ],
)
def test_roll_calls_written_in_capitals_or_by_the_voters(body: str, counts: list[Counts]) -> None:
    assert _tallies(body, title="Minutes of the Council – 3 May 2025") == counts


@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        # NEC member's blog: a referral back, then the report itself
        (
            "Ann Dee moved that the report be referred back. This was defeated, and the report was then accepted.",
            [Outcome.DEFEATED, Outcome.CARRIED],
        ),
        # CLP minutes: the amendment, then another motion named in a clause of its own
        (
            "Jo Hart moved an amendment on rents. It was lost; the motion on fares was then carried.",
            [Outcome.DEFEATED, Outcome.CARRIED],
        ),
        # union executive minutes
        (
            "Sam Roy moved that we only note the paper. This was rejected, but the recommendations were agreed.",
            [Outcome.DEFEATED, Outcome.CARRIED],
        ),
        # negative: one item, two results of it
        ("Jo Hart moved a motion on fares. It was debated at length and carried.", [Outcome.CARRIED]),
    ],
)
def test_a_result_pointing_back_then_another_item_decided(body: str, outcomes: list[Outcome]) -> None:
    assert _outcomes(body) == outcomes


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("The proposal for a levy on branches was debated. It will return to the next meeting.", Outcome.DEFERRED),
        ("Kim Oke moved a motion on fees. The motion is to return to the following executive.", Outcome.DEFERRED),
        # negative: a person returning with figures
        ("Kim Oke moved a motion on fees. The treasurer said she would return to the issue.", Outcome.UNKNOWN),
    ],
)
def test_an_item_to_return_to_a_later_meeting_is_deferred(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # borough council minutes: the seconder between the mover and the motion's words
        (
            "Councillor Jones moved, and Councillor Patel seconded, that the recommendations in the report be "
            "approved. Following debate, the motion was put to the vote and was CARRIED.",
            Outcome.CARRIED,
        ),
        (
            "Cllr Ahmed moved, and Cllr Brown seconded, that the budget be adopted. On being put to the meeting the "
            "motion was lost.",
            Outcome.DEFEATED,
        ),
        # town council minutes: moved that, then "the motion" settles it, whatever nouns its words hold
        ("Cllr Ahmed moved that the report be approved. The motion was carried by 20 votes to 4.", Outcome.CARRIED),
        # CLP minutes, no result told: the words "be adopted" are what was moved, not its outcome
        ("Jo Pike moved, and Sam Roy seconded, that the accounts be adopted.", Outcome.UNKNOWN),
    ],
)
def test_what_was_moved_that_is_the_motion_a_result_names(body: str, outcome: Outcome) -> None:
    assert _outcomes(body, heading="Minutes of the Council, 3 May 2025") == [outcome]


def test_a_motion_named_by_its_own_words_is_another_item() -> None:
    body = "Cllr Ahmed moved that the report be approved. The motion on bus lanes was carried by 20 votes to 4."
    assert _outcomes(body, heading="Minutes of the Council, 3 May 2025") == [Outcome.UNKNOWN, Outcome.CARRIED]


@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        # NEC member's blog: the ordinal as the subject of its result
        (
            "There were three votes. The first, on the timetable, was carried 20-12. The second, on the shortlist, "
            "was lost 14-18. The third was withdrawn.",
            [Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN],
        ),
        # CLP bulletin
        (
            "We had two motions. The first was carried easily. The second fell.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
    ],
)
def test_an_ordinal_told_with_only_its_result(body: str, outcomes: list[Outcome]) -> None:
    assert _outcomes(body) == outcomes


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # Green party minutes, a negated label result
        (
            "Item 5: Proposal to affiliate to the climate coalition. Decision: Not agreed (3 for, 5 against).",
            "defeated",
        ),
        ("Item 2: Motion on the newsletter. Resolved: not approved.", "defeated"),
        # negative: the label's own result
        ("Item 3: Proposal to buy a banner. Decision: Agreed.", "carried"),
    ],
)
def test_a_label_with_a_negated_result(body: str, outcome: str) -> None:
    assert [o.value for o in _outcomes(body)] == [outcome]


@pytest.mark.parametrize(
    ("body", "outcome", "counts"),
    [
        # Scottish executive report: voters placed on a body, not that body voting
        (
            "A motion to condemn the cuts was passed; only the two councillors on the committee voted against.",
            Outcome.CARRIED,
            [(None, 2, None, False)],
        ),
        # union executive news
        (
            "The motion was carried, with 3 members of the executive voting against.",
            Outcome.CARRIED,
            [(None, 3, None, False)],
        ),
        # negative: the committee itself voted against
        ("Jo Lee moved a motion on fares. The committee voted against it.", Outcome.DEFEATED, []),
    ],
)
def test_voters_placed_on_a_body(body: str, outcome: Outcome, counts: list[Counts]) -> None:
    assert _outcomes(body, heading="Executive report, 3 May 2025") == [outcome]
    assert _tallies(body) == counts


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # NEC member's blog: the body preferred something else
        (
            "The Treasurer proposed a rise of £1 a year in the fee, but the NEC preferred a freeze.",
            Outcome.DEFEATED,
        ),
        # CLP bulletin
        ("Jo Hart proposed a summer social, but we preferred to hold it in September.", Outcome.DEFEATED),
        # union minutes
        ("The President proposed a one-day stoppage, but members opted instead for an overtime ban.", Outcome.DEFEATED),
        # negative: the body's own preference for the item
        ("Jo Hart proposed a summer social, which members preferred to a quiz. It was agreed.", Outcome.CARRIED),
    ],
)
def test_a_proposal_the_meeting_preferred_another_to(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


def test_a_bare_result_under_the_next_items_heading_is_not_the_last_items() -> None:
    page = (
        "Executive minutes, 3 May 2025\n\n"
        "EC/25/17 CONFERENCE MOTIONS\n"
        "The recommendation to rule the motion on pensions out of order was not accepted.\n\n"
        "EC/25/18 DATE OF NEXT MEETING\n"
        "Agreed as 7 June.\n"
    )
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.DEFEATED]


@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        # CLP bulletin: counted, then results shared out
        (
            "We had three motions from branches. Two were carried and one was lost.",
            [Outcome.CARRIED, Outcome.CARRIED, Outcome.DEFEATED],
        ),
        # NEC member's blog
        (
            "We debated four amendments. Three were defeated, and the last was carried.",
            [Outcome.DEFEATED, Outcome.DEFEATED, Outcome.DEFEATED, Outcome.CARRIED],
        ),
        # union executive minutes: the items named by their results, one tally each
        (
            "Two emergency motions came to the meeting. One was agreed; the other fell.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        ("Two motions were debated. One was carried 20-3, the other lost 5-18.", [Outcome.CARRIED, Outcome.DEFEATED]),
        # negative: counts that do not cover the items share nothing out
        ("We had three motions from branches. One was carried.", [Outcome.UNKNOWN] * 3),
    ],
)
def test_results_shared_among_items_counted_together(body: str, outcomes: list[Outcome]) -> None:
    assert _outcomes(body) == outcomes


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # union minutes
        ("The motion from Wales region was moved. It was decided not to proceed with the motion.", "withdrawn"),
        # Green party minutes: tabled until a later meeting (put off, not put forward)
        ("Kim Lowe moved the motion on the office lease. The motion was tabled until the next meeting.", "deferred"),
        # NEC member's blog
        ("Laura Pidcock moved an amendment on appeals. Nobody voted for it except Laura.", "defeated"),
        ("The motion, moved by Andi Fox, secured a majority of just one.", "carried"),
        ("Jo Hart moved a motion on fares. It failed to secure a majority.", "defeated"),
        # negatives: a decision not to go ahead with an action; a body's make-up
        ("The Executive agrees not to proceed with the indicative ballot on pay this term.", "carried"),
        ("The left had a majority on the committee. Jo Hart moved a motion on fares.", "unknown"),
    ],
)
def test_results_told_by_the_meetings_majority_or_its_choice_not_to_go_on(body: str, outcome: str) -> None:
    assert [o.value for o in _outcomes(body)] == [outcome]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # CLP minutes
        (
            "Tom's motion on the AGM date was put. The vote was 12 all, and the chair voted against.",
            [(12, 12, None, False)],
        ),
        # union executive news
        ("The President moved that the union affiliate. It passed 25 to nil.", [(25, 0, None, False)]),
        ("It passed 25 to nil, with 2 abstentions.", [(25, 0, 2, False)]),
        # negatives: a score, a fall to none
        ("The score at the staff football match was 12 all.", []),
        ("Our branch went from 5 stewards to none in a year.", []),
    ],
)
def test_a_tie_told_as_all_and_a_count_of_nil(body: str, counts: list[Counts]) -> None:
    assert _tallies(body) == counts


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # CLP minutes: agreeing to a motion that the item be referred back or deferred
        ("Jo Hart moved that the motion be referred back to the branch. This was agreed.", Outcome.REMITTED),
        ("Jo Hart moved that the item be deferred to the next meeting. It was carried 12-3.", Outcome.DEFERRED),
        # negative: a motion that does something else, agreed
        ("Jo Hart moved that the branch support the strike. This was agreed.", Outcome.CARRIED),
        # NEC member's blog: asked to withdraw, and the mover agreed
        (
            "Darren Lee moved a motion on the backlog. The chair asked him to withdraw it and he agreed.",
            Outcome.WITHDRAWN,
        ),
        (
            "Darren Lee moved a motion on the backlog. The general secretary asked for it to be withdrawn and Darren "
            "agreed.",
            Outcome.WITHDRAWN,
        ),
        # negative: asked, and refused
        (
            "Darren Lee moved a motion on the backlog. The chair asked him to withdraw it, but he refused and it was "
            "lost.",
            Outcome.DEFEATED,
        ),
    ],
)
def test_the_fate_a_motion_asked_for_and_a_withdrawal_asked_for(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # NEC member's blog: items that ask for a ballot of the members, counted at the meeting
        ("The rule change on OMOV was carried 20-13.", [(20, 13, None, False)]),
        ("The motion to select by OMOV was passed by 9 votes to 3.", [(9, 3, None, False)]),
        ("The motion to hold a ballot of members was passed by 9 votes to 3.", [(9, 3, None, False)]),
        ("The proposal for one member one vote in selections fell 12-18.", [(12, 18, None, False)]),
        # negatives: the members' ballots themselves
        ("The CLP selected its candidate by OMOV, Ann Lee winning by 140 votes to 96.", []),
        ("In the ballot of members, Ann Lee won by 14,212 votes to 5,806.", []),
        ("Under one member one vote, Ann Lee beat Raj Patel by 140 votes to 96.", []),
    ],
)
def test_a_tally_of_an_item_about_a_members_ballot(body: str, counts: list[Counts]) -> None:
    assert _tallies(body) == counts
