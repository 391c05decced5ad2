"""What the import-linter contracts can't say, and the size of a module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "organizer"

# The layers, the window's one way to the services and "no circles" are import-linter
# contracts in pyproject.toml (``lint-imports``, run by scripts/test, so by CI). What
# they can't say: a submodule of another package (only whole packages can be forbidden).
FORBIDDEN = {
    "services": ("PySide6.QtWidgets",),
    "jobs": ("PySide6.QtWidgets",),
    "sheet": ("PySide6.QtWidgets",),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_flow_one_way(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"layer {layer} has no modules"
    offending = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in files
        for module in imported_modules(path)
        if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offending == []


def test_no_module_grows_into_a_god_file() -> None:
    too_big = [
        f"{p.relative_to(PACKAGE)}: {n} lines"
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    ]
    assert too_big == []
