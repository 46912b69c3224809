"""Every third-party module the package imports is a declared dependency (or belongs to an extra),
so a bare `pip install sinmun` has what the code needs (`make wheel-check` runs the real install)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "sinmun"


def _requirement_name(spec: str) -> str:
    return re.split(r"[<>=!~\[;\s]", spec, maxsplit=1)[0].lower().replace("_", "-")


def _declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = {_requirement_name(s) for s in project["dependencies"]}
    extras = {_requirement_name(s) for specs in project["optional-dependencies"].values() for s in specs}
    return required, extras


def _imported_modules() -> dict[str, str]:
    """Top-level module → a file that imports it, for every absolute import in the package."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(REPO)))
    return found


def test_every_imported_package_is_declared():
    required, extras = _declared()
    distributions = packages_distributions()
    undeclared = []
    for module, where in _imported_modules().items():
        if module in sys.stdlib_module_names or module == "sinmun":
            continue
        names = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        if not names & (required | extras):
            undeclared.append(f"{module} (imported in {where})")
    assert not undeclared, f"imported but not in pyproject.toml: {', '.join(undeclared)}"


@pytest.mark.parametrize("folder", ["resources", "models/ner", "pipelines"])
def test_package_data_the_code_reads_lives_inside_the_package(folder):
    assert (SRC / folder).is_dir() and any((SRC / folder).iterdir()), f"src/sinmun/{folder} is missing or empty"
