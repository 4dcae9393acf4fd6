"""The shape of the code base holds: one import package with the floor plan enforced, strict
typing, small files and functions, and explained type-checker silences."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

from tests.servers import REPO

ROOMS = ("gateway", "edge_agent", "router", "cloud")
# Production code: the one package and the rooms' folders (duet/<room> are symlinks to them).
SOURCE_ROOTS = ("duet", *ROOMS)
GENERATED = REPO / "duet" / "core" / "v1"  # protoc output, checked against fresh stubs elsewhere
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
EXPLAINED_IGNORE = re.compile(r"#\s*type:\s*ignore\[[\w\-, ]+\]\s+#\s*\S")


def _python_files(roots: tuple[str, ...]) -> Iterator[Path]:
    """Each production file once (a room is reachable through its symlink too), stubs aside,
    and nothing under a hidden folder (a local virtual environment for a benchmark)."""
    seen: set[Path] = set()
    for root in roots:
        for path in sorted((REPO / root).rglob("*.py")):
            real = path.resolve()
            hidden = any(part.startswith(".") for part in path.relative_to(REPO).parts)
            if hidden or real in seen or real.is_relative_to(GENERATED.resolve()):
                continue
            seen.add(real)
            yield path


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=timeout)


def test_import_layers_are_kept() -> None:
    with (REPO / "pyproject.toml").open("rb") as fh:
        contracts = tomllib.load(fh)["tool"]["importlinter"]["contracts"]
    layers = [c["layers"] for c in contracts if c.get("type") == "layers"]
    assert layers, "pyproject.toml must keep the layers contract (roof, rooms, ground floor)"
    floors = layers[0]
    assert floors[0] == "duet.app" and floors[-1] == "duet.core", floors
    named = " ".join(floors)
    for room in (*ROOMS, "cache", "engines"):
        assert f"duet.{room}" in named, f"duet.{room} is missing from the floor plan"

    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports is not None, "import-linter is not installed (the dev extra)"
    result = _run([lint_imports], timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_strict_typing_of_the_core_the_router_and_the_edge_agent() -> None:
    result = _run(
        [sys.executable, "-m", "mypy", "--strict",
         "-p", "duet.core", "-p", "duet.router", "-p", "duet.edge_agent"],
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_wheel_installs_one_package_with_every_room(tmp_path: Path) -> None:
    for folder in (*ROOMS, "proto", "deploy", "tests"):
        assert (REPO / folder).is_dir(), f"the repository lost its top-level {folder}/ folder"
    # Built from a copy: no build/ left behind in the checkout, nothing stale from an old build.
    source = tmp_path / "src"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in SOURCE_ROOTS:
        shutil.copytree(REPO / folder, source / folder, symlinks=True, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    out = tmp_path / "wheels"
    result = _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(out), str(source)],
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("duet-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (top_level,) = [n for n in names if n.endswith(".dist-info/top_level.txt")]
        assert archive.read(top_level).decode().split() == ["duet"]
    assert {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith(".dist-info")} == {"duet"}
    for module in ("router/engine.py", "gateway/app.py", "cloud/pool.py", "edge_agent/cloud_client.py",
                   "core/backend.py", "app/cli.py", "router/policies/default.yaml"):
        assert f"duet/{module}" in names, f"duet/{module} is missing from the wheel"


def test_files_and_functions_stay_small() -> None:
    too_big: list[str] = []
    for path in _python_files(SOURCE_ROOTS):
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(REPO)
        lines = source.count("\n")
        if lines > MAX_FILE_LINES:
            too_big.append(f"{where}: {lines} lines (file)")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_big.append(f"{where}:{node.lineno} {node.name}: {length} lines")
    assert not too_big, f"over {MAX_FILE_LINES} lines a file or {MAX_FUNCTION_LINES} a function: {too_big}"


def test_every_type_ignore_says_why() -> None:
    unexplained = [
        f"{path.relative_to(REPO)}:{number}"
        for path in _python_files((*SOURCE_ROOTS, "bench"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"#\s*type:\s*ignore", line) and not EXPLAINED_IGNORE.search(line)
    ]
    assert not unexplained, f"write `# type: ignore[code]  # why` on: {unexplained}"
