"""People who speak at the meeting, resolved to full names, with roles (SPEC: Speakers).

A speaker is found from the dependency parse, not from a list of PERSON entities: the subject of a
speech or act verb ("Keir said", "Zainab and I both spoke"), the agent of a passive one ("seconded by
Wanjiru Kamau"), the source of a report or proposal ("a proposal from Fergus Dunn", "Tom Watson's
report covered"), or the one thanked for moving or seconding. Verb classes and word lists live in
``models/speakers.json``; names, titles and roles come from the people service
(:mod:`nec_extract.language.people`); minutes' recorded votes and "proposer: XX" notes are read by pattern.

Modules: :mod:`.extract` reads a report sentence by sentence; :mod:`.cues` picks the sentences worth
parsing; :mod:`.chunks` finds the mentions of people in a parsed sentence; :mod:`.pairing` joins a role and
a name that are one person; :mod:`.slots` finds the clause slot a mention fills and whether it speaks from
there, through :mod:`.acts` (speech and act verbs), :mod:`.sources` (agents, "a report from X", "X's
report") and :mod:`.occasion` (at this meeting, not elsewhere or earlier); :mod:`.offices` gives roles and
their holders; :mod:`.minutes` reads minutes' lists; :mod:`.heard` merges mentions into speakers.
"""

from nec_extract.extractors.speakers.extract import extract_speakers

__all__ = ["extract_speakers"]
