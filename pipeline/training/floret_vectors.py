"""floret static vectors trained on the project's own openly licensed training text.

The cluster vectors (vectors.py) give ~750 distinct rows; floret (a fastText
fork whose word *and* subword vectors share one small hash table) gives every
form, also unseen ones ("Stadtwerke", "Musterstadt-GmbH"), its own vector from
its character 4-/5-grams.  spaCy reads floret tables natively
(``Vectors(mode="floret")``), so the pipeline still loads with plain spaCy.

Text: every sentence of every corpus under ``data_dir/train`` (NER corpora
incl. the off-genre Europeana/NEISS ones, UD treebanks), the masked words of
GermEval train filled exactly as the NER training sees them (masks.py, same
seed and mode), one tokenised sentence per line, duplicates dropped, and the
sentences of the selection dev sets (``ner-dev.spacy``, ``ud-dev.spacy``)
left out, so model selection never sees text the vectors were trained on.
Nothing under ``data_dir/eval`` is read.

floret is a training-only dependency (``pip install press-extract[train]``).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

import spacy

from .vectors import clustered_words, lookups_tables

# small on purpose: bucket x dim float32 = 12.8 MB on disk (MODEL.md, "v4 runs")
FLORET_PARAMS = {"model": "skipgram", "dim": 64, "bucket": 50_000, "minn": 4, "maxn": 5,
                 "hashCount": 2, "epoch": 10, "minCount": 3, "mode": "floret"}


def sentence_key(words: Sequence[str]) -> Tuple[str, ...]:
    return tuple(words)


def docbin_sentences(path: Path) -> Iterator[Tuple[str, ...]]:
    """Token tuples of the sentences of a DocBin (whole docs when it has no
    sentence boundaries)."""
    from spacy.tokens import DocBin

    vocab = spacy.blank("de").vocab
    for doc in DocBin().from_disk(path).get_docs(vocab):
        if doc.has_annotation("SENT_START"):
            for s in doc.sents:
                yield sentence_key([t.text for t in s])
        else:
            yield sentence_key([t.text for t in doc])


def training_sentences(data_dir: Path, *, seed: int = 0,
                       mask_mode: str = "lexicon") -> Iterator[List[str]]:
    """Token lists of all training text under ``data_dir/train`` (see module doc)."""
    from .convert import NER_SOURCES, UD_SOURCES, _read_source, read_conllu

    data_dir = Path(data_dir)
    nlp = spacy.blank("de")
    for name, (paths, kind) in NER_SOURCES.items():
        for rel in paths:
            p = data_dir / rel
            assert "/eval/" not in str(p.resolve()), p
            for item in _read_source(kind, p, nlp, data_dir, seed, mask_mode):
                if isinstance(item, tuple):
                    yield list(item[0])
                elif item.has_annotation("SENT_START"):
                    for s in item.sents:
                        yield [t.text for t in s]
                else:
                    yield [t.text for t in item]
    for rel in UD_SOURCES:
        for s in read_conllu(data_dir / rel):
            yield list(s.words)


def write_text(sentences: Iterable[Sequence[str]], out_path: Path, *,
               exclude: Optional[Set[Tuple[str, ...]]] = None) -> Dict[str, int]:
    """One space-joined sentence per line; duplicates and ``exclude``d
    sentences dropped, whitespace inside tokens ("10 000") replaced by ``_``
    so that floret sees the same tokens as spaCy."""
    exclude = exclude or set()
    seen: Set[Tuple[str, ...]] = set()
    n_sents = n_tokens = n_excluded = 0
    with open(out_path, "w", encoding="utf-8") as fh:
        for words in sentences:
            key = sentence_key(words)
            if not key or key in seen:
                continue
            seen.add(key)
            if key in exclude:
                n_excluded += 1
                continue
            toks = ["_".join(w.split()) for w in words if w.strip()]
            if not toks:
                continue
            fh.write(" ".join(toks) + "\n")
            n_sents += 1
            n_tokens += len(toks)
    return {"sentences": n_sents, "tokens": n_tokens, "excluded": n_excluded}


def cluster_lines(clusters: Dict[str, int], prob: Dict[str, float], *, n_words: int = 600_000,
                  per_line: int = 12, repeats: int = 3, seed: int = 0) -> Iterator[List[str]]:
    """Pseudo-sentences of Brown-cluster mates: the ``n_words`` most frequent
    clustered forms (as in vectors.py), each cluster's members shuffled and cut
    into lines of ``per_line``, ``repeats`` times.  Trained on these, floret
    gives forms of one cluster similar vectors, so the table carries the
    cluster information (gathered on a large corpus) for forms the training
    text never has: "Kyjiw" Bonn Wien ... in one line."""
    import random

    members: Dict[int, List[str]] = {}
    for w in clustered_words(n_words, clusters, prob):
        if not any(ch.isspace() for ch in w):
            members.setdefault(clusters[w], []).append(w)
    rng = random.Random(f"{seed}-clusters")
    for _ in range(repeats):
        for c in sorted(members):
            ws = list(members[c])
            rng.shuffle(ws)
            for i in range(0, len(ws), per_line):
                if len(ws[i:i + per_line]) > 1:
                    yield ws[i:i + per_line]


def train_floret(text_path: Path, out_path: Path, **params) -> Path:
    """Train floret on ``text_path`` (one thread) and write the ``.floret``
    table that ``spacy init vectors --mode floret`` reads."""
    import floret

    kw = {**FLORET_PARAMS, "thread": 1, "verbose": 0, **params}
    model = floret.train_unsupervised(str(text_path), **kw)
    model.save_floret_vectors(str(out_path))
    return Path(out_path)


def floret_pipeline(floret_path: Path, out_dir: Path, summary: Optional[dict] = None) -> Path:
    """A blank German pipeline whose vocab holds the floret table (what
    ``spacy init vectors de FILE OUT --mode floret`` writes); ``summary``
    (how the table was built) goes into its meta as ``press_vectors``."""
    from spacy.training.initialize import convert_vectors

    nlp = spacy.blank("de")
    convert_vectors(nlp, Path(floret_path), truncate=0, prune=-1, name="de_press_floret",
                    mode="floret")
    if summary is not None:
        nlp.meta["press_vectors"] = summary
    out_dir = Path(out_dir)
    nlp.to_disk(out_dir)
    return out_dir


def build_floret_vectors(data_dir: Path, work_dir: Path, *, seed: int = 0,
                         mask_mode: str = "lexicon",
                         exclude_docbins: Sequence[Path] = (), cluster_words: int = 0,
                         **params) -> Tuple[Path, dict]:
    """Text -> floret -> blank pipeline with the table; returns its path and
    a summary (text counts, floret parameters) for ``meta.json``.
    ``cluster_words``: also train on :func:`cluster_lines` of that many forms."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    work_dir = Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    exclude: Set[Tuple[str, ...]] = set()
    for p in exclude_docbins:
        exclude.update(docbin_sentences(Path(p)))
    counts = write_text(training_sentences(data_dir, seed=seed, mask_mode=mask_mode),
                        work_dir / "text.txt", exclude=exclude)
    summary = {"text": counts, "floret": {**FLORET_PARAMS, **params},
               "files": source_files(data_dir)}
    if cluster_words:
        with open(work_dir / "text.txt", "a", encoding="utf-8") as fh:
            n = 0
            for line in cluster_lines(*lookups_tables(), n_words=cluster_words, seed=seed):
                fh.write(" ".join(line) + "\n")
                n += 1
        summary["cluster_lines"] = {"words": cluster_words, "lines": n}
    fl = train_floret(work_dir / "text.txt", work_dir / "vectors.floret", **params)
    return floret_pipeline(fl, work_dir / "vectors", summary), summary


def source_files(data_dir: Path) -> Dict[str, str]:
    """sha256 of every file the vector text is read from (for ``meta.json``)."""
    from .convert import NER_SOURCES, UD_SOURCES, sha256
    from .masks import LEXICON_FILES

    rels = [r for paths, _ in NER_SOURCES.values() for r in paths] + list(UD_SOURCES) + \
        list(LEXICON_FILES)
    return {r: sha256(Path(data_dir) / r) for r in rels}
