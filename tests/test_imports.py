"""The package's modules import one another without a circle, so each can be read (and loaded)
on its own, after the modules it stands on."""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = "signalwire_compat"
SOURCE = ROOT / "overlays" / "python" / PACKAGE


def modules() -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its own name)."""
    found = {}
    for path in sorted(SOURCE.rglob("*.py")):
        parts = [PACKAGE, *path.relative_to(SOURCE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking(node: ast.stmt) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(body: list[ast.stmt], inside_functions: bool) -> list[ast.Import | ast.ImportFrom]:
    """The imports that run when ``body`` runs (never those under ``if TYPE_CHECKING:``), and
    with ``inside_functions`` those that run when its functions are called."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if inside_functions:
                found += _statements(node.body, inside_functions)
        elif not _type_checking(node):
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                for child in getattr(node, field, []):
                    if isinstance(child, ast.stmt):
                        found += _statements([child], inside_functions)
                    elif hasattr(child, "body"):  # an except handler, a match case
                        found += _statements(child.body, inside_functions)
    return found


def graph(inside_functions: bool) -> dict[str, set[str]]:
    """Each module, and the package's modules it imports."""
    known = modules()
    edges: dict[str, set[str]] = {}
    for name, path in known.items():
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        targets: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _statements(tree.body, inside_functions):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
                continue
            if node.level:
                base = here[: len(here) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            targets.add(module)
            targets.update(f"{module}.{alias.name}" for alias in node.names)  # submodules
        edges[name] = {target for target in targets if target in known and target != name}
    return edges


@pytest.mark.parametrize("inside_functions", [False, True], ids=["module-level", "deferred"])
def test_no_import_circle(inside_functions: bool) -> None:
    """Neither the imports that run on loading nor those deferred into functions go round in
    a circle (a deferred import is the usual way to hide one)."""
    try:
        tuple(graphlib.TopologicalSorter(graph(inside_functions)).static_order())
    except graphlib.CycleError as circle:
        pytest.fail("import circle: " + " -> ".join(circle.args[1]))


def test_leaf_modules_stand_on_nothing_of_the_package() -> None:
    """The text-safety helpers import nothing of the package; the exceptions only them."""
    edges = graph(inside_functions=True)
    assert edges[f"{PACKAGE}._text"] == set()
    assert edges[f"{PACKAGE}._errors"] <= {f"{PACKAGE}._text"}
