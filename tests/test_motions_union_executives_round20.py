"""Decisions in the reports and minutes of union executives (round 20): members voting at work or in a ballot are
not the executive deciding (SPEC: Motions, decisions of other bodies), and a numbered minute's "– not agreed" defeats
its item. Sentences written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import tally_counts, titled_page_motions

_EC = "Union executive council report – 12 March 2025"


@pytest.mark.parametrize(
    "sentence",
    [
        "Members at the Harbour Road depot voted to accept the revised offer.",
        "Members in nine hospital trusts voted for strike action.",
        "Members across the water industry turned down the offer.",
        "The general secretary reported on the offer, which members rejected by 71% to 29%.",
        "Members voted by 84 per cent to accept the deal.",
        "Our members turned the offer down by 58% to 42% in the consultation.",
    ],
)
def test_members_voting_at_work_or_in_percentages_are_no_decision_of_the_executive(sentence: str) -> None:
    assert titled_page_motions(f"{_EC}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch general meeting – 12 March 2025", "Members at the meeting voted to back the motion on pensions."),
        ("Branch general meeting – 12 March 2025", "The members present agreed to donate £150 to the food bank."),
        (_EC, "Executive members voted to ballot members at the Harbour Road depot."),
        (_EC, "The executive agreed to ballot members in nine trusts, after members voted by 80% to reject the offer."),
    ],
)
def test_members_at_the_meeting_still_decide(title: str, sentence: str) -> None:
    assert [m.outcome for m in titled_page_motions(f"{title}\n\n{sentence}\n")] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Council meeting – 8 March 2023", "Members also approved a 4.99 per cent council tax rise for the year."),
        ("Branch general meeting – 12 March 2025", "Members agreed a 10% increase in the hardship fund."),
        ("Branch general meeting – 12 March 2025", "The members backed the 3% claim for the coming year."),
        (_EC, "Members endorsed an 8 per cent pay claim for all grades."),
    ],
)
def test_a_percentage_the_item_gives_is_no_ballot_result(title: str, sentence: str) -> None:
    """ "approved a 5 per cent rise": a figure of the item after a determiner, not the share a ballot returned."""
    assert [m.outcome for m in titled_page_motions(f"{title}\n\n{sentence}\n")] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Members backed the deal by a 62% majority.",
        "Members rejected the 3% offer by 70% to 30% in the consultation.",
        "Members accepted the offer, with 77 per cent voting yes.",
    ],
)
def test_a_share_of_the_vote_beside_a_figure_of_the_item_is_still_a_ballot(sentence: str) -> None:
    assert titled_page_motions(f"{_EC}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "4.2 Motion from the Northern region on casework – not agreed.",
        "Motion 6 (regional structures): Not agreed.",
        "Emergency motion on the bus dispute - not carried.",
        "Item 9, the Eastern region's motion on facility time — NOT AGREED",
    ],
)
def test_a_minute_not_agreed_after_its_dash_is_defeated(line: str) -> None:
    page = f"Executive committee minutes – 5 May 2025\n\n4. Motions\n\n{line}\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.DEFEATED]


def test_a_minute_agreed_after_its_dash_still_carries() -> None:
    page = "Executive committee minutes – 5 May 2025\n\n4.1 Motion from the Wales region on pensions – agreed.\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("The Finance and General Purposes Committee recommended a new grants policy. This was agreed.", "carried"),
        ("The Organising Committee proposed three new organiser posts. The executive agreed.", "carried"),
        (
            "The Disputes Panel recommended £5,000 from the fighting fund for the Leeds strikers. This was agreed.",
            "carried",
        ),
        ("The Rules Sub-Committee proposed a new standing order. This was referred back for redrafting.", "remitted"),
        (
            "The Equality Committee recommended a review of the facility time policy. The executive rejected it.",
            "defeated",
        ),
    ],
)
def test_a_committee_putting_its_proposal_to_the_executive_is_an_item(body: str, outcome: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(f"{_EC}\n\n{body}\n")] == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        "The TUC General Council proposed a national day of action in June.",
        "The Labour Party's Organisation Committee proposed a new timetable for selections.",
        "After the Finance Committee recommended a freeze last year, branches lost money.",
    ],
)
def test_another_organisations_committee_or_an_earlier_recommendation_is_no_item(body: str) -> None:
    assert titled_page_motions(f"{_EC}\n\n{body}\n") == []


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Socialist Alliance National Council – minutes, 2 March 2025",
            "The NC voted to affiliate to the Peace Pledge.",
        ),
        ("Young Socialists National Committee report, 9 June 2025", "The NC agreed to send a message to the strikers."),
        ("Federal Board report – 14 July 2025", "The FB approved the new budget."),
        ("Green Party Executive report – 3 May 2025", "GPEx agreed to release £8,000 for the by-election."),
    ],
)
def test_a_body_the_title_names_by_two_initials_decides(title: str, sentence: str) -> None:
    assert [m.outcome for m in titled_page_motions(f"{title}\n\n{sentence}\n")] == [Outcome.CARRIED]


def test_two_initials_of_a_title_that_names_no_body_are_not_the_meeting() -> None:
    page = "General Secretary Election Report – 2 March 2025\n\nThe GS agreed to meet the strikers.\n"
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Strike action at the Millbrook depot was sanctioned by the EC.",
        "Industrial action at Harwood College was sanctioned.",
        "The EC sanctioned action short of strike at the county council.",
        "A ballot of members at Corran Foods was authorised by the executive council.",
        "Official backing was given to the dispute at Kelso Buses.",
        "Approval was given for the purchase of a new regional office.",
    ],
)
def test_action_sanctioned_or_backing_given_by_the_executive_is_its_decision(sentence: str) -> None:
    assert [m.outcome for m in titled_page_motions(f"{_EC}\n\n{sentence}\n")] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The appeal was sanctioned by the regional office.",
        "Strike action was sanctioned by the employer's board.",
        "Support was given to the family of the late president.",
        "Industrial action has been sanctioned at six sites this year.",
    ],
)
def test_action_sanctioned_by_another_or_help_given_is_no_decision(sentence: str) -> None:
    assert titled_page_motions(f"{_EC}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "body",
    [
        "The executive agreed:\n\n- to hold a ballot of members in the colleges;\n\n- a grant of £500 to a hospice.",
        "The executive decided:\n\n1. to run an indicative ballot of members on pay;\n\n2. to write to the minister.",
    ],
)
def test_a_ballot_to_hold_listed_under_the_executives_decision_is_one_of_its_decisions(body: str) -> None:
    assert [m.outcome for m in titled_page_motions(f"{_EC}\n\n{body}\n")] == [Outcome.CARRIED, Outcome.CARRIED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The result of the ballot of members was announced on Friday.",
        "In the ballot of members the offer was rejected on a 52% turnout.",
        "Members voted to reject the offer in a ballot of members.",
    ],
)
def test_a_ballot_the_members_held_stays_no_decision_of_the_executive(sentence: str) -> None:
    assert titled_page_motions(f"{_EC}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Proposal from the treasurer to raise the membership rate to £5 a month from January: agreed.",
        "Request from the Northern region for a grant towards the cost of its women's school in May: agreed.",
        "Recommendation of the Organising Committee that two new posts be created in the Eastern region – carried.",
    ],
)
def test_an_item_named_at_the_head_of_a_long_label_takes_the_result_after_it(line: str) -> None:
    page = f"Executive committee minutes – 5 May 2025\n\n{line}\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


def test_a_long_line_naming_no_item_before_its_result_is_no_item() -> None:
    line = "The chair said that after a long and difficult year for all of us in the union: agreed."
    page = f"Executive committee minutes – 5 May 2025\n\n{line}\n"
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("The committee considered the draft budget and approved.", Outcome.CARRIED),
        ("The executive considered the report of the Finance Committee and agreed.", Outcome.CARRIED),
        ("The EC discussed the request from the Wales region and rejected.", Outcome.DEFEATED),
        ("We debated the proposal for a levy and agreed.", Outcome.CARRIED),
    ],
)
def test_a_bare_decision_after_the_item_considered_decides_it(body: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(f"{_EC}\n\n{body}\n")] == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        "The EC considered the situation in Gaza and agreed.",
        "We discussed the strike at length and agreed.",
    ],
)
def test_agreeing_after_discussing_no_item_is_no_decision(body: str) -> None:
    assert titled_page_motions(f"{_EC}\n\n{body}\n") == []


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        (
            "A letter from the Bristol branch requesting a grant for its banner was referred to the Finance Committee.",
            "remitted",
        ),
        ("An email from the Scottish region asking for support for its campaign was agreed.", "carried"),
        ("The letter from Hull branch seeking a donation to the hardship fund was rejected.", "defeated"),
    ],
)
def test_a_letter_that_asks_is_a_request_put_to_the_executive(line: str, outcome: str) -> None:
    page = f"Executive committee minutes – 5 May 2025\n\n6. Correspondence. {line}\n"
    assert [m.outcome.value for m in titled_page_motions(page)] == [outcome]


@pytest.mark.parametrize(
    "line",
    [
        "A letter from the general secretary about the new data rules was noted.",
        "Letters from three branches asking about the ballot timetable were read out.",
    ],
)
def test_a_letter_noted_or_read_out_is_no_item(line: str) -> None:
    page = f"Executive committee minutes – 5 May 2025\n\n6. Correspondence. {line}\n"
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("second", "outcome"),
    [
        ("The officers' proposal to freeze expenses was agreed without a vote.", Outcome.CARRIED),
        ("The young members' motion on apprenticeships was carried.", Outcome.CARRIED),
        ("The regions' proposal to merge the two offices was rejected.", Outcome.DEFEATED),
    ],
)
def test_an_item_owned_by_a_plural_is_an_item_of_its_own_after_one_settled(second: str, outcome: Outcome) -> None:
    body = f"The executive agreed to send a delegation to the march.\n\n{second}"
    assert [m.outcome for m in titled_page_motions(f"{_EC}\n\n{body}\n")] == [Outcome.CARRIED, outcome]


def test_the_same_item_told_again_after_a_plural_owner_is_still_one() -> None:
    body = "The officers' proposal to freeze expenses was agreed.\n\nThe officers' proposal was agreed without a vote."
    assert [m.outcome for m in titled_page_motions(f"{_EC}\n\n{body}\n")] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee agreed to receive the treasurer's report.",
        "The executive agreed to receive and note the General Secretary's report.",
    ],
)
def test_a_report_received_or_noted_by_agreement_is_no_motion(sentence: str) -> None:
    assert titled_page_motions(f"{_EC}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee agreed to receive the report and adopt its recommendations.",
        "The executive agreed to note the report and to set up a working group on pay.",
        "The executive agreed to receive a delegation from the striking nurses.",
    ],
)
def test_a_decision_beside_a_report_received_still_counts(sentence: str) -> None:
    assert [m.outcome for m in titled_page_motions(f"{_EC}\n\n{sentence}\n")] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Members at the Harbour Road depot voted 120 to 14 for strike action.",
        "Members in the bus sector voted by 3 to 1 to accept the offer.",
        "Members across the three trusts rejected the offer by 410 votes to 96.",
    ],
)
def test_a_tally_of_members_voting_at_work_is_no_vote_of_the_executive(sentence: str) -> None:
    assert tally_counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Members at the meeting voted 12 to 3 to back the motion.", (12, 3, None)),
        ("Members in attendance voted 14-2 for the motion on pensions.", (14, 2, None)),
        ("The committee voted 9 to 4 to ballot members at the Harbour Road depot.", (9, 4, None)),
    ],
)
def test_a_tally_of_members_at_the_meeting_is_its_vote(sentence: str, counts: tuple[int, int, None]) -> None:
    assert tally_counts(sentence) == [counts]


@pytest.mark.parametrize(
    "sentence",
    [
        "The London region committee agreed to support the rent strike.",
        "The North West Regional Committee voted to back the hospital campaign.",
        "The bus sector committee rejected the offer.",
        "The Hull district committee agreed to affiliate to the trades council.",
    ],
)
def test_a_regional_or_sector_committee_is_another_body_in_an_executive_report(sentence: str) -> None:
    assert titled_page_motions(f"{_EC}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional committee agreed to support the rent strike.",
        "The Regional Committee voted to back the hospital campaign.",
    ],
)
def test_a_regional_committee_is_the_meeting_under_its_own_title(sentence: str) -> None:
    page = f"North West Regional Committee – minutes, 3 June 2025\n\n{sentence}\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


def test_a_regional_body_is_the_meeting_under_a_slug_title_that_names_it() -> None:
    page = "east-regional-executive-minutes-9-may-2025\n\nThe regional executive agreed to open nominations in June.\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "line",
    [
        "2. General Secretary's report. It was agreed to note the report.",
        "3. Treasurer's report. Agreed to note the report.",
        "4. Regional report. It was agreed to receive the report.",
        "5. Health and safety. It was agreed to consider the matter at the next meeting of the committee.",
    ],
)
def test_an_agreement_to_note_or_receive_a_report_in_minutes_is_no_motion(line: str) -> None:
    page = f"Executive committee minutes – 5 May 2025\n\n1. Apologies were received.\n\n{line}\n"
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "line",
    [
        "6. Donations. It was agreed to donate £100 to the hospice.",
        "7. Pay claim. Agreed to submit the claim to the employers.",
        "8. Regional report. It was agreed to receive the report and adopt its recommendations.",
    ],
)
def test_an_agreement_that_decides_in_minutes_still_counts(line: str) -> None:
    page = f"Executive committee minutes – 5 May 2025\n\n1. Apologies were received.\n\n{line}\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]
