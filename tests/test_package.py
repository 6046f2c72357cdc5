"""The package boundary: what ``pip install .`` ships, what it depends on, how it imports."""
from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
import zipfile

import pytest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pipeline"


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, *, inside_functions: bool = True) -> set[str]:
    """Package modules that ``path`` imports: at module level, and (by default) inside
    functions too — an import deferred into a function still ties the two modules."""
    name = _module_name(path)
    pkg = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = ast.walk(tree) if inside_functions else tree.body
    out: set[str] = set()
    for node in nodes:
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
            for a in node.names:   # ``from pipeline.model import extensions`` names a module
                sub = PACKAGE.parent / f"{mod}.{a.name}".replace(".", "/")
                if sub.with_suffix(".py").exists() or (sub / "__init__.py").exists():
                    out.add(f"{mod}.{a.name}")
    return out - {name}


def _graph(**kw) -> dict[str, set[str]]:
    return {_module_name(p): _imports(p, **kw) for p in PACKAGE.rglob("*.py")}


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


def test_no_import_cycle_in_the_package_counting_imports_inside_functions():
    graph = _graph()
    # the imports inside functions are seen: api.load imports the components when it runs
    assert "pipeline.batch.runner" in graph["pipeline.cli"]
    assert _cycle(graph) == []


def test_cycle_finder_finds_a_cycle_through_an_import_inside_a_function(tmp_path, monkeypatch):
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []
    pkg = tmp_path / "pipeline"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "one.py").write_text("from pipeline.two import B\nA = 1\n")
    (pkg / "two.py").write_text("B = 2\ndef late():\n    from pipeline.one import A\n    return A\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", pkg)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert _cycle(_graph(inside_functions=False)) == []          # what the old check saw
    assert _cycle(_graph()) == ["pipeline.one", "pipeline.two", "pipeline.one"]


#: The package's top level holds the public API and the entry points only; the rest lives in rooms.
ROOMS = {"model", "text", "components", "io", "batch", "index", "lang", "training", "data"}
MAX_TOP_LEVEL_MODULES = 10


def test_the_top_level_holds_few_modules_and_the_rooms():
    modules = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(modules) <= MAX_TOP_LEVEL_MODULES, modules
    assert {"__init__.py", "api.py", "cli.py", "version.py"} <= set(modules)
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == ROOMS
    # a data folder's name is no module's name (``pipeline/models`` once stood beside ``models.py``)
    assert not {f"{f}.py" for f in folders} & set(modules)


#: Radon's cyclomatic complexity; ``training/`` (one-off corpus converters) is left out.
MAX_COMPLEXITY = 20


def _blocks(blocks, prefix=""):
    for b in blocks:
        name = prefix + (f"{b.classname}." if getattr(b, "classname", None) and not prefix else "") + b.name
        yield name, b.complexity
        yield from _blocks(getattr(b, "closures", None) or [], name + ".")


def test_no_block_is_more_complex_than_the_limit_nested_functions_included():
    cc_visit = pytest.importorskip("radon.complexity").cc_visit
    over = [f"{p.relative_to(ROOT)}:{name} {c}"
            for p in sorted(PACKAGE.rglob("*.py")) if "training" not in p.parts
            for name, c in _blocks(cc_visit(p.read_text(encoding="utf-8"))) if c > MAX_COMPLEXITY]
    assert over == []


def test_the_complexity_walk_sees_nested_functions():
    cc_visit = pytest.importorskip("radon.complexity").cc_visit
    branches = "".join(f"        if x == {i}:\n            return {i}\n" for i in range(25))
    code = f"def outer(x):\n    def inner(x):\n{branches}        return 0\n    return inner(x)\n"
    got = dict(_blocks(cc_visit(code)))
    assert got["outer"] <= 2 and got["outer.inner"] > MAX_COMPLEXITY


#: Each module is imported first in a child forked from this interpreter, which has loaded the
#: third-party libraries but nothing of ``pipeline``: a fresh import order per module, without
#: paying spaCy's start-up once per module.
_IMPORT_EACH_FIRST = """
import importlib, os, sys
for dep in ("spacy", "pandas", "pyarrow", "click", "trafilatura", "markdown_it", "babel", "tqdm"):
    importlib.import_module(dep)
assert not [m for m in sys.modules if m.split(".")[0] == "pipeline"]
for m in sys.argv[1:]:
    pid = os.fork()
    if pid == 0:
        try:
            importlib.import_module(m)
        except BaseException as exc:
            print(f"{m}: {type(exc).__name__}: {exc}", flush=True)
            os._exit(1)
        os._exit(0)
    if os.waitpid(pid, 0)[1] != 0:
        print(f"{m}: failed", flush=True)
"""


def test_every_module_imports_on_its_own():
    """Each module first in a fresh interpreter: an import cycle would fail for some order."""
    mods = sorted(m for m in _graph() if not m.startswith("pipeline.training"))
    r = subprocess.run([sys.executable, "-c", _IMPORT_EACH_FIRST, *mods], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == ""


def test_importing_a_module_first_finds_a_cycle(tmp_path):
    """The check above fails on a cycle that only one import order trips over."""
    pkg = tmp_path / "pipeline"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "one.py").write_text("from pipeline.two import B\nA = 1\n")
    (pkg / "two.py").write_text("from pipeline.one import A\nB = 2\n")
    r = subprocess.run([sys.executable, "-c", _IMPORT_EACH_FIRST, "pipeline.one", "pipeline.two"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "pipeline.one: ImportError" in r.stdout and "pipeline.two: ImportError" in r.stdout


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
    assert {"pipeline/io/outputs/assets/report.css", "pipeline/io/outputs/assets/report.js"} <= set(names)   # the report
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


#: The rooms from the top down: a module imports only from its own room or a lower layer
#: (``pipeline/README.md``). ``pipeline/__init__`` reaches the API lazily, by name.
LAYERS = (
    ("cli",),
    ("batch",),
    ("api", "index"),
    ("components", "io", "io.inputs", "io.outputs", "slicing", "base_model", "training"),
    ("text",),
    ("model", "lang", "version"),
)


def _room(module: str) -> str:
    parts = module.split(".")[1:]
    if parts[:1] == ["io"] and len(parts) > 1:
        return f"io.{parts[1]}"
    return parts[0] if parts else ""


def _upward_imports(graph: dict[str, set[str]]) -> list[str]:
    rank = {room: i for i, layer in enumerate(LAYERS) for room in layer}
    bad = []
    for a, targets in graph.items():
        for b in targets:
            ra, rb = _room(a), _room(b)
            if ra and rb and ra != rb and rank.get(rb, -1) <= rank.get(ra, -1):
                bad.append(f"{a} -> {b}")
    return sorted(bad)


def test_rooms_import_only_downwards():
    graph = _graph()
    assert {_room(m) for m in graph} - {""} == {r for layer in LAYERS for r in layer}   # every room placed
    assert _upward_imports(graph) == []


def test_an_upward_import_is_seen():
    graph = {"pipeline.text.view": {"pipeline.components.roles"}, "pipeline.components.roles": {"pipeline.text.view"}}
    assert _upward_imports(graph) == ["pipeline.text.view -> pipeline.components.roles"]
