"""The clause layer: decisions read from a sentence's dependency parse where the phrase rules find none.
Which sentences are worth parsing (`clause_filter`), what is asked of a verb (`clause_grammar`, which also answers
the phrase rules' question of an outcome verb's subject, and `attributed`), the readers (`clause_decisions` over
`verb_decisions`, `indirect_decisions`, `embedded`, `others_votes`), and the drafts made of what they find
(`parsed_decision`, `clause_drafts`)."""
