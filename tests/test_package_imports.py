"""The hand-written package has no import cycles: every import, lazy or for type checking only, runs one way.

The graph is read from the source (``ast``), file by file, so an import inside a function or under
``TYPE_CHECKING`` counts too: it still ties the two modules together (what ARCHITECTURE.md's layers
promise), even when Python would not fail on it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "overrides" / "sendbird_calls"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported(name: str, path: Path) -> Iterator[str]:
    """The package's modules that the module ``name`` at ``path`` imports, anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            source = ".".join(part for part in (base if node.level else "", node.module or "") if part)
            submodules = (f"{source}.{alias.name}" for alias in node.names)
            targets = [submodule if submodule in MODULES else source for submodule in submodules]
        else:
            continue
        yield from (target for target in targets if target in MODULES and target != name)


GRAPH = {name: set(imported(name, path)) for name, path in MODULES.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_reads_the_imports_it_should() -> None:
    assert "sendbird_calls.core.send" in GRAPH["sendbird_calls.core.requester"]
    assert "sendbird_calls.mock.spec" in GRAPH["sendbird_calls.mock.facts"]
    assert "sendbird_calls.spec_doc" in GRAPH["sendbird_calls.mock.spec"]  # `from .. import spec_doc`


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"a"}, "c": set()}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": set()}, []),
    ],
)
def test_cycles_finds_every_circle(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert cycles(graph) == expected


def test_no_module_of_the_package_imports_back_into_a_circle() -> None:
    assert cycles(GRAPH) == []
