"""Use cases over an open register: permission checks and audit entries happen here."""
