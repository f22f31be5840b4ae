"""Turns an answer into a call's result: a typed error, ``None`` for a bodiless success, or the model.

An error answer is read with the error table of the host that sent it (``op.host``: the Calls or
the Chat host, whose codes differ). A body where the spec documents none (an operation without a
response model) is never dropped silently: the result stays the documented ``None``, the body
stays in ``with_raw_response`` (``RawResponse.content``), and the sighting goes to
``sendbird_calls.drift`` under the operation's ID. The boundary of parsing: whatever a hostile
body makes the decoder or the model raise (deep nesting, a number too long to convert, a wrong
type) becomes a ``SendbirdCallsError``.
"""

from __future__ import annotations

import json
from typing import Any, Generic, TypeVar

import httpx

from .. import drift
from ..errors import ResponseValidationError, SendbirdCallsError, error_from_response
from .model import ModelValidationError
from .operation import Operation
from .request import Prepared
from .send import Answer

T = TypeVar("T")


class RawResponse(Generic[T]):
    """A call's result together with the HTTP answer it came from (``with_raw_response``)."""

    __slots__ = ("_answer", "parsed")

    def __init__(self, parsed: T, answer: Answer) -> None:
        self.parsed = parsed
        """What the method without ``with_raw_response`` returns."""
        self._answer = answer

    @property
    def status_code(self) -> int:
        return self._answer.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._answer.headers

    @property
    def content(self) -> bytes:
        """The body's bytes, as the server sent them (decoded if compressed)."""
        return self._answer.content

    @property
    def http_response(self) -> httpx.Response:
        """The whole ``httpx.Response`` (its ``request`` never holds the API token)."""
        return self._answer.http_response

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={self.parsed!r})"


def read_result(op: Operation[Any], prepared: Prepared, answer: Answer) -> Any:
    """The result of ``op``: raises the typed error of a non-2xx answer, else parses (and unwraps) the body."""
    status = answer.status_code
    if not 200 <= status < 300:
        raise error_from_response(answer.http_response, method=prepared.method, path=prepared.log_path, host=op.host)
    content = answer.content
    model = op.response
    if not content or content.isspace():
        if op.empty_success or model is None:
            return None
        raise _invalid(op, answer, "the body is empty")
    if model is None:  # the spec documents no body: keep it (raw response), report it, answer None
        drift.unexpected_body(op.id, f"a body the spec does not document ({_body_kind(content)})")
        return None
    try:
        data = json.loads(content)
    except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, numbers too long, nesting too deep
        raise _invalid(op, answer, f"the body is not JSON this client can read ({_reason(exc)})") from None
    if not isinstance(data, dict):
        raise _invalid(op, answer, f"expected a JSON object, got {type(data).__name__}")
    try:
        parsed = model.__schema__.parse(model, data)
    except ModelValidationError as exc:
        raise ResponseValidationError(
            operation=op.id, field=exc.path or None, detail=exc.detail, response=answer.http_response
        ) from None
    except SendbirdCallsError:
        raise
    except Exception as exc:  # the boundary: nothing a body triggers escapes untyped
        raise _invalid(op, answer, f"{type(exc).__name__}: {_reason(exc)}") from None
    return getattr(parsed, op.unwrap) if op.unwrap is not None else parsed


def _invalid(op: Operation[Any], answer: Answer, detail: str) -> ResponseValidationError:
    return ResponseValidationError(operation=op.id, field=None, detail=detail, response=answer.http_response)


def _body_kind(content: bytes) -> str:
    """What an undocumented body is, without quoting it: "a JSON object, 42 bytes", "not JSON, 7 bytes"."""
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):
        return f"not JSON, {len(content)} bytes"
    kind = "object" if isinstance(data, dict) else "array" if isinstance(data, list) else "value"
    return f"a JSON {kind}, {len(content)} bytes"


def _reason(exc: BaseException) -> str:
    """A short reason: the decoder's own message, cut so a hostile value is never echoed whole."""
    text = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


__all__ = ["RawResponse", "read_result"]
