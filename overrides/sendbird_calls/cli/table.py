"""The operations table as click sees it: command names, arguments, options, help, and a call's keywords.

Everything comes from ``sendbird_calls_api.api`` (``TAGS``, each tag's ``OPERATIONS`` of
``Operation`` rows): path parameters are arguments, query parameters and body fields options
typed by the table (``Param.kind``, enum values, bounds), help from the table's descriptions.
A tag's module is imported only when its commands are asked for, and no spec is read, so
``sendbird-calls --help`` loads no operation.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import re
import sys
from collections.abc import Iterator, Mapping
from enum import Enum
from pathlib import Path
from typing import Any

import click

from sendbird_calls_api.api import TAGS, SyncApi

from ..core.model import BOOL, FLOAT, INT, STR, Kind
from ..core.operation import BodyField, Operation, Param
from .errors import remember_secret, usage_error
from .params import Boolean, Choice, CommaList, Integer, Json

PARAM_PREFIX = "p__"
"""Click's name of a parameter's value (``p__room_id``), apart from the CLI's own options."""
FIELD_PREFIX = "f__"
"""Click's name of a body field's value."""
RESERVED = frozenset({"--all", "--body", "--app-id", "--base-url", "--help"})
"""Options every command may have: a body field of the same name is offered as ``--body-NAME``."""
_DOC_SECTIONS = ("Args:", "Returns:", "Raises:")
_CURSORS = frozenset({"next", "prev"})
_PYTHON_LIST_HINT = "Pass a list of strings or one comma-separated string."
"""How the Python client takes a list: the command line takes a comma-separated value instead."""


def kebab(name: str) -> str:
    """The command-line spelling of a Python or API name: ``direct_calls`` -> ``direct-calls``."""
    return name.strip("_").replace("_", "-")


def english(text: str) -> str:
    """A description as help prints it: one paragraph, code spans quoted instead of back-ticked."""
    return re.sub(r"`([^`]*)`", r"'\1'", " ".join(text.split()))


def command_name(op: Operation[Any]) -> str:
    """The command of an operation on its tag's group: ``rooms.list_participants`` -> ``list-participants``."""
    return kebab(op.name)


@functools.cache
def tag_names() -> dict[str, str]:
    """Each tag's command (``direct-calls``) and its attribute on the client (``direct_calls``)."""
    return {kebab(tag): tag for tag in TAGS}


def tag_help(tag: str) -> str:
    """The tag's one-line description, from the generated API class (no tag module loaded)."""
    text = inspect.getdoc(getattr(SyncApi, tag, None)) or f"The {kebab(tag)} operations."
    return english(re.sub(r"\s*\(``\w+``\)\s*$", "", text))


@functools.cache
def tag_operations(tag: str) -> dict[str, Operation[Any]]:
    """The operations of one tag by command name, in the spec's order; loads that tag's module only."""
    module = importlib.import_module(f"sendbird_calls_api.api.{tag}")
    return {command_name(op): op for op in module.OPERATIONS}


def all_operations() -> Iterator[Operation[Any]]:
    """Every operation, tag by tag, in the spec's order."""
    for tag in TAGS:
        yield from tag_operations(tag).values()


def find_operation(tag: str, key: str) -> Operation[Any] | None:
    """The operation of ``tag`` whose operationId or method name is ``key`` (``list_rooms`` or ``list``)."""
    for op in tag_operations(tag).values():
        if key in (op.id, op.name):
            return op
    return None


def operation_description(op: Operation[Any]) -> str:
    """What the generated method's docstring says beyond its summary (served where, what it needs)."""
    from ..core.resource import SyncResource  # loaded with the tag's module anyway

    module = sys.modules[f"sendbird_calls_api.api.{op.tag}"]
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, SyncResource) and value.__module__ == module.__name__:
            paragraphs = (inspect.getdoc(getattr(value, op.name, None)) or "").split("\n\n")[1:]
            kept = [p for p in paragraphs if p.strip() and not p.lstrip().startswith(_DOC_SECTIONS)]
            return english(" ".join(kept[:1]))
    return ""


def arguments_of(op: Operation[Any]) -> tuple[Param, ...]:
    """The path parameters the command line gives, in path order (the client fills ``application_id``)."""
    return tuple(param for param in op.path_params if not param.client_filled)


def param_type(param: Param) -> click.ParamType:  # type: ignore[type-arg]
    """The click type of a parameter's kind: bounds, enum values and list items checked while parsing."""
    if param.kind == "integer":
        return Integer(param.minimum, param.maximum, param.unit)
    if param.kind == "boolean":
        return Boolean()
    if param.kind == "enum" and param.enum is not None:
        return Choice(_values(param.enum))
    if param.kind == "csv":
        return CommaList(_values(param.enum) if param.enum is not None else ())
    return click.STRING


def argument_of(param: Param) -> click.Argument:
    """A path parameter as a positional argument named like the API (``ROOM_ID``)."""
    return click.Argument(
        [PARAM_PREFIX + param.name],
        required=True,
        type=param_type(param),
        metavar=param.wire.upper(),
        callback=remember_secret if param.secret else None,
    )


def option_of(param: Param) -> click.Option:
    """A query parameter as an option (``--end-result``); a comma-separated list may also be repeated."""
    help_text = english(param.description)
    if param.kind == "csv":
        help_text = (
            help_text.replace(_PYTHON_LIST_HINT, "").strip() + " Comma-separated; the option may also be repeated."
        )
    return click.Option(
        ["--" + kebab(param.wire), PARAM_PREFIX + param.name],
        type=param_type(param),
        metavar="TOKEN" if param.wire in _CURSORS else None,
        multiple=param.kind == "csv",
        required=param.required,
        help=help_text,
        callback=remember_secret if param.secret else None,
    )


def field_options(op: Operation[Any]) -> list[click.Option]:
    """The body's top-level fields as options, typed from the body model; JSON for objects and arrays."""
    if op.body is None:
        return []
    schema = {field.wire: field for field in op.body.model.__schema__.fields}
    options = []
    for body_field in op.body.fields:
        declared = schema.get(body_field.wire)
        kind = _field_type(declared.kind if declared else None)
        help_text = english(body_field.description) or f"The body's {body_field.wire} field."
        if isinstance(kind, Json):
            help_text += f" A JSON {kind.expected}." if kind.expected != "JSON" else " A JSON value."
        if body_field.required:
            help_text += " Required unless --body is given."
        secret = bool(declared and declared.secret)
        options.append(
            click.Option(
                [field_option_name(op, body_field), FIELD_PREFIX + body_field.name],
                type=kind,
                help=help_text,
                callback=remember_secret if secret else None,
            )
        )
    return options


def call_arguments(op: Operation[Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The client method's keyword arguments from click's values: parameters, body fields or ``body``."""
    positional, keywords = collect_arguments(op, values)
    keywords.update(zip((param.name for param in arguments_of(op)), positional, strict=True))
    if op.body is None:
        return keywords
    fields = {
        f.name: values[FIELD_PREFIX + f.name] for f in op.body.fields if values.get(FIELD_PREFIX + f.name) is not None
    }
    body_text = values.get("body")
    if body_text is not None:
        if fields:
            given = ", ".join(field_option_name(op, f) for f in op.body.fields if f.name in fields)
            raise usage_error(f"give the body as --body or as field options ({given}), not both")
        keywords["body"] = read_body(body_text)
        return keywords
    missing = [field_option_name(op, f) for f in op.body.fields if f.required and f.name not in fields]
    if missing and (fields or op.body.required):
        raise usage_error(f"missing option {', '.join(missing)} (or give the whole body with --body)")
    keywords.update(fields)
    return keywords


def collect_arguments(
    op: Operation[Any], values: Mapping[str, Any], *, skip: frozenset[str] = frozenset()
) -> tuple[list[Any], dict[str, Any]]:
    """The path arguments (in path order) and query keywords from click's values; lists flattened and counted."""
    positional: list[Any] = [values.get(PARAM_PREFIX + param.name) for param in arguments_of(op)]
    keywords: dict[str, Any] = {}
    for param in op.query_params:
        value = values.get(PARAM_PREFIX + param.name)
        if param.name in skip or value is None or value == ():
            continue
        if param.kind == "csv":
            value = [item for chunk in value for item in chunk]
            if param.max_items is not None and len(value) > param.max_items:
                option = "--" + kebab(param.wire)
                raise usage_error(f"{option} takes at most {param.max_items} values, got {len(value)}")
        keywords[param.name] = value
    return positional, keywords


def read_body(text: str) -> dict[str, Any]:
    """``--body``: inline JSON, or ``@file`` (``@-`` reads standard input); it must be a JSON object."""
    source = "--body"
    raw: str | bytes = text
    if text.startswith("@"):
        path = text[1:] or "-"
        source = f"the --body file {path}"
        if path == "-":
            raw = sys.stdin.buffer.read()
        else:
            try:
                raw = Path(path).read_bytes()
            except OSError as exc:
                raise usage_error(f"cannot read the --body file {path}: {exc.strerror or type(exc).__name__}") from None
    try:
        body = json.loads(raw)
    except ValueError as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise usage_error(f"{source} is not valid JSON{where}") from None
    except RecursionError:
        raise usage_error(f"{source} is nested too deeply") from None
    if not isinstance(body, dict):
        raise usage_error(f"{source} must hold a JSON object, got a JSON {type(body).__name__}")
    return body


def field_option_name(op: Operation[Any], body_field: BodyField) -> str:
    """``--custom-items``; ``--body-NAME`` when a parameter or the CLI's own option has that name."""
    taken = RESERVED | {"--" + kebab(param.wire) for param in op.params}
    name = "--" + kebab(body_field.wire)
    return "--body-" + kebab(body_field.wire) if name in taken else name


def _field_type(kind: Kind | None) -> click.ParamType:  # type: ignore[type-arg]
    """The click type of a body field's kind in the model: scalars as such, everything else as JSON."""
    inner = getattr(kind, "inner", None)  # a nullable field: the kind inside
    kind = inner if isinstance(inner, Kind) else kind
    if kind is STR:
        return click.STRING
    if kind is INT:
        return Integer()
    if kind is BOOL:
        return Boolean()
    if kind is FLOAT:
        return click.FLOAT
    enum_class = getattr(kind, "cls", None)
    if isinstance(enum_class, type) and issubclass(enum_class, Enum):
        return Choice(_values(enum_class))
    expected = getattr(kind, "expected", "")
    return Json("object" if expected == "an object" else "array" if expected == "an array" else "JSON")


def _values(enum_class: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum_class)


__all__ = [
    "FIELD_PREFIX",
    "PARAM_PREFIX",
    "RESERVED",
    "all_operations",
    "argument_of",
    "arguments_of",
    "call_arguments",
    "collect_arguments",
    "command_name",
    "english",
    "field_option_name",
    "field_options",
    "find_operation",
    "kebab",
    "option_of",
    "operation_description",
    "param_type",
    "read_body",
    "tag_help",
    "tag_names",
    "tag_operations",
]
