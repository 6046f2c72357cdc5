"""Static "cluster vectors" for the bundled pipeline (no external downloads).

spacy-lookups-data ships Brown clusters for German (``de_lexeme_cluster``, 1M
word forms -> 750 cluster ids, MIT licence).  We turn them into a spaCy
``Vectors`` table with **one row per cluster** and many keys per row: the row
of a cluster is a fixed random Gaussian vector plus the 16 low bits of the
cluster path as +-1 features.  Only the most frequent ``n_words`` forms
(ranked by ``de_lexeme_prob``) with a non-zero cluster get a key, which keeps
the table small (a few MB of key->row map, a 750 x 128 matrix).

The tok2vec layers read it with ``include_static_vectors = true``; this is a
standard spaCy feature (no custom components).
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy

DIM = 128
N_BITS = 16


def build_cluster_vectors(out_dir: Path, *, n_words: int = 200_000, seed: int = 0) -> Path:
    """Write a blank German pipeline whose vocab holds the cluster vectors."""
    import spacy
    import spacy_lookups_data
    from spacy.strings import get_string_id
    from spacy.vectors import Vectors

    data = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data / "de_lexeme_cluster.json.gz", "rt", encoding="utf-8") as fh:
        clusters = json.load(fh)
    with gzip.open(data / "de_lexeme_prob.json.gz", "rt", encoding="utf-8") as fh:
        prob = json.load(fh)
    words = [w for w, c in clusters.items() if c]
    words.sort(key=lambda w: -prob.get(w, -100.0))
    words = words[:n_words]
    ids = sorted({clusters[w] for w in words})
    row_of = {c: i for i, c in enumerate(ids)}
    rng = numpy.random.RandomState(seed)
    table = rng.normal(0, 1, (len(ids), DIM)).astype("float32")
    for c, i in row_of.items():
        bits = [(1.0 if (c >> b) & 1 else -1.0) if (c >> b) else 0.0 for b in range(N_BITS)]
        table[i, DIM - N_BITS:] = bits
    nlp = spacy.blank("de")
    vectors = Vectors(data=table, name="de_press_clusters")
    for w in words:
        vectors.add(get_string_id(w), row=row_of[clusters[w]])
    nlp.vocab.vectors = vectors
    out_dir = Path(out_dir)
    nlp.to_disk(out_dir)
    return out_dir


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(build_cluster_vectors(Path(sys.argv[1])))
