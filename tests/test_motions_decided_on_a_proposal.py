"""Decisions told with no outcome word, by a verb that decides only of a proposal (round 12): a stance on a course of
action told as a noun ("came out against the closure of the station", "backed a reduced fee"), a proposal dropped,
ruled out or knocked back, a choice of a proposal by a verb and its preposition ("went with option B", "went for the
second option"), weight put behind something. Every sentence is written for these tests, in NEC, union, council, CLP,
Green and Lib Dem voices, with negatives: people or causes backed, things dropped or dismissed that are no proposal,
choices of another kind ("went for a walk"), another body, another time.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the meeting of Full Council held on 8 July 2024"
CLP = "Hornsey CLP General Committee – report of the meeting of 3 April 2024"
GREEN = "Green Party Executive report, 2 March 2024"
LIBDEM = "Federal Board report – March 2024"


def outcomes(body: str, title: str = NEC) -> list[str]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


COURSES_OF_ACTION = [
    ("The council came out against the closure of the fire station.", COUNCIL, ["defeated"]),
    ("The NEC backed a reduced fee for low-paid delegates to the women's conference.", NEC, ["carried"]),
    ("Delegates opposed the sale of the club's building.", CLP, ["defeated"]),
    ("The executive supported the proposed levy on branch funds.", UNION, ["carried"]),
    ("The Board backed the merger of the two regional parties.", LIBDEM, ["carried"]),
    ("The NEC backed the striking bus drivers.", NEC, []),
    ("Councillors supported the families of the victims.", COUNCIL, []),
    ("In 2019 the executive opposed the closure of the office.", UNION, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), COURSES_OF_ACTION)
def test_a_stance_on_a_course_of_action_told_as_a_noun(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


PROPOSALS_DROPPED = [
    ("The NEC dropped the proposed fee for registered supporters.", NEC, ["carried"]),
    ("The Executive ruled out a rise in membership fees.", GREEN, ["defeated"]),
    ("The committee knocked back the request for a donation.", CLP, ["defeated"]),
    ("The executive dismissed the appeal from the Northern region.", UNION, ["defeated"]),
    ("We ditched the plan for a summer fair.", CLP, ["carried"]),
    ("We ruled out holding a special conference before the autumn.", GREEN, ["defeated"]),
    ("We dropped leaflets in every street of the ward.", CLP, []),
    ("The GC dropped the motion on housing.", CLP, ["withdrawn"]),
    ("The executive ditched the amendment on fees.", UNION, ["withdrawn"]),
    ("The chair dismissed the concerns as scaremongering.", UNION, []),
    ("The Scottish Government has ruled out a rise in income tax.", GREEN, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), PROPOSALS_DROPPED)
def test_a_proposal_dropped_ruled_out_or_knocked_back(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


CHOICES = [
    ("We went with option B for the new meeting venue.", CLP, ["carried"]),
    ("The NEC went for the second option, a national demonstration in October.", NEC, ["carried"]),
    ("The Executive sided with the officers' recommendation on the dispute.", GREEN, ["carried"]),
    ("The Board went with the finance committee's proposal for a new reserve.", LIBDEM, ["carried"]),
    ("After the meeting we went for a drink.", CLP, []),
    ("The Executive sided with the tenants against the landlord.", GREEN, []),
    ("Most of the discussion went on the election results.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CHOICES)
def test_a_proposal_chosen_by_a_verb_and_its_preposition(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


WEIGHT = [
    ("The NEC put its weight behind the campaign for a four-day week.", NEC, ["carried"]),
    ("Councillors put their full weight behind the bid for city status.", COUNCIL, ["carried"]),
    ("The NEC gave officers the go-ahead to buy the new building.", NEC, ["carried"]),
    ("The chair put the weight of the office behind the candidate last year.", UNION, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), WEIGHT)
def test_weight_put_behind_and_the_go_ahead_given(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


CHANGES = [
    ("The NEC paused the rollout of the new membership system.", NEC, ["carried"]),
    ("The executive halted the ballot in the Northern region.", UNION, ["carried"]),
    ("We capped spending on the summer social at £300.", CLP, ["carried"]),
    ("The Board merged the two finance committees.", LIBDEM, ["carried"]),
    ("Councillors earmarked £2m for the new swimming pool.", COUNCIL, ["carried"]),
    ("The NEC delayed the introduction of the new subscription bands.", NEC, ["deferred"]),
    ("The employer froze pay for the third year running.", UNION, []),
    ("In 2018 the NEC paused all selections for a year.", NEC, []),
    ("The NEC will pause the rollout if the pilot fails.", NEC, []),
    ("We paused for a minute's silence.", CLP, []),
    ("Councillors halted the debate for a short break.", COUNCIL, []),
    ("Members delayed the start of the meeting by ten minutes.", CLP, []),
    ("The branch reopened the item on the summer social.", CLP, []),
    ("The cabinet merged the two housing teams.", CLP, []),
    ("The Executive pushed back the deadline for motions to 1 May.", GREEN, ["carried"]),
    ("Staff paused the rollout of the new system because of a bug.", NEC, []),
    ("Labour's NEC has paused all parliamentary selections in the region.", NEC, ["carried"]),
    ("The employer has halted the restructure.", UNION, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CHANGES)
def test_a_change_the_body_made_to_something_of_its_own(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


SET_ASIDE = [
    ("The committee put the fundraising dinner on hold.", CLP, ["deferred"]),
    ("The NEC kicked the review of the freeze date into the long grass.", NEC, ["deferred"]),
    ("The Executive parked the proposal for a paid conference app.", GREEN, ["deferred"]),
    ("The chair put her coat on hold.", CLP, []),
    ("Members felt the inquiry had been kicked into the long grass.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), SET_ASIDE)
def test_a_proposal_set_aside_by_an_idiom(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


MADE_ANEW = [
    ("A working party was set up to look at branch funding.", UNION, ["carried"]),
    ("A review of the disciplinary process was commissioned.", NEC, ["carried"]),
    ("A new equalities committee was established.", GREEN, ["carried"]),
    ("A problem was created for the treasurer by the bank's new charges.", CLP, []),
    ("A food bank was set up by volunteers from the estate.", COUNCIL, []),
    ("A working group was set up in 2019 to look at this.", NEC, []),
    ("The Labour Party was formed to represent working people.", NEC, []),
    ("A new website has been launched.", LIBDEM, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), MADE_ANEW)
def test_a_thing_made_new_in_the_passive(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


RULES_CHANGED_AND_POWERS_GIVEN = [
    ("The NEC tightened the rules on candidates' social media.", NEC, ["carried"]),
    ("The Board amended the standing orders for conference.", LIBDEM, ["carried"]),
    ("The GC reversed its earlier decision on the summer social.", CLP, ["carried"]),
    ("The NEC gave the General Secretary the power to suspend selections.", NEC, ["carried"]),
    ("The executive mandated the General Secretary to open talks with the employer.", UNION, ["carried"]),
    ("Councillors gave the director permission to sign the lease.", COUNCIL, ["carried"]),
    ("The employer tightened the rules on sick pay.", UNION, []),
    ("The General Secretary gave members an update on the finances.", NEC, []),
    ("The Mayor gave permission for photographs to be taken.", COUNCIL, []),
    ("The government has amended the rules on party funding.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), RULES_CHANGED_AND_POWERS_GIVEN)
def test_rules_changed_and_powers_given(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


LIGHT_VERBS = [
    ("Appointments were made to all the committees.", NEC, ["carried"]),
    ("Agreement was reached on the timetable for the selection.", CLP, ["carried"]),
    ("The executive reached agreement on a new structure for the regions.", UNION, ["carried"]),
    ("Councillors made a grant of £5,000 to the credit union.", COUNCIL, ["carried"]),
    ("Agreement was reached with the employer on overtime rates.", UNION, []),
    ("The changes that were made last year have not worked.", NEC, []),
    ("A complaint was made about the noise from the depot.", COUNCIL, []),
    ("Changes were made to the council's website over the summer.", COUNCIL, []),
    ("Jane made a donation to the raffle.", CLP, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), LIGHT_VERBS)
def test_a_decision_told_by_a_light_verb(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


PROCEEDED_AND_STOPPED = [
    ("The NEC pressed ahead with the new complaints process.", NEC, ["carried"]),
    ("Councillors went ahead with the proposed closure of the depot.", COUNCIL, ["carried"]),
    ("The GC pulled the plug on the summer fair.", CLP, ["carried"]),
    ("The executive held off on a decision on the new logo until the spring.", UNION, ["deferred"]),
    ("In the end we went for a compromise: a ballot in June.", GREEN, ["carried"]),
    ("The Board, which met in Cardiff, paused the review of the party's structures.", LIBDEM, ["carried"]),
    ("The Tories pressed ahead with the cuts.", NEC, []),
    ("We went ahead with the canvassing despite the rain.", CLP, []),
    ("The landlord pulled the plug on the lease.", CLP, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), PROCEEDED_AND_STOPPED)
def test_a_proposal_gone_ahead_with_or_stopped(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected
