"""Outputs: the contract files, derived formats, the HTML report."""
