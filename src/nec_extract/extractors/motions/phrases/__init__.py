"""The phrase rules: the motions one sentence introduces or states, read by regular expressions
(`statements` puts them together). A decision of the meeting (`decisions`), an item decided in the passive
(`passives`), minutes' conventions (`minutes`), a motion moved, tabled or put (`put_to_meeting`), a
recommendation, a choice between alternatives, a request settled in its own sentence; and what a decision's words
make of it: declined, put off, considered, or agreed to nothing."""
