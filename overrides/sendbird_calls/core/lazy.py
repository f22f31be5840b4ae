"""Module attributes imported on first use (the generated ``models`` package re-exports every model this way)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, modules: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module's ``__getattr__`` and ``__dir__`` that import ``name`` from ``modules[name]`` (relative to
    ``package``) on first use, then keep it as a plain attribute."""

    def __getattr__(name: str) -> Any:  # noqa: N807 - it becomes the module's __getattr__
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:  # noqa: N807 - it becomes the module's __dir__
        return sorted(modules)

    return __getattr__, __dir__
