"""Rebuild ``pipeline/lang/first_names.txt`` from the GermaNER first-name lexicon.

    python tools/build_first_names.py [../shared/data/lexicons/germaner_vornamen.txt]

Keeps single capitalised words; drops ``NOT_FIRST_NAMES`` and words that are role,
organisation or month words in the project's tables.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.lang.months import MONTHS  # noqa: E402
from pipeline.lang.name_parts import NOT_FIRST_NAMES  # noqa: E402
from pipeline.lang.role_words import ENGLISH_ROLE_MODIFIERS, ENGLISH_ROLES, ORG_CUES, ROLE_NOUNS  # noqa: E402

HEADER = """\
# First names, one per line: GermaNER's VN list (tudarmstadt-lt/GermaNER, Apache License 2.0),
# as shipped in ../shared/data/lexicons/germaner_vornamen.txt; single capitalised words only,
# without the entries that are mostly titles, departments or months in press text (see
# pipeline/lang/name_parts.py). Rebuild: python tools/build_first_names.py
"""


def build(src: Path) -> list[str]:
    names = set()
    for line in src.read_text(encoding="utf-8").splitlines():
        n = line.split("\t")[0].strip()
        if len(n) >= 2 and n.isalpha() and n[0].isupper() and n[1:].islower():
            names.add(n)
    names -= NOT_FIRST_NAMES | ENGLISH_ROLES | ENGLISH_ROLE_MODIFIERS | ROLE_NOUNS | ORG_CUES
    return sorted(n for n in names if n.lower() not in MONTHS)


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/lexicons/germaner_vornamen.txt"
    names = build(src)
    out = ROOT / "pipeline/lang/first_names.txt"
    out.write_text(HEADER + "".join(n + "\n" for n in names), encoding="utf-8")
    print(f"{len(names)} first names -> {out}")


if __name__ == "__main__":
    main()
