"""Across a collection of documents: flat rows from documents or a database (:mod:`.load`), one key per
person (:mod:`.people`), the aggregates (:mod:`.aggregate`), their charts (:mod:`.charts`), the overview
page (:mod:`.render`) and the same aggregates as CSV files (:mod:`.export`)."""
