"""Parameter types whose error messages name what is accepted and never repeat the value given."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import click
from click.shell_completion import CompletionItem

from .discovery import parse_bool

_ALTERNATIVES = re.compile(r"^\^\(([\w|]+)\)")


class Integer(click.ParamType):  # type: ignore[type-arg]  # generic in newer click only
    """An integer, optionally within the spec's ``minimum``..``maximum``."""

    name = "integer"

    def __init__(self, low: int | None = None, high: int | None = None) -> None:
        self.low, self.high = low, high

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            try:
                number = int(str(value).strip(), 10)
            except ValueError:
                self.fail("expects a whole number", param, ctx)
        if (self.low is not None and number < self.low) or (self.high is not None and number > self.high):
            self.fail(f"must be {self._range()}", param, ctx)
        return number

    def _range(self) -> str:
        if self.low is not None and self.high is not None:
            return f"between {self.low} and {self.high}"
        return f"at least {self.low}" if self.low is not None else f"at most {self.high}"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        if self.low is not None and self.high is not None:
            return f"{self.low}..{self.high}"
        return "N"


class Boolean(click.ParamType):  # type: ignore[type-arg]  # generic in newer click only
    """``true``/``false`` (also 1/0, yes/no, on/off)."""

    name = "boolean"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> bool:
        if isinstance(value, bool):
            return value
        try:
            return parse_bool(str(value))
        except ValueError:
            self.fail("expects true or false", param, ctx)

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "true|false"

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        return [CompletionItem(word) for word in ("true", "false") if word.startswith(incomplete)]


class Choice(click.ParamType):  # type: ignore[type-arg]  # generic in newer click only
    """One of a fixed set of values (an enum of the spec); the error lists them, not what was typed."""

    name = "choice"

    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if value not in self.choices:
            self.fail(f"must be one of: {', '.join(self.choices)}", param, ctx)
        return str(value)

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "[" + "|".join(self.choices) + "]"

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        return [CompletionItem(choice) for choice in self.choices if choice.startswith(incomplete)]


class CommaList(click.ParamType):  # type: ignore[type-arg]  # generic in newer click only
    """Comma-separated values (the option may also be repeated); each must be non-empty and allowed."""

    name = "list"

    def __init__(self, choices: Sequence[str] = ()) -> None:
        self.choices = tuple(choices)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> list[str]:
        if isinstance(value, list):
            return value
        items = str(value).split(",")
        if any(not item.strip() for item in items):
            self.fail("every comma-separated value must be non-empty", param, ctx)
        if self.choices and any(item not in self.choices for item in items):
            self.fail(f"every value must be one of: {', '.join(self.choices)}", param, ctx)
        return items

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "A,B,..."

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        head, _, last = incomplete.rpartition(",")
        prefix = head + "," if head else ""
        return [CompletionItem(prefix + choice) for choice in self.choices if choice.startswith(last)]


def choices_from_pattern(pattern: str | None) -> tuple[str, ...]:
    """The allowed words of a comma-list pattern like ``^(a|b)(,(a|b))*$``; () for any other pattern."""
    match = _ALTERNATIVES.match(pattern or "")
    return tuple(match.group(1).split("|")) if match else ()


__all__ = ["Boolean", "Choice", "CommaList", "Integer", "choices_from_pattern"]
