"""How a motion moved in one sentence ended, told in the next in words the outcome vocabulary lacked: "It won
comfortably.", "We did not press it to a vote." (not proceeded with: withdrawn), "The vote went 20-12 against."
(a defeat, the tally turned). Sentences written for these tests in an NEC write-up's voice and in minutes' voice."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _ended(result: str, title: str = "NEC report – 12 May 2021") -> list[tuple[str, tuple[int | None, int | None]]]:
    body = f"Sam Reid moved a motion calling for a review of the rule book. {result}"
    report = extract(f"{title}\n\n{body}\n").reports[0]
    return [(m.outcome.value, (m.vote.for_, m.vote.against) if m.vote else (None, None)) for m in report.motions]


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ("It won comfortably.", [("carried", (None, None))]),
        ("This won by a wide margin.", [("carried", (None, None))]),
        ("In the end we did not press it to a vote.", [("withdrawn", (None, None))]),
        ("The movers didn't push it to a vote.", [("withdrawn", (None, None))]),
        ("The vote went 20-12 against.", [("defeated", (12, 20))]),
        ("The vote went 9–4 against, with two abstentions.", [("defeated", (4, 9))]),
    ],
)
def test_the_next_sentence_ends_the_motion(result: str, expected: list[tuple[str, tuple[int, int]]]) -> None:
    assert _ended(result) == expected


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        ("It won the support of the unions, and was carried.", "carried"),
        ("Labour won the by-election the next day. The motion fell.", "defeated"),
        ("It was not put to a vote.", None),
    ],
)
def test_near_misses_keep_their_reading(result: str, outcome: str | None) -> None:
    assert [o for o, _ in _ended(result)] == ([outcome] if outcome else [])


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ("Jon's was accepted; Pete's was lost.", ["carried", "defeated"]),
        ("Pete's fell, but Jon's was carried.", ["carried", "defeated"]),
        ("Both were lost.", ["defeated", "defeated"]),
        ("The first was lost; the second was carried.", ["defeated", "carried"]),
    ],
)
def test_each_movers_item_takes_its_own_result(result: str, expected: list[str]) -> None:
    body = f"Two amendments were moved, one by Jon Lansman and one by Pete Willsman. {result}"
    report = extract(f"NEC report – 12 May 2021\n\n{body}\n").reports[0]
    assert [m.outcome.value for m in report.motions] == expected


def test_a_possessive_of_no_mover_gives_no_order() -> None:
    body = "Two amendments were moved, one by Jon Lansman and one by Pete Willsman. Ann's was accepted; Bob's was lost."
    report = extract(f"NEC report – 12 May 2021\n\n{body}\n").reports[0]
    assert len({m.outcome.value for m in report.motions}) == 1
