"""Decisions the meeting states: "We agreed X and appointed Y", "A motion ... was carried".

The several decisions one verb's clause lists ("agreed: A; B; C") are read in `listed_decisions`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from nec_extract.extractors.another_time import told_of_another_time
from nec_extract.extractors.motions.items.listed_decisions import enumerated
from nec_extract.extractors.motions.phrases.considered import considered_before
from nec_extract.extractors.motions.phrases.declined import declined, declines_an_item
from nec_extract.extractors.motions.phrases.put_off import put_off_to_later
from nec_extract.extractors.motions.records.draft import Draft, strong
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of, noun_at, reason_after_a_result
from nec_extract.extractors.motions.this_meeting.bodies import named_as_another
from nec_extract.extractors.motions.this_meeting.set_against import (
    after_an_opening_contrast,
    outside_a_concession,
    set_against,
)
from nec_extract.extractors.votes import (
    decided_infinitive_re,
    find_outcomes,
    voters_counted_at,
    voters_counted_before,
)
from nec_extract.extractors.votes.acted_on import acts_on_another_thing
from nec_extract.extractors.votes.members_elsewhere import members_polled
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.list_items import PARAGRAPH_PART_NUMBER, unnumbered
from nec_extract.models import MotionKind, Outcome

_FLAGS = re.IGNORECASE


def meeting_decisions(index: int, reading: Reading) -> list[Draft]:
    """ "We agreed X", "The NEC endorsed X and appointed Y", "agreed: A; B; C": one motion per decision."""
    text = reading.sentence.text
    first = _first_decision(reading)
    if first is None:
        return []
    verbs = [first, *_coordinated().finditer(text, first.end())]
    drafts = []
    for number, match in enumerate(verbs):
        end = verbs[number + 1].start() if number + 1 < len(verbs) else len(text)
        clause = re.sub(r"[\s,]+and\s*$", "", text[match.end("verb") : end]).strip(" ,.;")
        clause = clause or considered_before(text, match)  # "considered the request and agreed."
        if not_a_decision(clause) and not _ruled_that(match["verb"], clause):
            continue
        if _reason_alone().match(clause) and first["subject"].lower() in decisions_vocabulary().motions.author_pronouns:
            continue  # "I voted against because of the changes to CLP motions": the author's vote on the item before
        items = enumerated(text, match.end("verb"), end)
        whole = (0 if number == 0 else match.start("verb"), end)
        for item in items:
            summary = clause if len(items) == 1 else unnumbered(text[item[0] : item[1]])
            # "resolved: (i) to support A; (ii) that B be referred ...": each listed item ends its own clause
            item_end = end if len(items) == 1 else item[1]
            draft = _decision_draft(index, reading, (match, item_end), summary, first["subject"])
            if len(verbs) > 1 or len(items) > 1:
                span = item if len(items) > 1 else whole
                draft.start, draft.end = reading.sentence.start + span[0], reading.sentence.start + span[1]
            drafts.append(draft)
    return drafts


@cache
def _reason_alone() -> re.Pattern[str]:
    return re.compile(rf"(?:{either(decisions_vocabulary().motions.objectless_reasons)})\b", _FLAGS)


def _first_decision(reading: Reading) -> re.Match[str] | None:
    """The first decision verb whose subject is the meeting, in a main clause of this meeting's time."""
    text = reading.sentence.text
    v = decisions_vocabulary().motions
    bare = _bare_decision().match(text)
    if bare is not None and not _object().match(text, bare.end()):
        bare = None  # "Elected members were asked ...", "Agreed actions": a participle before its noun
    first = bare or outside_a_concession(reading, text)
    if first is None or (anaphoric_subject(first.group()) and not _body_as_it(first, reading)):
        return None
    # "When the NEC agreed ...": background, not this meeting's decision; "the NEC would ... agree": not yet one
    ours_set_against = set_against(reading, text, first)  # "While the NEC rejected X, ...": its own decision
    if not ours_set_against and re.search(
        rf"\b(?:{either(v.decision_subordinators)})\s+(?:the\s+)?$", text[: first.start()], _FLAGS
    ):
        return None
    if reason_after_a_result(text, first.start()):
        return None  # "WITHDRAWN by its proposer, after the Activities Committee agreed to ...": the reason
    if _voters_counted(reading, first.start()):
        return None  # "Only a handful of members backed it": voters counted (votes.outcomes), not the body deciding
    if re.search(rf"\b(?:{either(v.decision_modals)})\b", text[first.start() : first.start("verb")], _FLAGS):
        return None
    if named_as_another(text[: first.start()], first["subject"], reading.body, reading.report):
        return None  # "Unite's executive has voted to ..." in a report on the NEC: another organisation's body
    if members_polled(first["subject"], text[first.end() :]):
        return None  # "the offer, which members rejected by 62% to 38%": a ballot of the members
    if told_of_another_time(reading.report, reading.sentence, first.start("verb"), first.end()):
        return None  # "The NEC approved the scheme in January", in a March report: an earlier meeting's
    return first if _acts_now(text, first, ours_set_against) and _on_a_proposal(text, first) else None


def _voters_counted(reading: Reading, at: int) -> bool:
    """A vague count of voters right before the body ("Most of the committee"), or a result phrase that counts the
    voters and holds the subject ("Only the two left members voted against")."""
    text = reading.sentence.text
    if voters_counted_before().search(text, 0, at):
        return True
    return any(o.start <= at < o.end and voters_counted_at(text, o.start) for o in reading.outcomes)


@cache
def _bare_decision() -> re.Pattern[str]:
    """Minutes that leave the meeting unsaid: "1. Approved the budget.", "Agreed to ballot members", "Elected Ann
    Lee as Vice-President" - a capitalised decision verb opening the sentence (group ``subject`` empty)."""
    v = decisions_vocabulary().motions
    unknown = {verb for verb, outcome in v.verb_outcomes.items() if outcome is Outcome.UNKNOWN}
    words = [
        w
        # not the body's actions: "Launched a new website" in a list of what a member did is no decision
        for w in (*v.agree_verbs, *v.decide_verbs, *v.appointment_verbs, *v.other_decision_verbs)
        if w not in unknown and " " not in w
    ]
    verbs = f"{v.defeat_verbs.regex()}|{alternation(words)}"
    return re.compile(
        rf"^\W*(?:\(?(?:\d+|[a-h])[.)]\s+)?(?P<subject>)(?P<verb>(?=[A-Z])(?i:{verbs}))\b(?!\s+by\b|\s*[:–—-])"
    )


def decides_anew(reading: Reading) -> bool:
    """Whether the sentence states a decision on an item of its own rather than the result of the one before:
    "It also elected X" ("it" choosing is the body), "Agreed to ballot members" (minutes naming what was
    agreed), against "It was carried." or "Agreed unanimously."."""
    text = reading.sentence.text
    first = reading.body.decision(text).search(text)
    if first is not None and _body_as_it(first, reading):
        return True
    opener = _bare_decision().match(text) or patterns().decision_opener.match(text)
    if opener is None and reading.kind is None:
        # "With 19 votes, the NEC voted to hold ...": the body on a new item; not "It was carried, and the GC
        # also agreed to ...", whose first words settle the item before
        first = _first_decision(reading)
        settled_first = first is not None and any(o.start < first.start() for o in reading.outcomes)
        opener = None if settled_first else first
    if opener is None:
        return False
    rest = text[opener.end() :]
    if _the_item_just_put().match(rest.strip()):
        return False  # "It was agreed to defer it", "Agreed: that the motion be referred": the item just put
    # "voted to" took its "to": a verb follows ("voted to hold the conference in Swansea")
    infinitive = opener.group().rstrip().lower().endswith(" to") and re.match(r"\s*[a-z]", rest)
    has_object = bool(infinitive or _object().match(rest))
    return has_object and not refers_back(rest) and decision_on_the_item_before(reading) is None


# what a decision verb takes as its object: "to ballot", "that ...", "the budget", "Ann Lee as Chair"
# ("Remitted to the executive" names where the item went, not a new item)
@cache
def _object() -> re.Pattern[str]:
    return re.compile(
        rf"\s*(?:to\s+(?!(?:{either(grammar_vocabulary().decisions.object_not_an_infinitive_after_to)})\b)[a-z]|that\b"
        rf"|(?:{either(grammar_vocabulary().decisions.object_determiners)})\s|[A-Z][a-z])"
    )


def _body_as_it(match: re.Match[str], reading: Reading) -> bool:
    """ "It also elected X as its vice-chair", "It voted to ...": "it" choosing or deciding can only be a body
    (an item is agreed or carried, it does not elect); after a sentence that opened with the meeting's body, "It
    also agreed ..." and "They approved ..." are that body."""
    v = decisions_vocabulary().motions
    verb = " ".join(match["verb"].lower().split())
    agentive = verb in (*v.appointment_verbs, *v.decide_verbs) or re.fullmatch(v.vote_verbs.regex(), verb, _FLAGS)
    subject = match["subject"].lower()
    stance = verb in (*v.stance_verbs, *v.author_vote_verbs)  # "It backed the strike": the motion just named, perhaps
    after_the_body = reading.after_our_body and subject in v.body_pronouns and not stance
    return (subject == "it" and bool(agentive)) or after_the_body


def habitual(text: str) -> bool:
    """ "usually", "normally": what a body does as a rule, not what it did at this meeting."""
    return bool(re.search(rf"\b(?:{either(decisions_vocabulary().motions.habitual_adverbs)})\b", text, _FLAGS))


def _acts_now(text: str, match: re.Match[str], set_against: bool = False) -> bool:
    """Whether the subject acts at this meeting: not "our branch backed", "a working group set up last year",
    "supported by", "I agreed to ...", "When it was published we decided ...", "we voted for it"."""
    v = decisions_vocabulary().motions
    verb, subject = " ".join(match["verb"].lower().split()), match["subject"]
    before = re.search(r"(\w+)\W*$", text[: match.start()])
    after = re.match(r"\s*([£$€]?\w+)", text[match.end() :])  # "granted £500 to ...": a sum is an object
    next_word = after[1].lower() if after else ""
    if (before and before[1].lower() in v.not_our_body_before) or habitual(text[match.start() : match.start("verb")]):
        return False
    if (next_word == "by" and not _by_a_count().match(text, match.end())) or (
        subject == "I" and verb not in v.author_vote_verbs
    ):
        return False
    if verb == "moved to" and next_word in v.not_after_moved_to:
        return False  # "we moved to the next item": business, not a decision
    if _participle_of_an_earlier_choice(verb, text[match.end() :]):
        return False  # "Members elected in May took their seats": who was chosen before, not a choice made now
    if words_raised(verb, text[match.end() :]):
        return False  # "the NEC raised concerns": words, not a decision; "raised the fee" is one
    if verb in v.action_verbs and (_a_side_acting(verb, subject) or next_word in ("", *v.not_an_action_after)):
        return False
    if verb in v.meeting_running_verbs and _running_the_meeting(subject, text[match.end() :]):
        return False
    if verb in v.author_vote_verbs and refers_back(text[match.end() :]):
        return False  # the author's vote on a motion already named ("I supported both", "we opposed the motion")
    opener = re.match(rf"\W*(?:{either(v.background_openers)})\b", text, _FLAGS)
    opening_clause = opener and opener.end() <= match.start() and not set_against
    return not opening_clause or after_an_opening_contrast(text, match.start())


def _running_the_meeting(subject: str, rest: str) -> bool:
    """ "The meeting opened Angela's report", "The NEC opened the debate on ...": the meeting began, or began a piece
    of its business; not "opened nominations"."""
    business = either(decisions_vocabulary().clauses.procedure_nouns)
    opened = re.match(rf"\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+)?(?:{business})\b", rest, _FLAGS)
    return bool(re.search(r"\bmeeting$", subject, _FLAGS) or opened)


def _a_side_acting(verb: str, subject: str) -> bool:
    """ "I suspended", "we launched a campaign": the author, or a side that may be the author's; "we suspended the
    branch" is the meeting (only it can)."""
    v = decisions_vocabulary().motions
    return subject.lower() in v.author_pronouns and (subject.lower() == "i" or verb in v.anyones_acts)


def words_raised(verb: str, rest: str) -> bool:
    """ "raised concerns about ...", "raised a number of questions", "raised the cost of the new system", "raised the
    motion on Gaza", "raised £400 for the fund": words or an act, not a change decided; a change is a value a body
    sets ("raised the fee", "lowered the voting age") or one said with its amount ("raised the levy to 2%")."""
    if verb not in decisions_vocabulary().motions.raise_verbs:
        return False
    words, value, change = _raised_patterns()
    return bool(words.match(rest)) or not (value.match(rest) or change.match(rest))


def _participle_of_an_earlier_choice(verb: str, rest: str) -> bool:
    """ "Members elected at the May AGM took their seats", "councillors appointed to the panel last year": the verb is
    a participle on its subject (a time or a place follows it, then the sentence's own verb), not the body choosing."""
    v = decisions_vocabulary().motions
    return verb in (*v.appointment_verbs, "re-elected", "co-opted") and bool(_participle_rest().match(rest))


@cache
def _participle_rest() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    after = either(v.chosen_before_after)
    then = either(v.chosen_before_then)
    return re.compile(rf"\s+(?:{after})\b[^.;:,]{{0,80}}?\s(?:{then})\b", _FLAGS)


@cache
def _raised_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What follows "raised": words ("concerns"), a value set ("the membership fee"), a change with its amount."""
    v = decisions_vocabulary().motions
    words = re.compile(rf"\s*(?:\w+\s+){{0,2}}?(?:{either(v.not_raised)})\b", _FLAGS)
    value = re.compile(
        rf"\s*(?:(?:the|its|their|our|his|her|this|that|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{either(v.raised_values)})\b",
        _FLAGS,
    )
    change = re.compile(r"[^.;:]{0,80}?\b(?:to|by|from)\s+(?:£|\$|€)?\d", _FLAGS)
    return words, value, change


def _on_a_proposal(text: str, match: re.Match[str]) -> bool:
    """A stance ("backed", "supported") or the author's vote decides only on a proposal: "we backed the call for a
    review", "I voted for the amendment", "we voted for both officers to be elected by all members" - not "we
    backed the strikers on the picket line" or "we voted for Labour in the election"."""
    v = decisions_vocabulary().motions
    verb = " ".join(match["verb"].lower().split())
    # a phrase ("gave the go-ahead to") says the decision outright; a bare "backed" or "supported" may not
    if verb not in (*[w for w in v.stance_verbs if " " not in w], *v.author_vote_verbs):
        return True
    head = " ".join(text[match.end() :].split()[:20])
    objects = either(v.passive_items, v.proposal_objects)
    named = kind_of(head)[0] is not None or re.search(rf"\b(?:{objects})\b", head, _FLAGS)
    return bool(named or re.search(r"\bto\s+(?:be\s+)?[a-z]+|\bthat\b", head) or refers_back(head))


# "agreed by a large majority", "carried by 12 votes": how, not by whom
@cache
def _by_a_count() -> re.Pattern[str]:
    return re.compile(
        rf"\s+by\s+(?:a\s+(?:\w+\s+)?majority|\d+|{either(decisions_vocabulary().motions.carried_by_means)})", _FLAGS
    )


@cache
def _coordinated() -> re.Pattern[str]:
    """A further decision verb coordinated with the first: "endorsed X and appointed Y", "approved the budget and
    rejected the call for ...", "agreed A but held over B"."""
    v = decisions_vocabulary().motions
    settled = [verb for verb, outcome in v.verb_outcomes.items() if outcome is not Outcome.UNKNOWN]
    also = either(v.agree_verbs, v.decide_verbs, v.appointment_verbs, tuple(settled))
    verbs = f"{v.defeat_verbs.regex()}|{v.vote_verbs.regex()}|{also}"
    return re.compile(rf"(?:\band\b|\bbut\b|,)\s+(?:[^,]{{0,40}},\s+)?(?:then\s+)?(?P<verb>{verbs})\b", _FLAGS)


def _decision_draft(
    index: int, reading: Reading, verb_clause: tuple[re.Match[str], int], clause: str, subject: str
) -> Draft:
    """The motion one decision verb states; its outcome may be told later in its own clause (up to the next
    coordinated decision verb)."""
    match, clause_end = verb_clause
    v = decisions_vocabulary().motions
    verb = " ".join(match["verb"].lower().split())
    outcome = verb_outcome(verb, subject)
    if outcome is Outcome.CARRIED:  # "voted to reject it": the verb took the infinitive's "to"
        taken = verb.endswith(" to") and not re.match(r"to\s", clause, _FLAGS)  # not "and to defer B", its own "to"
        to = "not to" if verb.endswith(" not to") else "to"  # "voted not to accept the report": declined
        outcome = decided_outcome(f"{to} {clause}" if taken else clause) or outcome
    elif outcome is Outcome.DEFEATED and acts_on_another_thing(verb, clause):
        outcome = Outcome.CARRIED
    text = reading.sentence.text
    later = [o for o in reading.outcomes if match.start("verb") < o.start < clause_end]
    contrasted = [o for o in later if _contrasted(text[match.end() : o.start])]
    told = [o for o in later if _relative(text[match.end() : o.end]) or _contrasted(text[match.end() : o.start])]
    told += [o for o in later if re.match(r"and\b", text[o.start : o.end], _FLAGS)]  # "was asked to ..., and did so"
    if contrasted and contrasted[-1].outcome is not Outcome.CARRIED:
        outcome = contrasted[-1].outcome  # "agreed ... but sent them to a working group"
    elif outcome is Outcome.UNKNOWN and told:
        # the author's vote, then the meeting's result: "we supported the recommendations, which were agreed",
        # "I voted against the proposal, but it was carried", "I voted for it; the motion fell"
        outcome = told[-1].outcome
    # the kind is what was agreed ("a number of rule changes"), not whatever the clause goes on to mention
    head = " ".join(clause.split()[:8])
    named, at = kind_of(head)
    kind = MotionKind.OTHER if verb in v.appointment_verbs else named
    vote = reading.votes[-1] if reading.votes else None
    # the noun the report uses for it ("the timetable"), so that a later "the timetable was approved" settles it
    return Draft(index, index, kind or MotionKind.OTHER, clause, strong(), outcome, vote, noun_at(head, at))


def umbrella_outcome(reading: Reading) -> Outcome | None:
    """The outcome an umbrella gives the list below it ("The NEC agreed:", "RESOLVED:", "It was agreed to:");
    None when the sentence is no umbrella."""
    text = reading.sentence.text.rstrip()
    if not text.endswith(":"):
        return None
    head = text[:-1]
    # "7.1 AGREED:": minutes number their paragraphs in parts, before the label
    labels = either(decisions_vocabulary().motions.umbrella_labels)
    if re.fullmatch(rf"\W*(?:{PARAGRAPH_PART_NUMBER}\s+)?(?:{labels})\W*", head, _FLAGS):
        return Outcome.CARRIED
    impersonal = patterns().impersonal.search(head)
    if impersonal and _empty_object().fullmatch(head[impersonal.end() :]):
        return Outcome.CARRIED
    first = _first_decision(reading)
    if first is not None and _empty_object().fullmatch(head[first.end() :]):
        return verb_outcome(" ".join(first["verb"].lower().split()), first["subject"])
    if len(head.split()) <= _LABEL_WORDS and (result := label_result(reading)) is not None:
        return result  # "Not approved:", "Referred to the Finance Committee:", "Deferred to the next meeting:"
    if _declining(reading.body.subject(head)).fullmatch(head):
        return Outcome.DEFEATED  # "We didn't approve:", "The Board did not agree:"
    return _items_and_result(reading, head)


@lru_cache(maxsize=64)
def _declining(subject: str) -> re.Pattern[str]:
    """The meeting declining, nothing after its verb ("We didn't approve", "The Board did not agree"): the head of
    the list of what it turned down."""
    v = decisions_vocabulary().motions
    return re.compile(
        rf"\W*(?:{subject}|{either(v.author_pronouns)})\s+(?:{either(v.umbrella_negators)})\s+(?:{either(v.assent_verbs)})\W*",
        _FLAGS,
    )


_LABEL_WORDS = 6


def label_result(reading: Reading) -> Outcome | None:
    """The result a label line opens with, a negator apart ("Rejected", "Not agreed", "Remitted to the EC", "Held
    over"), or a referral told by its participle alone ("Referred"): the result of the items the label heads."""
    text = reading.sentence.text
    if re.fullmatch(rf"\W*(?:{either(decisions_vocabulary().motions.referral_labels)})\W*", text, _FLAGS):
        return Outcome.REMITTED
    first = reading.outcomes[0] if reading.outcomes else None
    if first is None or not re.fullmatch(r"\W*(?:not\s+)?", text[: first.start], _FLAGS):
        return None
    return reading.outcomes[-1].outcome


def _items_and_result(reading: Reading, head: str) -> Outcome | None:
    """ "The following motions passed:", "Motions passed at the meeting:", "Rule changes agreed today:": a plural
    item and its result, nothing of its own, over the list of what passed."""
    items = _plural_items().match(head)
    outcomes = [o for o in reading.outcomes if items is not None and o.start >= items.end()]
    if not outcomes or re.search(r"\b(?:on|to|that|calling|from)\b", head[: outcomes[0].start], _FLAGS):
        return None  # "Motions on pay and pensions passed:" names its items
    return outcomes[-1].outcome


@cache
def _plural_items() -> re.Pattern[str]:
    plurals = [noun for noun in decisions_vocabulary().motions.anaphoric_nouns if noun.endswith("s")]
    lead = r"\W*(?:the\s+following\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+)?"
    # "The following were agreed:", "The following items were approved:": the list alone names them
    following = r"\W*the\s+following(?:\s+[\w-]+)?(?=\s+(?:were|was|have|has|had)\b)"
    return re.compile(rf"{lead}(?:{either(tuple(plurals))})\b|{following}", _FLAGS)


# what an umbrella's verb may take before its colon: "agreed to:", "agreed the following rule changes:", "agreed these
# rule changes:"
@cache
def _empty_object() -> re.Pattern[str]:
    return re.compile(
        rf"\s*(?:{either(decisions_vocabulary().motions.umbrella_objects)}"
        r"|(?:on\s+)?(?:the following|these)(?:\s+[\w-]+){0,3}?|(?:the\s+)?following)?\s*",
        _FLAGS,
    )


def decided_outcome(clause: str) -> Outcome | None:
    """ "agreed to refer it" remits, "decided to postpone it" and "to put the item off" defer, "RESOLVED that it be
    deferred" defers, "decided against a conference", "agreed not to support the motion" (an item) and "accepted
    none of the amendments" defeat it."""
    against = re.match(rf"(?:\w+ly\s+)?(?:{either(decisions_vocabulary().clauses.against_words)})\b", clause, _FLAGS)
    if against or declines_an_item(clause):
        return Outcome.DEFEATED
    for outcome, pattern in _decided_to():
        taken = pattern.match(clause)
        if taken and not (
            outcome in (Outcome.DEFEATED, Outcome.WITHDRAWN)
            and acts_on_another_thing(taken.group(), clause[taken.end() :])
        ):
            return outcome
    for phrase in find_outcomes(clause):
        if phrase.outcome is not Outcome.CARRIED and _that_an_item_be().match(clause[: phrase.start]):
            return phrase.outcome
    return _infinitive_outcome(clause) or (Outcome.DEFERRED if put_off_to_later(clause) else None)


def _infinitive_outcome(clause: str) -> Outcome | None:
    """ "to vote down the motion", "to shelve the report": the infinitive of any decision verb with an outcome of its
    own (the verbs the parse reads), when its object is an item."""
    taken = re.match(r"to\s+([a-z]+)(?:\s+([a-z]+))?", clause, _FLAGS)
    if taken is None:
        return None
    verbs = decisions_vocabulary().clauses.verbs
    phrasal = f"{taken[1]} {taken[2]}".lower()
    verb = phrasal if phrasal in verbs else taken[1].lower()
    outcome = verbs.get(verb)
    if outcome in (None, Outcome.CARRIED) or acts_on_another_thing(verb, clause[taken.start(1) + len(verb) :]):
        return None
    return outcome


@cache
def _decided_to() -> list[tuple[Outcome, re.Pattern[str]]]:
    """ "to refer it", "to put the item off": the infinitive a decision verb takes, by the outcome it gives."""
    return [
        (outcome, re.compile(decided_infinitive_re(verbs), _FLAGS))
        for outcome, verbs in decisions_vocabulary().motions.decided_outcomes.items()
    ]


@cache
def _that_an_item_be() -> re.Pattern[str]:
    """ "that the application be ...", "that the motion be not adopted": a that-clause whose subject is an item
    already there (not "a letter")."""
    new = either(decisions_vocabulary().motions.new_thing_openers)
    return re.compile(rf"\W*that\s+(?!(?:{new})\s)[^;:]*?\bbe\s+(?:not\s+)?(?:\w+ly\s+)?$", _FLAGS)


def _relative(between: str) -> bool:
    """An outcome told of the item just named: "..., which were agreed", "..., and it was carried"."""
    pronouns = either(grammar_vocabulary().decisions.item_pronouns)
    return bool(re.search(rf",\s*(?:which|and\s+(?:{pronouns}))\b", between, _FLAGS))


def _contrasted(between: str) -> bool:
    """An outcome after the decision in a clause of its own: "agreed it, but then sent it to a working group"."""
    return bool(re.search(rf"\b(?:{either(grammar_vocabulary().contrast_words)})\b|[;:]", between, _FLAGS))


def verb_outcome(verb: str, subject: str) -> Outcome:
    """ "agreed" carries, "rejected" defeats, "referred" remits, "nominated" leaves the outcome open, and so
    does the author's own vote ("we voted against it"): the meeting's result is another matter."""
    v = decisions_vocabulary().motions
    if subject.lower() in v.author_pronouns and verb in v.author_vote_verbs:
        return Outcome.UNKNOWN
    if re.fullmatch(v.defeat_verbs.regex(), verb, _FLAGS):
        return Outcome.DEFEATED
    # "The branch nominated Leah Grant": the body choosing is its decision; "I nominated her" only puts a name
    if verb in v.appointment_verbs and subject.lower() not in v.author_pronouns:
        return Outcome.CARRIED
    return v.verb_outcomes.get(verb, Outcome.CARRIED)


def decision_on_the_item_before(reading: Reading) -> Outcome | None:
    """The outcome of a decision the meeting takes on the item just put, named only by a word that points back:
    "The group decided to refer the matter to the regional office", "We agreed to defer it"."""
    first = _first_decision(reading)
    if first is None:
        return None
    text = reading.sentence.text
    clause = text[first.end() :].strip()
    if not _the_item_just_put().match(clause):
        return None
    if re.match(r"not\b", clause, _FLAGS) and not declined(clause):
        return None  # "agreed not to publish the minutes": a decision of its own
    verb = " ".join(first["verb"].lower().split())
    outcome = verb_outcome(verb, first["subject"])
    if outcome is Outcome.CARRIED and declined(clause):
        return Outcome.DEFEATED  # "The meeting decided not to support it"
    return decided_outcome(clause) or outcome if outcome is Outcome.CARRIED else outcome


@cache
def _the_item_just_put() -> re.Pattern[str]:
    """A decision's object that is the item just put, with nothing said of it: "to refer the matter to the
    region", "to defer it", "that the proposal be referred" (not "the report of the review")."""
    v = decisions_vocabulary().motions
    nouns = either(v.back_reference_nouns, v.anaphoric_nouns)
    g = grammar_vocabulary().decisions
    described = rf"(?!\s+(?:{either(g.describing_words)})\b)"
    pointer = rf"(?:{either(g.pointer_pronouns)}|(?:{either(g.pointer_determiners)})\s+(?:{nouns}))\b{described}"
    return re.compile(
        rf"(?:that\s+(?={pointer}\s+(?:be|is|was|should|would)\b)|(?:not\s+)?(?:to\s+)?(?:\w+ly\s+)?[a-z]+\s+(?:back\s+)?)?{pointer}",
        _FLAGS,
    )


def refers_back(words: str) -> bool:
    """Whether the object these words open with is an item already named: "it", "both", "them", or a bare
    "the motion" that the clause says no more about ("the motion, as did ...", "the amendment.")."""
    v = decisions_vocabulary().motions
    if re.match(rf"\s*(?:{either(v.anaphoric_subjects)}|them)\b", words, _FLAGS):
        return True
    nouns = either(v.anaphoric_nouns)
    g = grammar_vocabulary().decisions
    item = rf"(?:{pointing_pronouns()}|(?:{either(g.item_determiners)})\s+(?:{nouns}))"
    return bool(re.match(rf"\s*{item}\s*(?:[,.;:!?)]|$|\s+(?:{either(g.after_a_bare_object)})\b)", words, _FLAGS))


def anaphoric_subject(matched: str) -> bool:
    return bool(re.match(rf"(?:{either(decisions_vocabulary().motions.anaphoric_subjects)})\b", matched, _FLAGS))


def _ruled_that(verb: str, clause: str) -> bool:
    """ "decided that all shortlists must include a woman", "resolved that branches need not meet in August": what a
    body decides must be is its rule, where "agreed that we must do better" may be a view shared."""
    decide = decisions_vocabulary().motions.decide_verbs
    return " ".join(verb.lower().split()) in decide and bool(re.match(r"that\b", clause, _FLAGS))


def not_a_decision(clause: str) -> bool:
    """Agreeing with words or opinions, or to look at something, is not deciding a proposal."""
    words = decisions_vocabulary().motions.not_a_decision
    if put_off_to_later(clause):
        return False  # "to consider the motion at a later meeting": the item deferred
    return (
        not clause
        or bool(_empty_object().fullmatch(clause.rstrip(":")) and clause.endswith(":"))
        or bool(re.match(rf"(?:{words.clause_openers.regex()})", clause, _FLAGS))
        or bool(re.match(rf"(?:(?!{_OF_ANOTHER_NOUN})[\w'’]+\s+){{0,3}}?(?:{either(words.objects)})\b", clause, _FLAGS))
    )


# "extended the deadline for comments", "set the date of the speech": a word of that kind after "for" or "of" only
# says what the object is for or of; the decision is on the noun before it
_OF_ANOTHER_NOUN = r"(?:for|of)\b"
