"""Training, conversion and evaluation code for the bundled German pipeline
``pipeline/data/de_press_core`` (see MODEL.md at the repository root)."""
