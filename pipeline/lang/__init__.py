"""Language data tables: plain data, no logic (as spaCy keeps spacy/lang/de/)."""
