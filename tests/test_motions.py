"""Motions: what was put to the meeting, who moved and seconded it, how it ended.

All texts here are written for the tests (invented people); none is quoted from the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nec_extract.extractors.motions import extract_motions, resolve_name
from nec_extract.extractors.votes import extract_votes
from nec_extract.models import Motion, MotionKind, Outcome, Speaker
from support import report_context

SHARED = Path(__file__).resolve().parents[2] / "shared"


def motions_of(text: str, author: str | None = None, speakers: list[Speaker] | None = None) -> list[Motion]:
    report = report_context(text, author=author, parse=False)
    return extract_motions(report, extract_votes(report), speakers or [])


def only(text: str, author: str | None = None) -> Motion:
    found = motions_of(text, author)
    assert len(found) == 1, [m.summary for m in found]
    motion = found[0]
    assert text[motion.evidence.start : motion.evidence.end] == motion.evidence.text
    return motion


# ---------------------------------------------------------------- movers and seconders


def test_moved_and_seconded_by_two_names_with_a_later_tally() -> None:
    text = (
        "Rosa Almeida and Piotr Nowak then moved and seconded their motion calling for a review of regional "
        "staffing.\n\n"
        "Rosa said the regions had been cut to the bone. Piotr agreed.\n\n"
        "After a heated exchange the motion passed by 19 votes to 14.\n"
    )
    motion = only(text)
    assert motion.movers == ["Rosa Almeida"]
    assert motion.seconders == ["Piotr Nowak"]
    assert motion.kind is MotionKind.MOTION
    assert motion.summary.startswith("calling for a review of regional staffing")
    assert motion.outcome is Outcome.CARRIED
    assert motion.vote is not None and (motion.vote.for_, motion.vote.against) == (19, 14)


def test_proposed_by_and_seconded_by() -> None:
    motion = only("A motion on library closures, proposed by Ines Duarte and seconded by Kofi Mensah, was carried.")
    assert (motion.movers, motion.seconders) == (["Ines Duarte"], ["Kofi Mensah"])
    assert motion.outcome is Outcome.CARRIED


def test_author_moves_an_amendment_that_falls_in_the_next_sentence() -> None:
    text = "I moved an amendment to the selections paper to cut the nomination threshold. This amendment fell.\n"
    motion = only(text, author="Dana Whitfield")
    assert motion.movers == ["Dana Whitfield"]
    assert motion.kind is MotionKind.AMENDMENT
    assert motion.outcome is Outcome.DEFEATED
    assert motion.evidence.text.endswith("This amendment fell.")


def test_unnamed_author_is_marked() -> None:
    assert only("I tabled a motion on rail fares, which was agreed.").movers == ["(author)"]


def test_thanks_for_proposing_and_seconding_an_election() -> None:
    text = (
        "I was delighted to be elected treasurer (thanks to Luis Ortega and Mei Chen for proposing and seconding me)."
    )
    motion = only(text, author="Sam Hale")
    assert motion.kind is MotionKind.OTHER
    assert motion.outcome is Outcome.CARRIED
    assert (motion.movers, motion.seconders) == (["Luis Ortega"], ["Mei Chen"])


def test_possessive_mover_and_appositions() -> None:
    assert only("Noor Haddad's motion on council housing was carried.").movers == ["Noor Haddad"]
    assert only("The treasurer, Ivo Marsh, moved that the fee be frozen. Agreed.").movers == ["Ivo Marsh"]
    motion = only("Gita Rao, who chairs the youth committee, presented a paper on student clubs, which was approved.")
    assert motion.movers == ["Gita Rao"]
    assert motion.kind is MotionKind.REPORT


def test_seconder_in_a_sentence_of_its_own() -> None:
    motion = only("Cllr Ada Brennan moved that the group oppose the cuts. Cllr Tom Hale seconded. It was carried 8-3.")
    assert (motion.movers, motion.seconders) == (["Ada Brennan"], ["Tom Hale"])
    assert motion.outcome is Outcome.CARRIED


def test_short_names_resolve_to_the_fullest_form_on_the_page() -> None:
    text = "Hettie Lomax gave the treasurer's report.\n\nA proposal from Hettie to sell the old office was withdrawn.\n"
    assert only(text).movers == ["Hettie Lomax"]
    assert resolve_name("Lomax", text, []) == "Hettie Lomax"
    speakers = [Speaker(name="Hettie Lomax-Grey")]
    assert resolve_name("Hettie", "Hettie spoke.", speakers) == "Hettie Lomax-Grey"


def test_mover_named_by_office_takes_the_holders_name() -> None:
    text = "The General Secretary moved that the budget be approved. Agreed.\n"
    holder = [Speaker(name="Rhian Tovey", role="General Secretary")]
    motion = motions_of(text, speakers=holder)[0]
    assert (motion.movers, motion.outcome) == (["Rhian Tovey"], Outcome.CARRIED)
    assert only(text).movers == []  # no holder named: the motion stands, its mover is left out


def test_initials_resolve_to_the_names_they_abbreviate() -> None:
    text = (
        "Present: Olu Adeyemi, Kit Barnes.\n\n"
        "3. Motion: that we back the strike (proposer: OA, seconder: KB). Carried.\n"
    )
    motion = only(text)
    assert (motion.movers, motion.seconders) == (["Olu Adeyemi"], ["Kit Barnes"])


# ---------------------------------------------------------------- outcomes


@pytest.mark.parametrize(
    ("outcome_sentence", "outcome"),
    [
        ("This was not agreed.", Outcome.DEFEATED),
        ("It failed to pass.", Outcome.DEFEATED),
        ("The motion was lost.", Outcome.DEFEATED),
        ("It was voted down.", Outcome.DEFEATED),
        ("It was rubber stamped.", Outcome.CARRIED),
        ("This was accepted without a vote.", Outcome.CARRIED),
        ("It was remitted to the finance committee.", Outcome.REMITTED),
        ("It was referred back to the officers.", Outcome.REMITTED),
        ("It was sent to a working group.", Outcome.REMITTED),
        ("The motion was withdrawn.", Outcome.WITHDRAWN),
        ("It was deferred until the spring.", Outcome.DEFERRED),
        ("It was left on the table.", Outcome.DEFERRED),
        ("It was held over to the next meeting.", Outcome.DEFERRED),
        ("It did not pass.", Outcome.DEFEATED),
        ("It didn't get through.", Outcome.DEFEATED),
        ("After some discussion she agreed to withdraw it.", Outcome.WITHDRAWN),
        ("It was agreed to refer it to the housing working group.", Outcome.REMITTED),
        ("It will now go to the organisation committee.", Outcome.UNKNOWN),
    ],
)
def test_outcome_in_a_later_sentence(outcome_sentence: str, outcome: Outcome) -> None:
    motion = only(f"Femi Okoro moved a motion on the fees for young members. {outcome_sentence}")
    assert motion.movers == ["Femi Okoro"]
    assert motion.outcome is outcome


def test_the_motions_own_words_are_not_its_outcome() -> None:
    motion = only("Jo Pike moved a motion calling for the candidate not to be endorsed. It was carried 20-9.")
    assert motion.outcome is Outcome.CARRIED
    motion = only("Jo Pike moved that we write to every branch that lost members. It was voted down 5-15.")
    assert motion.outcome is Outcome.DEFEATED


def test_refusing_to_withdraw_does_not_withdraw() -> None:
    text = "Ray Lund moved a motion on meeting times. He declined to withdraw it. The motion was then lost 4-9."
    assert only(text).outcome is Outcome.DEFEATED


def test_no_result_known() -> None:
    motion = only("Right at the end Vera Stone moved an emergency motion on the closure of the call centre.")
    assert motion.outcome is Outcome.UNKNOWN
    assert motion.vote is None


def test_tie_then_recount_links_the_final_tally() -> None:
    text = "Bea Kahn moved that the panel grow to nine. The first count was 10–10; on a recount it went through 11–10."
    motion = only(text)
    assert motion.outcome is Outcome.CARRIED
    assert motion.vote is not None and (motion.vote.for_, motion.vote.against) == (11, 10)


# ---------------------------------------------------------------- decisions stated without a mover


@pytest.mark.parametrize(
    ("sentence", "kind", "outcome"),
    [
        ("The NEC agreed new guidance on social media.", MotionKind.REPORT, Outcome.CARRIED),
        ("Finally, we endorsed the timetable for the mayoral selection.", MotionKind.OTHER, Outcome.CARRIED),
        ("The committee has agreed a hustings in every region.", MotionKind.OTHER, Outcome.CARRIED),
        ("It was agreed that the action plan will be a standing item.", MotionKind.REPORT, Outcome.CARRIED),
        ("A motion welcoming the new housing strategy was carried overwhelmingly.", MotionKind.MOTION, Outcome.CARRIED),
        ("The revised code of conduct was agreed without a vote.", MotionKind.OTHER, Outcome.CARRIED),
        ("Rule changes allowing online branch meetings were approved.", MotionKind.RULE_CHANGE, Outcome.CARRIED),
        (
            "A paper from the youth committee on student clubs was left on the table.",
            MotionKind.REPORT,
            Outcome.DEFERRED,
        ),
        ("The executive agreed to hold next year's conference in Hull.", MotionKind.OTHER, Outcome.CARRIED),
    ],
)
def test_decisions_of_the_meeting(sentence: str, kind: MotionKind, outcome: Outcome) -> None:
    motion = only(sentence)
    assert (motion.kind, motion.outcome) == (kind, outcome)


def test_a_motion_whose_outcome_is_a_pronoun_clause() -> None:
    motion = only("Three members spoke against the motion, but it passed anyway.")
    assert (motion.kind, motion.outcome) == (MotionKind.MOTION, Outcome.CARRIED)


def test_a_tally_about_a_named_motion() -> None:
    motion = only("Twelve members voted for the motion and nine against.")
    assert motion.outcome is Outcome.CARRIED
    assert motion.vote is not None and (motion.vote.for_, motion.vote.against) == (12, 9)


def test_two_elections_in_one_sentence_are_two_motions() -> None:
    text = "Cllr Rhona Baird was elected chair of the finance panel and Usdaw's Omar Said was elected vice-chair."
    found = motions_of(text)
    assert [m.summary for m in found] == ["election of Rhona Baird as chair", "election of Omar Said as vice-chair"]
    assert all(m.kind is MotionKind.OTHER and m.outcome is Outcome.CARRIED for m in found)
    assert found[0].evidence.end <= found[1].evidence.start


def test_list_of_rule_changes_gives_one_motion_per_bullet() -> None:
    text = (
        "We agreed to promote the following rule changes.\n"
        "• Letting branches meet online. Passed by 15 votes to 9.\n"
        "• Capping delegations at eight. Passed by 20 votes to 3 with 1 abstention.\n"
    )
    found = motions_of(text)
    assert [m.kind for m in found] == [MotionKind.RULE_CHANGE] * 3
    assert [m.vote and (m.vote.for_, m.vote.against, m.vote.abstentions) for m in found[1:]] == [
        (15, 9, None),
        (20, 3, 1),
    ]


def test_two_motions_settled_in_one_sentence() -> None:
    found = motions_of("Jo Marsh's amendment fell, but the substantive motion was carried.")
    assert [(m.kind, m.outcome, m.movers) for m in found] == [
        (MotionKind.AMENDMENT, Outcome.DEFEATED, ["Jo Marsh"]),
        (MotionKind.MOTION, Outcome.CARRIED, []),
    ]


def test_minutes_style_labels() -> None:
    motion = only("Motion on rail fares. Moved: Jane Doe. Seconded: John Roe. Carried.")
    assert (motion.movers, motion.seconders, motion.outcome) == (["Jane Doe"], ["John Roe"], Outcome.CARRIED)
    assert motion.evidence.text.startswith("Motion on rail fares.")


def test_numbered_items_with_outcomes() -> None:
    found = motions_of("Results\n\n7/2 carried\n7/3 withdrawn\n9/1 lost\n")
    assert [m.outcome for m in found] == [Outcome.CARRIED, Outcome.WITHDRAWN, Outcome.DEFEATED]


def test_item_heading_then_bare_outcome() -> None:
    motion = only("Rule 12 (branch funds). Remitted to the executive for further work.")
    assert (motion.kind, motion.outcome) == (MotionKind.RULE_CHANGE, Outcome.REMITTED)


@pytest.mark.parametrize(
    "text",
    [
        "We discussed the local election results at length.",
        "The Conference Arrangements Committee agreed to look at it.",
        "When the NEC agreed the fee of £5 in 2012, few people signed up.",
        "The rule changes had been agreed at the previous meeting.",
        "Everyone agreed that we need to do better in the South.",
        "The NEC endorsed the Leader's comments on staff welfare.",
        "She hopes the final report will be agreed by June.",
        "The changes were passed by Annual Conference in 2019.",
        "Gus Brandt moved a motion on the whip, but the Chair ruled it out of order.",
        "The NEC heard a report from the General Secretary.",
    ],
)
def test_not_motions(text: str) -> None:
    assert (
        motions_of(
            text + "\n",
        )
        == []
    )


def test_motions_are_in_text_order_with_true_spans() -> None:
    text = (
        "Lena Voss moved a motion on food banks, which was carried 12-2.\n\n"
        "An amendment from Ned Crane to add a review clause was withdrawn.\n"
    )
    found = motions_of(text)
    assert [m.movers for m in found] == [["Lena Voss"], ["Ned Crane"]]
    assert found[0].evidence.start < found[1].evidence.start
    assert all(text[m.evidence.start : m.evidence.end] == m.evidence.text for m in found)


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (corpus and gold) is not available")
def test_invented_pages_of_the_shared_corpus() -> None:
    """On the dev-c pages (written to cover phrasings) nearly every gold motion is found with its outcome."""
    from nec_extract.pipeline import extract

    gold_total = matched = 0
    for gold_path in sorted((SHARED / "gold").glob("dev-c*.json")):
        text = (SHARED / "corpus" / gold_path.name.replace(".json", ".txt")).read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        predicted = [m for r in extract(text).reports for m in r.motions]
        for report in gold["reports"]:
            for motion in report.get("motions", []):
                gold_total += 1
                start = text.find(motion["evidence"])
                end = start + len(motion["evidence"])
                matched += any(
                    m.evidence.start < end and start < m.evidence.end and m.outcome.value == motion["outcome"]
                    for m in predicted
                )
    assert gold_total and matched / gold_total >= 0.9


@pytest.mark.parametrize(
    "sentence",
    [
        "The chair agreed to consider it.",
        "The General Secretary agreed to provide one.",
        "Our treasurer agreed to write to them.",
    ],
)
def test_an_undertaking_by_a_person_is_not_a_motion(sentence: str) -> None:
    assert motions_of(sentence) == []


def test_a_section_heading_does_not_join_the_movers_name() -> None:
    text = "Motions\n\nPriya Natarajan moved a motion on papers, and Tom Whitlock seconded. It fell 10-14.\n"
    [motion] = motions_of(text)
    assert motion.movers == ["Priya Natarajan"]


def test_a_page_by_two_writers_leaves_the_i_who_moved_unnamed() -> None:
    # as for the speakers, "I" is a person only when the byline names one
    text = "I moved a motion on rail fares, which was agreed."
    assert only(text, author="Dana Whitfield and Sam Hale").movers == ["(author)"]


def test_the_i_of_a_post_is_its_own_byline_not_the_pages() -> None:
    title = "Branch report – 3 May 2023"
    text = f"{title}\nPosted on 4 May 2023 by Priya Nand\n\nI moved a motion on bus fares, which was carried.\n"
    report = report_context(text, title=title, author="Tom Rees", parse=False)
    motions = extract_motions(report, extract_votes(report), [])
    assert [m.movers for m in motions] == [["Priya Nand"]]
