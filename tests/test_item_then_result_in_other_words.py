"""An item named in one sentence and settled in the next, in words the vocabulary lacked (issue 13: "outcomes given
only in the next sentence"): the item placed on the agenda ("The final item was the climate motion", "The main
business was a motion on rents"), a hyphenated measure of support ("near-unanimous support"), and the voters as a
whole taking a side on it ("Delegates supported it"); results with the object inside a phrasal verb ("members
voted it down") are checked beside them.
Pages written for these tests in several styles, with negatives; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nThe final item was the climate motion. It was carried.", [C]),
        ("GC report\n\nThe main business was a motion on rents from Ward 2. It fell.", [D]),
        ("Executive notes\n\nThe last item was an amendment on fees. It was agreed.", [C]),
        ("Trades council minutes\n\nThe first item was the emergency motion on the strike. It was carried.", [C]),
    ],
)
def test_an_item_placed_on_the_agenda_then_settled(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nA motion on climate was heard next. After a long debate, members voted it down.", [D]),
        ("GC report\n\nWard 3 moved a motion on parking. We threw it out.", [D]),
        ("Council group notes\n\nCllr Penn moved an amendment on the car park. The group turned it down.", [D]),
        ("Union executive minutes\n\nThe region moved a motion on fees. The executive turned it down.", [D]),
        ("NEC report\n\nA rule change on selections was heard next. It received near-unanimous support.", [C]),
    ],
)
def test_a_result_with_its_object_inside_or_a_hyphenated_measure(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        # the agenda's own running, and results of things that are no item
        "Branch minutes\n\nThe first item was apologies. The last item was the date of the next meeting.",
        "GC report\n\nThe main business was the speaker from the hospital campaign. We thanked her.",
        "Executive notes\n\nThe printer broke again. We threw it out.",
    ],
)
def test_no_item_from_the_agenda_alone(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nA motion on climate was heard next. Delegates supported it overwhelmingly.", [C]),
        ("GC report\n\nWard 3 moved a motion on rents. After a short debate, members backed it.", [C]),
        ("Council group notes\n\nCllr Penn moved an amendment on parking. Councillors opposed it.", [D]),
        ("Union executive minutes\n\nThe region moved a motion on fees. The reps opposed it.", [D]),
    ],
)
def test_the_voters_as_a_whole_take_a_side_on_the_item(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        # a group of them, some of them, or a side on something else: no result of the item
        "Council group notes\n\nCllr Penn moved an amendment on parking. The Tory councillors opposed it.",
        "Branch minutes\n\nA motion on climate was moved. Some members supported it.",
        "GC report\n\nWard 3 moved a motion on rents. Members supported the tenants' strike.",
    ],
)
def test_no_result_from_some_voters_or_another_thing(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.UNKNOWN]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nWard 3 moved a motion on bus fares. The vote went in its favour.", [C]),
        ("GC report\n\nA rule change on fees was moved. It did not survive the vote.", [D]),
        ("Executive notes\n\nThe region moved a motion on pay. Members gave it their backing.", [C]),
        ("Council group notes\n\nCllr Penn moved a motion on parks. The group gave it its full support.", [C]),
        ("Trades council minutes\n\nA motion on the strike was moved. The vote went into their favour.", [C]),
    ],
)
def test_results_said_of_it_in_other_words(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
