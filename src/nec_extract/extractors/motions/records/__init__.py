"""A motion from draft to record: the motion being built (`draft`), the Motion record made of it
(`records`), its summary (`summaries`) and its movers' fullest names (`names`)."""
