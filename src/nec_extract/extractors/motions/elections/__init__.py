"""Elections, appointments and ballots: one motion per person chosen (`elections`), officers laid out one
to a line (`officer_lines`), an election told by its counts and then its winner (`ballot_results`), and a meeting's
decision to hold a members' ballot (`ballot_decided`)."""
