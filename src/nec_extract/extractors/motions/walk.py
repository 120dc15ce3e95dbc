"""The walk through a report's sentences: each one settles the motion left open, confirms the one just
settled, continues a list, or introduces new motions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from nec_extract.extractors.motions.antecedents import ordinal_stands_for_a_proposal
from nec_extract.extractors.motions.clause_decisions import clause_decisions, further_decisions
from nec_extract.extractors.motions.counted import item_result, ordinal_of, split_results
from nec_extract.extractors.motions.decision_on_it import decision_on_it
from nec_extract.extractors.motions.decisions import decision_on_the_item_before
from nec_extract.extractors.motions.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.gapped import gapped_tally
from nec_extract.extractors.motions.item_told_before import labels_an_item, told_before
from nec_extract.extractors.motions.likewise import with_likewise
from nec_extract.extractors.motions.linking import (
    NEAR,
    close,
    confirms,
    earlier_named,
    first_clause_outcome,
    left_by_a_withdrawn_amendment,
    puts_the_item,
    restated_item,
    settle,
    settle_restated,
    settles,
)
from nec_extract.extractors.motions.lists import (
    bullet_draft,
    counted_list_intro,
    following_intro,
    is_bare_marker,
    is_bullet,
    is_umbrella,
    marker_kind,
    opens_numbered,
    starts_line,
    subheading_umbrella,
)
from nec_extract.extractors.motions.minutes import minutes_label
from nec_extract.extractors.motions.named_next import counted, named_items
from nec_extract.extractors.motions.patterns import patterns
from nec_extract.extractors.motions.people import only_movers
from nec_extract.extractors.motions.reading import Reading, kind_of, read_sentence
from nec_extract.extractors.motions.resolutions import RESOLVES_WITHIN, awaiting_resolution
from nec_extract.extractors.motions.statements import drafts_of, drafts_of_clauses, later_clause_results
from nec_extract.extractors.motions.tables import row_item
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import MotionKind, Outcome, Vote
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE


@cache
def _minutes_mover() -> re.Pattern[str]:
    """ "Moved: Jane Doe", "Proposer - Jo Bloggs": a line of minutes naming the mover."""
    return re.compile(rf"^\W*(?:{either(decisions_vocabulary().motions.mover_labels)})\s*[:\-]", _FLAGS)


@dataclass
class SentenceWalk:
    report: ReportContext
    readings: list[Reading]
    votes: list[Vote]
    drafts: list[Draft] = field(default_factory=list)
    open_drafts: list[Draft] = field(default_factory=list)  # introduced together, outcome not yet known
    recent: Draft | None = None  # settled just now: a further "The motion was declared carried." confirms it
    following: Draft | None = None  # "the following motions:" over a list
    list_marker: tuple[Draft, str] | None = None  # the list's intro and the kind of marker its first item has
    focus: Draft | None = None  # of several open, the one "The second, ..." named: "it" is that one
    counted: list[Draft] = field(default_factory=list)  # "We had two motions.": the items an ordinal counts
    counted_told: bool = False  # an item counted has been told in its own words ("The motion on pay was ...")

    def run(self) -> list[Draft]:
        """The drafts of every motion, in text order."""
        for index, reading in enumerate(self.readings):
            if not reading.excluded and not is_bare_marker(reading) and not self._is_heading(reading):
                self._step(index, reading)
        self._close_open()
        return self.drafts

    def _step(self, index: int, reading: Reading) -> None:
        # "Agreed actions" over a list heads the items below; it settles nothing above it
        heading = subheading_umbrella(self.report, self.readings, index)
        if heading is not None:
            self._open_list(heading)
            return
        done = (
            self._table_row(index, reading)
            or self._two_tallies(index, reading)
            or self._named_after_count(index, reading)
            or self._never_put(reading)
            or self._list_item(index, reading)
            or self._one_of_several(index, reading)
            or self._splits_open(index, reading)
            or self._settles_open(index, reading)
            or self._decides_open(index, reading)
            or self._seconds_open(index, reading)
            or self._names_recent_movers(index, reading)
            or self._confirms_recent(index, reading)
            or self._settles_earlier(index, reading)
        )
        if not done:
            self._introduce(index, reading)

    def _is_heading(self, reading: Reading) -> bool:
        """The report's own heading names its news ("NEC votes to change the rules"); the body states it."""
        title = self.report.title
        return title is not None and reading.sentence.start < self.report.start + len(title)

    def _table_row(self, index: int, reading: Reading) -> bool:
        """ "A7 Reinstate elections  Support  Carried": one motion per row of a table of decisions."""
        if reading.table_result is None:
            return False
        self._close_open()
        text = row_item(reading.sentence.text)
        vote = reading.votes[-1] if reading.votes else None  # "... | Carried, 41–12"
        kind = MotionKind.AMENDMENT if kind_of(text)[0] is MotionKind.AMENDMENT else MotionKind.MOTION
        row = Draft(index, index, kind, text, strong(), reading.table_result, vote)
        self.drafts.append(row)
        self.recent = row
        return True

    def _two_tallies(self, index: int, reading: Reading) -> bool:
        """ "A move to take it without debate was carried 21–11, and 20–12 on the paper itself": the first part is a
        decision of its own; the second tally settles the item left open, or is a decision of its own ("..., and by
        21 to 5 to endorse it")."""
        parts = gapped_tally(reading.sentence)
        if parts is None:
            return False
        first = read_sentence(self.report, parts[0], self.votes, reading.body)
        second = read_sentence(self.report, parts[1], self.votes, reading.body)
        drafts = drafts_of(index, first) or _told_by_its_result(index, first)
        if len(drafts) != 1 or not second.votes:
            return False
        decided = drafts[0]
        decided.start, decided.end = parts[0].start, parts[0].end
        open_item = self.open_drafts[-1] if self.open_drafts and index - self.open_drafts[-1].first <= NEAR else None
        if open_item is not None:
            self.open_drafts.remove(open_item)
        self._close_open()
        self.drafts.append(decided)
        if open_item is None:  # "..., and by 21 to 5 to endorse it": a decision of its own
            open_item = Draft(index, index, MotionKind.PROPOSAL, parts[1].text, strong())
            open_item.start, open_item.end = parts[1].start, parts[1].end
            self.drafts.append(open_item)
        told_in = open_item.last
        settle(open_item, second, index)
        if told_in < index:  # its evidence stays its own words, not the other decision's
            open_item.last = told_in
        self.recent = open_item
        return True

    def _named_after_count(self, index: int, reading: Reading) -> bool:
        """ "The committee carried two emergency resolutions. One condemned ..., the other called on ...": the
        items counted in the sentence before, named one by one, are the motions, with its result."""
        counted_drafts = [d for d in self.drafts if d.first == index - 1 == d.last]
        count = counted(self.readings[index - 1].sentence.text) if counted_drafts and index else 0
        if count < 2 or len({d.summary for d in counted_drafts}) != 1:
            return False
        items = named_items(reading.sentence, count)
        if not items:
            return False
        umbrella = counted_drafts[0]
        for draft in counted_drafts:
            self.drafts.remove(draft)
            if draft in self.open_drafts:
                self.open_drafts.remove(draft)
        # "Two motions came to us. One was agreed; the other fell.": the items named by their results
        outcomes = split_results(reading, len(items)) or [item_result(item) or umbrella.outcome for item in items]
        for item, outcome in zip(items, outcomes, strict=True):
            draft = Draft(index, index, umbrella.kind, item.text, strong(), outcome, umbrella.vote)
            draft.start, draft.end = item.start, item.end
            self.drafts.append(draft)
        self.recent = self.drafts[-1] if outcomes[-1] is not Outcome.UNKNOWN else None
        if outcomes[-1] is Outcome.UNKNOWN:
            self.open_drafts = self.drafts[-len(items) :]
        return True

    def _never_put(self, reading: Reading) -> bool:
        """ "The Chair ruled it out of order": never put, so no motion, neither this one nor the one just moved."""
        if not patterns().never_put.search(reading.sentence.text):
            return False
        for draft in self.open_drafts:
            if draft in self.drafts:
                self.drafts.remove(draft)
        self.open_drafts, self.recent = [], None
        return True

    def _list_item(self, index: int, reading: Reading) -> bool:
        numbered = opens_numbered(reading.sentence)
        if self.following is None or not (numbered or is_bullet(self.report, reading.sentence)):
            return False
        if not self._same_marker(reading):
            self.following = None  # "• to hold a stall; • to pay for leaflets" then "6. Finance": the next section
            return False
        self._close_open()
        if numbered or starts_line(self.report, reading.sentence) or self.recent is None:
            self.recent = bullet_draft(index, reading, self.following)
            if self.recent is None:
                return False  # "the NEC: • heard a report ...", "The Executive: 1. Approved ...": read as it is
            self.drafts.append(self.recent)
        else:
            self.following.last = index
            if reading.outcomes or reading.votes:
                settle(self.recent, reading, index)
        return True

    def _same_marker(self, reading: Reading) -> bool:
        """Whether the item's marker is of the kind the list's first item had (bullets, numbers or letters)."""
        assert self.following is not None
        kind = marker_kind(self.report, reading.sentence)
        if self.list_marker is None or self.list_marker[0] is not self.following:
            self.list_marker = (self.following, kind)
        return self.list_marker[1] == kind

    def _one_of_several(self, index: int, reading: Reading) -> bool:
        """ "We had two motions. The first, from Riverside branch, ... It went through. The second ... was
        rejected.": each ordinal takes its item in turn; without items counted before, one with an outcome is
        a motion of its own ("The third, on membership cards, was approved")."""
        number = ordinal_of(reading)
        if number is None:
            return False
        counted = self.counted
        target = (counted[number - 1] if 0 < number <= len(counted) else counted[-1]) if counted else None
        if target is not None and target in self.open_drafts:
            target.first, target.summary = index, reading.sentence.text
            target.last = max(target.last, index)
            if reading.outcomes or reading.votes:
                settle(target, reading, index)
                self.open_drafts.remove(target)
                self.recent, self.focus = target, None
            else:
                self.focus = target
            return True
        if not reading.outcomes or reading.excluded or not ordinal_stands_for_a_proposal(reading):
            return False
        outcome, vote = final_outcome(reading.outcomes, reading.votes)
        draft = Draft(index, index, reading.kind or MotionKind.PROPOSAL, reading.sentence.text, reading.people)
        draft.outcome, draft.vote = outcome, vote
        self._close_open()
        self.drafts.append(draft)
        self.recent = draft
        return True

    def _splits_open(self, index: int, reading: Reading) -> bool:
        """ "We had three motions. Two were carried and one was lost.": each open item takes its share in turn."""
        results = split_results(reading, len(self.open_drafts))
        if results is None:
            return False
        for draft, outcome in zip(self.open_drafts, results, strict=True):
            settle(draft, reading, index)
            draft.outcome = outcome
        self.open_drafts, self.recent = [], self.open_drafts[-1]
        return True

    def _settles_open(self, index: int, reading: Reading) -> bool:
        """ "This amendment fell.", or for several introduced together, "Both were lost."; of several, "It went
        through" settles the one an ordinal named."""
        if not self.open_drafts or not settles(self.open_drafts[-1], self.readings, index):
            return False
        every = _every_item().match(reading.sentence.text) is not None
        if self.focus in self.open_drafts and reading.reference in ("pronoun", "near", "none") and not every:
            settle(self.focus, reading, index)
            self.open_drafts.remove(self.focus)
            self.recent, self.focus = self.focus, None
            return True
        first_clause = first_clause_outcome(reading)
        for draft in self.open_drafts:
            settle(draft, reading, index)
            draft.outcome = first_clause or draft.outcome
        self.open_drafts, self.recent = [], self.open_drafts[-1]
        # "X introduced the report. Cabinet approved the programme and authorised tenders.": more decisions of its own
        self.drafts.extend(further_decisions(index, reading))
        # "The amendment was carried, and the amended motion was then agreed": the motion moved before it too;
        # "This was defeated, and the report was then accepted": else an item of its own, decided after it
        decisions = clause_decisions(index, reading)
        for later in decisions[1:] if first_clause is None else decisions:
            if not self._settles_restated(later, index) and first_clause is not None:
                self.drafts.append(later)
        return True

    def _decides_open(self, index: int, reading: Reading) -> bool:
        """ "A proposal from X ... was discussed. The group decided to refer the matter to the region.": the
        meeting's decision on the item just put, pointed to by "it" or "the matter"."""
        if not self.open_drafts or index - self.open_drafts[-1].first > NEAR:
            return False
        outcome = decision_on_it(reading) or decision_on_the_item_before(reading)
        if outcome is None or outcome is Outcome.UNKNOWN:
            return False
        for draft in self.open_drafts:
            settle(draft, reading, index)
            draft.outcome = outcome
        self.open_drafts, self.recent = [], self.open_drafts[-1]
        return True

    def _seconds_open(self, index: int, reading: Reading) -> bool:
        draft = self.open_drafts[-1] if self.open_drafts else None
        people = reading.people
        if draft is None or not people.seconders or people.movers or index - draft.first > NEAR:
            return False
        draft.people.seconders += [s for s in people.seconders if s not in draft.people.seconders]
        draft.people.strong = True  # moved and seconded: put to the meeting, whatever became of it
        return True

    def _names_recent_movers(self, index: int, reading: Reading) -> bool:
        """ "The minutes were approved. Proposed Jo Hart, seconded Sam Lee.": the line names who put the item just
        decided; it is no new motion."""
        draft = self.recent
        if draft is None or index - draft.last != 1 or not only_movers(reading.sentence.text):
            return False
        draft.people.movers += [m for m in reading.people.movers if m not in draft.people.movers]
        draft.people.seconders += [s for s in reading.people.seconders if s not in draft.people.seconders]
        draft.last = index
        draft.end = None if draft.end is None else reading.sentence.end
        return True

    def _confirms_recent(self, index: int, reading: Reading) -> bool:
        if self.recent is None or index - self.recent.last > 3 or not confirms(self.recent, self.readings, index):
            return False
        if any(labels_an_item(r) for r in self.readings[self.recent.last + 1 : index]):
            return False  # "– Moving the conference: I voted against. It was carried anyway.": the item labelled
        settle(self.recent, reading, index)
        return True

    def _settles_earlier(self, index: int, reading: Reading) -> bool:
        draft = earlier_named(self.drafts, self.readings, index)
        draft = draft or left_by_a_withdrawn_amendment(self.drafts, self.readings, index)
        if draft is None:
            return False
        settle(draft, reading, index)
        self.recent = draft
        return True

    def _open_list(self, intro: Draft | None) -> None:
        """A list's intro ("The NEC agreed:", "Agreed actions"): what is open closes, the items below follow it."""
        self._close_open()
        self.following = intro
        self.recent = None

    def _introduce(self, index: int, reading: Reading) -> None:
        counted = counted_list_intro(self.report, self.readings, index)
        if counted or is_umbrella(reading):
            self._open_list(counted or following_intro(self.readings, index, self.following))
            return
        clausal = drafts_of_clauses(self.report, index, reading, self.votes)
        new = clausal or drafts_of(index, reading)
        new = with_likewise(index, reading, new)
        new = new or told_before(self.readings, index, self.drafts) or clause_decisions(index, reading)
        if _quoted(reading) and any(d.outcome is n.outcome for n in new for d in self.drafts):
            new = []  # a spokesperson restating the decision: listed once
        if new and _minutes_mover().match(reading.sentence.text) and index and self.readings[index - 1].kind:
            # "Motion on rail fares. Moved: Jane Doe. ..." : the item names the motion, the next line its mover
            previous = self.readings[index - 1]
            new[0].first, new[0].summary = index - 1, previous.sentence.text
            new[0].kind = previous.kind or new[0].kind
        new = self._resolves_open(index, reading, new)
        new = [draft for draft in new if not self._settles_restated(draft, index)]
        if not clausal:  # "...; it was carried, and the amended motion was then agreed"
            settle_restated(self.drafts, later_clause_results(self.report, index, reading, self.votes), new, reading)
        self.following = following_intro(self.readings, index, self.following)
        if not new:
            return
        if _of_them().search(reading.sentence.text):
            self._drop_plural_open()
        self._drop_post_announced(index, new)
        self._fill_counted(new)
        self._close_open()
        self.recent = None
        self.drafts.extend(new)
        if new[-1].unsettled:
            self.open_drafts = [draft for draft in new if draft.unsettled]
            self.counted = list(self.open_drafts) if len(self.open_drafts) > 1 else []
            self.counted_told = False
        else:
            self.recent = new[-1]

    def _resolves_open(self, index: int, reading: Reading, new: list[Draft]) -> list[Draft]:
        """ "Moved: D. Mensah / Seconded: H. Clarke / RESOLVED: That ...", "... The substantive motion was then put and
        it was RESOLVED that ...": the resolution is the result of the motion just moved, in its words; further parts
        of it are motions of their own."""
        if not new or not (minutes_label(reading) or puts_the_item(reading.sentence.text)):
            return new
        moved = self.open_drafts[-1] if self.open_drafts else awaiting_resolution(self.drafts, self.readings, index)
        if moved is None or (moved in self.open_drafts and index - moved.last > RESOLVES_WITHIN):
            return new
        resolution = new[0]
        moved.outcome, moved.vote = resolution.outcome, resolution.vote or moved.vote
        moved.summary, moved.last = resolution.summary, index
        moved.kind = resolution.kind if moved.kind is MotionKind.MOTION else moved.kind
        if moved in self.open_drafts:
            self.open_drafts.remove(moved)
        elif any(d.kind is MotionKind.AMENDMENT and d.first > moved.first for d in self.drafts):
            moved.first = index  # amendments came between: the evidence is the resolution, not all the debate
        self.recent = moved
        return new[1:]

    def _settles_restated(self, draft: Draft, index: int) -> bool:
        """ "..., and the substantive motion was carried": the result of the motion moved before, not a new one."""
        earlier = restated_item(self.drafts, draft, index)
        if earlier is None:
            return False
        earlier.outcome, earlier.vote, earlier.last = draft.outcome, draft.vote or earlier.vote, index
        return True

    def _fill_counted(self, new: list[Draft]) -> None:
        """ "We debated two motions. The motion on pay was carried. The motion on fees fell.": each item told
        in its own words takes the place of one of those counted, which are no motions of their own."""
        for draft in new:
            slot = next((d for d in self.counted if d in self.drafts and d.unsettled and d.kind is draft.kind), None)
            if slot is None:
                return
            self.counted.remove(slot)
            self.counted_told = True
            self.drafts.remove(slot)
            if slot in self.open_drafts:
                self.open_drafts.remove(slot)

    def _drop_post_announced(self, index: int, new: list[Draft]) -> None:
        """ "We then elected a new Chair of the Equalities Committee. Anna Kowalski was elected with 18 votes.":
        the post announced and the person elected are one election, told by the second sentence."""
        before = self.drafts[-1] if self.drafts else None
        if (
            before is None
            or before.first < index - _POST_REACH
            or not new
            or not new[0].summary.startswith("election of ")
        ):
            return
        if before.kind is MotionKind.OTHER and _POST_ONLY.match(before.summary):
            self.drafts.remove(before)

    def _drop_plural_open(self) -> None:
        """ "Proposals to change the selection rules were brought. ... we agreed some of them - A and B": the
        plural put first only announced the items decided one by one."""
        for draft in [d for d in self.open_drafts if (d.noun or "").endswith("s")]:
            self.open_drafts.remove(draft)
            if draft in self.drafts:
                self.drafts.remove(draft)

    def _close_open(self) -> None:
        for draft in self.open_drafts:
            if draft in self.counted and self.counted_told and draft in self.drafts:
                self.drafts.remove(draft)  # the items counted are told in their own words, this one later
            else:
                close(self.drafts, draft)
        self.open_drafts = []


_POST_ONLY = re.compile(
    r"(?:a|an)\s+(?:new\s+)?[A-Z][\w-]*",
)


@cache
def _of_them() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{either(grammar_vocabulary().decisions.split_quantities)})\s+of\s+"
        rf"(?:{either(grammar_vocabulary().decisions.group_pronouns)})\b",
        _FLAGS,
    )


@cache
def _every_item() -> re.Pattern[str]:
    """ "Both were carried", "All three fell": a result for every item told, not only the one just named."""
    subjects = either(decisions_vocabulary().motions.every_item_subjects)
    return re.compile(rf"^\W*(?:{subjects})\b(?!\s+(?:of\s+)?the\b)", re.IGNORECASE)


# how many sentences may stand between a post announced and the person elected ("Two candidates stood.")
_POST_REACH = 3


def _quoted(reading: Reading) -> bool:
    """Speech quoted in the report: "A spokesperson said: “The NEC has agreed ...”"."""
    return bool(_quote().search(reading.sentence.text))


@cache
def _quote() -> re.Pattern[str]:
    verbs = decisions_vocabulary().motions.quote_verbs.regex()
    # "said afterwards: “...”", "put it on the way out, “...”": a few words may stand before the colon or comma
    return re.compile(rf"^\W*[“\"‘']|\b(?:{verbs})(?:(?:\s+[\w'’-]+){{1,4}}?\s*[:,]|\s*[:,]?)\s*[“\"‘']")


def _told_by_its_result(index: int, reading: Reading) -> list[Draft]:
    """ "A move to take it without debate was carried 21–11": a decision told only by its result and tally."""
    if not reading.outcomes or not reading.votes:
        return []
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index, index, MotionKind.PROPOSAL, reading.sentence.text, strong(), outcome, vote)]
