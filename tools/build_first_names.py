"""Rebuild ``pipeline/lang/first_names.txt`` and ``first_name_genders.txt`` from the GermaNER
first-name lexicon.

    python tools/build_first_names.py [../shared/data/lexicons/germaner_vornamen.txt]

Keeps single capitalised words; drops ``NOT_FIRST_NAMES`` and words that are role,
organisation or month words in the project's tables. The gender table holds the names the
lexicon marks ``Masc`` or ``Fem`` (``Anna`` f, ``Milan`` m; ``Kim``, ``Max`` have no mark).
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


GENDER_HEADER = """\
# First names and their gender (f/m), tab-separated: the names of first_names.txt that GermaNER's VN
# list (tudarmstadt-lt/GermaNER, Apache License 2.0; ../shared/data/lexicons/germaner_vornamen.txt)
# marks Fem or Masc. Names it leaves unmarked (Kim, Max) are not here. Rebuild: python tools/build_first_names.py
"""
_GENDERS = {"Fem": "f", "Masc": "m"}


def genders(src: Path, names: list[str]) -> dict[str, str]:
    """``{name: "f" | "m"}`` for the kept names the lexicon marks (a name marked both ways is left out)."""
    keep, out, both = set(names), {}, set()
    for line in src.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        g = _GENDERS.get(parts[2].strip()) if len(parts) > 2 else None
        n = parts[0].strip()
        if g and n in keep:
            if out.get(n, g) != g:
                both.add(n)
            out[n] = g
    return {n: g for n, g in out.items() if n not in both}


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
    marked = genders(src, names)
    out = ROOT / "pipeline/lang/first_name_genders.txt"
    out.write_text(GENDER_HEADER + "".join(f"{n}\t{g}\n" for n, g in sorted(marked.items())), encoding="utf-8")
    print(f"{len(marked)} genders -> {out}")


if __name__ == "__main__":
    main()
