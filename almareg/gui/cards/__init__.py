"""Record cards: one window showing everything about one subject."""
