"""The shared language layer: the vocabulary loaded from ``models/``, sentences and spans, list markers, dates,
numbers, the people service (names, titles and roles, the gazetteer, the author) and the spaCy pipeline."""
