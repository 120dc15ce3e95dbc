"""The vocabulary layer: every file of models/ is validated by its model at load, and knowledge lives once."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import ValidationError

from nec_extract.language import calendar
from nec_extract.language.lexicon import Patterns, Vocabulary, Words, alternation, models_dir, read_json, registered
from nec_extract.language.lexicon.calendar import CalendarVocabulary
from support import ROOT

VOCABULARIES = registered()


@pytest.mark.parametrize("model", VOCABULARIES, ids=lambda model: model.FILE)
def test_each_vocabulary_file_loads_under_its_model(model: type[Vocabulary]) -> None:
    data = read_json(model.FILE)
    assert isinstance(data, dict)
    assert model.model_validate(data).about


@pytest.mark.parametrize("model", VOCABULARIES, ids=lambda model: model.FILE)
def test_an_unknown_key_is_refused(model: type[Vocabulary]) -> None:
    data = read_json(model.FILE)
    assert isinstance(data, dict)
    with pytest.raises(ValidationError, match="not_a_key"):
        model.model_validate({**data, "not_a_key": ["x"]})


@pytest.mark.parametrize("model", VOCABULARIES, ids=lambda model: model.FILE)
def test_a_missing_key_is_refused(model: type[Vocabulary]) -> None:
    data = read_json(model.FILE)
    assert isinstance(data, dict)
    required = [name for name, field in model.model_fields.items() if field.is_required() and name != "about"]
    assert required, "every vocabulary has keys of its own"
    for name in required:
        key = model.model_fields[name].alias or name
        with pytest.raises(ValidationError, match=name):
            model.model_validate({k: v for k, v in data.items() if k != key})


class _Sample(Vocabulary):
    FILE = "sample.json"
    words: Words
    patterns: Patterns


def test_words_are_literal_and_patterns_compile() -> None:
    _Sample.model_validate({"_about": "x", "words": ["carried", "nem con"], "patterns": [r"re-?elected"]})
    with pytest.raises(ValidationError, match="regex syntax"):
        _Sample.model_validate({"_about": "x", "words": ["re-?elected"], "patterns": []})
    with pytest.raises(ValidationError, match="repeated"):
        _Sample.model_validate({"_about": "x", "words": ["a", "a"], "patterns": []})
    with pytest.raises(ValidationError, match="does not compile"):
        _Sample.model_validate({"_about": "x", "words": [], "patterns": ["(unclosed"]})


def test_alternation_prefers_the_longest_phrase_and_any_spacing() -> None:
    pattern = re.compile(rf"\b(?:{alternation(['agreed', 'agreed to withdraw'])})\b")
    found = pattern.search("the mover agreed  to withdraw it")
    assert found is not None and found.group() == "agreed  to withdraw"


def test_calendar_numbers_months_and_weekdays() -> None:
    assert calendar.MONTH_NUMBERS["sept"] == 9 and calendar.MONTH_NUMBERS["december"] == 12
    assert calendar.WEEKDAY_NUMBERS["thurs"] == 3 and calendar.WEEKDAY_NUMBERS["monday"] == 0
    assert re.fullmatch(calendar.MONTH_RE, "Sept.") and not re.fullmatch(calendar.WEEKDAY_ABBR_RE, "sat")


def test_a_calendar_with_eleven_months_is_refused() -> None:
    data = read_json(CalendarVocabulary.FILE)
    assert isinstance(data, dict)
    with pytest.raises(ValidationError, match="12 months"):
        CalendarVocabulary.model_validate({**data, "months": data["months"][:11]})


def test_the_month_names_are_listed_in_exactly_one_file() -> None:
    """A list is six or more different month names within a few lines; examples in comments are not lists."""
    names = "|".join(calendar.FULL_MONTH_NAMES)
    holders = []
    for path in sorted([*ROOT.joinpath("src").rglob("*.py"), *models_dir().glob("*.json")]):
        found = [(m.start(), m.group()) for m in re.finditer(rf"\b(?:{names})\b", path.read_text(encoding="utf-8"))]
        if any(len({name for at, name in found if start <= at < start + 400}) >= 6 for start, _ in found):
            holders.append(path.name)
    assert holders == ["calendar.json"]


def test_vocabulary_files_are_json_objects_with_an_about() -> None:
    for path in sorted(models_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict) and (data.get("_about") or data.get("_doc")), path.name
