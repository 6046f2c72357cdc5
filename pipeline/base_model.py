"""Which spaCy pipeline to run: model resolution for ``--model auto|NAME|PATH``."""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

#: Installed spaCy packages preferred by ``auto``, best first.
PREFERRED = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm")
#: The pipeline this project trains and ships (``MODEL.md``).
BUNDLED = Path(__file__).parent / "data" / "de_press_core"
#: Last resort on a machine without any trained German pipeline.
BLANK = "blank:de"
#: Environment variable that makes ``auto`` mean another pipeline (a package name or
#: folder), e.g. ``PRESS_EXTRACT_MODEL=path/to/retrained-model python -m pytest``: the test suite
#: and benchmarks then run the rules on a retrained model without copying it in.
MODEL_ENV = "PRESS_EXTRACT_MODEL"


@dataclass
class ModelChoice:
    name: str      # what was asked for or found: package name, path or ``blank:de``
    label: str     # ``name-version`` for documents.csv
    available: bool


def _label_from_meta(meta: dict) -> str:
    return f"{meta.get('lang', 'de')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def _package_dir(name: str) -> Optional[Path]:
    """Folder of an installed model package, found without importing it (nor spaCy)."""
    try:
        importlib.metadata.distribution(name)     # what spacy.util.is_package checks
        spec = importlib.util.find_spec(name)
    except (importlib.metadata.PackageNotFoundError, ImportError, ValueError):
        return None
    return Path(spec.origin).parent if spec is not None and spec.origin else None


def describe(name: str) -> ModelChoice:
    """Whether ``name`` (package, path or ``blank:de``) can be loaded, and its label."""
    if name == BLANK:
        return ModelChoice(BLANK, f"blank_de-{importlib.metadata.version('spacy')}", True)
    path = Path(name)
    if path.is_dir() and (path / "meta.json").exists():
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        return ModelChoice(str(path), _label_from_meta(meta), True)
    pkg = _package_dir(name) if name.isidentifier() else None
    if pkg is not None:
        label = name
        for cand in [pkg / "meta.json", *pkg.glob("*/meta.json")]:
            if cand.exists():
                label = _label_from_meta(json.loads(cand.read_text(encoding="utf-8")))
                break
        return ModelChoice(name, label, True)
    return ModelChoice(name, name, False)


def candidates() -> list[ModelChoice]:
    """Every pipeline ``auto`` considers, in order of preference."""
    return [describe(n) for n in (*PREFERRED, str(BUNDLED), BLANK)]


def names(choice: ModelChoice) -> tuple[str, ...]:
    """What ``--model`` accepts for a pipeline: its name, its label and the label without version.

        ``de_press_core-0.3.0`` (what ``info`` prints), ``de_press_core``, or the folder.
    """
    short = choice.label.rsplit("-", 1)[0]
    return tuple(dict.fromkeys((choice.name, choice.label, short)))


def resolve(model: str = "auto") -> ModelChoice:
    """The pipeline to load for ``model``; raises ``ValueError`` when it is not there.

    ``auto`` is the first available of ``candidates()``, or what ``PRESS_EXTRACT_MODEL``
    names when it is set (a name or folder, resolved like ``--model``)."""
    if model == "auto":
        override = os.environ.get(MODEL_ENV, "").strip()
        if override and override != "auto":
            return resolve(override)
        return next(c for c in candidates() if c.available)
    choice = describe(model)
    if choice.available:
        return choice
    found = [c for c in candidates() if c.available]
    for c in found:
        if model in names(c) or (c.name == BLANK and model in ("blank_de", "blank")):
            return c
    known = ", ".join(["auto", *(c.label for c in found)])
    raise ValueError(f"model {model!r} is neither an installed spaCy package nor a pipeline folder; "
                     f"available: {known}")
