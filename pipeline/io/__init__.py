"""Inputs (readers by file type) and outputs (the contract files, formats, the report)."""
