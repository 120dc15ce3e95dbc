"""Decisions of the meeting told inside another clause or as a noun (round 11): a decision verb in a clause of time
or cause ("Staff walked out after the executive voted to close the office", "When councillors backed the plan, ..."),
the body's decision as a noun it owns or takes ("Following the GC's decision to suspend the branch", "X won the NEC's
endorsement", "The NEC took the decision to ..."), an item that "got the nod" or "found favour with" the meeting,
a body that okayed something or committed itself to it. Every sentence is written for these tests, in NEC, union,
council, CLP and news voices, with negatives: a condition, a concession, another time, a decision reversed, awaited
or still to come, a body of another organisation.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the meeting of Full Council held on 8 July 2024"
CLP = "Hornsey CLP General Committee – report of the meeting of 3 April 2024"
LIBDEM = "Federal Board report – March 2024"


def outcomes(body: str, title: str = NEC) -> list[str]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


SUBORDINATE = [
    ("Staff walked out after the NEC voted to close the regional office in Bristol.", NEC, ["carried"]),
    ("When councillors backed the plan for a new leisure centre, the public gallery applauded.", COUNCIL, ["carried"]),
    ("Because the executive approved the new budget, the union can now hire two organisers.", UNION, ["carried"]),
    ("There were cheers when delegates rejected the proposal to scrap monthly meetings.", CLP, ["defeated"]),
    ("If the NEC approved the plan, selections would start in June.", NEC, []),
    ("Although the committee backed the plan in 2019, nothing has happened since.", CLP, []),
    ("When the NEC agreed this policy in 2019, nobody expected the cost.", NEC, []),
    ("Once the executive approves the budget, the union will hire two organisers.", UNION, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), SUBORDINATE)
def test_decisions_in_a_clause_of_time_or_cause(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


NOUNS = [
    ("Following the GC's decision to suspend the Eastside branch, the chair wrote to its officers.", CLP, ["carried"]),
    ("Sam Patel has won the NEC's endorsement to stand as the mayoral candidate.", NEC, ["carried"]),
    ("The GC's backing for the strike fund was unanimous.", CLP, ["carried"]),
    ("The executive's decision to postpone the conference until the autumn upset some members.", UNION, ["deferred"]),
    ("The NEC took the decision to close the compliance backlog by the end of the year.", NEC, ["carried"]),
    ("Councillors made the decision to keep the library open on Saturdays.", COUNCIL, ["carried"]),
    ("Members want to overturn the NEC's decision to close the office.", NEC, []),
    ("Members criticised the NEC's decision to close the London office.", NEC, []),
    ("The General Secretary explained the executive's decision to settle the dispute.", UNION, []),
    ("The branch is still awaiting the executive's approval of the plan.", UNION, []),
    ("The NEC will take the decision to reopen nominations next month.", NEC, []),
    ("Last year's decision to close the office was criticised.", NEC, []),
    ("The plan did not get the committee's backing.", CLP, []),
    ("The decision of the NEC was final, the chair said.", NEC, []),
    ("The union's decision came after a long debate.", UNION, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), NOUNS)
def test_decisions_told_as_a_noun(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


TAKEN_NOMINALLY = [
    ("The decision was made to postpone the regional conference until the autumn.", NEC, ["deferred"]),
    ("A decision was taken to refer the motion to the policy commission.", CLP, ["remitted"]),
    ("A decision was taken to hold the meeting online.", UNION, ["carried"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), TAKEN_NOMINALLY)
def test_a_decision_taken_to_put_off_or_refer(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


IDIOMS = [
    ("The motion calling for a four-day week got the nod from delegates.", CLP, ["carried"]),
    ("The recommendation to affiliate to the new federation found favour with the executive.", UNION, ["carried"]),
    ("Cllr Ahmed's proposal met with approval from the whole council.", COUNCIL, ["carried"]),
    ("The SEC has okayed a shortened timetable for the Holyrood selections.", NEC, ["carried"]),
    ("The executive committed itself to a campaign against the anti-strike laws.", UNION, ["carried"]),
    ("The council recorded its opposition to the closure of the fire station.", COUNCIL, ["carried"]),
    ("The GC registered its support for the hospital workers' strike.", CLP, ["carried"]),
    ("The chair said he was committed to the campaign.", UNION, []),
    ("The chair recorded her thanks to the staff.", COUNCIL, []),
    ("The year when the NEC backed the plan was a hard one.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), IDIOMS)
def test_items_that_got_the_nod_and_stances_taken(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


OTHER_BODIES = [
    ("The TUC General Council voted to back the day of action.", UNION, []),
    ("The GMB Central Executive Council has agreed to ballot its members.", NEC, []),
    ("The council's cabinet has approved the sale of the library site.", CLP, []),
    ("The Labour NEC agreed to reopen nominations.", NEC, ["carried"]),
    ("The National Executive Council agreed to ballot members over the pay offer.", UNION, ["carried"]),
    ("The party's NEC backed the plan for a new code of conduct.", NEC, ["carried"]),
    ("The Federal Conference Committee has agreed to hold the conference in Brighton.", LIBDEM, []),
    ("The Regional Board agreed to open nominations for the mayoral selection.", NEC, []),
    ("The Federal Board agreed to raise the conference fee.", LIBDEM, ["carried"]),
    ("The Scottish Executive Committee agreed to open nominations.", "SEC meeting, 10 February 2024", ["carried"]),
    ("The National Executive agreed to ballot members.", "Unite Executive Council report, May 2024", ["carried"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), OTHER_BODIES)
def test_bodies_of_another_organisation(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


STANCES = [
    ("Members were in favour of holding a summer social in July.", CLP, ["carried"]),
    ("Delegates were unanimous in backing the proposal to hold a hustings.", CLP, ["carried"]),
    ("The executive was unanimous in its opposition to the proposed merger.", UNION, ["defeated"]),
    ("Councillors were against the plan for a new car park.", COUNCIL, ["defeated"]),
    ("Support for the motion on rent controls was overwhelming.", CLP, ["carried"]),
    ("Opposition to the proposal to close the library was unanimous.", COUNCIL, ["defeated"]),
    ("The chair was in favour of holding a summer social.", CLP, []),
    ("Support for the motion on rent controls was mixed.", CLP, []),
    ("Members were not in favour of the idea.", CLP, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), STANCES)
def test_stances_held_by_the_meeting(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


DECIDED_AGAINST = [
    ("The NEC decided against a special conference.", NEC, ["defeated"]),
    ("The branch has decided against holding a jumble sale this year.", CLP, ["defeated"]),
    ("Councillors resolved against the proposed bus lane.", COUNCIL, ["defeated"]),
    ("Plans for a new head office were given the thumbs-up by the executive.", UNION, ["carried"]),
    ("The proposal to merge the two branches got the thumbs down from delegates.", CLP, ["defeated"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), DECIDED_AGAINST)
def test_decided_against_and_thumbs(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


TOLD_FIRST_AND_STANCES_TAKEN = [
    ("The levy will rise to £5 next year, the NEC decided.", NEC, ["carried"]),
    ("Branch meetings should move to Thursdays, members agreed.", CLP, ["carried"]),
    ("The union will ballot members over the offer, the executive decided on Tuesday.", UNION, ["carried"]),
    ("The levy rose to £5 last year, the NEC heard.", NEC, []),
    ("The NEC unanimously reaffirmed its commitment to open selections.", NEC, ["carried"]),
    ("The SEC signed up to the principles of the Fair Work Charter.", NEC, ["carried"]),
    ("Members of Labour's governing body overwhelmingly backed the new code.", NEC, ["carried"]),
    ("Members of the public backed the new code.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), TOLD_FIRST_AND_STANCES_TAKEN)
def test_decisions_told_first_and_stances_taken(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


SIDES_TAKEN = [
    ("The NEC came down in favour of a one-member-one-vote ballot.", NEC, ["carried"]),
    ("The committee came out against the plan for a new office.", CLP, ["defeated"]),
    ("Delegates came out in favour of the motion on housing.", CLP, ["carried"]),
    ("The NEC came out for the strikers.", NEC, []),
    ("The report came down in favour of a ballot.", UNION, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), SIDES_TAKEN)
def test_sides_taken_by_a_phrasal_verb(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


OF_THE_ITEM = [
    ("The new rules, which were approved by the NEC on Tuesday, come into force in May.", NEC, ["carried"]),
    ("Members will be balloted on the offer, which the executive endorsed.", UNION, ["carried"]),
    ("The motion, which the GC passed by 30 votes to 4, calls for rent controls.", CLP, ["carried"]),
    ("The budget, which councillors rejected, would have closed two libraries.", COUNCIL, ["defeated"]),
    ("The plan, which will be approved by the NEC in May, is popular.", NEC, []),
    ("The rules, which had been approved by the NEC last year, were changed.", NEC, []),
    ("The plan, backed by the Conservative group, will cost £2m.", COUNCIL, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), OF_THE_ITEM)
def test_decisions_told_in_a_clause_on_the_item(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


REFUSALS_GIVEN = [
    ("The executive gave the thumbs down to the proposed merger.", UNION, ["defeated"]),
    ("Delegates gave short shrift to the proposal to scrap the levy.", CLP, ["defeated"]),
    ("The NEC gave the cold shoulder to the plan.", NEC, ["defeated"]),
    ("The chair gave the thumbs down.", NEC, []),
    ("The Tories gave the thumbs down to the plan.", COUNCIL, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), REFUSALS_GIVEN)
def test_a_no_given_by_an_idiom(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected
