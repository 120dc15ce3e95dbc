"""Aggregates across a collection (nec_extract.collection.aggregate), on pages written for these tests and
run through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from collection_samples import PAGES
from nec_extract import extract
from nec_extract.collection.aggregate import Overview, Role, day_of, role_periods, summarise
from nec_extract.collection.load import from_documents
from nec_extract.models import Document, ErrorInfo

UNDATED = "Minutes of the Fenmoor branch meeting\n\nSam Clark moved a motion on rents. It was carried.\n"


@pytest.fixture(scope="module")
def overview() -> Overview:
    documents = [(extract(text, name), f"/pages/{name}") for name, text in PAGES.items()]
    documents.append((Document(source="broken.pdf", error=ErrorInfo(type="BinaryFile", message="a PDF")), None))
    documents.append((extract("Nothing here reports a meeting.\n", "empty.txt"), None))
    documents.append((extract(UNDATED, "undated.txt"), None))
    return summarise(from_documents(documents))


def test_a_membership_series_over_three_meetings(overview: Overview) -> None:
    assert len(overview.series) == 1
    series = overview.series[0]
    assert series.metric == "members"
    assert [(point.day, point.value) for point in series.points] == [
        (date(2021, 3, 12), 41200),
        (date(2021, 7, 9), 43900),
        (date(2021, 11, 15), 45050),
    ]
    for point in series.points:
        assert point.evidence.text is not None and f"{point.value:,}" in point.evidence.text
        assert point.report.document.path is not None and point.report.document.path.startswith("/pages/")
    assert len({point.anchor for point in overview.membership}) == len(overview.membership)


def test_a_person_under_three_name_forms_is_one_row(overview: Overview) -> None:
    dora = [person for person in overview.people if "Dora" in person.forms or "Dora Pennick" in person.forms]
    assert len(dora) == 1
    assert dora[0].key == "Dora Pennick"
    assert dora[0].forms == {"Dora Pennick", "Dora", "Pennick"}
    assert dora[0].meetings == 3
    assert [decision.summary for decision in dora[0].seconded] == ["to fund the food bank appeal"]
    assert [(period.role, period.when) for period in dora[0].role_periods] == [("Chair", "2021-03-12")]


def test_two_people_sharing_a_first_name_are_kept_apart(overview: Overview) -> None:
    by_key = {person.key: person for person in overview.people}
    assert {"Sam Clark", "Sam Jones", "Sam"} <= by_key.keys()
    assert [d.outcome for d in by_key["Sam Clark"].moved] == ["carried", "carried"]
    assert [d.outcome for d in by_key["Sam Jones"].moved] == ["defeated"]
    assert by_key["Sam"].forms == {"Sam"}
    assert by_key["Sam"].moved == []


def test_decisions_are_in_meeting_order_with_their_tallies(overview: Overview) -> None:
    dated = [d for d in overview.decisions if d.date]
    assert [(d.date, d.outcome, d.tally, d.margin) for d in dated] == [
        ("2021-03-12", "carried", "14–3", 11),
        ("2021-07-09", "defeated", "6–11", -5),
    ]
    assert overview.decisions[-1].date is None  # undated last
    assert dated[0].margin_share == pytest.approx(100 * 11 / 17)
    assert dated[0].movers == ("Sam Clark",)


def test_data_quality_lists_what_to_check(overview: Overview) -> None:
    assert [r.document.source for r in overview.quality.undated_reports] == ["undated.txt"]
    assert [d.source for d in overview.quality.failed_documents] == ["broken.pdf"]
    assert [d.source for d in overview.quality.empty_documents] == ["empty.txt"]
    assert overview.documents == 6


def test_iso_dates_of_every_precision_give_their_first_day() -> None:
    assert day_of("2021-05-09") == date(2021, 5, 9)
    assert day_of("2021-05") == date(2021, 5, 1)
    assert day_of("2021-Q3") == date(2021, 7, 1)
    assert day_of("2021") == date(2021, 1, 1)
    assert day_of(None) is None
    assert day_of("soon") is None


def test_a_role_held_at_consecutive_meetings_is_one_period() -> None:
    roles = [
        Role(None, "Leader", False),
        Role("2020-05-19", "Leader", False),
        Role("2021-01-26", "Leader", True),
        Role("2022-03-01", "Chair", False),
    ]
    periods = role_periods(roles)
    assert [(p.role, p.when, p.from_gazetteer) for p in periods] == [
        ("Leader", "undated", False),
        ("Leader", "2020-05-19 to 2021-01-26 (2 meetings)", False),
        ("Chair", "2022-03-01", False),
    ]
