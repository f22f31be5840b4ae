"""A guard for the tests' reads of the spec: a missing piece names its place and the fix, not a bare KeyError.

``tests/spec_examples.py`` reads each operation's 200 answer, its schema's name and its first
example at import time; a spec without them used to stop pytest at collection with
``KeyError: 'examples'``. ``make lint-spec`` checks the same rules and says how to fix each.
"""

from __future__ import annotations

from types import TracebackType


class SpecRuleError(LookupError):
    """The spec lacks something the tests read; the message names where and points to ``make lint-spec``."""


class spec_lookup:  # noqa: N801 - used like a function: ``with spec_lookup("paths./rooms.post"):``
    """Turns a KeyError, IndexError, TypeError or StopIteration raised by lookups in its block into a
    SpecRuleError naming ``where`` and what was missing."""

    def __init__(self, where: str) -> None:
        self.where = where

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None or not isinstance(exc, KeyError | IndexError | TypeError | StopIteration):
            return
        missing = repr(exc.args[0]) if isinstance(exc, KeyError) and exc.args else type(exc).__name__
        raise SpecRuleError(
            f"{self.where}: the tests cannot read the spec here ({missing} is missing or malformed); "
            "run `make lint-spec`, which names the broken spec rule and its fix"
        ) from None
