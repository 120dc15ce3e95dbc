"""What one sentence says about motions, read once and shared by every rule: its reading (outcome
phrases, the motion noun, tallies, references back; `reading`), the movers and seconders it names (`people`), and
the regular expressions built once from the vocabulary (`patterns`)."""
