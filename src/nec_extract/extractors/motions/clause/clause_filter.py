"""The cheap filter before the parse layer asks for a sentence's parse: a form of a decision verb, and a word that
may be who decides or what. Most sentences of a report have neither and are never parsed for decisions."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from nec_extract.extractors.motions.acts.done_in_the_passive import passive_acts
from nec_extract.extractors.motions.acts.won_agreement import winning_phrase
from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.lexicon.trie import trie_alternation

if TYPE_CHECKING:
    from nec_extract.extractors.motions.sentence.reading import Reading
    from nec_extract.extractors.motions.this_meeting.bodies import MeetingBody


def worth_parsing(reading: Reading) -> bool:
    """A cheap filter before any parse: a form of a decision verb, and a word that may be who decides or what
    ("the committee", "we", "the motion", "a fourth")."""
    return reading.report.parser is not None and worth_parsing_text(reading.sentence.text, reading.body)


# the pipeline asks of every sentence before the walk (to parse them in one batch), the walk again of each it reads
@lru_cache(maxsize=4096)
def worth_parsing_text(text: str, body: MeetingBody) -> bool:
    """The same filter on a sentence's words alone, before the sentence is read (to parse it up front)."""
    if _plan().search(text) and _who_or_what().search(text):
        return True  # "We are to hold a ballot", "The branch will now affiliate"
    if _directing_frame().search(text) and _who_or_what().search(text):
        return True  # "The GC asked the officers to prepare ...": someone directed, read by the parse
    if _made_anew().search(text) or _done_in_the_passive().search(text):
        return True  # "A review of the process was commissioned", "A donation was made": no body named
    if _light_decision().search(text) and _who_or_what().search(text):
        return True  # "We made appointments to every committee": a decision noun after its light verb
    if winning_phrase(text) or _authors_achievement().search(text):
        return True  # "I secured agreement to ...", "I managed to get X added": whoever won it, the meeting decided
    if not _decision_form().search(text) and not _decision_noun().search(text) and not _phrasal_phrase(text):
        return False
    return bool(_who_or_what().search(text)) or any(name.lower() in text.lower() for name in body.names)


def names_an_act(reading: Reading) -> bool:
    """A form of a decision verb or a direction's frame, whoever acts: for a verb phrase going on from a body named
    before ("The committee: / • gave £250 to ..."), whose own words name no body."""
    text = reading.sentence.text
    acts = _decision_form().search(text) or _directing_frame().search(text) or _phrasal_phrase(text)
    return reading.report.parser is not None and bool(acts)


def tells_a_decision(text: str) -> bool:
    """An outcome word, or a form of a decision verb outside a plan: the sentence may tell a decision ("The motion
    was carried", "Members voted to affiliate"; not "We are to hold a ballot", itself a plan)."""
    told = bool(_decision_form().search(text)) and not _plan().search(text)
    return told or any(not o.hedged for o in find_outcomes(text))


@cache
def _decision_form() -> re.Pattern[str]:
    """A word that is a form of a decision verb ("agreed", "rejects", "threw", "voting"); the words as a prefix tree,
    which the engine tries far faster than a plain list of a few hundred."""
    return re.compile(rf"\b(?:{trie_alternation(decision_forms())})\b", re.IGNORECASE)


@cache
def _decision_noun() -> re.Pattern[str]:
    """A noun that tells a decision or a stance ("decision", "endorsement", "favour", "against"), for "the GC's
    decision to ...", "Members were in favour of ...", "Councillors were against the plan"."""
    words = decisions_vocabulary().clauses
    nouns = [*words.decision_nouns, *words.stance_nouns, *words.against_words]
    return re.compile(rf"\b(?:{trie_alternation(sorted(set(nouns)))})\b", re.IGNORECASE)


@cache
def _light_decision() -> re.Pattern[str]:
    """ "made appointments", "reached a compromise": a light verb's form, then its decision noun close after."""
    words = decisions_vocabulary().clauses
    made = words.made_decisions
    forms = sorted({f for lemma in made for f in _all_forms(lemma)})
    nouns = sorted({f"{noun}s?" for nouns in made.values() for noun in nouns})
    return re.compile(rf"\b(?:{'|'.join(forms)})\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(nouns)})\b", re.IGNORECASE)


@cache
def _authors_achievement() -> re.Pattern[str]:
    """ "I managed to", "I finally succeeded in", "I failed to": a change the author won or lost."""
    words = decisions_vocabulary().clauses
    forms = sorted(f for lemma in (*words.achievement_verbs, *words.refusal_verbs) for f in _forms(lemma))
    return re.compile(rf"\bI\s+(?:\w+ly\s+)?(?:{'|'.join(forms)})\s+(?:to|in)\b")


@cache
def _directing_frame() -> re.Pattern[str]:
    """ "asked the officers to prepare", "told staff to pause": a past verb, a few words, then an infinitive."""
    # also in the passive: "were asked to prepare"
    return re.compile(r"\b(?:[a-z]+ed|told)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?!the\b|a\b|an\b)[a-z]+\b")


@cache
def _made_anew() -> re.Pattern[str]:
    """ "was set up", "were established": a creation verb in the simple past passive."""
    words = decisions_vocabulary().clauses
    participles = [" ".join((_participle(first), *rest)) for first, *rest in (v.split() for v in words.creation_verbs)]
    return re.compile(rf"\b(?:was|were)\s+(?:{'|'.join(map(re.escape, participles))})\b", re.IGNORECASE)


@cache
def _done_in_the_passive() -> re.Pattern[str]:
    """ "was instructed", "were then opened": an act of the body's in the simple past passive."""
    words = decisions_vocabulary().clauses
    participles = sorted({_participle(lemma) for lemma in (*passive_acts(), *words.giving_verbs)})
    setting = "|".join(_participle(lemma) for lemma in words.setting_verbs)
    at = "|".join(words.setting_prepositions)  # "was set at twelve", not "was set out"
    acts = rf"{trie_alternation(participles)}|(?:{setting})\s+(?:{at})"
    return re.compile(rf"\b(?:was|were)\s+(?:\w+\s+)?(?:{acts})\b", re.IGNORECASE)


def _participle(lemma: str) -> str:
    """ "set" → set, "create" → created, "launch" → launched (the vocabulary's irregular forms first)."""
    irregular = decisions_vocabulary().clauses.irregular_pasts.get(lemma)
    if irregular:
        return irregular[-1]
    return lemma + ("d" if lemma.endswith("e") else "ed")


@cache
def _plan() -> re.Pattern[str]:
    """ "is to", "are also to", "will now", "will also now": a plan or a step that follows, as the body's decision may
    be told."""
    words = decisions_vocabulary().clauses
    now = "|".join(map(re.escape, words.consequence_adverbs))
    future = "|".join(re.escape(a.lstrip("'’")) for a in words.future_aux)
    return re.compile(rf"\b(?:is|are|re)\s+(?:\w+\s+)?to\s+\w|\b(?:{future})\s+(?:\w+\s+)?(?:{now})\b", re.IGNORECASE)


def _phrasal_phrase(text: str) -> bool:
    """A verb of common forms that decides only with its particle, preposition or noun ("ruled out", "went with",
    "put ... on hold", "made appointments", "Agreement was reached"): each form found by a fast pattern, then only its
    own phrases tried from there (its forms alone, "rules", "went", would send most sentences to the parse)."""
    starts, phrases = _phrasal()
    return any(p.match(text, m.start()) for m in starts.finditer(text) for p in phrases.get(m.group(0).lower(), ()))


@cache
def _phrasal() -> tuple[re.Pattern[str], dict[str, list[re.Pattern[str]]]]:
    words = decisions_vocabulary().clauses
    pairs = [(verb.split()[0], verb.split()[1:]) for verb in (*words.proposal_verbs, *words.change_verbs)]
    pairs += [(verb, [p]) for verb, ps in words.item_choosing_idioms.items() for p in ps]
    pairs += [(verb, [rf"{adverb}\s+with"]) for verb, adverbs in words.proceeding_idioms.items() for adverb in adverbs]
    phrases: dict[str, list[str]] = {}
    for lemma, after in pairs:
        for form in _all_forms(lemma):
            phrases.setdefault(form, []).append(rf"{form}\s+(?:[\w'’]+\s+)?{after[0]}" if after else form)
    for lemma, nouns in words.deferring_idioms.items():  # "put the dinner on hold": the noun a little after the verb
        for form in _all_forms(lemma):
            phrases.setdefault(form, []).extend(rf"{form}\s.{{0,60}}?\b{noun}" for noun in nouns)
    for lemma, nouns in words.made_decisions.items():  # "made appointments", "Agreement was reached"
        forms = "|".join(_all_forms(lemma))
        for form in _all_forms(lemma):
            phrases.setdefault(form, []).extend(rf"{form}\s+(?:[\w'’]+\s+){{0,3}}?{noun}" for noun in nouns)
        of = r"(?:(?:of|to|for)\s[^,.;]{0,40}?\s)?"  # "A donation of £500 was made": what it is of may come between
        for made in (n for noun in nouns for n in (noun, noun + "s")):
            phrases.setdefault(made, []).append(rf"{made}\s+{of}(?:was|were)\s+(?:{forms})")
    compiled = {k: [re.compile(rf"{p}\b", re.IGNORECASE) for p in v] for k, v in phrases.items()}
    return re.compile(rf"\b(?:{trie_alternation(sorted(phrases))})\b", re.IGNORECASE), compiled


def _all_forms(lemma: str) -> list[str]:
    return sorted(_forms(lemma) | set(decisions_vocabulary().clauses.irregular_pasts.get(lemma, ())))


@cache
def decision_forms() -> list[str]:
    """Every form of every decision verb."""
    words = decisions_vocabulary().clauses
    verbs = (*words.verbs, *words.actions, *words.choice_verbs, *words.refusal_verbs, *words.vote_verbs)
    verbs = (*verbs, *words.effect_verbs, *words.achievement_verbs, *words.vote_results, *words.passive_verbs)
    verbs = (*verbs, *words.setting_verbs, *words.side_verbs, *words.directing_verbs, *words.tasking_verbs)
    verbs = (*verbs, *words.giving_verbs, "call")
    lemmas = {w.split()[0] for w in (*verbs, *words.backing_idioms, *words.choosing_idioms)}
    return sorted({form for lemma in lemmas for form in _forms(lemma)} | set(words.irregular_forms))


def _forms(lemma: str) -> set[str]:
    """The regular forms of a verb: "agree" → agrees, agreed, agreeing; "vote" → voting; "refer" → referred; "carry" →
    carried."""
    if lemma.endswith("ee"):  # "agree" → agreeing, not "agreing"
        return {lemma, lemma + "s", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):  # "delay" → delayed
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    doubled = lemma + lemma[-1]
    return {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", doubled + "ed", doubled + "ing"}


@cache
def _who_or_what() -> re.Pattern[str]:
    """The meeting's body, "we", an item or an ordinal, as a word (any plural)."""
    return re.compile(rf"\b(?:{trie_alternation(who_or_what_words())})s?\b", re.IGNORECASE)


@cache
def who_or_what_words() -> list[str]:
    """The words for the meeting's body, "we", an item, an ordinal, a majority or a decision a light verb makes ("A
    donation of £500 was made")."""
    words = decisions_vocabulary()
    nouns = (*words.clauses.bodies, *words.clauses.items, *words.motions.meeting_pronouns, *words.motions.ordinals)
    made = (noun for nouns_made in words.clauses.made_decisions.values() for noun in nouns_made)
    return sorted(set((*nouns, *words.clauses.majorities, *made)))
