"""The records validate what can be checked, and the published JSON Schema describes the output."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from nec_extract.models import DateMention, Document, MembershipFigure, Precision, Span, Vote, output_schema

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is needed to check the schema itself")


def span(text: str, start: int = 0) -> dict[str, object]:
    return {"start": start, "end": start + len(text), "text": text}


def test_span_must_hold_its_text_in_the_page() -> None:
    page = "The motion passed by 22 votes to 12."
    Span.model_validate(span("22 votes to 12", 21), context={"text": page})
    with pytest.raises(ValidationError):
        Span.model_validate(span("22 votes to 13", 21), context={"text": page})


def test_span_start_not_after_end() -> None:
    with pytest.raises(ValidationError):
        Span(start=5, end=3, text="")


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [("2023-03-28", None, "day"), ("2023-03", None, "month"), ("2023-Q1", None, "quarter"), ("2014", "2019", "year")],
)
def test_iso_dates_fit_their_precision(start: str, end: str | None, precision: str) -> None:
    mention = DateMention(text="x", span=Span(start=0, end=1, text="x"), start=start, end=end, precision=precision)
    assert (mention.start, mention.end, mention.precision) == (start, end, Precision(precision))
    assert DateMention.model_validate(mention.model_dump()) == mention  # its JSON form reads back the same


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [("2023-03", None, "day"), ("2023-03-28", None, "year"), ("2019", "2014", "year"), ("2023", None, None)],
)
def test_dates_that_do_not_fit_are_refused(start: str, end: str | None, precision: str | None) -> None:
    with pytest.raises(ValidationError):
        DateMention(text="x", span=Span(start=0, end=1, text="x"), start=start, end=end, precision=precision)


def test_vote_serialises_for_under_its_own_name() -> None:
    vote = Vote.model_validate({"for": 22, "against": 12, "evidence": span("22 votes to 12")})
    assert vote.model_dump(by_alias=True)["for"] == 22


def test_counts_are_never_negative() -> None:
    with pytest.raises(ValidationError):
        Vote.model_validate({"for": -1, "evidence": span("x")})
    with pytest.raises(ValidationError):
        MembershipFigure.model_validate({"metric": "members", "value": -5, "evidence": span("x")})


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(output_schema())


def test_document_output_validates_against_the_schema() -> None:
    from nec_extract import extract

    page = (
        "By Jo Bloggs | 3 June 2021\n\nNEC Report – 1 June 2021\n\n"
        "Jo Bloggs moved a motion on local selections, seconded by Sam Okafor. It was carried by 20 votes to 9. "
        "The General Secretary reported that the party has 400,000 members, with 20,000 in arrears.\n"
    )
    document = json.loads(extract(page, "sample.txt").to_json())
    jsonschema.Draft202012Validator(output_schema()).validate(document)
    assert document["reports"][0]["meeting_date"]["start"] == "2021-06-01"


def test_error_document_validates_against_the_schema() -> None:
    document = Document.model_validate(
        {"source": "x.bin", "error": {"type": "BinaryFile", "message": "binary"}, "reports": []}
    )
    jsonschema.Draft202012Validator(output_schema()).validate(json.loads(document.to_json()))


def test_every_property_and_record_of_the_schema_is_described() -> None:
    schema = output_schema()
    definitions: dict[str, Any] = {"Document": schema, **schema["$defs"]}
    properties = [
        (f"{model}.{name}", prop)
        for model, definition in definitions.items()
        for name, prop in definition.get("properties", {}).items()
    ]
    assert len(properties) >= 50
    assert [where for where, prop in properties if not prop.get("description")] == []
    assert [name for name, definition in definitions.items() if not definition.get("description")] == []


def test_help_lists_every_field_with_its_description() -> None:
    for model in (Document, Span, DateMention, Vote, MembershipFigure):
        doc = model.__doc__ or ""
        for name, field in model.model_fields.items():
            assert f"    {field.alias or name}: {field.description}" in doc
    assert "Fields:" not in output_schema()["description"]
