"""Following sentences that settle or confirm a motion introduced before them ("This amendment fell.")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.elections.elections import elects_someone
from nec_extract.extractors.motions.items.summed_up import sums_up_its_own
from nec_extract.extractors.motions.phrases.decisions import decides_anew
from nec_extract.extractors.motions.records.draft import Draft, final_outcome, is_amendment
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of, moved_that
from nec_extract.extractors.motions.walk.bare_results import ITEM_HEADING_WORDS
from nec_extract.extractors.motions.walk.restated import restates
from nec_extract.extractors.votes import find_outcomes
from nec_extract.extractors.votes.patterns import patterns as tally_patterns
from nec_extract.extractors.votes.tallies import is_recorded_line
from nec_extract.language.clauses import clauses
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import FATES, Outcome

_FLAGS = re.IGNORECASE
# How far a following sentence may be from its introduction and still be its outcome.
NEAR = 5
_FAR = 30


def close(drafts: list[Draft], draft: Draft | None) -> None:
    """An introduction whose outcome never came is kept only when something was clearly moved."""
    if draft is not None and draft.outcome is Outcome.UNKNOWN and not draft.people.strong and draft in drafts:
        drafts.remove(draft)


def settles(draft: Draft, readings: list[Reading], index: int) -> bool:
    """Whether this sentence gives the outcome of the open introduction."""
    reading = readings[index]
    if not (reading.outcomes or reading.votes) or reading.people.strong or _of_its_own(draft, reading):
        return False
    distance = index - draft.first
    if distance <= NEAR and (_fate_of_it(reading) or _referral_accepted(reading)):
        return True
    if decides_anew(reading):
        return False
    reference = reading.reference
    if distance <= NEAR:
        # "X moved that the standing orders be amended so that ... . ... the amendment fell": what was moved
        if (
            reference in ("pronoun", "near", "none")
            or same_noun(draft, reference)
            or names_what_was_moved(draft, reference)
        ):
            return True
        if reference == "motion" and moved_that(readings[draft.first].sentence.text):
            return True  # "Cllr Ash moved that the report be approved. ... the motion was lost": what was moved
        if reading.votes and reading.kind is None:
            return True
        if _names_again(draft, readings, reading):
            return True
        if _mover_withdraws(reading):
            return True
    return distance <= _FAR and same_noun(draft, reference)


def names_what_was_moved(draft: Draft, reference: str | None) -> bool:
    """The result names the words moved by the noun of their own verb: "moved that the standing orders be amended"
    and then "the amendment fell", "proposed that the rules be changed" and then "the change was lost"."""
    words = draft.summary.strip()
    if reference is None or reference in ("pronoun", "near", "none") or not words.lower().startswith("that "):
        return False
    stem = reference.rstrip("s")[:_STEM]
    return len(stem) == _STEM and re.search(rf"\b{re.escape(stem)}", words, _FLAGS) is not None


_STEM = 5  # "amend" of "amendment" and "amended", "chang" of "change" and "changed"


def earlier_named(drafts: list[Draft], readings: list[Reading], index: int) -> Draft | None:
    """The unsettled motion an outcome names by its noun when others came between: "The amendment was lost.
    The motion was carried." settles the motion moved before the amendment; so does a bare result under a line
    that names it ("Vote on the motion as amended:" / "For: 24" / "Carried.")."""
    reading = readings[index]
    if not (reading.outcomes or reading.votes) or reading.people.strong:
        return None
    noun = reading.reference if reading.reference not in _NOT_A_NOUN else None
    if noun is None and reading.reference == "none":
        noun = _named_just_before(readings, index)
    if noun is None:
        return None
    for draft in reversed(drafts):
        if index - draft.first > _FAR:
            return None
        if draft.unsettled and same_noun(draft, noun):
            return None if _another_item(draft, reading) else draft
    return None


def left_by_a_withdrawn_amendment(drafts: list[Draft], readings: list[Reading], index: int) -> Draft | None:
    """ "Ann moved a motion on rotas. Tom moved an amendment, which he later withdrew. ... It was lost, 9 for and 12
    against.": once the amendment last put is withdrawn, a result pointing back is of the motion it would have
    amended, still unsettled."""
    reading = readings[index]
    amendment = drafts[-1] if drafts else None
    if amendment is None or not _withdrawn_amendment(amendment):
        return None
    if not (reading.outcomes or reading.votes) or reading.people.strong or decides_anew(reading):
        return None
    if index - amendment.last > _FAR or reading.reference not in ("pronoun", "near", "none"):
        return None
    earlier = [d for d in drafts[:-1] if d.first < amendment.first and not is_amendment(d.kind, d.noun)]
    return earlier[-1] if earlier and earlier[-1].unsettled and amendment.first - earlier[-1].last <= NEAR else None


def restated_item(drafts: list[Draft], new: Draft, index: int) -> Draft | None:
    """The motion moved before that a result told of it by its bare noun settles ("An amendment was lost, and the
    substantive motion was carried"): "the motion" with no words of its own is no new motion."""
    bare = _bare_item().fullmatch(new.summary.strip())
    if new.outcome is Outcome.UNKNOWN or bare is None or is_amendment(new.kind, new.noun):
        return None
    for draft in reversed(drafts):
        if index - draft.first > _FAR:
            return None
        if draft.unsettled and same_noun(draft, bare["noun"].lower()):
            return None if is_amendment(draft.kind, draft.noun) else draft
    return None


def settle_restated(drafts: list[Draft], later: list[Draft], new: list[Draft], reading: Reading) -> list[Draft]:
    """ "X moved an amendment; it was accepted, but the amended motion was then lost": a later clause's result is
    that of the item moved before, named by its bare noun; the item this sentence moved keeps the first result. The
    later results that settle no item moved before are returned."""
    settled, unsettled = False, []
    for result in later:
        earlier = restated_item(drafts, result, result.first)
        if earlier is not None and earlier not in new:
            earlier.outcome, earlier.vote, earlier.last = result.outcome, result.vote or earlier.vote, result.first
            settled = True
        else:
            unsettled.append(result)
    if settled and len(new) == 1 and reading.outcomes:
        new[0].outcome = reading.outcomes[0].outcome
    return unsettled


def settled_then_another(put: list[Draft], later: list[Draft], reading: Reading) -> list[Draft]:
    """ "We tried to refer the paper back. We lost, 20-14, and the whole report was then approved.": the item put
    in the sentence before takes the first clause's result (and its tally), and each later clause that names an item
    with a result of its own is a decision of its own; none when the first clause does not point back alone."""
    if len(put) != 1 or not later or reading.reference not in ("pronoun", "near") or not reading.outcomes:
        return []
    # "..., and the whole package was then carried": the later clause is a result of its own, whatever its noun
    first = reading.outcomes[0]
    if reading.sentence.start + first.end > min(draft.start or reading.sentence.end for draft in later):
        return []
    own = [draft.vote for draft in later if draft.vote is not None]
    put[0].outcome = first.outcome
    put[0].vote = next((vote for vote in reading.votes if vote not in own), None)
    return later


@cache
def _bare_item() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    nouns = either(v.put_nouns, v.restated_paper_nouns)
    # "the motion as drafted then": what the item was left as, and the adverbs before its result
    tail = rf"(?:\s+as\s+(?:{either(v.bare_item_states)}))?(?:\s+(?:{either(v.decision_adverbs)}|itself))*"
    return re.compile(
        rf"(?:(?:and|but)\s+)?(?:(?:the|this)\s+)?(?:(?:{either(v.bare_item_qualifiers)})\s+)?(?P<noun>{nouns}){tail}",
        _FLAGS,
    )


def puts_the_item(text: str) -> bool:
    """ "The substantive motion was then put and it was RESOLVED that ...": the sentence opens by putting the item
    moved before, so what it resolves is that item's result."""
    return _put_item().match(text) is not None


def item_put_again(drafts: list[Draft], readings: list[Reading], index: int) -> Draft | None:
    """ "The substantive recommendation was then put to the meeting and it was RESOLVED – That ...": the unsettled
    item moved before that this sentence, or the unfinished line it continues, puts again by its noun, with
    amendments and a recorded vote between."""
    put = _put_item().match(readings[index].sentence.text)
    if put is None and index and _unfinished(readings[index - 1]):
        put = _put_item().match(readings[index - 1].sentence.text)
    if put is None:
        return None
    for draft in reversed(drafts):
        if index - draft.first > _FAR:
            return None
        if draft.unsettled and not is_amendment(draft.kind, draft.noun) and same_noun(draft, put["noun"].lower()):
            return draft
    return None


def _unfinished(reading: Reading) -> bool:
    """A line that stops mid-sentence, with no result of its own ("... and it was" / "RESOLVED – That ...")."""
    return not reading.outcomes and not reading.sentence.text.rstrip().endswith((".", "!", "?", ":"))


@cache
def _put_item() -> re.Pattern[str]:
    return re.compile(rf"\W*{_bare_item().pattern}\s+(?:was|were)\s+(?:then\s+|now\s+)?put\b", _FLAGS)


def _named_just_before(readings: list[Reading], index: int) -> str | None:
    """The motion a line just above names with no result of its own ("Vote on the motion as amended:"), across
    the tally lines between."""
    for before in reversed(readings[max(0, index - 4) : index]):
        if before.outcomes:
            return None
        named = _named().search(before.sentence.text) if not before.votes else None
        if named:
            return named["noun"].lower()
    return None


@cache
def _named() -> re.Pattern[str]:
    nouns = either(decisions_vocabulary().motions.put_nouns)
    return re.compile(rf"\b(?:on|put)\s+the\s+(?P<noun>{nouns})s?\b", _FLAGS)


_NOT_A_NOUN = (None, "pronoun", "near", "none")


def confirms(draft: Draft, readings: list[Reading], index: int) -> bool:
    """A second outcome sentence about a motion just settled ("The motion was declared carried.")."""
    reading = readings[index]
    if not reading.outcomes or reading.people.movers or _of_its_own(draft, reading) or decides_anew(reading):
        return False
    if opened_by_another_number(readings[draft.first].sentence.text, reading.sentence.text):
        return False  # "Motion 1 (...) – ... it was carried. / Motion 2 (...) – ...; it was lost.": a new number
    if _withdrawn_then_decided(draft, reading):
        return False  # "Tom's amendment was withdrawn. It was then carried.": the motion it would have amended
    between = readings[draft.last + 1 : index]
    if any(r.kind is not None or _a_heading(r) for r in between) or _opens_a_new_item(reading):
        return False  # "EC/23/104 DATE OF NEXT MEETING" / "Agreed as 23 January.": the result of the next item
    named = reading.reference in ("pronoun", "none") or same_noun(draft, reading.reference)
    named = named or _casting_vote_on_a_tie(draft, reading)
    # asked last, as the dearest: "The budget was endorsed. / Elected to the panel: Ann Lee and Raj Dev.": a choice of
    # its own
    return (named or restates(draft, reading)) and not elects_someone(reading)


def _casting_vote_on_a_tie(draft: Draft, reading: Reading) -> bool:
    """ "For 28, Against 28. / The Chair used her casting vote against; the motion was lost.": the casting vote after a
    tie, and the result it gives, are the tied item's."""
    vote = draft.vote
    if vote is None or vote.for_ is None or vote.for_ != vote.against:
        return False
    tallies = tally_patterns()
    text = reading.sentence.text
    return bool(tallies.casting_for.search(text) or tallies.casting_against.search(text))


def opened_by_another_number(told: str, text: str) -> bool:
    """The sentence opens with an item named by a number that the sentence telling the motion just settled does
    not give."""
    numbered = _numbered_opening().match(text)
    if numbered is None:
        return False
    return re.search(rf"\b{re.escape(numbered['name'])}\b", told, _FLAGS) is None


@cache
def _numbered_opening() -> re.Pattern[str]:
    nouns = either(decisions_vocabulary().motions.put_nouns)
    number = r"(?:\d{1,3}[a-z]?|[A-Z]{0,4}/?\d{1,3}(?:/\d{1,3})?)"
    return re.compile(rf"\W*(?P<name>(?i:{nouns})\s+{number})\b")


def _withdrawn_then_decided(draft: Draft, reading: Reading) -> bool:
    """A withdrawn amendment takes no later result but another withdrawal: that result is its motion's."""
    return _withdrawn_amendment(draft) and final_outcome(reading.outcomes, reading.votes)[0] is not Outcome.WITHDRAWN


def _withdrawn_amendment(draft: Draft) -> bool:
    return draft.outcome is Outcome.WITHDRAWN and is_amendment(draft.kind, draft.noun)


def _a_heading(reading: Reading) -> bool:
    """A short line with no full stop that opens the next item of minutes ("4. Treasurer's report", "EC/23/104
    DATE OF NEXT MEETING")."""
    text = reading.sentence.text.strip()
    if reading.votes or reading.outcomes or ":" in text or is_recorded_line(text):
        return False  # "For: 24", "Yes – 9", "Carried": the lines of a result, not a heading
    return 0 < len(text.split()) <= ITEM_HEADING_WORDS and not text.endswith((".", "?", "!", ";", ","))


def _opens_a_new_item(reading: Reading) -> bool:
    """ "Another statement, on the health motion, was referred back", "A second proposal ... was also agreed", "A
    proposal from the union section was referred": the sentence opens with an item it calls new, or its result's
    verb takes one ("It rejected a proposal to cut the newsletter": the body, on an item not told before)."""
    if reading.kind is None:
        return False
    text, at = reading.sentence.text, reading.kind_at
    if _new_item_opening().match(text[:at]):
        return True
    return any(_new_item_taken().fullmatch(text, o.end, at) for o in reading.outcomes)


@cache
def _new_item_opening() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    openers = either(v.new_item_openers, v.indefinite_item_openers)
    return re.compile(rf"\W*(?:{openers})\s+(?:[\w'’-]+\s+){{0,2}}$", _FLAGS)


@cache
def _new_item_taken() -> re.Pattern[str]:
    """An item a result's verb takes with the indefinite article ("rejected a proposal to ...")."""
    openers = either(decisions_vocabulary().motions.indefinite_item_openers)
    return re.compile(rf"\s+(?:{openers})\s+(?:[\w'’-]+\s+){{0,2}}", _FLAGS)


def _of_its_own(draft: Draft, reading: Reading) -> bool:
    """The sentence settles an item of its own, or items it names and counts ("We considered A and B, and both were
    agreed"), not the one before."""
    return _another_item(draft, reading) or sums_up_its_own(reading)


def _another_item(draft: Draft, reading: Reading) -> bool:
    """Whether the sentence describes an item of its own ("I voted for the motion from the CLP reps calling for
    ...; it fell") rather than the one before it: a motion noun with words of its own that the earlier
    motion's words do not share ("the motion on rail fares was carried" after "a motion on rail fares")."""
    if reading.kind is None or any(o.start <= reading.kind_at < o.end for o in reading.outcomes):
        return False  # "agreed to bring a costed proposal to the next meeting": the noun is the outcome's
    if reading.reference in ("pronoun", "near") and reading.outcomes and reading.kind_at > reading.outcomes[0].end:
        return False  # "She withdrew it in favour of the composite": a pronoun is the subject, the noun after
    text = reading.sentence.text
    if re.search(
        rf"\b(?:{either(grammar_vocabulary().decisions.same_item_determiners)})\s+(?:[\w-]+\s+)?$",
        text[: reading.kind_at],
        _FLAGS,
    ):
        return False  # "this proposal", "the same amendment": the one before, whatever its name
    if is_amendment(reading.kind, reading.noun) != is_amendment(draft.kind, draft.noun):
        return not names_what_was_moved(draft, reading.reference)  # an amendment is never the motion it amends
    determiner = _determiner().search(text, 0, reading.kind_at)
    if determiner is None:
        return False  # "to report that ...": no item
    described = _described().match(text, _last_word_of_the_noun(reading))
    if described is None or _told_of_another_noun(reading):
        return False
    own, earlier = _content_words(described["words"]), _content_words(draft.summary)
    shared = own & earlier
    # the same item told again shares its words: two of them, or the one word a short description has
    return bool(own) and not (len(shared) >= 2 or (shared and min(len(own), len(earlier)) <= 2))


def _last_word_of_the_noun(reading: Reading) -> int:
    """Where the item's noun has its last word: "motion" of "the emergency motion on fares" or of "the composite
    motion on buses", whose description follows it."""
    last = (reading.noun or "").split()[-1:]
    text, at = reading.sentence.text, reading.kind_at
    words = re.match(rf"(?:[\w'’-]+\s+){{0,2}}?(?={re.escape(last[0])}s?\b)", text[at:], _FLAGS) if last else None
    return at + words.end() if words else at


def _told_of_another_noun(reading: Reading) -> bool:
    """ "... offered to bring a paper to the next meeting, and the motion was withdrawn": the outcome is said of
    another noun than the one described, so the description is no new item of the outcome's."""
    reference = reading.reference
    if reference in _NOT_A_NOUN or reading.noun is None:
        return False
    assert reference is not None
    return reference.rstrip("s") not in reading.noun and reading.noun.rstrip("s") not in reference


@cache
def _determiner() -> re.Pattern[str]:
    return re.compile(
        # "the officers' proposal": a plural owner's apostrophe within the words before the noun
        rf"\b(?:{either(grammar_vocabulary().decisions.new_item_determiners)}|\w+['’]s)\s+(?:[\w'’-]+\s+){{0,2}}$",
        _FLAGS,
    )


@cache
def _described() -> re.Pattern[str]:
    return re.compile(
        r"[\w-]+(?:\s+changes?)?,?\s+(?:from\s+[^,;]+?\s+)?"
        rf"(?P<words>(?:{either(decisions_vocabulary().motions.description_openers)})\b[^,;.]{{6,}})",
        _FLAGS,
    )


def _content_words(text: str) -> set[str]:
    """The stems (first five letters) of a text's content words: "refuse" and "refusal" are one."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]{3,}", text)} - _FUNCTION_WORDS
    return {w[:5] for w in words}


_FUNCTION_WORDS = frozenset(
    {
        "calling",
        "from",
        "that",
        "this",
        "with",
        "which",
        "their",
        "there",
        "about",
        "into",
        "onto",
        "upon",
        "would",
        "should",
        "could",
        "been",
        "were",
        "have",
        "motion",
        "amendment",
        "proposal",
        "asking",
        "seeking",
        "urging",
    }
)


def same_noun(draft: Draft, reference: str | None) -> bool:
    if reference in (None, "pronoun", "near", "none"):
        return False
    assert reference is not None
    if reference in decisions_vocabulary().motions.back_reference_nouns and reference not in ("motion", "proposal"):
        return True  # "the item was deferred", "the matter was referred": whatever was just put
    wanted = (draft.noun or "motion proposal").rstrip("s")
    return reference.rstrip("s") in wanted or wanted in reference


def _names_again(draft: Draft, readings: list[Reading], reading: Reading) -> bool:
    """ "X nominated Cllr Uma Pillai ... and Uma was elected": the outcome's subject was named in the introduction."""
    text = reading.sentence.text
    first = reading.outcomes[0].start if reading.outcomes else 0
    clause_start = clauses("decision").start_of(text, first)
    subject = re.findall(r"\b[A-Z][a-z]{2,}\b", text[clause_start:first])
    intro = readings[draft.first].sentence.text
    return any(re.search(rf"\b{re.escape(word)}\b", intro) for word in subject)


def _mover_withdraws(reading: Reading) -> bool:
    """ "She agreed to withdraw it", "The chair asked him to withdraw it and he agreed": only a mover withdraws, so
    "he" or "she" here (before the result or inside it) is the mover."""
    last = reading.outcomes[-1] if reading.outcomes else None
    if last is None or last.outcome is not Outcome.WITHDRAWN:
        return False
    text = reading.sentence.text
    pronouns = either(grammar_vocabulary().decisions.personal_pronouns)
    # "asked for it to be withdrawn and Darren agreed": the item itself inside the request
    return bool(re.search(rf"\b(?:{pronouns})\b", text[: last.end], _FLAGS) or _it_inside(text[last.start : last.end]))


def _it_inside(phrase: str) -> bool:
    return len(phrase.split()) > 3 and _request_item_pronoun().search(phrase) is not None


@cache
def _request_item_pronoun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(grammar_vocabulary().decisions.request_item_pronouns)})\b", _FLAGS)


def _fate_of_it(reading: Reading) -> bool:
    """ "The meeting agreed that it be taken first at the March meeting": the last result is said of "it", the item
    just put, in a that-clause; an agreement that defers, remits or withdraws it."""
    last = reading.outcomes[-1] if reading.outcomes else None
    if last is None or last.outcome in (Outcome.CARRIED, Outcome.UNKNOWN):
        return False
    pronouns = pointing_pronouns()
    that_it_be = rf"\bthat\s+(?:{pronouns})\s+(?:should\s+|would\s+)?be\s+(?:\w+ly\s+)?$"
    return bool(re.search(that_it_be, reading.sentence.text[: last.start], _FLAGS))


def _referral_accepted(reading: Reading) -> bool:
    """ "the chair accepted the referral": a remittal whose words name the reference back just moved."""
    last = reading.outcomes[-1] if reading.outcomes else None
    return (
        last is not None
        and last.outcome is Outcome.REMITTED
        and " the " in reading.sentence.text[last.start : last.end]
    )


def settle(draft: Draft, reading: Reading, index: int) -> None:
    draft.last = index
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    if outcome is Outcome.CARRIED:
        outcome = _fate_moved(draft) or _fate_agreed_to(draft, reading) or outcome
    if outcome is not Outcome.UNKNOWN or draft.outcome is Outcome.UNKNOWN:
        draft.outcome = outcome
    draft.vote = vote or draft.vote
    for name in reading.people.movers:
        if name not in draft.people.movers:
            draft.people.movers.append(name)
    for name in reading.people.seconders:
        if name not in draft.people.seconders:
            draft.people.seconders.append(name)


def _fate_moved(draft: Draft) -> Outcome | None:
    """ "I proposed that the report be referred back. This was agreed.": agreeing to a motion that an item be
    referred, deferred or withdrawn gives the item that fate."""
    summary = draft.summary.strip()
    for phrase in find_outcomes(summary):
        item = _that_the_item_be().fullmatch(summary, 0, phrase.start)
        if item is not None and phrase.outcome is not Outcome.CARRIED and _an_item(item["item"]):
            return phrase.outcome
    return None


def _fate_agreed_to(draft: Draft, reading: Reading) -> Outcome | None:
    """ "The chair ruled that it would be deferred to the next meeting. This was agreed.": agreeing to the fate
    just given an item confirms that fate, not a decision carried."""
    if draft.outcome in FATES and reading.reference in ("pronoun", "none") and not reading.votes:
        return draft.outcome
    return None


@cache
def _that_the_item_be() -> re.Pattern[str]:
    return re.compile(r"\W*that\s+(?P<item>[^,;]{1,50}?)\s+(?:should\s+)?be\s+(?:\w+ly\s+)?", _FLAGS)


def _an_item(words: str) -> bool:
    """ "the motion", "the report", "the matter": an item put to a meeting, not "the helpline" brought back."""
    last = words.split()[-1].lower()
    return kind_of(words)[0] is not None or last in decisions_vocabulary().motions.back_reference_nouns


def first_clause_outcome(reading: Reading) -> Outcome | None:
    """ "This was defeated, and the report was then accepted": a first clause that points back to the open item,
    then a clause of its own that names another item and its result; the open item's outcome is the first one. So
    too "The amendment was lost and the motion was then carried": the amendment named first, the motion after it."""
    amendment_first = is_amendment(None, reading.reference)
    if not (reading.reference in ("pronoun", "near") or amendment_first) or len(reading.outcomes) < 2:
        return None
    first, second = reading.outcomes[0], reading.outcomes[1]
    gap = reading.sentence.text[first.end : second.start]
    kind, kind_at = kind_of(gap)
    if _new_clause().match(gap) is None or kind is None:
        return None
    if amendment_first and is_amendment(kind, gap[kind_at:]):
        return None  # "the amendment was lost, and a second amendment was carried": two amendments in turn
    return first.outcome


@cache
def _new_clause() -> re.Pattern[str]:
    """What opens a clause of its own after a result: "..., and the report ...", "; the motion ...", "but then"."""
    return re.compile(r"[^,;]*?(?:[,;]\s*(?:and|but|while|whereas)?|\s(?:and|but))\s+(?:then\s+)?", _FLAGS)
