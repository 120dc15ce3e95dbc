"""Motions the page's layout tells: a list of proposals under its intro (`lists`), a table of decisions
(`tables`), a bullet going on from the body named above it (`framed_bullets`), a tally laid out as lines under its
decision (`tally_lines`)."""
