"""The walk through a report's sentences that links each introduction to its later outcome: the walk and
its steps (`walk`, `walk_state`, `walk_*`), and what they ask: whether a sentence settles, confirms or names again
a motion told before (`linking`, `restated`, `bare_results`, `item_told_before`), a resolution or a later fate of a
motion moved before (`resolutions`, `later_fates`), an item argued for and then decided (`argued_items`)."""
