"""A proposal anyone puts, settled by a result in the same sentence that refers back to it: "A delegate asked that
the letter be copied to branches, which was accepted", "The officers proposed a 50p rise from April, and it went
through", "Sam suggested a joint rally; this was agreed". The proposer may be a person, a delegate or a group; what
they put is a proposal, and the pronoun's result is its outcome."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from nec_extract.extractors.motions.acts.decision_on_it import decision_on_it
from nec_extract.extractors.motions.records.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import MotionKind, Outcome, Vote

_FLAGS = re.IGNORECASE


def settled_request(index: int, reading: Reading) -> list[Draft]:
    """The proposal put and its outcome, when the sentence's last result refers back to what the proposing verb
    put; none otherwise. Result words inside what was put ("asked that the letter be sent to branches") are its
    own words, not its outcome."""
    if reading.excluded:
        return []
    if not reading.outcomes:
        return _decided_on_it(index, reading)
    text = reading.sentence.text
    last = reading.outcomes[-1]
    before = text[: last.start]
    back = _refers_back().search(text, 0, last.start) or _which_our_body(reading.body.subject(before)).search(
        text, 0, last.start
    )
    if back is None or (back.group().lstrip()[:1] in _DASHES and not _BARE_END.fullmatch(text, last.end)):
        return []  # after a dash, only a bare result ending the sentence ("... in advance – agreed.") is the request's
    verb = next(reversed(list(_proposing().finditer(text, 0, back.start()))), None)
    if verb is None or any(o.start < verb.start() for o in reading.outcomes):
        return []  # an earlier result is another item's: the sentence is read otherwise
    start = verb.end() - 4 if verb.group().lower().endswith(" that") else verb.end()  # keep "that ..."
    summary = _seconding().sub("", text[start : back.start()]).strip(" ,;")
    if len(summary.split()) < _FEWEST_WORDS:
        return []
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index, index, MotionKind.PROPOSAL, summary, strong(), outcome, vote, "proposal")]


def _decided_on_it(index: int, reading: Reading) -> list[Draft]:
    """ "I asked that a union seat be added, but the committee turned that down", "Sam suggested a rally and the
    meeting backed it": a clause of the body's own, after the proposal, decides it by a verb pointing back."""
    text = reading.sentence.text
    verb = _proposing().search(text)
    joiner = list(_joiner().finditer(text, verb.end())) if verb is not None else []
    if verb is None or not joiner or not _proposing_first(text, verb.start()):
        return []
    start = verb.end() - 4 if verb.group().lower().endswith(" that") else verb.end()
    summary = text[start : joiner[-1].start()].strip(" ,;")
    outcome = decision_on_it(reading) if len(summary.split()) >= _FEWEST_WORDS else None
    if outcome is None:
        return []
    return [Draft(index, index, MotionKind.PROPOSAL, summary, strong(), outcome, None, "proposal")]


def _proposing_first(text: str, at: int) -> bool:
    """The proposing verb belongs to the sentence's first clause: "I asked ...", "Jo, a delegate, suggested ..."."""
    return not re.search(r"[;:]|,\s*(?:but|and)\b", text[:at])


@cache
def _joiner() -> re.Pattern[str]:
    return re.compile(r"(?:,\s*(?:but|and|so)|;|\s+(?:but|and))\s+", _FLAGS)


def settled_in_the_sentence(reading: Reading, start: int) -> tuple[str, Outcome, Vote | None] | None:
    """ "It was moved that the report be accepted, and this was carried": what was put from `start` up to a clause
    that refers back to it, and the result of that clause; none when no such clause follows."""
    text = reading.sentence.text
    later = [o for o in reading.outcomes if o.start > start]
    back = _refers_back().search(text, start, later[-1].start) if later else None
    if back is None or len(text[start : back.start()].split()) < _FEWEST_WORDS:
        return None
    outcome, vote = final_outcome([o for o in later if o.start > back.start()], reading.votes)
    return text[start : back.start()].strip(" ,;"), outcome, vote


def settled_beside(reading: Reading, start: int) -> tuple[str, Outcome, Vote | None] | None:
    """ "It was moved, seconded and carried that ...", "It was proposed and agreed unanimously to ...": a result
    coordinated with the proposing verb, right at `start`, settles what follows it; what was put and its outcome,
    none when no such result is there."""
    text = reading.sentence.text
    for phrase in reading.outcomes:
        if phrase.start < start or not _COORDINATED.fullmatch(text, start, phrase.start):
            continue
        after = _PUT_AFTER.match(text, phrase.end)
        if after is None:
            return None
        outcome, vote = final_outcome([phrase], reading.votes)
        return text[after.end() :].strip(), outcome, vote
    return None


# ", and ", " and ", ", ", maybe an adverb: the result in a series with the proposing verb
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:\w+ly\s+)?", _FLAGS)
# what the result settles follows it: "that ...", "to ...", maybe after an adverb
_PUT_AFTER = re.compile(r"(?:\s+\w+ly)?(?=\s*(?:that|to)\s)", _FLAGS)

_DASHES = "–—-"
# what may follow a bare result after a dash: an adverb or two and the full stop ("– agreed unanimously.")
_BARE_END = re.compile(r"(?:\s+(?:\w+ly|nem\.?\s*con\.?|without\s+dissent))*\W*", _FLAGS)

_FEWEST_WORDS = 3  # "proposed it, which was agreed": no proposal named here


@cache
def _seconding() -> re.Pattern[str]:
    """ "proposed and seconded that ...": the seconding told beside the proposing, no part of what was put."""
    return re.compile(rf"^\s*and\s+(?:{either(decisions_vocabulary().motions.seconding_words)})\b", _FLAGS)


@cache
def _proposing() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().motions.proposing_verbs)})\b", _FLAGS)


@lru_cache(maxsize=64)
def _which_our_body(body: str) -> re.Pattern[str]:
    """ ", which the NEC agreed", ", which members then accepted": the meeting's own body deciding, in a relative
    clause, what was just put ("The Equalities Committee had recommended a BAME network, which the NEC agreed")."""
    return re.compile(rf",\s*which\s+(?:{body})\s+(?:(?:\w+ly|then|duly)\s+)?$", _FLAGS)


@cache
def _refers_back() -> re.Pattern[str]:
    """ ", which was ", ", and it ", "; this was ", " and that has been ": a clause whose subject is what was just put,
    right before its result; or a dash before a bare result, as minutes write it ("... in advance – agreed")."""
    pronouns = either(grammar_vocabulary().decisions.item_pronouns, ("that",))
    be = either(grammar_vocabulary().past_be_forms, ("has been", "had been"))
    return re.compile(
        rf"(?:(?:,\s*which|[,;]?\s+and\s+(?:{pronouns})|;\s*(?:{pronouns}))\s+(?:(?:{be})\s+)?|\s+[–—-]\s*(?:not\s+)?)"
        r"(?:\w+ly\s+|then\s+)?$",
        _FLAGS,
    )
