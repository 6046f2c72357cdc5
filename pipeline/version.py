"""The press-extract version written into every documents.csv row."""
__version__ = "0.1.0"
