"""A decision of the meeting the parse found in a sentence: the verb whose words tell it, its outcome, and which of
the sentence's words are the decision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from nec_extract.models import MotionKind, Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class ParsedDecision:
    verb: Token  # the verb whose words are the decision ("open" in "agreed to open the ballot")
    outcome: Outcome
    action: bool = False  # the verb is what was chosen ("to twin with ..."), so its words start with it
    kind: MotionKind | None = None  # what the parse tells of the item's kind ("An amendment removed ...")
    until: int | None = None  # where its words end, when told inside another clause ("after the NEC voted to ...")
