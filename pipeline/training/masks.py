"""Fill the masked words of the rebuilt GermEval 2014 train split.

``train/ner/germeval2014_train_recon/germeval2014-train-recon.tsv.gz`` has
its labels complete but 21 % of its words written as ``<MASK:INDEX:CASE>``
(INDEX: a lower-cased vocabulary index in frequency order, the same INDEX
always the same word; CASE: the SENNA casing class of the occurrence) and
4.6 % as ``<UNK>`` (the vocabulary's own unknown word).  A model learns
nothing useful from the placeholders, so :class:`MaskFiller` turns every
INDEX into one consistent substitute word:

* INDEX mostly inside PER / ORG / LOC / OTH entities: an unused name of that
  type from ``lexicons/`` -- a first name for PER tokens that usually start
  a multi-token name (``<MASK:46990:initialUpper>`` in "Wolf Peter …" gets a
  surname, the token before a surname a first name), surnames otherwise;
  German towns and countries for LOC; single tokens of OSM company names for
  ORG; for OTH (works, events: ordinary words) a frequency-matched word;
* any other INDEX: a word of ``de_lexeme_prob`` (spacy-lookups-data) of about
  the same frequency rank -- calibrated on the INDEX -> word pairs the dev
  split recovers -- that is a noun-like capitalised word if the INDEX is
  mostly ``initialUpper`` ("Arbeitsmarkt"), a lower-case word otherwise;
  digits for the numeric casing classes.

Each occurrence then gets its own casing class (``allUpper`` -> "BERLIN").
Substitutes never coincide with a recovered word, so two indices never
become the same word.  ``<UNK>`` tokens get, per occurrence, a word drawn
from the dev split's own ``<UNK>`` words with the same label class (mostly
typographic quotes „ “ and numbers), or an entity name of the right type.

``mode="unk"`` is the baseline the issue asks to measure against: every
masked word becomes one pseudo-word per INDEX (``Xmask30223``, with the
occurrence's casing).

``mode="lexicon-vectors"`` (recipe v5-vector-names): as ``lexicon``, but a
substitute name has a key in the cluster-vector table (``vectors.py``) with
probability ``VECTOR_SHARE``.  Drawn from the whole lexicon, only 38 % of the
filled PER tokens (ORG 47 %, LOC 64 %) had a vector, against 85 % of the PER
tokens of GermEval dev (ORG 86 %, LOC 82 %): the model learnt names from
substitutes whose vector is mostly missing, unlike the names it meets.
"""
from __future__ import annotations

import bisect
import gzip
import json
import math
import pickle
import random
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from .vectors import clustered_words

RECON_DIR = "train/ner/germeval2014_train_recon"
RECON_TSV = f"{RECON_DIR}/germeval2014-train-recon.tsv.gz"
LEXICON_FILES = ("lexicons/personennamen.list", "lexicons/germaner_vornamen.txt",
                 "lexicons/stadtnamen.list", "lexicons/laendernamen.list",
                 "lexicons/firmennamen.list")

_MASK = re.compile(r"^<MASK:(\d+):(\w+)>$")
_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
ENTITY_TYPES = ("PER", "ORG", "LOC")
MODES = ("lexicon", "lexicon-vectors", "unk")
#: share of substitute names with a cluster vector (mode "lexicon-vectors"),
#: about that of the entity tokens of GermEval dev
VECTOR_SHARE = 0.85
#: keys of the cluster-vector table of the shipped model (recipe v3)
VECTOR_WORDS = 600_000

RawSentence = Tuple[List[str], List[str]]   # words, GermEval outer labels (unmapped)


def read_recon(path: Path) -> List[RawSentence]:
    """``token<TAB>label`` lines, blank line between sentences."""
    sents: List[RawSentence] = []
    words: List[str] = []
    tags: List[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sents.append((words, tags))
                words, tags = [], []
                continue
            w, t = line.split("\t")
            words.append(w)
            tags.append(t)
    if words:
        sents.append((words, tags))
    return sents


def apply_case(word: str, case: str) -> str:
    """SENNA casing class -> surface form: ``("berlin", "initialUpper")`` -> "Berlin"."""
    if case == "allLower":
        return word.lower()
    if case == "allUpper":
        return word.upper()
    if case == "initialUpper":
        return word[:1].upper() + word[1:].lower() if word.islower() or word.isupper() \
            else word[:1].upper() + word[1:]
    return word


def _entity_type(tag: str) -> str:
    """``B-PER`` -> "PER", ``I-OTH`` -> "OTH", ``B-LOCderiv`` / ``O`` -> "O"."""
    if tag == "O" or "-" not in tag:
        return "O"
    lab = tag.split("-", 1)[1]
    return lab if lab in ("PER", "ORG", "LOC", "OTH") else "O"


def _read_lines(path: Path) -> List[str]:
    with open(path, encoding="utf-8") as fh:
        return [ln.rstrip("\n").split("\t")[0].strip() for ln in fh if ln.strip()]


def _lexeme_ranks() -> Tuple[List[str], Dict[str, int], Dict[str, str]]:
    """Lower-cased forms of ``de_lexeme_prob`` by merged frequency, their rank
    and their most frequent cased form."""
    import spacy_lookups_data

    p = Path(spacy_lookups_data.__file__).parent / "data" / "de_lexeme_prob.json.gz"
    with gzip.open(p, "rt", encoding="utf-8") as fh:
        probs: Dict[str, float] = json.load(fh)
    total: Dict[str, float] = defaultdict(float)
    best: Dict[str, Tuple[float, str]] = {}
    for form, lp in probs.items():
        low = form.lower()
        pr = math.exp(lp)
        total[low] += pr
        if low not in best or pr > best[low][0]:
            best[low] = (pr, form)
    order = sorted(total, key=lambda w: -total[w])
    return order, {w: i for i, w in enumerate(order)}, {w: best[w][1] for w in order}


def recovered_words(data_dir: Path) -> Dict[int, str]:
    """INDEX -> lower-cased word for the indices the dev split recovers (as
    ``rebuild.py`` of the data folder does; the test split is never read)."""
    d = Path(data_dir) / RECON_DIR
    with gzip.open(d / "data.pkl.gz", "rb") as fh:
        pickle.load(fh, encoding="latin1")          # train (not needed here)
        dev = pickle.load(fh, encoding="latin1")
    words: List[str] = []
    with open(d / "NER-de-dev.ukp.tsv", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                words.append(line.split("\t")[1])
    known: Dict[int, str] = {}
    for w, idx in zip(words, dev[0][:, 3]):
        known.setdefault(int(idx), w.lower())
    return known


def dev_unk_words(data_dir: Path) -> Dict[str, List[str]]:
    """Entity class ("O", "PER", …) -> the dev split's words behind ``<UNK>``."""
    d = Path(data_dir) / RECON_DIR
    with gzip.open(d / "data.pkl.gz", "rb") as fh:
        pickle.load(fh, encoding="latin1")
        dev = pickle.load(fh, encoding="latin1")
    rows = []
    with open(d / "NER-de-dev.ukp.tsv", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                cols = line.split("\t")
                rows.append((cols[1], cols[2] if len(cols) > 2 else "O"))
    out: Dict[str, List[str]] = defaultdict(list)
    for (w, tag), idx in zip(rows, dev[0][:, 3]):
        if int(idx) == 1:
            out[_entity_type(tag)].append(w)
    return dict(out)


class MaskFiller:
    """Consistent substitutes for the masked words (see module docstring)."""

    def __init__(self, data_dir: Path, *, seed: int = 0, mode: str = "lexicon",
                 known: Optional[Dict[int, str]] = None,
                 unk: Optional[Dict[str, List[str]]] = None,
                 lexemes: Optional[Sequence[str]] = None,
                 vector_words: Optional[set] = None):
        """``known`` / ``unk`` / ``lexemes`` (cased forms, most frequent
        first) / ``vector_words`` (forms with a vector) default to the data
        folder and spacy-lookups-data."""
        if mode not in MODES:
            raise ValueError(f"mask mode {mode!r}: one of {', '.join(MODES)}")
        self.data_dir = Path(data_dir)
        self.mode = mode
        self.rng = random.Random(seed)
        self.known = recovered_words(self.data_dir) if known is None else known
        self.unk = dev_unk_words(self.data_dir) if unk is None else unk
        self.lexemes = lexemes
        self.vector_words = vector_words
        self.table: Dict[int, str] = {}

    # -- pools ------------------------------------------------------------
    def _name_pools(self, taken: set) -> Dict[str, List[str]]:
        lx = self.data_dir / "lexicons"

        def single(words: Sequence[str]) -> List[str]:
            out = sorted({w for w in words if _WORD.match(w) and len(w) > 1
                          and w[:1].isupper() and w.lower() not in taken})
            self.rng.shuffle(out)
            return out

        org_tokens = [t for line in _read_lines(lx / "firmennamen.list") for t in line.split()]
        pools = {
            "first": single(_read_lines(lx / "germaner_vornamen.txt")),
            "last": single(_read_lines(lx / "personennamen.list")),
            "LOC": single(_read_lines(lx / "stadtnamen.list") + _read_lines(lx / "laendernamen.list")),
            "ORG": single(org_tokens),
        }
        if self.mode == "lexicon-vectors":
            keyed = self.vector_words if self.vector_words is not None else \
                set(clustered_words(VECTOR_WORDS))
            for key in list(pools):
                pools[key + "+vec"] = [w for w in pools[key] if w in keyed]
                pools[key] = [w for w in pools[key] if w not in keyed]
        return pools

    def fit(self, sents: Sequence[RawSentence]) -> Dict[int, str]:
        """Choose the substitute of every INDEX seen in ``sents``."""
        types: Dict[int, Counter] = defaultdict(Counter)
        cases: Dict[int, Counter] = defaultdict(Counter)
        first_pos: Counter = Counter()
        for words, tags in sents:
            for i, (w, t) in enumerate(zip(words, tags)):
                m = _MASK.match(w)
                if not m:
                    continue
                idx = int(m.group(1))
                types[idx][_entity_type(t)] += 1
                cases[idx][m.group(2)] += 1
                nxt = tags[i + 1] if i + 1 < len(tags) else "O"
                if t == "B-PER" and nxt == "I-PER":
                    first_pos[idx] += 1
        if self.mode == "unk":
            self.table = {idx: f"xmask{idx}" for idx in types}
            return self.table
        taken = set(self.known.values())
        if self.lexemes is None:
            order, rank, cased = _lexeme_ranks()
        else:
            order = [w.lower() for w in self.lexemes]
            rank = {w: i for i, w in enumerate(order)}
            cased = {w.lower(): w for w in self.lexemes}
        # INDEX -> lexeme rank, calibrated on recovered words (binned medians)
        pairs = sorted((i, rank[w]) for i, w in self.known.items() if w in rank and i > 1)
        xs, ys = [0], [0]
        step = 150
        for k in range(0, len(pairs), step):
            chunk = pairs[k:k + step]
            xs.append(chunk[len(chunk) // 2][0])
            ys.append(sorted(r for _, r in chunk)[len(chunk) // 2])
        for k in range(1, len(ys)):           # keep the map monotone
            ys[k] = max(ys[k], ys[k - 1])

        def target(idx: int) -> int:
            j = bisect.bisect_left(xs, idx)
            if j <= 0:
                return ys[0]
            if j >= len(xs):
                return int(ys[-1] * idx / xs[-1])
            x0, x1, y0, y1 = xs[j - 1], xs[j], ys[j - 1], ys[j]
            return int(y0 + (y1 - y0) * (idx - x0) / max(1, x1 - x0))

        word_pools = {"cap": [], "low": []}
        for w in order:
            if w in taken or not _WORD.match(w) or len(w) < 2:
                continue
            form = cased[w]
            word_pools["cap" if form[:1].isupper() else "low"].append(w)
        pool_ranks = {k: [rank[w] for w in v] for k, v in word_pools.items()}
        ptr = {"cap": 0, "low": 0}
        names = self._name_pools(taken)
        used: set = set(taken)

        def from_names(key: str) -> Optional[str]:
            if key + "+vec" in names and names[key + "+vec"] and \
                    (self.rng.random() < VECTOR_SHARE or not names[key]):
                key += "+vec"
            pool = names[key]
            while pool:
                w = pool.pop()
                if w.lower() not in used:
                    return w
            return None

        def from_words(key: str, idx: int) -> str:
            ranks, pool = pool_ranks[key], word_pools[key]
            j = max(ptr[key], bisect.bisect_left(ranks, target(idx)))
            while j < len(pool) and pool[j] in used:
                j += 1
            ptr[key] = j + 1
            if j >= len(pool):      # past the rarest word: the rarest one still free
                j = next((k for k in range(len(pool) - 1, -1, -1) if pool[k] not in used), None)
                if j is None:
                    return f"xmask{idx}"
            return cased[pool[j]]

        for idx in sorted(types):
            typ = types[idx].most_common(1)[0][0]
            case = cases[idx].most_common(1)[0][0]
            sub = None
            if case in ("numeric", "mainly_numeric", "contains_digit"):
                n = self.rng.randint(2, 99999)
                sub = {"numeric": str(n), "mainly_numeric": f"{n // 100},{n % 100:02d}"}.get(
                    case, f"A{n % 1000}")
            elif typ == "PER":
                sub = from_names("first" if first_pos[idx] * 2 > sum(types[idx].values())
                                 else "last")
            elif typ in ("LOC", "ORG"):
                sub = from_names(typ)
            if sub is None:
                sub = from_words("cap" if case in ("initialUpper", "allUpper") else "low", idx)
            used.add(sub.lower())
            self.table[idx] = sub
        return self.table

    # -- apply ------------------------------------------------------------
    def _unk(self, tag: str) -> str:
        typ = _entity_type(tag)
        cands = self.unk.get(typ) or self.unk.get("O") or ["–"]
        return self.rng.choice(cands)

    def fill(self, sents: Sequence[RawSentence]) -> List[RawSentence]:
        """Sentences with every ``<MASK:…>`` / ``<UNK>`` replaced (labels unchanged)."""
        if not self.table:
            self.fit(sents)
        out: List[RawSentence] = []
        for words, tags in sents:
            new: List[str] = []
            for w, t in zip(words, tags):
                m = _MASK.match(w)
                if m:
                    new.append(apply_case(self.table[int(m.group(1))], m.group(2)))
                elif w == "<UNK>":
                    new.append(self._unk(t) if self.mode != "unk" else "xunk")
                else:
                    new.append(w)
            out.append((new, list(tags)))
        return out


def filled_germeval_train(data_dir: Path, *, seed: int = 0, mode: str = "lexicon") -> List[RawSentence]:
    """The rebuilt GermEval 2014 train split with its masks filled."""
    sents = read_recon(Path(data_dir) / RECON_TSV)
    return MaskFiller(data_dir, seed=seed, mode=mode).fill(sents)
