"""Table models: one lazy model over an id list and a chunked row cache, used by every table."""
