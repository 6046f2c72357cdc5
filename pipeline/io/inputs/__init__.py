"""Input readers: every input becomes a ``SourceDoc``."""
