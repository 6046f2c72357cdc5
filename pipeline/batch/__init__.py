"""The batch layer: runs, state, lock, engines."""
