"""The vocabulary layer: every file of models/ is validated by its model at load, and knowledge lives once."""

from __future__ import annotations

import json
import re
from typing import get_args

import pytest
from pydantic import BaseModel, ValidationError

from nec_extract.language import calendar
from nec_extract.language.lexicon import Patterns, Vocabulary, Words, alternation, models_dir, read_json, registered
from nec_extract.language.lexicon.calendar import CalendarVocabulary
from nec_extract.language.lexicon.decisions import DecisionsVocabulary, Phrases
from nec_extract.models import Metric, MotionKind, Outcome
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
    """A list is eight or more different month names within a few lines, in any case; examples in comments and
    subsets with a property ("months that are also words") are not lists of the months."""
    names = "|".join(calendar.FULL_MONTH_NAMES)
    holders = []
    for path in sorted([*ROOT.joinpath("src").rglob("*.py"), *models_dir().glob("*.json")]):
        found = [
            (m.start(), m.group().lower())
            for m in re.finditer(rf"\b(?:{names})\b", path.read_text(encoding="utf-8"), re.I)
        ]
        if any(len({name for at, name in found if start <= at < start + 400}) >= 8 for start, _ in found):
            holders.append(path.name)
    assert holders == ["calendar.json"]


def test_vocabulary_files_are_json_objects_with_an_about() -> None:
    for path in sorted(models_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict) and (data.get("_about") or data.get("_doc")), path.name


def test_decision_words_name_every_motion_kind_and_prefer_the_longest_phrase() -> None:
    vocabulary = DecisionsVocabulary.model_validate(read_json(DecisionsVocabulary.FILE))
    assert set(type(vocabulary.motions.nouns).model_fields) == {kind.value for kind in MotionKind}
    phrases = Phrases(words=("agreed", "agreed to withdraw"), patterns=(r"re-?elected",))
    found = re.search(rf"\b(?:{phrases.regex()})\b", "She agreed to withdraw it; Ann was re-elected.")
    assert found is not None and found.group() == "agreed to withdraw"
    with pytest.raises(ValidationError, match="regex syntax"):
        Phrases(words=("re-?elected",))


def test_every_models_file_has_exactly_one_vocabulary_model() -> None:
    files = sorted(path.name for path in models_dir().glob("*.json"))
    assert sorted(model.FILE for model in VOCABULARIES) == files


def _field_names(model: type[BaseModel]) -> set[str]:
    """The fields of a vocabulary model and of the models nested in it."""
    names = set()
    for name, field in model.model_fields.items():
        names.add(name)
        for nested in _models_in(field.annotation):
            names |= _field_names(nested)
    return names - {"about"}


def _models_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for argument in get_args(annotation) for model in _models_in(argument)]


# keys named after a value of an output enum (an outcome, a motion kind, a metric) are read by walking the enum
_ENUM_VALUES = {member.value for enum in (Outcome, MotionKind, Metric) for member in enum}


@pytest.mark.parametrize("model", VOCABULARIES, ids=lambda model: model.FILE)
def test_no_key_goes_unread(model: type[Vocabulary]) -> None:
    """Every key of every vocabulary file is read by the code outside the lexicon package: as an attribute, by
    its name in quotes, or, for a key named after an output enum value, by walking that enum."""
    lexicon = ROOT / "src" / "nec_extract" / "language" / "lexicon"
    code = "\n".join(
        path.read_text(encoding="utf-8") for path in ROOT.joinpath("src").rglob("*.py") if lexicon not in path.parents
    )
    unread = [
        name
        for name in sorted(_field_names(model) - _ENUM_VALUES)
        if not re.search(rf"\.{name}\b|[\"']{name}[\"']", code)
    ]
    assert not unread, f"{model.FILE}: keys nobody reads: {unread}"
