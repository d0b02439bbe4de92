"""Reports: PDF letters and Excel registers from plain data."""
