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
from typing import Dict, List, Optional, Tuple

import numpy

DIM = 128
N_BITS = 16


def lookups_tables() -> Tuple[Dict[str, int], Dict[str, float]]:
    """spacy-lookups-data's German Brown clusters and log probabilities."""
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data / "de_lexeme_cluster.json.gz", "rt", encoding="utf-8") as fh:
        clusters = json.load(fh)
    with gzip.open(data / "de_lexeme_prob.json.gz", "rt", encoding="utf-8") as fh:
        prob = json.load(fh)
    return clusters, prob


def clustered_words(n_words: int, clusters: Optional[Dict[str, int]] = None,
                    prob: Optional[Dict[str, float]] = None) -> List[str]:
    """The ``n_words`` most frequent forms with a cluster: the keys of the table."""
    if clusters is None or prob is None:
        clusters, prob = lookups_tables()
    words = [w for w, c in clusters.items() if c]
    words.sort(key=lambda w: -prob.get(w, -100.0))
    return words[:n_words]


def build_cluster_vectors(out_dir: Path, *, n_words: int = 200_000, seed: int = 0) -> Path:
    """Write a blank German pipeline whose vocab holds the cluster vectors."""
    import spacy
    from spacy.strings import get_string_id
    from spacy.vectors import Vectors

    clusters, prob = lookups_tables()
    words = clustered_words(n_words, clusters, prob)
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


def extend_cluster_vectors(base_model: Path, out_dir: Path, *, n_words: int = 600_000,
                           seed: int = 0, clusters: Optional[Dict[str, int]] = None,
                           prob: Optional[Dict[str, float]] = None) -> Path:
    """The cluster vectors of ``base_model`` with keys for the ``n_words`` most
    frequent clustered forms (instead of 200k): existing keys keep their row,
    a cluster without a row gets a new one (same recipe as above), so the
    components trained on the base table read the same vector for every form
    they knew.  Writes a blank German pipeline holding the table.
    ``clusters`` / ``prob`` default to spacy-lookups-data's German tables."""
    import spacy
    from spacy.strings import get_string_id
    from spacy.vectors import Vectors

    base = spacy.load(base_model, exclude=["tok2vec", "tagger", "morphologizer", "senter",
                                           "lemmatizer", "ner"]).vocab.vectors
    if clusters is None or prob is None:
        clusters, prob = lookups_tables()
    words = clustered_words(n_words, clusters, prob)
    row_of: Dict[int, int] = {}
    for w in words:      # the cluster rows the base table already has
        key = get_string_id(w)
        if key in base.key2row:
            row_of.setdefault(clusters[w], int(base.key2row[key]))
    new_ids = sorted({clusters[w] for w in words} - set(row_of))
    rng = numpy.random.RandomState(seed + 1)
    extra = rng.normal(0, 1, (len(new_ids), base.shape[1])).astype("float32")
    for i, c in enumerate(new_ids):
        row_of[c] = base.shape[0] + i
        extra[i, DIM - N_BITS:] = [(1.0 if (c >> b) & 1 else -1.0) if (c >> b) else 0.0
                                   for b in range(N_BITS)]
    table = numpy.concatenate([numpy.asarray(base.data), extra]) if len(new_ids) else \
        numpy.asarray(base.data).copy()
    vectors = Vectors(data=table, name=base.name)
    for key, row in base.key2row.items():
        vectors.add(int(key), row=int(row))
    for w in words:
        key = get_string_id(w)
        if key not in base.key2row:
            vectors.add(key, row=row_of[clusters[w]])
    nlp = spacy.blank("de")
    nlp.vocab.vectors = vectors
    out_dir = Path(out_dir)
    nlp.to_disk(out_dir)
    return out_dir


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(build_cluster_vectors(Path(sys.argv[1])))
