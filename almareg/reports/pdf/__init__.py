"""PDF letters and acts (ReportLab)."""
