"""The shared language layer: the vocabulary loaded from ``models/``, sentences and spans, dates, numbers,
names and the people-and-roles gazetteer, and the spaCy pipeline."""
