"""The package's layout rules (CONTRIBUTING.md, "Architecture: five layers"), checked on the source itself.

Each rule is read from the code with :mod:`ast`, so a module that breaks one fails here with its name and
line, before a reader meets the tangle it would start.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"

#: No module is longer than this: a module that grows past it is split by idea.
MAX_MODULE_LINES = 450

#: Layers that may not import a given layer (the key).
FORBIDDEN_IMPORTS = {
    "io": {"methods", "book"},
    "text": {"methods", "book"},
    "methods": {"book"},
}

#: The runtime's services, which any layer may use and which import nothing from the other layers.
RUNTIME_SERVICES = {"cache", "jobs", "patterns", "scripts", "hypergeometric", "linear"}

#: Libraries for running work in parallel: only the runtime layer imports them.
PARALLEL_LIBRARIES = {"joblib", "multiprocessing", "concurrent"}


def modules() -> list[Path]:
    """Every Python file of the package."""
    return sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    """``analysis/methods/stance/rules.py`` -> ``analysis.methods.stance.rules``."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """The modules a file imports, as (line, absolute module name, names taken from it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path).split(".") if path.name == "__init__.py" else module_name(path).split(".")[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base)
            found.append((node.lineno, name, [alias.name for alias in node.names]))
    return found


def layer(name: str) -> str | None:
    """The layer of a module of the package (``analysis.text.tokens`` -> ``text``), None outside it."""
    parts = name.split(".")
    inside = parts[0] == "analysis" and len(parts) > 1 and not parts[1].startswith("__")
    return parts[1] if inside else None


def test_every_module_is_found():
    names = {module_name(path) for path in modules()}
    assert {"analysis.methods.keyness", "analysis.runtime.cache", "analysis.text.cleaning"} <= names
    assert {layer(name) for name in names} - {None} == {"io", "text", "methods", "runtime", "book"}


@pytest.mark.parametrize("path", modules(), ids=lambda path: module_name(path))
def test_no_module_is_over_the_line_limit(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.relative_to(PACKAGE.parent)}: {lines} lines; split it by idea"


def test_the_layers_import_only_downwards():
    broken = []
    for path in modules():
        own = layer(module_name(path))
        for line, name, _ in imports(path):
            if layer(name) in FORBIDDEN_IMPORTS.get(own, set()):
                broken.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    assert broken == []


def test_the_runtime_services_import_no_other_layer():
    broken = []
    for service in sorted(RUNTIME_SERVICES):
        path = PACKAGE / "runtime" / f"{service}.py"
        for line, name, _ in imports(path):
            if layer(name) not in {None, "runtime"}:
                broken.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    assert broken == []


def test_only_the_runtime_runs_work_in_parallel():
    broken = []
    for path in modules():
        if layer(module_name(path)) == "runtime":
            continue
        for line, name, _ in imports(path):
            if name.split(".")[0] in PARALLEL_LIBRARIES:
                broken.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    assert broken == []


def test_no_module_imports_a_private_name_of_another():
    broken = []
    for path in modules():
        for line, name, names in imports(path):
            private = [taken for taken in names if taken.startswith("_") and not taken.startswith("__")]
            if layer(name) and private:
                broken.append(f"{path.relative_to(PACKAGE.parent)}:{line} takes {private} from {name}")
    assert broken == []


def test_a_module_is_named_and_placed_in_its_layer():
    assert module_name(PACKAGE / "methods" / "stance" / "rules.py") == "analysis.methods.stance.rules"
    assert layer("analysis.book.glue") == "book" and layer("pandas") is None
    assert layer("analysis.__main__") is None  # the command line's entry point belongs to no layer
