"""Whether what a sentence tells is this meeting's decision: the meeting's own body (`bodies`; in the
parse, `our_subject`), and what is set aside as another time's or another body's (`background`, `clause_background`,
`set_against`), or a motion's own words (`quoted_words`, `not_told`); the members voting outside the meeting are
read by :mod:`nec_extract.extractors.votes.members_elsewhere`, which the votes share."""
