"""Rebuild ``pipeline/lang/surnames.txt`` from the GermaNER surname lexicon.

    python tools/build_surnames.py [../shared/data/lexicons/personennamen.list]

Keeps single capitalised words of three or more letters; drops words that are role,
organisation or place words in the project's tables (``Berlin``, ``Partner``).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.lang.name_evidence import places  # noqa: E402
from pipeline.lang.role_words import ENGLISH_ROLE_MODIFIERS, ENGLISH_ROLES, ORG_CUES, ROLE_NOUNS  # noqa: E402

HEADER = """\
# Surnames, one per line: GermaNER's surname list (tudarmstadt-lt/GermaNER inDBnachnamen.txt,
# Apache License 2.0), as shipped in ../shared/data/lexicons/personennamen.list; single
# capitalised words only, without role, organisation and place words. Evidence that a lone
# model PER is a person (press_entity_rules). Rebuild: python tools/build_surnames.py
"""


def build(src: Path) -> list[str]:
    names = set()
    for line in src.read_text(encoding="utf-8").splitlines():
        n = line.strip()
        if len(n) >= 3 and n.replace("-", "").isalpha() and n[0].isupper() and n[1:].replace("-", "").islower():
            names.add(n)
    names -= ENGLISH_ROLES | ENGLISH_ROLE_MODIFIERS | ROLE_NOUNS | ORG_CUES | places()
    return sorted(names)


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/lexicons/personennamen.list"
    names = build(src)
    out = ROOT / "pipeline/lang/surnames.txt"
    out.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} surnames -> {out}")


if __name__ == "__main__":
    main()
