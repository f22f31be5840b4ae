"""``UNSET``: the value of an argument or a model field that was not given (distinct from ``None``)."""

from __future__ import annotations

from typing import Final, Literal


class Unset:
    """The type of ``UNSET``; falsy, so ``if value:`` treats a missing value like an empty one."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickles as the module-level singleton


UNSET: Final[Unset] = Unset()
"""Not given: an omitted keyword argument, or a field absent from an answer."""
