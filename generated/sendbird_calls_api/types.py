"""Contains some shared types for properties"""

import math
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import (
    dataclass,  # sendbird-calls: not attrs, so the client imports without it
)
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NoReturn, Protocol, TypeVar


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # sendbird-calls: readable model reprs
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# sendbird-calls: what the models' from_dict needs off its fast path (checks fail, drift is seen).
# The generated from_dict checks each value's JSON type inline; only a value that fails the check,
# or a field or enum value the spec does not know, calls into this module.

_PATH_PART_CHARS = 64
"""Longest name kept in an error path: a hostile server must not make a message megabytes long."""


class ModelValidationError(ValueError):
    """A value does not fit its model. ``path`` says where (``rooms[3].room_id``), ``detail`` what
    was expected; neither quotes the value itself, which may be a secret."""

    def __init__(self, expected: str, value: object, name: str | int | None = None) -> None:
        self.expected = expected
        self.missing = isinstance(value, Unset)
        self.found = json_type_name(value)
        self.parts: list[str | int] = [] if name is None else [name]
        """Path parts, innermost first: each enclosing model or list adds its own as the error rises."""
        super().__init__(expected)

    def within(self, name: str | int) -> None:
        """Prefixes the path with the field name or list index that holds the failing value."""
        self.parts.append(name)

    @property
    def path(self) -> str:
        """The JSON path of the failing value, such as ``rooms[3].room_id``; empty for the document itself."""
        text = ""
        for part in reversed(self.parts):
            if isinstance(part, int):
                text += f"[{part}]"
            else:
                name = part if len(part) <= _PATH_PART_CHARS else part[: _PATH_PART_CHARS - 1] + "…"
                if not name.isprintable():  # a server's key with a newline must not forge log lines
                    name = repr(name)
                text += f".{name}" if text else name
        return text

    @property
    def detail(self) -> str:
        """What is wrong, without the value: "a required field is missing", "expected a string, got null"."""
        if self.missing:
            return "a required field is missing"
        return f"expected {self.expected}, got {self.found}"

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}" if self.parts else self.detail


def json_type_name(value: object) -> str:
    """The JSON type of a decoded value, as a message names it (never the value itself)."""
    if isinstance(value, Unset):
        return "nothing"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number with a fraction" if math.isfinite(value) else "a non-finite number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return f"a Python {type(value).__name__}"


def invalid(value: object, expected: str, name: str | int | None) -> NoReturn:
    """Raises the error for a value that failed its inline check."""
    raise ModelValidationError(expected, value, name)


def as_int(value: object, expected: str, name: str | int | None) -> int:
    """An integer field's value that is not an exact ``int``: an ``int`` subclass other than bool, or
    a float without a fraction (JSON Schema counts 1.0 as an integer), becomes an ``int``; else raises."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    invalid(value, expected, name)


def as_float(value: object, expected: str, name: str | int | None) -> float:
    """A number field's value that is not an exact ``float`` or ``int``; bool is refused."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    invalid(value, expected, name)


class DriftHook(Protocol):
    """Receives what an answer carries that the spec does not know (``sendbird_calls.drift`` is one)."""

    def unknown_fields(self, model: str, names: Iterable[str]) -> None: ...

    def unknown_value(self, model: str, field: str, value: str, secret: bool) -> None: ...


_drift_hook: DriftHook | None = None


def set_drift_hook(hook: DriftHook | None) -> DriftHook | None:
    """Installs the receiver of drift reports (None: nobody); returns the previous one."""
    global _drift_hook  # noqa: PLW0603
    previous, _drift_hook = _drift_hook, hook
    return previous


def unknown_fields(model: str, extra: dict[str, Any]) -> dict[str, Any]:
    """Reports the fields ``model`` does not declare as drift; returns them, kept as additional properties."""
    hook = _drift_hook
    if hook is not None:
        hook.unknown_fields(model, extra)
    return extra


def unknown_value(model: str, field: str, value: str, secret: bool) -> None:
    """Reports a value of an open enum that the spec does not list; ``secret`` fields never show it."""
    hook = _drift_hook
    if hook is not None:
        hook.unknown_value(model, field, value, secret)


__all__ = [
    "UNSET",
    "DriftHook",
    "File",
    "FileTypes",
    "ModelValidationError",
    "RequestFiles",
    "Response",
    "Unset",
    "as_float",
    "as_int",
    "invalid",
    "json_type_name",
    "set_drift_hook",
    "unknown_fields",
    "unknown_value",
]
