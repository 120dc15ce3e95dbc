"""Several motions told together in prose, one motion per decision (SPEC Rulings): items counted and told
one by one (`counted`, `named_next`, `antecedents`), named by number or code (`numbered_items`, `coded_items`),
listed in one verb's clause or object (`listed_decisions`, `enumerations`), summed up by a counting subject
(`summed_up`), an amendment told by "was amended" on the item then decided (`amended`), a sentence cut where a
clause states a motion of its own (`clause_cuts`), and a second item's result told with its verb left out or by "as
was" (`elliptical`, `gapped`, `likewise`)."""
