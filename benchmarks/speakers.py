"""Speaker benchmark on ``wikinews_de_quotes``: do named speakers come out as
PER entities, and do they get a role row when the text gives one?

    python benchmarks/speakers.py [--limit N] [--model auto|PATH] [--show]

For each distinct speaker string of a file (``quote_annotations.jsonl``), its
first occurrence in the text is located. A speaker is *named* when the span
ends in a proper noun (tagger: ``NE``/``PROPN``) that is not an acronym and
not inside an ORG/LOC entity (``der Sprecher der Armee`` is not named,
``Liwei`` and ``der Astronaut Yang Liwei`` are). It is *found* when a PER entity overlaps the span. The text
*gives a role* when the span also holds a role noun (``der Sprecher der Armee``
alone is not named; ``der erste chinesische Astronaut Yang Liwei`` is both);
such a speaker *has a role row* when a ``doc._.roles`` row with a non-empty
role has its person inside the span.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews_de_quotes"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=300, help="files to read (0 = all)")
    ap.add_argument("--model", default="auto")
    ap.add_argument("--show", action="store_true", help="print misses")
    a = ap.parse_args()

    import pipeline
    from pipeline.text.phrases import is_role_noun
    from pipeline.text.normalise import normalise

    nlp = pipeline.load(a.model)
    corpus = Path(a.corpus)
    items = [json.loads(l) for l in (corpus / "quote_annotations.jsonl").open(encoding="utf-8")]
    items = [it for it in items if it["quotes"]]
    if a.limit:
        items = items[:a.limit]
    texts = [normalise((corpus / it["file"]).read_text(encoding="utf-8")) for it in items]

    n_spk = n_located = n_named = n_found = n_role = n_role_row = 0
    t0 = time.time()
    for it, text, doc in zip(items, texts, nlp.pipe(texts, batch_size=16)):
        for spk in dict.fromkeys(q["speaker"].strip() for q in it["quotes"]):
            if not spk:
                continue
            n_spk += 1
            s = text.find(spk)
            if s < 0:
                continue
            n_located += 1
            e = s + len(spk)
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            last = span[-1] if span[-1].is_alpha or len(span) == 1 else span[-2]
            # named: ends in a proper noun that is no acronym and not part of an ORG/LOC name
            if not ((last.tag_ == "NE" or last.pos_ == "PROPN") and not last.text.isupper()
                    and last.ent_type_ not in ("ORG", "LOC")):
                continue
            n_named += 1
            found = any(ent.label_ == "PER" and ent.start_char < e and s < ent.end_char for ent in doc.ents)
            n_found += found
            if a.show and not found:
                print(f"NO PER\t{it['file']}\t{spk}")
            if any(is_role_noun(t.text) for t in span):
                n_role += 1
                has = any(r.role and s <= r.person_start and r.person_end <= e for r in doc._.roles or [])
                n_role_row += has
                if a.show and not has:
                    print(f"NO ROLE\t{it['file']}\t{spk}")
    dt = time.time() - t0
    pct = lambda x, n: f"{x}/{n} = {100 * x / n:.1f}%" if n else f"{x}/0"
    print(f"files {len(items)} ({dt:.0f}s), distinct speakers {n_spk}, located in text {n_located}")
    print(f"named speakers found as PER: {pct(n_found, n_named)}")
    print(f"named speakers with a role in the span that get a role row: {pct(n_role_row, n_role)}")


if __name__ == "__main__":
    main()
