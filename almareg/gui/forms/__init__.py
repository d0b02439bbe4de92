"""Data-entry dialogs: each validates inline with the services' own domain functions."""
