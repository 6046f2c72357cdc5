"""How long building the cross-document index takes for many documents' rows (issue 25).

    python benchmarks/index_scale.py [--docs 100000] [--seed 1]

Synthetic rows (no pipeline run): each document mentions a few of 30,000 people and
6,000 organisations, in the variants the index must join (with and without legal form or
first name, transliterated umlauts, genitive-free canonicals) and has role rows. Prints the
time of ``build_index`` and of the three tables, and the peak RSS of the process.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.index.build import build_index, organization_rows, people_rows, position_rows  # noqa: E402
from pipeline.index.registry import Registry  # noqa: E402

FIRST = "Anna Lena Max Thomas Jürgen Sabine Klaus Petra Stefan Monika Andreas Julia Markus Eva Jan Laura".split()
LAST = "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann".split()
FORMS = ["{} AG", "{} GmbH", "{}", "{} Österreich", "{} Group", "{} SE"]
ROLES = ["CEO", "CFO", "Partner", "Partnerin", "Vorsitzender des Vorstands", "Geschäftsführer", "Leiterin Vertrieb"]


def synthetic(n_docs: int, seed: int):
    rnd = random.Random(seed)
    people = [(rnd.choice(FIRST), f"{rnd.choice(LAST)}{i % 3000 or ''}") for i in range(30_000)]
    orgs = [f"Firma{i}" for i in range(6_000)]
    entities, roles, dates = [], [], {}
    for d in range(n_docs):
        doc = f"{d:016x}"
        dates[doc] = f"20{10 + d % 15:02d}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        for k, org in enumerate(rnd.sample(orgs, 4)):
            form = rnd.choice(FORMS).format(org)
            for _ in range(rnd.randint(1, 3)):
                entities.append({"doc_id": doc, "entity": f"ORG{k + 1}", "label": "ORG", "canonical": form, "text": form})
        for k, (first, last) in enumerate(rnd.sample(people, 4)):
            full = f"{first} {last}".replace("ü", "ue") if rnd.random() < 0.1 else f"{first} {last}"
            entities.append({"doc_id": doc, "entity": f"PER{k + 1}", "label": "PER", "canonical": full, "text": full})
            entities.append({"doc_id": doc, "entity": f"PER{k + 1}", "label": "PER", "canonical": last, "text": last})
            if k < 2:
                roles.append({"doc_id": doc, "person": full, "person_entity": f"PER{k + 1}", "role": rnd.choice(ROLES),
                              "organization": "", "org_entity": f"ORG{k + 1}"})
    return entities, roles, dates


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    entities, roles, dates = synthetic(args.docs, args.seed)
    t1 = time.perf_counter()
    index = build_index(entities, roles, dates, Registry())
    t2 = time.perf_counter()
    people, orgs, positions = people_rows(index), organization_rows(index), position_rows(index, roles, dates)
    t3 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents {args.docs:,}  mention rows {len(entities):,}  role rows {len(roles):,}  (made in {t1 - t0:.1f} s)")
    print(f"build_index {t2 - t1:.1f} s  tables {t3 - t2:.1f} s  total {t3 - t1:.1f} s")
    print(f"people {len(people):,}  organisations {len(orgs):,}  positions {len(positions):,}")
    print(f"peak RSS {rss:,.0f} MB (the synthetic rows included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
