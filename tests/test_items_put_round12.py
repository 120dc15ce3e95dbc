"""Items put to the meeting whose result is told in a later sentence by words that are no plain outcome word: the
mover persuaded to remit it, the item going on to conference, nobody objecting, the meeting content with it, not
enough support, only a few backing it, a body that did not support it, no seconder found, the movers choosing not
to press it, a decision to be made at the next meeting. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _outcomes(body: str, heading: str = "Branch meeting, 3 May 2025") -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"{heading}\n\n{body}\n")]


_NEC = "NEC report – 3 May 2025"
_UNION = "Minutes of the National Executive meeting held on 3 May 2025"


@pytest.mark.parametrize(
    ("body", "heading", "outcome"),
    [
        # remitted: the mover persuaded, agreeing or willing to remit
        (
            "Jo Hart moved a motion on the regional office. She was persuaded to remit it.",
            _NEC,
            "remitted",
        ),
        ("An emergency motion on pay was moved by Kim Obi. He agreed to remit it to the officers.", _UNION, "remitted"),
        ("Sam Lee tabled a motion on the rota. The mover was happy to remit it to the committee.", _NEC, "remitted"),
        # carried: the item goes on to conference
        ("Our motion on rail was debated at length. It will now go to conference.", _NEC, "carried"),
        (
            "The rule change on quorums was debated. It will now go forward to annual conference.",
            _NEC,
            "carried",
        ),
        ("A motion on school meals was moved by Ann Lee. It will now go to the TUC conference.", _UNION, "carried"),
        # carried: nobody objected, the meeting content with it
        ("Ali Khan moved a motion on the food bank. Nobody objected.", _NEC, "carried"),
        ("A proposal to meet monthly was tabled by the chair. No member opposed it.", _UNION, "carried"),
        ("Jo moved that we donate £50 to the hospice. Everyone was happy with that.", _NEC, "carried"),
        (
            "A paper on staff was presented by Ann Lee. Members were content for it to proceed.",
            _UNION,
            "carried",
        ),
        # defeated: not enough support, only a few for it, the body not supporting it
        ("A proposal to hire an organiser was moved by Raj Patel. It did not have enough support.", _NEC, "defeated"),
        ("Delegates debated a proposal to meet online. Not enough delegates supported the change.", _UNION, "defeated"),
        ("The rule change on quorums went to a vote. Only the trade union members supported it.", _NEC, "defeated"),
        ("A motion on the march was moved by Kim Obi; the executive did not support it.", _UNION, "defeated"),
        # withdrawn: no seconder, not pressed
        ("An amendment from the North region was moved but did not find a seconder.", _UNION, "withdrawn"),
        ("Unison's motion on the code was debated. The unions decided not to press it to a vote.", _NEC, "withdrawn"),
        # deferred: a decision at the next meeting
        (
            "We debated a motion on inclusion. A decision will be made at the next meeting.",
            _UNION,
            "deferred",
        ),
    ],
)
def test_a_result_told_later_in_other_words(body: str, heading: str, outcome: str) -> None:
    assert _outcomes(body, heading) == [Outcome(outcome)]


@pytest.mark.parametrize(
    "body",
    [
        # an opinion of the author, not the meeting's result
        "Jo Hart moved a motion on the regional office. I did not support it.",
        # the remit of a body is no result
        "Ann Lee moved a motion on the regional office. It falls within the remit of the committee.",
    ],
)
def test_not_a_result_of_the_item(body: str) -> None:
    assert _outcomes(body, _NEC) == [Outcome.UNKNOWN]


def _put(body: str, heading: str) -> list[tuple[str, Outcome]]:
    return [(m.kind.value, m.outcome) for m in titled_page_motions(f"{heading}\n\n{body}\n")]


_NEWS = "Labour NEC meeting: ruling body clashes over rules"


@pytest.mark.parametrize(
    ("body", "heading", "kind"),
    [
        # put to the meeting, the vote or the body
        ("The President put the motion on the pay claim to the meeting.", _UNION, "motion"),
        ("The Chair put Kim Obi's amendment to the vote.", _NEC, "amendment"),
        ("A motion calling for a ceasefire was put to Labour's ruling body on Tuesday.", _NEWS, "motion"),
        ("The proposed timetable for the selection was put to the NEC.", _NEC, "other"),
        # taken by the meeting, or voted on
        ("We took the amendment from the youth rep first.", _NEC, "amendment"),
        ("The executive then took the resolution from the Yorkshire region.", _UNION, "motion"),
        ("Jon Lansman's motion to reopen nominations was taken next.", _NEC, "motion"),
        ("The executive voted on the proposal to ballot members.", _UNION, "proposal"),
        # a paper put for a decision
        ("The report on selection procedures was presented for approval.", _NEC, "report"),
        ("The Board considered for decision a paper on the new brand.", _UNION, "report"),
        ("The Treasurer's budget was submitted to the executive for approval.", _UNION, "report"),
    ],
)
def test_an_item_put_with_no_result_told(body: str, heading: str, kind: str) -> None:
    assert _put(body, heading) == [(kind, Outcome.UNKNOWN)]


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        # a put promised, or to a later meeting
        ("The Chair said she would put a proposal on the timetable to the next meeting.", _NEC),
        ("We will put the motion on rents to the vote next month.", _UNION),
        # a record taken down, a paper given with no decision asked
        ("Jo Hart took the minutes.", _UNION),
        ("The report on the accounts was presented by the Treasurer.", _NEC),
        # a decision the meeting will be asked for later
        ("The recommendations will be brought for decision in May.", _UNION),
    ],
)
def test_no_item_put_now(body: str, heading: str) -> None:
    assert _put(body, heading) == []


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        # a put to come: hoped, planned, promised, in the future
        ("Members discussed a motion that Eastside branch hopes to submit next month.", "Branch meeting, 3 May 2025"),
        ("Next month we will be debating motions for conference.", "Branch meeting, 3 May 2025"),
        ("The executive looked at an amendment the region plans to table in June.", _UNION),
        # given out, not put
        ("A draft motion on rail was circulated for comment.", _NEC),
        ("A motion on housing was circulated ahead of the next meeting.", _UNION),
        # put elsewhere, before, in a reported clause
        ("The Board noted that the Welsh Council had debated a motion on housing.", _UNION),
        ("We heard that the regional board had tabled an amendment on selections.", _NEC),
        # none put
        ("No motion was tabled on the subject.", _NEC),
    ],
)
def test_an_item_not_put_to_this_meeting(body: str, heading: str) -> None:
    assert _put(body, heading) == []


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        ("The report on selection procedures was presented for approval. There was no dissent.", _NEC),
        ("The treasurer put forward a recommendation to raise subs. The branch went along with it.", _UNION),
        ("The recommendation on quorums was taken at the end, and the executive went with it.", _UNION),
    ],
)
def test_a_paper_put_then_carried_in_other_words(body: str, heading: str) -> None:
    assert _outcomes(body, heading) == [Outcome.CARRIED]


def _kinds_outcomes(body: str, heading: str) -> list[tuple[str, Outcome]]:
    return sorted(_put(body, heading))


@pytest.mark.parametrize(
    ("body", "heading", "expected"),
    [
        # NEC blog: a paper came to the meeting, amended and agreed in one sentence
        (
            "The procedures paper for council selections came to us from the Organisation Committee. Jo Hart moved "
            "an amendment adding a woman to every shortlist; it was carried 19-14, and the amended paper was agreed.",
            _NEC,
            [("amendment", Outcome.CARRIED), ("report", Outcome.CARRIED)],
        ),
        # union minutes: a motion moved, its amendment carried and the substantive motion agreed
        (
            "Kim Obi moved a motion on rail fares. Sam Lee moved an amendment adding buses; it was carried by 12 "
            "votes to 9, and the substantive motion was agreed.",
            _UNION,
            [("amendment", Outcome.CARRIED), ("motion", Outcome.CARRIED)],
        ),
        # CLP notes: the amended motion lost
        (
            "Ann Lee moved a motion on the library. Raj Patel moved an amendment deleting the last line; it was "
            "accepted, but the amended motion was then lost.",
            "Branch meeting, 3 May 2025",
            [("amendment", Outcome.CARRIED), ("motion", Outcome.DEFEATED)],
        ),
    ],
)
def test_the_item_moved_before_settled_by_a_later_clause(
    body: str, heading: str, expected: list[tuple[str, Outcome]]
) -> None:
    assert _kinds_outcomes(body, heading) == expected


def test_a_later_clause_on_another_item_settles_nothing_before() -> None:
    body = (
        "Kim Obi moved a motion on rail fares. Sam Lee moved an amendment adding buses; it was carried, and the "
        "accounts were then agreed."
    )
    assert ("motion", Outcome.UNKNOWN) in _put(body, _UNION)


@pytest.mark.parametrize(
    ("body", "heading", "expected"),
    [
        # news briefing: on the agenda, then taken in private, no result told
        (
            "A proposal to merge the two regional offices was also on the agenda. It was taken in private session.",
            _NEWS,
            [("proposal", Outcome.UNKNOWN)],
        ),
        # executive report: on the agenda, then debated
        (
            "An emergency motion on the ferry service was on the agenda. It was debated at the end of the meeting.",
            _NEC,
            [("motion", Outcome.UNKNOWN)],
        ),
        # union minutes: considered in closed session
        (
            "A motion on the pay claim was on the agenda. It was considered in closed session.",
            _UNION,
            [("motion", Outcome.UNKNOWN)],
        ),
        # put to the vote by the pronoun, its result told with it
        (
            "The rule change on quorums was on the agenda too. It was put to the vote and lost.",
            _UNION,
            [("rule_change", Outcome.DEFEATED)],
        ),
    ],
)
def test_an_item_named_then_put_by_a_pronoun(body: str, heading: str, expected: list[tuple[str, Outcome]]) -> None:
    assert _put(body, heading) == expected


@pytest.mark.parametrize(
    ("body", "heading", "item"),
    [
        # on a later agenda
        ("A motion on rents is on the agenda for next month. It will be debated in June.", _UNION, "rents"),
        # discussed but never put
        (
            "The proposal to hire an organiser was on the agenda. It was discussed but not put to a vote.",
            _UNION,
            "hire",
        ),
        # a pronoun opening a new proposal: that one is put, not the item before
        ("A motion on rents was on the agenda. It was proposed that the branch write to the council.", _UNION, "rents"),
    ],
)
def test_no_item_put_by_a_pronoun(body: str, heading: str, item: str) -> None:
    assert not [m for m in titled_page_motions(f"{heading}\n\n{body}\n") if item in m.summary]


@pytest.mark.parametrize(
    ("body", "heading", "expected"),
    [
        # union news: an alternative put forward, put to the vote in the next sentence
        (
            "Jo Hart had put forward an alternative: a consultation of all members. It was put to the vote and lost, "
            "11 votes to 16.",
            _UNION,
            [("proposal", Outcome.DEFEATED)],
        ),
        # NEC blog: an alternative accepted in its own sentence
        (
            "The officers proposed an alternative, a review in six months, which the NEC accepted.",
            _NEC,
            [("proposal", Outcome.CARRIED)],
        ),
        # council minutes: a counter-proposal
        (
            "Cllr Khan moved a counter-proposal to keep the library open. The counter-proposal was lost.",
            "Minutes of the meeting of Full Council held on 8 July 2024",
            [("proposal", Outcome.DEFEATED)],
        ),
        # an alternative motion is a motion
        ("An alternative motion on rents was moved by Sam Lee.", _UNION, [("motion", Outcome.UNKNOWN)]),
    ],
)
def test_an_alternative_put_forward(body: str, heading: str, expected: list[tuple[str, Outcome]]) -> None:
    assert _put(body, heading) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The General Secretary said there was no alternative to the cuts.",
        "The NEC discussed the alternative vote system for the Scottish Parliament.",
        "Members discussed alternatives to strike action, such as an overtime ban.",
        # "alternative" as an adjective names no item (lead's review, round 12)
        "Members asked the treasurer about alternative funding for the youth club, which was put on the website.",
        "The secretary will look for an alternative venue that is cheaper.",
        "An alternative date was suggested by some members but no vote was taken on it.",
    ],
)
def test_no_alternative_put(body: str) -> None:
    assert _put(body, _NEC) == []


@pytest.mark.parametrize(
    ("body", "heading", "outcome"),
    [
        # news report: a meeting named first, the item put to members who voted
        (
            "At Tuesday's meeting a proposal to merge the two branches was put to members, who voted overwhelmingly "
            "in favour.",
            _NEWS,
            Outcome.CARRIED,
        ),
        ("At the Saturday session, a motion on fares was put to delegates, who rejected it.", _UNION, Outcome.DEFEATED),
        # too few votes
        ("We took the amendment from the youth rep first. It got six votes, which was not enough.", _NEC, "defeated"),
        ("Kim Obi moved a motion on rents. It had nine votes, but that was not enough.", _UNION, "defeated"),
    ],
)
def test_results_told_by_who_voted_or_how_few(body: str, heading: str, outcome: str) -> None:
    assert _outcomes(body, heading) == [Outcome(outcome)]


def test_an_earlier_meeting_named_first_puts_nothing_now() -> None:
    body = "At the last meeting, a proposal to merge the two branches was put to members."
    assert _put(body, _NEWS) == []


@pytest.mark.parametrize(
    ("body", "heading", "summary", "outcome"),
    [
        # NEC blog: a list line labelled by the item, the author's vote, then its result
        (
            "Other business\n\n– The new code was nodded through.\n– Moving the youth conference to the autumn: I "
            "voted against. It was carried anyway.\n– Sam was elected vice-chair.",
            _NEC,
            "Moving the youth conference to the autumn",
            Outcome.CARRIED,
        ),
        # union bulletin
        (
            "Also decided\n\n• A levy for the hardship fund: members were split. It was lost narrowly.\n"
            "• The accounts were approved.",
            _UNION,
            "levy for the hardship fund",
            Outcome.DEFEATED,
        ),
        # CLP notes
        (
            "Other items\n\n- Twinning with a branch in Lyon: a long debate. This was referred to the executive.",
            "Branch meeting, 3 May 2025",
            "Twinning with a branch in Lyon",
            Outcome.REMITTED,
        ),
    ],
)
def test_an_item_labelled_on_a_list_line_then_settled(body: str, heading: str, summary: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{heading}\n\n{body}\n")
    assert [m.outcome for m in motions if summary in m.summary] == [outcome]


def test_a_labelled_line_with_a_finite_verb_is_no_item() -> None:
    body = "Updates\n\n– Membership has grown: we now have 600. It was welcomed by everyone."
    assert not [m for m in titled_page_motions(f"{_NEC}\n\n{body}\n") if "Membership" in m.summary]
