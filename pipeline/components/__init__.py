"""The spaCy components, one module or subpackage each."""
