"""Turns an operation and a call's arguments into one checked HTTP request: the only URL builder.

Every path value fills exactly one segment (``paths.py``), every query value is checked against
the spec's type, range and unit before anything is sent, comma-separated lists are joined, a body
is built from its fields (or a model, or a dict) and checked by its model. The request carries a
loggable path in which secret path values (a token to revoke) are masked.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, Final

from .. import drift
from .._constants import CONTENT_TYPE, USER_AGENT
from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from ..paths import SECRET_MASK, check_path_segment, percent_encode
from .model import Model, ModelValidationError
from .operation import Operation, Param
from .unset import UNSET

BASE_HEADERS: Final = (("Content-Type", CONTENT_TYPE), ("User-Agent", USER_AGENT), ("Accept", "application/json"))
"""Sent on every API request (the client's own httpx.Client carries them; yours gets them per request):
Sendbird asks for this Content-Type on GET and DELETE too."""
CALLER_CLIENT_HEADERS: Final = BASE_HEADERS[:1]
"""What a request through your ``http_client=`` adds to its own headers: only the Content-Type Sendbird
requires (your client's User-Agent and Accept stay yours)."""

_TYPE_WORDS: Final = {"integer": "an integer", "string": "a string", "boolean": "a boolean"}
_MS_FLOOR: Final = 100_000_000_000
"""Unix milliseconds since 1973 have 12 digits or more; a smaller time was meant in seconds."""


class Prepared:
    """One request, ready to send: the real URL, the path as logs and errors show it, headers and body."""

    __slots__ = ("content", "headers", "log_path", "method", "operation", "secret_path", "secrets", "url")

    def __init__(
        self,
        operation: str,
        method: str,
        url: str,
        *,
        log_path: str,
        headers: Sequence[tuple[str, str]] = (),
        content: bytes | None = None,
        secret_path: bool = False,
        secrets: tuple[str, ...] = (),
    ) -> None:
        self.operation = operation
        """The operationId, the rate limiter's bucket with the method."""
        self.method = method
        self.url = url
        self.log_path = log_path
        """The path with secret values masked: the only path ever logged or put in an error."""
        self.headers = headers
        """Headers of this request beyond the client's own (an API operation has none; a webhook POST its own)."""
        self.content = content
        self.secret_path = secret_path
        """Whether ``url`` holds a secret (then it is shown nowhere, ``log_path`` stands for it)."""
        self.secrets = secrets
        """The secret values this request carries in its path (a token to revoke), for the client to scrub."""


def prepare(op: Operation[Any], arguments: Mapping[str, Any], base_url: str, base_path: str, app_id: str) -> Prepared:
    """The request of ``op`` with ``arguments`` (keyword -> value, ``body`` for a whole body), checked."""
    path: list[str] = []
    shown: list[str] = []
    secrets: list[str] = []
    for part in op.path_parts:
        if isinstance(part, str):
            path.append(part)
            shown.append(part)
            continue
        value = arguments.get(part.name)
        if value is None and part.client_filled:
            value = app_id
        if part.kind == "enum":
            value = _enum_value(op, part, value)
        elif value is None:
            raise InvalidArgumentError(f"{op.qualified_name}: {part.name} is required")
        elif not isinstance(value, str):  # an int would be sent as its digits: the hint says str
            raise InvalidArgumentTypeError(
                f"{op.qualified_name}: {part.name} must be a string, not {type(value).__name__}"
            )
        try:
            segment = check_path_segment(part.wire, value)
        except InvalidArgumentError as exc:
            raise type(exc)(f"{op.qualified_name}: {exc}") from None
        text = _encoded(op, part, segment)
        path.append(text)
        if part.secret:
            secrets.append(segment)
            shown.append(SECRET_MASK)
        else:
            shown.append(text)
    url = base_url + "".join(path)
    if op.query_params:
        query = _query(op, arguments)
        if query:
            url += "?" + query
    content = _body(op, arguments) if op.body is not None else None
    return Prepared(
        op.id,
        op.method,
        url,
        log_path=base_path + "".join(shown),
        headers=(),
        content=content,
        secret_path=bool(secrets),
        secrets=tuple(secrets),
    )


def _query(op: Operation[Any], arguments: Mapping[str, Any]) -> str:
    parts: list[str] = []
    for param in op.query_params:
        value = arguments.get(param.name, UNSET)
        if value is UNSET or value is None:  # None means "not given", as UNSET does
            if param.required:
                raise InvalidArgumentError(f"{op.qualified_name}: {param.name} is required")
            continue
        parts.append(f"{percent_encode(param.wire)}={_query_value(op, param, value)}")
    return "&".join(parts)


def _query_value(op: Operation[Any], param: Param, value: Any) -> str:
    """One query value checked against the spec's type, range and unit, then percent-encoded."""
    kind = param.kind
    if kind == "enum":
        return percent_encode(str(_enum_value(op, param, value)))
    if kind == "csv":
        return ",".join(_encoded(op, param, item) for item in _csv_items(op, param, value))
    if kind == "boolean":
        if isinstance(value, bool):
            return "true" if value else "false"
    elif kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            _check_bounds(op, param, value, value, "")
            _check_unit(op, param, value)
            return str(value)
    elif isinstance(value, str):
        _check_bounds(op, param, value, len(value), " characters long")
        return _encoded(op, param, value)
    raise InvalidArgumentTypeError(
        f"{op.qualified_name}: {param.name} must be {_TYPE_WORDS.get(kind, kind)}, not {type(value).__name__}"
    )


def _encoded(op: Operation[Any], param: Param, text: str) -> str:
    """``text`` percent-encoded as UTF-8; a lone surrogate (no UTF-8 form) is refused, naming the parameter."""
    try:
        return percent_encode(text)
    except UnicodeEncodeError:
        raise InvalidArgumentError(
            f"{op.qualified_name}: {param.name} holds a lone surrogate (an unpaired \\ud800-\\udfff code point), "
            "which is not text and cannot be sent"
        ) from None


def _check_bounds(op: Operation[Any], param: Param, value: Any, measure: int, unit: str) -> None:
    low, high = (param.minimum, param.maximum) if param.kind == "integer" else (param.min_length, param.max_length)
    got = f", got {value}" if param.kind == "integer" else ""
    if low is not None and measure < low:
        raise InvalidArgumentError(f"{op.qualified_name}: {param.name} must be at least {low}{unit}{got}")
    if high is not None and measure > high:
        raise InvalidArgumentError(f"{op.qualified_name}: {param.name} must be at most {high}{unit}{got}")


def _check_unit(op: Operation[Any], param: Param, value: int) -> None:
    """A time in Unix milliseconds that is far too small is a time in seconds: refused, saying so."""
    if param.unit == "ms" and 0 < value < _MS_FLOOR:
        raise InvalidArgumentError(
            f"{op.qualified_name}: {param.name} is in Unix milliseconds, and {value} would be "
            f"{'before 1973' if value >= 1000 else 'in January 1970'}: if it is in seconds, multiply it by 1000"
        )


def _enum_value(op: Operation[Any], param: Param, value: Any) -> Any:
    """The wire value of an enum parameter: a member, or one of its values as a string."""
    enum_type = param.enum
    assert enum_type is not None
    if isinstance(value, enum_type):
        return value.value
    if isinstance(value, str):
        for member in enum_type:
            if member.value == value:
                return value
    choices = ", ".join(repr(member.value) for member in enum_type)
    if value is None:
        raise InvalidArgumentError(f"{op.qualified_name}: {param.name} is required (one of {choices})")
    raise InvalidArgumentError(f"{op.qualified_name}: {param.name} must be one of {choices}, got {_shown(value)}")


def _csv_items(op: Operation[Any], param: Param, value: Any) -> list[str]:
    """A comma-separated list parameter: a sequence of values, or one string holding them joined."""
    if isinstance(value, str):
        raw: Sequence[Any] = value.split(",")
    elif isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        raw = value
    else:
        raise InvalidArgumentTypeError(
            f"{op.qualified_name}: {param.name} must be a list of strings or one comma-separated string, "
            f"got {type(value).__name__}"
        )
    items: list[str] = []
    for item in raw:
        text = item.value if isinstance(item, Enum) else item
        if not isinstance(text, str) or text == "" or "," in text:
            raise InvalidArgumentError(
                f"{op.qualified_name}: every {param.name} value must be a non-empty string without a comma, "
                f"got {_shown(text)}"
            )
        if param.enum is not None and text not in {member.value for member in param.enum}:
            choices = ", ".join(repr(member.value) for member in param.enum)
            raise InvalidArgumentError(
                f"{op.qualified_name}: every {param.name} value must be one of {choices}, got {_shown(text)}"
            )
        items.append(text)
    if not items:
        raise InvalidArgumentError(f"{op.qualified_name}: {param.name} must hold at least one value")
    if param.max_items is not None and len(items) > param.max_items:
        raise InvalidArgumentError(
            f"{op.qualified_name}: {param.name} may hold at most {param.max_items} values, got {len(items)}"
        )
    return items


def _body(op: Operation[Any], arguments: Mapping[str, Any]) -> bytes | None:
    """The JSON body: from the body's fields given as keywords, or from ``body=`` (a model or a dict)."""
    spec = op.body
    assert spec is not None
    given = arguments.get("body")
    fields = {f.wire: arguments[f.name] for f in spec.fields if arguments.get(f.name, UNSET) is not UNSET}
    if given is not None and given is not UNSET:
        if fields:
            raise InvalidArgumentError(
                f"{op.qualified_name}: give the body's fields as keywords or the whole body as body=, not both"
            )
        if isinstance(given, spec.model):
            body: Model = given
        elif isinstance(given, Mapping):
            body = _from_mapping(op, spec.model, given, "body.")
        else:
            raise InvalidArgumentTypeError(
                f"{op.qualified_name}: body must be a {spec.model.__name__} or a dict, got {type(given).__name__}"
            )
    elif fields or spec.required:
        missing = [f.name for f in spec.fields if f.required and f.wire not in fields]
        if missing:
            raise InvalidArgumentError(f"{op.qualified_name}: {', '.join(missing)} required (or pass body=)")
        body = _from_mapping(op, spec.model, fields, "")
    else:
        return None
    try:
        return json.dumps(body.to_dict(), separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidArgumentError(f"{op.qualified_name}: the body cannot be sent as JSON: {exc}") from None


def _from_mapping(op: Operation[Any], model: type[Model], data: Mapping[str, Any], prefix: str) -> Model:
    """The body model of a caller's values, checked; a key the model does not declare is sent as is, not drift."""
    try:
        with drift.suppressed():
            return model.from_dict(data)
    except ModelValidationError as exc:
        where = f"{prefix}{exc.path}" if exc.path else prefix.rstrip(".") or "body"
        raise InvalidArgumentError(
            f"{op.qualified_name}: {where} does not fit {model.__name__}: {exc.detail}"
        ) from None


def _shown(value: object) -> str:
    """A bad argument as an error quotes it: cut, so a huge value never fills a log."""
    text = repr(value)
    return text if len(text) <= 100 else text[:99] + "…"


__all__ = ["BASE_HEADERS", "CALLER_CLIENT_HEADERS", "Prepared", "prepare"]
