"""A month named without a year in a clause's subject takes the past from the verb after it (language/dates/
tense.py), on sentences written here in several styles (union branch, CLP, NEC write-up, council group, news),
with negatives: "The AGM in March elected a new chair" at an October meeting is the March before, as is "In
March, the branch voted ..." and "The November strike was a success"; not a passive ("The ballot in January was
postponed"), not "was to", not reported speech ("the GS said the elections in May were vital"), and not a day or
weekday, which a report tells in the past as it tells the meeting, also when it comes after it."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def starts(text: str, meeting: str) -> dict[str, str | None]:
    return {m.text: m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))}


@pytest.mark.parametrize(
    ("sentence", "meeting", "expression", "start"),
    [
        ("The AGM in March elected a new chair and treasurer.", "2019-10-02", "March", "2019-03"),  # union branch
        ("In March, the branch voted to affiliate to the trades council.", "2019-10-02", "March", "2019-03"),  # CLP
        ("The strike in November was a success.", "2019-10-02", "November", "2018-11"),  # union
        ("The November rally drew a large crowd.", "2019-10-02", "November", "2018-11"),  # news
        ("The by-election in May saw our vote hold up well.", "2019-12-10", "May", "2019-05"),  # council group
        ("Our conference in June backed the motion on housing.", "2020-01-14", "June", "2019-06"),  # NEC
    ],
)
def test_a_month_in_the_subject_of_a_verb_in_the_past_lies_before(
    sentence: str, meeting: str, expression: str, start: str
) -> None:
    assert starts(sentence, meeting)[expression] == start


@pytest.mark.parametrize(
    ("sentence", "meeting", "expression", "start"),
    [
        # a passive says what was decided of a date to come; "was to" looks ahead
        ("The ballot in March was postponed by a week.", "2019-10-02", "March", "2020-03"),
        ("The rally in March was to be the biggest yet.", "2019-10-02", "March", "2020-03"),
        # reported speech: the past is the speaker's
        ("The General Secretary said the elections in May were vital.", "2019-12-10", "May", "2020-05"),
        # a verb of the present, or a future, keeps the nearest year or looks ahead
        ("The conference in March is in Brighton.", "2019-10-02", "March", "2020-03"),
        ("The AGM in March will elect a new chair.", "2019-10-02", "March", "2020-03"),
        # a date deep in a longer phrase is not the subject's
        ("The motion from our branch to the conference in March called for it.", "2019-10-02", "March", "2020-03"),
    ],
)
def test_a_month_not_told_in_the_past_keeps_its_year(sentence: str, meeting: str, expression: str, start: str) -> None:
    assert starts(sentence, meeting)[expression] == start


@pytest.mark.parametrize(
    ("sentence", "meeting", "expression", "start"),
    [
        # a weekend's meeting from Saturday 20 July 2019: its Sunday is told in the past as the meeting is
        ("The big item on Sunday was the rule changes package.", "2019-07-20", "Sunday", "2019-07-21"),
        # a day after the meeting, told in the past by a report written later, stays the nearest
        ("The rally on 16 March was a great success.", "2019-03-12", "16 March", "2019-03-16"),
    ],
)
def test_a_day_told_in_the_past_keeps_the_nearest_year(
    sentence: str, meeting: str, expression: str, start: str
) -> None:
    assert starts(sentence, meeting)[expression] == start
