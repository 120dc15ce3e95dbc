"""What one sentence says about motions, read once and shared by every rule: its reading (outcome phrases, the
motion noun, tallies; `reading`), how its result refers back to the item it settles (`reference`), the movers and
seconders it names (`people`), and the regular expressions built once from the vocabulary (`patterns`)."""
