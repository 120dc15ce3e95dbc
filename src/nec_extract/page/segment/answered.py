"""Questions answered in the report's own body: a write-up set out as questions and answers ("Were there any votes?"
with "Yes, three. ..." on the line under it) asks its readers' questions; its question lines head no other article.
Lines labelled as a question or an answer ("Q: Did the NEC agree ...?", "A: Yes.") are never heading-like at all
(:func:`nec_extract.page.segment.lines.is_heading_like`, vocabulary ``interview_labels``)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.segment.lines import Line

_WORDS = pages_vocabulary()
_ANSWER_OPENS = re.compile(rf"^\W*(?:{alternation(_WORDS.answer_openers)})\b", re.IGNORECASE)
# a page set out as questions and answers holds at least this many questions answered straight under them
_FEWEST_PAIRS = 2


def answered_question_lines(lines: Sequence[Line]) -> set[int]:
    """The starts of the question lines answered on the line right under them: each whose answer opens with an
    answer word ("Yes, three.", "No.", "Something, yes."), and, on a page with two or more such pairs, every
    question so answered ("What's next?" over "The Org Sub meets in June.")."""
    pairs = [
        (line, below)
        for line, below in itertools.pairwise(lines)
        if line.stripped.endswith("?") and below.stripped and not below.stripped.endswith("?")
    ]
    answered = {line.start for line, below in pairs if _ANSWER_OPENS.match(below.stripped)}
    return {line.start for line, _ in pairs} if len(answered) >= _FEWEST_PAIRS else answered
