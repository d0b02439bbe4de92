"""QWizard flows: first run (create a register)."""
