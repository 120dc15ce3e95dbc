"""The tense a mention's clause gives it ("will meet in May", "since January"): which side of the meeting a
date without a year lies."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.clauses import clauses
from nec_extract.language.dates.years import Tense
from nec_extract.language.lexicon import alternation, pattern_alternation, two_spaces_too
from nec_extract.language.lexicon.dates import dates_vocabulary
from nec_extract.language.lexicon.grammar import grammar_vocabulary

# a line break inside a sentence of a hard-wrapped page (not after its end, nor a blank line)
_WRAPPED_BREAK = re.compile(r"(?<=[^\s.!?:;])\n(?=[^\S\n]*[^\s])")
# how far back the tense of a mention is looked for (a clause is shorter than this)
CLAUSE_WINDOW = 300
_LOOK_AHEAD = 200


def tense_around(page: str, sentence_start: int, start: int, end: int) -> Tense | None:
    """The tense of the clause holding ``page[start:end]``: the cue before it nearest it, else the first
    after it ("an election in September would ...")."""
    clause_start = max(_wrapped_sentence_start(page, sentence_start), start - CLAUSE_WINDOW)
    # the tense of one clause says nothing of the next, nor of a subordinate one
    joined = _WRAPPED_BREAK.sub(" ", page[clause_start:start])
    before_start = clauses("tense_before").start_of(joined, len(joined))
    before = joined[before_start:]
    if _decided_in(before) or _BASELINE_IN.search(before) or _moved_from(page, before, end):
        # "the code agreed in March is now in force": what the participle says was decided lies behind, as does
        # the earlier value a figure is measured from ("down from 432,000 in January") and where an item was moved
        # from ("rescheduled from 2 October"), whatever the clause's tense
        return "past"
    if _MOVED_TO.search(before) or _moved_to_an_event(before):
        # "was held over to the May meeting", "to defer the question to Conference in June": what an item is moved to
        # lies ahead, whatever the clause's tense
        return "future"
    if _REACHING_BACK.search(before):
        # "the award would be backdated to April": what is paid back to a date lies behind, whatever the tense
        return "past"
    cues = [cue for cue in _cue_pattern().finditer(before) if not _bound_to_another_date(cue, before)]
    if cues:
        if _decided_after_a_meeting(cues[-1], before):
            return "past"
        reported = _backshifted(cues[-1].group(), page[sentence_start : clause_start + before_start + cues[-1].start()])
        return None if reported else _cue_tense(cues[-1])
    if _is_a_date_ahead(before) or _PLANNED_FOR.search(before):
        return "future"
    if _in_the_past_perfect(before):
        return "past"
    if _DECIDED_ON.search(before):
        # "voted on Tuesday to suspend him until ...": the day of the meeting's own decision, whose tense is not
        # that of what it decided on
        return None
    after = _WRAPPED_BREAK.sub(" ", page[end : end + _LOOK_AHEAD])
    clause_end = clauses("tense_after").end_of(after, 0)
    # "the 2 May elections were the best since 2012": a cue bound to a date of its own gives that date's tense
    cue = next((c for c in _cue_pattern().finditer(after, 0, clause_end) if not _bound_to_its_date(c, after)), None)
    if cue is None:
        return "past" if _past_verb_after(before, after) and _A_MONTH_ALONE.fullmatch(page, start, end) else None
    # "Tuesday's meeting agreed to ballot members": the day of the decision, not of what it decided on
    return "past" if cue.group().lower() in _decisions_to_act() else _cue_tense(cue)


# "voted to bar him, after a heated meeting in London on": the day of the meeting that decided, after the decision's
# object, lies behind whatever the decision was to do
_AFTER_A_MEETING_ON = re.compile(
    r"\b(?:after|following)\s+(?:a|an|the|its|their|our)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|session)\b[^,;.]*?"
    r"\b(?:on|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _decided_after_a_meeting(cue: re.Match[str], before: str) -> bool:
    return cue.group().lower() in _decisions_to_act() and bool(_AFTER_A_MEETING_ON.search(before, cue.end()))


_DECIDED_ON = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().decision_verbs_before_day)})\s+"
    rf"(?:(?:{pattern_alternation(dates_vocabulary().places_between_a_verb_and_its_day)})\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


# not "will be agreed in March", "to be adopted in May"
# "the code agreed in March", "elected Chair of Council in March": a participle and up to four words of its object
_NOT_AFTER_BE = two_spaces_too(r"(?<!\bbe )(?<!\bbeing )")
_DECIDED_IN = re.compile(
    rf"{_NOT_AFTER_BE}(?<!\w)(?:{alternation(dates_vocabulary().decided_things_before_in)})"
    rf"(?:\s+(?!(?:{alternation(dates_vocabulary().stops_in_a_participle_object)})\b)[\w'’-]+){{0,4}}?\s+in\s+$",
    re.IGNORECASE,
)
# a participle that is also a verb's base form after a modal or "to" ("will now set up a group in May", "to form a
# panel in June") tells of what is to be done
_MODAL_BEFORE = re.compile(
    rf"\b(?:{alternation(dates_vocabulary().modals_before_a_base_form)})\s+(?:(?:now|then|also|not|soon|[a-z]+ly)\s+)?$",
    re.IGNORECASE,
)


def _decided_in(before: str) -> bool:
    """ "the code agreed in March", "the working group set up in November": a decision's participle, what it
    decided lies behind."""
    found = _DECIDED_IN.search(before)
    return found is not None and not _MODAL_BEFORE.search(before, 0, found.start())


# "down from 432,000 in January", "compared with 12 in March": the earlier value of a figure, and when it was so
_BASELINE_IN = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().baselines_before_a_figure)})\s+[£$]?\d[\d,.]*[km]?"
    r"(?:\s+[a-z]+)?\s+in\s+$",
    re.IGNORECASE,
)
_MOVED_TO = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().moves_before_a_date)})\s+(?:the\s+)?$", re.IGNORECASE
)
# "rescheduled from 2 October", "postponed from the hearing in March", "put back from the meeting on": the verb of a
# move, "from" and a few words naming what was moved from (no "to": "moved from 5 June to 12 June" gives the day ahead)
_MOVED_FROM = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().moves_from_a_date)})(?:\s+[\w'’-]+){{0,3}}?\s+from\s+"
    r"(?:(?!(?:to|until|till|into|in|on|of)\b)[^\W\d]+\s+){0,3}?(?:(?:in|on|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_MOVED_ON_TO = re.compile(r"\s*,?\s*(?:to|until|till|into)\b", re.IGNORECASE)


def _moved_from(page: str, before: str, end: int) -> bool:
    """ "rescheduled from 2 October", "postponed from the hearing in March": where an item was moved from; not a move's
    first end with its second after it ("moved from 12 May to 19 May"), both of which lie where the move puts them."""
    return _MOVED_FROM.search(before) is not None and not _MOVED_ON_TO.match(page, end)


_REACHING_BACK = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().reaching_back_to_a_date)})\s+(?:the\s+)?$", re.IGNORECASE
)
# "for delegates to the policy conference in July", "to National Delegate Conference in": an event named by its date
# after "to" or "for" (a few words of its name between)
_TO_AN_EVENT = re.compile(
    rf"\b(?:to|for)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(dates_vocabulary().events_named_by_their_date)})"
    r"\s+(?:in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ITEM_MOVED = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().moves_of_an_item_to_an_event)})(?!\w)", re.IGNORECASE
)
# the words of a moved item's object at most, between its verb and "to": "defer the whole question to"
_MOST_OBJECT_WORDS = 5


def _moved_to_an_event(before: str) -> bool:
    """ "A counter-proposal to defer the whole question to National Delegate Conference in June": the event an
    item is moved to, its object between, lies ahead."""
    event = _TO_AN_EVENT.search(before)
    if event is None:
        return False
    moved = next(reversed(list(_ITEM_MOVED.finditer(before, 0, event.start()))), None)
    return moved is not None and len(before[moved.end() : event.start()].split()) <= _MOST_OBJECT_WORDS


_DEADLINE = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().deadline_words_before_a_date)})\s+(?:the\s+)?$", re.IGNORECASE
)
# "had", not the perfect of what is yet to be done ("to have had a leaflet by Christmas", "will have had")
_HAD = "".join(rf"(?<!\b{re.escape(words)} )" for words in dates_vocabulary().perfects_ahead_before_had) + r"\bhad\b"
# "its campaign strategy paper for the May elections", "plans are continuing for a conference in June": a plan's
# word, a few words, "for" and what it is for, up to the date
_PLANNED_FOR = re.compile(
    rf"\b(?:{alternation(dates_vocabulary().plans_before_for)})\b(?:\s+[\w'’-]+){{0,4}}?\s+for"
    r"(?:\s+[\w'’-]+){0,5}?\s+$",
    re.IGNORECASE,
)
# the past perfect, not of what did not happen ("had not been called for 2 May") nor of a duty ("had to")
_PAST_PERFECT = re.compile(rf"{_HAD}(?!\s+(?:not|never|to)\b)", re.IGNORECASE)
# an action put ahead by an infinitive after the past perfect ("had decided not to recommend it and to hold a ballot
# in January", "had two motions to consider for the council on 15 February"): the date is the action's
_INFINITIVE = re.compile(
    rf"\bto\s+(?!(?:{alternation(grammar_vocabulary().not_an_infinitive_after_to)}|{MONTH_RE})\b)[a-z]+\b"
)
# "had been ready for a May election", "had booked for the weekend of 11 March", "had arranged cover for the week
# commencing 4 May": a date something had been meant, booked or arranged for
_FOR_A_DATE = re.compile(
    rf"\bfor\s+(?:an?\s+|the\s+)?(?:(?:{alternation(dates_vocabulary().times_named_by_their_date)})"
    rf"\s+(?:of|beginning|starting|commencing)\s+)?$",
    re.IGNORECASE,
)
# a word that opens another clause, whose tense the past perfect before it does not give
_SUBORDINATOR = re.compile(r"\b(?:before|after|when|until|once|that|which|who|while|if|as)\b", re.IGNORECASE)


# a date in the clause's subject ("The AGM in March ...", "In March, the AGM ..."): before it this many words at
# most, and its verb this many words after it at most
_MOST_SUBJECT_WORDS = 5
_WORDS_TO_THE_VERB = 5
# the words after a date up to the clause's first stop (one comma right after the date is skipped)
_WORDS_AFTER = re.compile(r"^\s*,?[^\S\n]*(?P<words>[\w'’ \t-]*)")
_PARTICIPLE_OR_INFINITIVE_BEFORE = frozenset({"to", "be", "been", "being"})
_SHORTEST_ED_VERB = 5


def _past_verb_after(before: str, after: str) -> bool:
    """ "The AGM in March elected a new chair", "the strike in November was a success", "In May, delegates
    voted ...": a verb in the past after a date in the clause's subject tells of the past; not "was to" nor a
    passive ("The ballot in May was postponed": what was decided of it)."""
    words_before = before.split()
    if len(words_before) > _MOST_SUBJECT_WORDS or any(_reports_speech(word) for word in words_before):
        return False
    found = _WORDS_AFTER.match(after)
    words = found.group("words").split() if found else []
    for index, word in enumerate(words[:_WORDS_TO_THE_VERB]):
        if index and words[index - 1].lower() in _PARTICIPLE_OR_INFINITIVE_BEFORE:
            return False
        if _is_past_verb(word):
            following = words[index + 1] if index + 1 < len(words) else ""
            return word.lower() not in _PAST_BE or not _passive_or_to(following)
    return False


_VOCABULARY = dates_vocabulary()
# a month named alone: a day, and a weekday, are told in the past as the meeting is, also when they come after
# it ("The big item on Sunday was ..." of a weekend's meeting, "the rally on 16 March was a success" in a report
# posted on the 20th of a meeting on the 12th)
_A_MONTH_ALONE = re.compile(rf"(?:[^\W\d]+\s+)?{MONTH_RE}", re.IGNORECASE)
_PAST_BE = frozenset({"was", "were"})


def _reports_speech(word: str) -> bool:
    """ "said", "warned", "reported": the clause after it is reported speech, its past tense the speaker's."""
    lowered = word.lower().strip(",;:")
    return lowered in _VOCABULARY.reporting_verbs_before_a_clause or _is_past_verb(lowered)


def _is_past_verb(word: str) -> bool:
    lowered = word.lower()
    if lowered in _VOCABULARY.past_verbs_after_a_date:
        return True
    regular = len(word) >= _SHORTEST_ED_VERB and word.endswith("ed") and word[0].islower()
    return regular and lowered not in _VOCABULARY.words_in_ed_not_past


def _passive_or_to(following: str) -> bool:
    lowered = following.lower()
    return lowered in _VOCABULARY.words_after_was_not_past or (len(lowered) > 3 and lowered.endswith(("ed", "en")))


def _in_the_past_perfect(before: str) -> bool:
    """ "had cut its staff from 400 in April": what had happened by the meeting lies behind it; not a date in a
    clause of its own after it ("there had been no time before nominations close on 7 June"), nor a date
    something had been meant or ready for ("had been ready for a May election"), nor an event something had been
    sent or asked for ("had asked for delegates to the conference in July")."""
    found = next(reversed(list(_PAST_PERFECT.finditer(before))), None)
    if found is None or _SUBORDINATOR.search(before, found.end()) or _INFINITIVE.search(before, found.end()):
        return False
    return not _FOR_A_DATE.search(before, found.end()) and not _asked_for_an_event(before, found.end())


_FOR = re.compile(r"\bfor\b", re.IGNORECASE)


def _asked_for_an_event(before: str, verb_end: int) -> bool:
    """ "had asked branches for delegates to the policy conference in July", "had booked the hall for the conference
    in August": the event something had been asked or booked for is not placed by the past perfect; what had been
    done at one is ("had gone to the conference in September")."""
    event = _TO_AN_EVENT.search(before, verb_end)
    return event is not None and _FOR.search(before, verb_end, event.end()) is not None


# a clause that tells of the past: "had reached 500 by 30 June", "who was a member by 20 January"
_PAST_AUXILIARY = re.compile(rf"{_HAD}|\b(?:was|were)\b|['’]d\b", re.IGNORECASE)


def _bound_to_another_date(cue: re.Match[str], before: str) -> bool:
    """ "in place since 11 November, was extended to 31 March": "since" gives the tense of its own date, not of
    a later one in the sentence."""
    return cue.group().lower() in _BOUND_CUES and bool(_A_DATE.search(before, cue.end()))


_BOUND_CUES = frozenset(dates_vocabulary().cues_bound_to_their_date)
_DATE_RIGHT_AFTER = re.compile(rf"\s+(?:the\s+)?(?:\d|{MONTH_RE}(?!\w))", re.IGNORECASE)


def _bound_to_its_date(cue: re.Match[str], after: str) -> bool:
    return cue.group().lower() in _BOUND_CUES and bool(_DATE_RIGHT_AFTER.match(after, cue.end()))


# a reported clause: "the clerk reported that ...", "she said the renewal ..."
_REPORTED = re.compile(r"\b(?P<verb>[a-z]+)\s+that\b")


def _backshifted(cue: str, said: str) -> bool:
    """ "The clerk reported that the renewal was due on 1 June": in reported speech a plan's "was due" is the
    speaker's "is due", and says nothing of the past."""
    if cue.lower() not in _VOCABULARY.past_cues_of_a_plan:
        return False
    return any(_reports_speech(found.group("verb")) for found in _REPORTED.finditer(said))


_A_DATE = re.compile(rf"\d|\b{MONTH_RE}(?!\w)")


def _is_a_date_ahead(before: str) -> bool:
    """ "the stall has moved to Saturday": the day something is moved to lies ahead; so does a deadline ("training
    in every branch by 30 June"), but not one that opens its clause ("By 30 June, ...") nor one in a clause that
    tells of the past."""
    if _MOVED_TO.search(before):
        return True
    found = _DEADLINE.search(before)
    if found is None or not before[: found.start()].strip(" \t\n-•*,;:("):
        return False
    return _PAST_AUXILIARY.search(before) is None


def _wrapped_sentence_start(page: str, sentence_start: int) -> int:
    """A sentence cut at a hard-wrapped line break ("will be held in\nLiverpool from 8 to 11 October") starts
    with the line above it, when that line ends mid-sentence (on a word in lower case or a comma)."""
    line_end = page.rfind("\n", 0, sentence_start)
    if line_end <= 0 or page[line_end + 1 : sentence_start].strip():
        return sentence_start
    above = page[page.rfind("\n", 0, line_end) + 1 : line_end].rstrip()
    if not above or not (above[-1].islower() or above[-1] == ","):  # a heading above ends otherwise
        return sentence_start
    return line_end - len(above)


def _cue_tense(cue: re.Match[str]) -> Tense:
    return "future" if cue.lastgroup == "future" else "past"


@cache
def _decisions_to_act() -> frozenset[str]:
    return frozenset(dates_vocabulary().decisions_to_act)


@cache
def _cue_pattern() -> re.Pattern[str]:
    vocabulary = dates_vocabulary()
    future, past = alternation(vocabulary.future_cues), alternation(vocabulary.past_cues)
    # a contraction's cue is written onto its word ("it'll come back in March")
    return re.compile(rf"(?:(?<!\w)|(?=['’]))(?:(?P<future>{future})|(?P<past>{past}))(?!\w)", re.IGNORECASE)
