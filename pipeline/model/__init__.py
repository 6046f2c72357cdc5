"""The dataset contract in code: row types, layout, ``Doc`` extensions, the data dictionary."""
