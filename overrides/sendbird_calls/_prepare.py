"""Turns a generated operation call into a safe HTTP request, and an HTTP answer into a result.

Shared by the sync and async requesters, so both check input and read answers the same way:
path segments checked, enums and comma-separated lists normalised, bodies converted, the
Content-Type Sendbird asks for, a loggable path with secrets masked.
"""

import functools
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

import httpx

from sendbird_calls_api.api import Build, OperationInfo, RawResponse, RequestOptions
from sendbird_calls_api.types import UNSET, ModelValidationError

from . import drift  # installs the hook through which the models report drift
from ._constants import CONTENT_TYPE
from ._request_context import EXTENSION_KEY, RequestContext
from ._secret import Secret
from .auth import SECRET_URL_EXTENSION
from .config import ClientConfig, to_deadline, to_timeout
from .errors import (
    ConfigurationError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    ResponseValidationError,
    SendbirdCallsError,
    error_from_response,
)
from .paths import SECRET_MASK, check_path_segment, is_secret_path_param, percent_encode

T = TypeVar("T")

_NOT_A_VALID = re.compile(r"is not a valid (\w+)")
_OPTION_KEYS = frozenset({"timeout", "max_retries", "deadline", "extra_headers"})


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """Everything ``httpx.Client.request`` needs, plus the masked path used in logs and errors."""

    method: str
    url: str
    headers: dict[str, str]
    json_body: Any
    has_body: bool
    timeout: httpx.Timeout
    log_path: str
    extensions: dict[str, Any]

    def request_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client.request``."""
        kwargs: dict[str, Any] = {
            "headers": self.headers,
            "timeout": self.timeout,
            "extensions": self.extensions,
        }
        if self.has_body:
            kwargs["content"] = json.dumps(
                self.json_body, separators=(",", ":"), ensure_ascii=False, allow_nan=False
            ).encode()
        return kwargs


def prepare_request(
    config: ClientConfig,
    op: OperationInfo,
    build: Build,
    arguments: Mapping[str, Any],
    options: RequestOptions | None,
) -> PreparedRequest:
    """Checks and normalises the arguments, then builds the request with the generated code."""
    options = _check_options(op, options)
    args = dict(arguments)
    for name in op.client_filled:
        if args.get(name) is None:
            args[name] = config.app_id
    segments: dict[str, str] = {}
    for name in op.path_params:
        if name in op.enum_params:
            args[name] = _coerce_enum(op, name, args[name])
        segments[name] = check_path_segment(_wire(op, name), args[name])
    if op.enum_params:  # most operations have none: skip the loop's set-up
        for name in op.enum_params:
            if name not in op.path_params:
                args[name] = _coerce_enum(op, name, args.get(name, UNSET))
    for name in op.list_params:
        args[name] = _join_list(op, name, args.get(name, UNSET))
    if op.checks:
        for name, rule in op.checks.items():
            value = args.get(name, UNSET)
            if value is None:  # None means "not given", as UNSET does
                args[name] = UNSET
            elif value is not UNSET:
                _check_scalar(op, name, value, rule)
    if op.body_type is not None:
        args["body"] = _coerce_body(op, args.get("body", UNSET))
    kwargs = build(**args)
    built_headers = kwargs.get("headers")
    headers = {str(k): str(v) for k, v in built_headers.items()} if built_headers else {}
    headers["Content-Type"] = CONTENT_TYPE
    extra_headers = options.get("extra_headers")
    if extra_headers:
        for key, value in extra_headers.items():
            headers[str(key)] = str(value)
    base = config.base_for(op.host, op.name)
    path = str(kwargs["url"])
    secret = any(is_secret_path_param(name) for name in segments) if segments else False
    # The generated path is already encoded segment by segment; only a secret one needs a second, masked copy.
    log_path = _base_path(base) + (_masked_path(op, segments) if secret else path)
    context = RequestContext(
        operation=op.name,
        log_path=log_path,
        max_retries=options.get("max_retries"),
        deadline=_option(op, to_deadline, options["deadline"]) if "deadline" in options else None,
    )
    timeout = _option(op, to_timeout, options["timeout"]) if "timeout" in options else config.timeout
    params = kwargs.get("params")
    encoded_query = _encode_query(op, params) if params else ""
    query = f"?{encoded_query}" if encoded_query else ""
    url = base + path + query
    extensions: dict[str, Any] = {EXTENSION_KEY: context}
    if secret:
        # httpx logs and keeps the URL it is given: give it the masked one; auth sends the real one.
        extensions[SECRET_URL_EXTENSION] = Secret(url)
        url = str(httpx.URL(base).copy_with(raw_path=log_path.encode("ascii"))) + query
    return PreparedRequest(
        method=op.method,
        url=url,
        headers=headers,
        json_body=kwargs.get("json"),
        has_body="json" in kwargs,
        timeout=timeout,
        log_path=log_path,
        extensions=extensions,
    )


def parse_response(
    op: OperationInfo, prepared: PreparedRequest, response: httpx.Response, parse: Callable[[Any], T]
) -> RawResponse[T]:
    """Raises the typed error of a non-2xx answer; otherwise parses the body into the operation's model.

    The boundary of parsing: whatever a hostile body makes the decoder or the model raise
    (RecursionError, a number too long to convert, a wrong type) becomes a SendbirdCallsError.
    """
    if not 200 <= response.status_code < 300:
        raise error_from_response(response, method=prepared.method, path=prepared.log_path)
    if op.empty_success and not response.content.strip():
        # The spec allows a bodiless success here (an empty 200 or a 204): the parser answers it.
        return RawResponse(
            parsed=parse(None), status_code=response.status_code, headers=response.headers, http_response=response
        )
    try:
        data = response.json()
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError, huge numbers, deep nesting
        raise _invalid_body(op, response, f"the body is not JSON this client can read ({_reason(exc)})") from None
    if not isinstance(data, dict):
        raise _invalid_body(op, response, f"expected a JSON object, got {type(data).__name__}")
    try:
        parsed = parse(data)
    except SendbirdCallsError:
        raise
    except ModelValidationError as exc:
        raise ResponseValidationError(
            operation=op.name, field=exc.path or None, detail=exc.detail, response=response
        ) from None
    except KeyError as exc:
        raise ResponseValidationError(
            operation=op.name, field=str(exc.args[0]), detail="a required field is missing", response=response
        ) from None
    except Exception as exc:  # the boundary: nothing a body triggers escapes untyped
        raise _invalid_body(op, response, f"{type(exc).__name__}: {_reason(exc)}") from None
    return RawResponse(
        parsed=parsed, status_code=response.status_code, headers=response.headers, http_response=response
    )


def _invalid_body(op: OperationInfo, response: httpx.Response, detail: str) -> ResponseValidationError:
    return ResponseValidationError(operation=op.name, field=None, detail=detail, response=response)


def _shown(value: object) -> str:
    """A bad argument as an error quotes it: cut, so a huge value never fills a log."""
    text = repr(value)
    return text if len(text) <= 100 else text[:99] + "…"


def _reason(exc: BaseException) -> str:
    """A short reason: the decoder's own message, cut so a hostile value is never echoed whole."""
    text = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def next_arguments(op: OperationInfo, arguments: Mapping[str, Any], token: object) -> dict[str, Any]:
    """The arguments of the next page: the same filters with the ``next`` token set."""
    args = dict(arguments)
    args[next_param(op)] = token
    return args


def next_param(op: OperationInfo) -> str:
    """The Python name of the operation's ``next`` query parameter (``next_``)."""
    for python_name, wire_name in op.wire_names.items():
        if wire_name == "next":
            return python_name
    return "next"


@functools.lru_cache(maxsize=16)
def _base_path(base: str) -> str:
    """The path part of a base URL (``/v1``), parsed once per base rather than once per request."""
    return httpx.URL(base).raw_path.decode("ascii").rstrip("/")


def _wire(op: OperationInfo, name: str) -> str:
    return op.wire_names.get(name, name)


def _check_options(op: OperationInfo, options: RequestOptions | None) -> RequestOptions:
    if options is None:
        return {}
    if not isinstance(options, Mapping):
        raise InvalidArgumentTypeError(f"{op.name}: request_options must be a dict, got {type(options).__name__}")
    unknown = set(options) - _OPTION_KEYS
    if unknown:
        raise InvalidArgumentTypeError(
            f"{op.name}: unknown request_options {sorted(map(str, unknown))}; allowed: {sorted(_OPTION_KEYS)}"
        )
    retries = options.get("max_retries")
    if retries is not None and (isinstance(retries, bool) or not isinstance(retries, int) or retries < 0):
        raise InvalidArgumentError(f"{op.name}: request_options max_retries must be an integer >= 0, got {retries!r}")
    return options


def _option(op: OperationInfo, check: Callable[[Any], T], value: Any) -> T:
    """A request option checked like its client-wide twin; a bad one is an InvalidArgumentError."""
    try:
        return check(value)
    except ConfigurationError as exc:
        raise InvalidArgumentError(f"{op.name}: request_options {exc}") from None


_TYPE_WORDS = {"integer": "an integer", "string": "a string", "boolean": "a boolean"}


def _check_scalar(op: OperationInfo, name: str, value: Any, rule: tuple[str, int | None, int | None]) -> None:
    """A scalar query value of the spec's JSON type within its bounds, or an argument error before sending."""
    kind, low, high = rule
    if kind == "string" and isinstance(value, str):
        measure, unit, shown = len(value), " characters long", ""
    elif kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        measure, unit, shown = value, "", f", got {value}"
    elif kind == "boolean" and isinstance(value, bool):
        return
    else:
        raise InvalidArgumentTypeError(f"{op.name}: {name} must be {_TYPE_WORDS[kind]}, not {type(value).__name__}")
    if low is not None and measure < low:
        raise InvalidArgumentError(f"{op.name}: {name} must be at least {low}{unit}{shown}")
    if high is not None and measure > high:
        raise InvalidArgumentError(f"{op.name}: {name} must be at most {high}{unit}{shown}")


def _coerce_enum(op: OperationInfo, name: str, value: Any) -> Any:
    """Accepts an enum member or its string value; anything else is a ValueError listing the choices."""
    enum_type = op.enum_params.get(name)
    if enum_type is None or value is UNSET or isinstance(value, enum_type):
        return value
    try:
        return enum_type(value)
    except ValueError:
        choices = ", ".join(repr(member.value) for member in enum_type)
        raise InvalidArgumentError(
            f"{op.name}: {_wire(op, name)} must be one of {choices}, got {_shown(value)}"
        ) from None


def _join_list(op: OperationInfo, name: str, value: Any) -> Any:
    """A sequence of strings becomes one comma-separated value, as Sendbird expects."""
    if value is UNSET or isinstance(value, str):
        if isinstance(value, str) and value == "":
            raise InvalidArgumentError(f"{op.name}: {_wire(op, name)} must not be empty")
        return value
    if not isinstance(value, Sequence) or isinstance(value, bytes | bytearray):
        raise InvalidArgumentTypeError(
            f"{op.name}: {_wire(op, name)} must be a string or a list of strings, got {type(value).__name__}"
        )
    items: list[str] = []
    for raw in value:
        item = raw.value if isinstance(raw, Enum) else raw
        if not isinstance(item, str) or item == "" or "," in item:
            raise InvalidArgumentError(
                f"{op.name}: every {_wire(op, name)} value must be a non-empty string without a comma, "
                f"got {_shown(item)}"
            )
        items.append(item)
    if not items:
        raise InvalidArgumentError(f"{op.name}: {_wire(op, name)} must hold at least one value")
    return ",".join(items)


def _coerce_body(op: OperationInfo, body: Any) -> Any:
    """Accepts the body model or a plain mapping (converted and checked by the model's ``from_dict``)."""
    body_type = op.body_type
    assert body_type is not None
    if body is UNSET or body is None:
        if op.body_required:
            return _from_mapping(op, body_type, {})
        return UNSET
    if isinstance(body, body_type):
        return body
    if isinstance(body, Mapping):
        return _from_mapping(op, body_type, body)
    raise InvalidArgumentTypeError(
        f"{op.name}: body must be a {body_type.__name__} or a dict, got {type(body).__name__}"
    )


def _from_mapping(op: OperationInfo, body_type: type[Any], body: Mapping[str, Any]) -> Any:
    """The body model of a caller's dict; a key the model does not declare is sent as is, not drift."""
    try:
        with drift.suppressed():
            return body_type.from_dict(body)
    except ModelValidationError as exc:
        where = f"body.{exc.path}" if exc.path else "body"
        raise InvalidArgumentError(f"{op.name}: {where} does not fit {body_type.__name__}: {exc.detail}") from None
    except KeyError as exc:
        raise InvalidArgumentError(f"{op.name}: the body is missing the required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise InvalidArgumentError(
            f"{op.name}: the body does not fit {body_type.__name__}: {exc}{_allowed_values(exc)}"
        ) from None


def _allowed_values(exc: Exception) -> str:
    """For "'x' is not a valid RoomType", the values RoomType allows; otherwise nothing."""
    import sendbird_calls_api.models as generated_models  # only on this error path: the models load lazily

    match = _NOT_A_VALID.search(str(exc))
    enum_type = getattr(generated_models, match.group(1), None) if match else None
    if not (isinstance(enum_type, type) and issubclass(enum_type, Enum)):
        return ""
    return " (allowed: " + ", ".join(repr(member.value) for member in enum_type) + ")"


def _encode_query(op: OperationInfo, params: Mapping[str, Any]) -> str:
    """The query string, each value percent-encoded; list values keep their separating commas literal."""
    list_params = {_wire(op, name) for name in op.list_params}
    parts: list[str] = []
    for key, value in params.items():
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        if key in list_params:
            encoded = ",".join(percent_encode(item) for item in text.split(","))
        else:
            encoded = percent_encode(text)
        parts.append(f"{percent_encode(key)}={encoded}")
    return "&".join(parts)


def _masked_path(op: OperationInfo, segments: Mapping[str, str]) -> str:
    """The operation's path with its values encoded, and secret ones (tokens) masked."""
    path = op.path
    for name, text in segments.items():
        shown = SECRET_MASK if is_secret_path_param(name) else percent_encode(text)
        path = path.replace("{" + _wire(op, name) + "}", shown)
    return path
