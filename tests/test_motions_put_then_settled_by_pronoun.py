"""A proposal put by a verb of asking, putting or trying in one sentence ("I asked that ...", "We tried to refer
the paper back", "The Procedures Committee brought proposals on ..."), settled by the next sentence's result that
points back to it ("This was agreed.", "The right voted it down, 23 to 12."); and a result verb with its object
inside ("voted it down") read as a defeat, its tally turned to match. Sentences written for these tests, in the
voices of an NEC write-up, union minutes, council minutes and a news report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _motions(body: str, title: str = "NEC report – 12 May 2021") -> list[tuple[str, str, list[str]]]:
    report = extract(f"{title}\n\n{body}\n").reports[0]
    return [(m.kind.value, m.outcome.value, m.movers) for m in report.motions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("I asked that the letter be sent to all CLPs. This was agreed.", [("proposal", "carried", ["(author)"])]),
        (
            "We tried to refer the proscription paper back to the committee. The right voted it down, 23 to 12.",
            [("proposal", "defeated", [])],
        ),
        ("We sought to delay the selections in the North West. This was rejected.", [("proposal", "defeated", [])]),
        (
            "Jo Hart suggested a joint rally with the unions. This was rejected.",
            [("proposal", "defeated", ["Jo Hart"])],
        ),
        (
            "The Procedures Committee brought proposals on the handling of CLP motions. These were accepted subject "
            "to a minor drafting change.",
            [("proposal", "carried", [])],
        ),
        ("The treasurer presented the accounts for 2023. These were approved.", [("report", "carried", [])]),
        # news report
        (
            "Amy Rowe tried to have the parking charges scrapped. The ruling group voted it down, 30 votes to 21.",
            [("proposal", "defeated", ["Amy Rowe"])],
        ),
        # council minutes
        (
            "Cllr Dunn sought to defer the decision to the next meeting. This was lost.",
            [("proposal", "defeated", ["Dunn"])],
        ),
    ],
)
def test_what_was_put_takes_the_next_sentences_result(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _motions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "I asked about the complaints backlog. It was noted.",
        "We tried to raise the issue of funding but were told there was no time.",
        "I asked for an update on the review. This was promised for March.",
        "The General Secretary presented her report. It was noted.",
        "Will the NEC reconsider? I asked that question. Nobody answered.",
    ],
)
def test_no_result_no_proposal(body: str) -> None:
    assert _motions(body) == []


def test_a_request_settled_in_its_own_sentence_is_not_the_last_decision_again() -> None:
    body = (
        "The package was carried by 25 votes to 6. I tried to add a lower threshold for leadership elections; "
        "that was defeated."
    )
    assert [m[1] for m in _motions(body)] == ["carried", "defeated"]


def test_a_request_after_a_decision_is_its_own_item() -> None:
    body = "The timetable was approved. I asked that the guidance go to every branch secretary. This was agreed."
    assert [m[1] for m in _motions(body)] == ["carried", "carried"]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("A motion to publish the report was moved. The right voted it down, 23 to 12.", (12, 23)),
        ("A motion to publish the report was moved. The majority voted the motion down by 20 votes to 10.", (10, 20)),
        ("Delegates voted the amendment down 14-9.", (9, 14)),
    ],
)
def test_voted_down_with_its_object_inside_is_a_defeat(body: str, counts: tuple[int, int]) -> None:
    report = extract(f"Branch meeting, 3 March 2025\n\n{body}\n").reports[0]
    assert [(v.for_, v.against, v.outcome.value) for v in report.votes] == [(*counts, "defeated")]
    assert [m.outcome.value for m in report.motions] == ["defeated"]


@pytest.mark.parametrize(
    "body",
    [
        "Claudia Webbe moved that the NEC write to every CLP. This was accepted by the General Secretary and carried "
        "without dissent.",
        "Jo Hart moved that the branch write to the MP. It was accepted by the chair and then agreed.",
    ],
)
def test_a_result_after_someone_elses_acceptance_is_the_meetings(body: str) -> None:
    assert [m[1] for m in _motions(body)] == ["carried"]


def test_another_bodys_acts_coordinated_stay_background() -> None:
    assert _motions("The policy was adopted by Conference and endorsed by the unions.") == []


@pytest.mark.parametrize(
    "second",
    [
        "I argued for a hybrid event, but that did not get support.",
        "Jo pressed for a later date; this was not agreed.",
    ],
)
def test_an_argument_settled_in_its_own_sentence_leaves_the_decision_before(second: str) -> None:
    body = f"After a long debate, the proposal to hold the conference online was agreed on a show of hands. {second}"
    assert _motions(body)[0][1] == "carried"


@pytest.mark.parametrize(
    ("body", "unanimous"),
    [
        ("The NEC was then asked to agree a set of guidelines for CLP nominations. It did, unanimously.", True),
        ("Members were asked to approve the new standing orders. They did.", False),
        ("The executive was asked to endorse the pay claim. It duly did so.", False),
    ],
)
def test_it_did_settles_what_the_meeting_was_asked_to_do(body: str, unanimous: bool) -> None:
    report = extract(f"NEC report – 12 May 2021\n\n{body}\n").reports[0]
    assert [m.outcome.value for m in report.motions] == ["carried"]
    assert [v.unanimous for v in report.votes] == ([True] if unanimous else [])


@pytest.mark.parametrize(
    "body",
    [
        "The chair asked whether anyone objected. They did, loudly.",
        "Would the leadership back down? It did not.",
        "It did not help that the papers arrived late.",
    ],
)
def test_it_did_with_nothing_put_is_no_result(body: str) -> None:
    assert _motions(body) == []


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Then the vote on the CLP places: 17 for, 15 against.", (17, 15)),
        ("The vote on the freeze date: 22-12.", (22, 12)),
        ("The recorded vote on the youth places: 20 votes to 11.", (20, 11)),
    ],
)
def test_the_vote_on_an_item_then_its_tally_is_that_items_decision(body: str, counts: tuple[int, int]) -> None:
    report = extract(f"NEC report – 12 May 2021\n\n{body}\n").reports[0]
    assert [(m.outcome.value, m.vote.for_ if m.vote else None) for m in report.motions] == [("carried", counts[0])]


@pytest.mark.parametrize(
    "body",
    [
        "The vote on the new code will be taken in March: 12 members must attend.",
        "The vote on the leadership will be a ballot of all members.",
    ],
)
def test_the_vote_on_an_item_with_no_tally_is_no_decision(body: str) -> None:
    assert _motions(body) == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("We won the vote to hold hustings in every region.", "carried"),
        ("We lost the vote to delay the selections by 14 votes to 17.", "defeated"),
        ("At the branch, we won a vote to affiliate to the campaign.", "carried"),
    ],
)
def test_a_vote_won_or_lost_to_do_something_decides_it(body: str, outcome: str) -> None:
    assert [m[1] for m in _motions(body)] == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        "Keir won the vote to become leader in 2020.",
        "We lost the vote in order to make a point.",
    ],
)
def test_a_vote_won_for_a_post_or_a_purpose_is_no_item(body: str) -> None:
    assert _motions(body) == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("The Equalities Committee had recommended a new BAME network, which the NEC agreed.", "carried"),
        ("The officers proposed a new fee structure, which the NEC then approved by 20 votes to 6.", "carried"),
        ("The Business Board recommended a 2 per cent rise, which members accepted.", "carried"),
        ("Jo Hart suggested a levy on councillors, which the committee rejected.", "defeated"),
    ],
)
def test_a_proposal_decided_by_the_meeting_in_a_relative_clause(body: str, outcome: str) -> None:
    assert [m[1] for m in _motions(body)] == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        "Ministers suggested a cap on rents, which landlords opposed.",
        "The Tories suggested a new tax, which the public opposed.",
    ],
)
def test_a_relative_clause_of_another_body_is_no_decision(body: str) -> None:
    assert _motions(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Code of conduct: the full IHRA definition and all examples adopted, with a statement on free speech.",
        "Code of conduct: the full definition adopted.",
        "Youth structures: the new model agreed unanimously.",
    ],
)
def test_a_labelled_line_with_the_item_then_its_agreement(body: str) -> None:
    assert [m[1] for m in _motions(body)] == ["carried"]


@pytest.mark.parametrize(
    "body",
    [
        "In short: the mood agreed with the leadership.",
        "Membership: numbers fell.",
        "Polling: the public agreed that the party was ready.",
    ],
)
def test_a_labelled_line_with_no_item_agreed_is_no_decision(body: str) -> None:
    assert _motions(body) == []
