"""Parameter types for the operations table's kinds; their errors say what is accepted and what was given."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click
from click.shell_completion import CompletionItem

_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


def parse_bool(text: str) -> bool:
    """``true``/``false`` (also 1/0, yes/no, on/off, any case) as a bool; anything else is a ValueError."""
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"expected true or false, got {text!r}")


def bounds_text(low: int | None, high: int | None) -> str:
    """``between 1 and 100``, ``at least 0``, ``at most 9``; empty without bounds."""
    if low is not None and high is not None:
        return f"between {low} and {high}"
    if low is not None:
        return f"at least {low}"
    return "" if high is None else f"at most {high}"


class Integer(click.ParamType):  # type: ignore[type-arg]  # generic in newer click only
    """A whole number, optionally within the table's ``minimum``..``maximum``; ``unit`` names it (``ms``)."""

    name = "integer"

    def __init__(self, low: int | None = None, high: int | None = None, unit: str | None = None) -> None:
        self.low, self.high, self.unit = low, high, unit

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            try:
                number = int(str(value).strip(), 10)
            except ValueError:
                self.fail(f"expects a whole number, got {value!r}", param, ctx)
        if (self.low is not None and number < self.low) or (self.high is not None and number > self.high):
            self.fail(f"must be {bounds_text(self.low, self.high)}, got {number}", param, ctx)
        return number

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        if self.low is not None and self.high is not None:
            return f"{self.low}..{self.high}"
        return "MS" if self.unit == "ms" else "N"


class Boolean(click.ParamType):  # type: ignore[type-arg]  # generic in newer click only
    """``true``/``false`` (also 1/0, yes/no, on/off)."""

    name = "boolean"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> bool:
        if isinstance(value, bool):
            return value
        try:
            return parse_bool(str(value))
        except ValueError:
            self.fail(f"expects true or false, got {value!r}", param, ctx)

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "true|false"

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        return [CompletionItem(word) for word in ("true", "false") if word.startswith(incomplete)]


class Choice(click.ParamType):  # type: ignore[type-arg]  # generic in newer click only
    """One of a fixed set of values (an enum of the table)."""

    name = "choice"

    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if value not in self.choices:
            self.fail(f"must be one of: {', '.join(self.choices)}; got {value!r}", param, ctx)
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
            self.fail(f"every comma-separated value must be non-empty, got {value!r}", param, ctx)
        wrong = [item for item in items if self.choices and item not in self.choices]
        if wrong:
            self.fail(f"every value must be one of: {', '.join(self.choices)}; got {wrong[0]!r}", param, ctx)
        return items

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "A,B,..."

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        head, _, last = incomplete.rpartition(",")
        prefix = head + "," if head else ""
        return [CompletionItem(prefix + choice) for choice in self.choices if choice.startswith(last)]


class Json(click.ParamType):  # type: ignore[type-arg]  # generic in newer click only
    """A JSON value for an object or array body field: ``'{"topic": "x"}'``, ``'["*"]'``."""

    name = "json"

    def __init__(self, expected: str = "JSON") -> None:
        self.expected = expected
        """``object``, ``array`` or ``JSON``: what the field holds, for the metavar and the message."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            parsed = json.loads(value)
        except ValueError as exc:
            where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
            self.fail(f"is not valid JSON{where}", param, ctx)
        except RecursionError:
            self.fail("is nested too deeply", param, ctx)
        wanted = {"object": dict, "array": list}.get(self.expected)
        if wanted is not None and not isinstance(parsed, wanted):
            self.fail(f"must be a JSON {self.expected}, got a JSON {_json_type(parsed)}", param, ctx)
        return parsed

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return {"object": "JSON_OBJECT", "array": "JSON_ARRAY"}.get(self.expected, "JSON")


def _json_type(value: object) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    return "null" if value is None else "number"


__all__ = ["Boolean", "Choice", "CommaList", "Integer", "Json", "bounds_text", "parse_bool"]
