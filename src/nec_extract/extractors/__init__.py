"""One extractor per record kind: each takes a report's context and returns validated records."""
