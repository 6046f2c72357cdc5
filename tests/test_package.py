"""The package boundary: what ``pip install .`` ships, what it depends on, how it imports."""
from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pipeline"


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _top_level_imports(path: Path) -> set[str]:
    """Package modules that ``path`` imports when it is imported (not inside functions)."""
    name = _module_name(path)
    pkg = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("pipeline"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.rsplit(".", node.level - 1)[0] if node.level > 1 else pkg
                mod = f"{base}.{node.module}" if node.module else base
            else:
                mod = node.module or ""
            if not mod.startswith("pipeline"):
                continue
            out.add(mod)
            for a in node.names:   # ``from . import extensions`` names a module
                if (PACKAGE.parent / (f"{mod}.{a.name}".replace(".", "/") + ".py")).exists():
                    out.add(f"{mod}.{a.name}")
    return out - {name}


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _top_level_imports(p) for p in PACKAGE.rglob("*.py")}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str]:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            m = m if m in graph else m.rpartition(".")[0] or m
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m in graph and not state.get(m):
                found = visit(m)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return []

    for n in sorted(graph):
        if not state.get(n):
            found = visit(n)
            if found:
                return found
    return []


def test_no_import_cycle_in_the_package():
    graph = _graph()
    assert "pipeline.components.structure" in graph and "pipeline.components.dates" in graph["pipeline.components.structure"]
    assert _cycle(graph) == []


def test_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_every_module_imports_on_its_own():
    """Each module first in a fresh interpreter: an import cycle would fail for some order."""
    mods = sorted(m for m in _graph() if not m.startswith("pipeline.training"))
    code = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m)\n"
    for m in mods:
        r = subprocess.run([sys.executable, "-c", code, m], capture_output=True, text=True, cwd=ROOT)
        assert r.returncode == 0, f"{m}: {r.stderr.strip().splitlines()[-1:]}"


def test_dependencies_leave_dask_and_test_tools_to_extras():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = " ".join(meta["dependencies"]).lower()
    for name in ("dask", "distributed", "pytest", "hypothesis"):
        assert name not in runtime
    assert any(d.startswith("dask") for d in meta["optional-dependencies"]["dask"])
    assert "version" in meta.get("dynamic", [])   # defined once, in pipeline/version.py


def test_importing_the_cli_and_runner_pulls_in_no_dask():
    code = ("import sys, pipeline.cli, pipeline.batch.runner, pipeline.batch.engines.units\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert r.stdout.strip() == "[]"


def test_wheel_ships_no_test_tool_or_harness_code(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                        "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    wheel = next(tmp_path.glob("press_extract-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names}
    assert "pipeline" in top and "pipeline/data/de_press_core/meta.json" in names
    assert not top & {"tests", "tools", "benchmarks"}
    assert not [n for n in names if "peer_harness" in n or "snapshot" in n or "/test_" in n]
    from pipeline.version import __version__
    assert wheel.name.startswith(f"press_extract-{__version__}-")


def test_dask_engine_without_dask_is_a_usage_error(tmp_path):
    """Without the ``[dask]`` extra, ``--engine dask`` says what to install (exit 2)."""
    src = tmp_path / "a.txt"
    src.write_text("Text.\n", encoding="utf-8")
    code = ("import sys, importlib.util\n"
            "real = importlib.util.find_spec\n"
            "importlib.util.find_spec = lambda n, *a: None if n == 'distributed' else real(n, *a)\n"
            "from pipeline.cli import main\n"
            "sys.argv = ['press-extract', 'run', sys.argv[1], '--out', sys.argv[2], '--engine', 'dask']\n"
            "main()\n")
    r = subprocess.run([sys.executable, "-c", code, str(src), str(tmp_path / "out")], capture_output=True,
                       text=True, cwd=ROOT)
    assert r.returncode == 2 and "press-extract[dask]" in r.stderr
