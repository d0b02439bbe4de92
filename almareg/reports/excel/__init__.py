"""Excel registers (openpyxl)."""
