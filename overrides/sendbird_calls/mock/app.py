"""The mock's ASGI application: a Starlette app whose API routes come from the spec.

Every API request goes through one pipeline: route on the raw path, 405 for a known path with
another method, auth (401121, 401120 for master-only operations), injected faults, validation
against the spec (400111/400100), the operation's handler (or, for an operation without one, the
answer the spec gives, ``mock.auto``), and validation of the answer. Every webhook event is checked
against the spec's ``webhooks`` before it is handed on. The spec itself is served at
``/openapi.json`` and ``/openapi.yaml``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .. import spec_doc
from .auto import auto_registrations
from .errors import (
    HEADERS_TOO_LARGE,
    INVALID_PARAMS,
    METHOD_NOT_ALLOWED,
    NOT_ALLOWED,
    NOT_AUTHORIZED,
    PAYLOAD_TOO_LARGE,
    UNKNOWN_ERROR,
    UNKNOWN_PATH,
    URI_TOO_LONG,
    MockError,
    chat_body,
)
from .facts import facts_of
from .faults import Fault, Faults, InjectedFaultError
from .limits import MAX_CHANGED_CALLS, MAX_HEADER_BYTES, MAX_ROOMS, MAX_URL_BYTES
from .operations import HANDLERS, ApiRequest, Registration, Reply, stale_handlers
from .request_log import (
    DEFAULT_MAX_BODY_BYTES as DEFAULT_LOG_BODY_BYTES,
)
from .request_log import (
    DEFAULT_MAX_ITEMS,
    RecordedRequest,
    RequestLog,
    SecretSource,
    mask_path,
    mask_secrets_in_logs,
    safe_headers,
)
from .spec import MockSpecError, Operation, PathEncodingError, RouteMatch, SpecIndex, load_spec
from .state import DEFAULT_CALLS, DEFAULT_USERS, EventHook, MockState
from .webhook_delivery import WebhookDispatcher

_APP_ID = re.compile(r"[A-Za-z0-9-]+")
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
"""The largest request body the mock reads (1 MiB, well above any Calls request); larger is 413."""
MAX_RESPONSE_PROBLEMS = 100
_log = logging.getLogger(__name__)


class MockControl:
    """What tests reach as ``app.state.mock``: the state, the fault rules and the request log."""

    def __init__(
        self,
        spec: SpecIndex,
        state: MockState,
        faults: Faults,
        *,
        validate_responses: bool,
        request_log: RequestLog | None = None,
        handlers: Mapping[str, Registration] | None = None,
    ) -> None:
        self.spec = spec
        self.state = state
        self.faults = faults
        self.handlers: Mapping[str, Registration] = handlers if handlers is not None else dict(HANDLERS)
        """What answers each operation: its handler, or the answer the spec gives (``mock.auto``)."""
        self.requests = request_log if request_log is not None else RequestLog()
        self.secrets = SecretSource(spec.secret_path_patterns(), self._tokens)
        """Masks secret path segments and token values: in the request log and every log line."""
        self.validate_responses = validate_responses
        self.response_problems: list[str] = []
        """Answers that did not fit the spec (each was replaced by a 500; the first 100 are kept)."""
        self.webhooks: WebhookDispatcher | None = None
        """Delivers signed events to the configured webhook URL (None when turned off)."""

    def _tokens(self) -> list[str]:
        state = self.state
        return [state.master_token, *state.secondary_tokens, *state.revoked_tokens]

    def send_event(self, category: str, **fields: Any) -> dict[str, Any]:
        """Emit any webhook event the spec defines (``MockState.send_event``): delivered when subscribed."""
        return self.state.send_event(category, **fields)

    def event_hook(self, hooks: list[EventHook]) -> EventHook:
        """One ``on_event`` hook: the event checked against the spec, then handed to each of ``hooks``.

        An event that does not fit is a mock bug: recorded in ``response_problems``, logged, not delivered.
        """

        def checked(category: str, payload: Mapping[str, Any]) -> None:
            problems = self.spec.validators.event_problems(category, payload)
            if problems:
                summary = f"webhook event {category} does not fit the spec: {'; '.join(problems)}"
                if len(self.response_problems) < MAX_RESPONSE_PROBLEMS:
                    self.response_problems.append(summary)
                _log.error("%s", summary)
                return
            for hook in hooks:
                hook(category, payload)

        return checked

    def reset(self) -> None:
        """Back to the seeded start: state reset, no fault rules, an empty request log."""
        self.state.reset()
        self.faults.clear()
        self.requests.clear()
        self.response_problems.clear()

    @property
    def app_id(self) -> str:
        """The application ID the mock answers for."""
        return self.state.app_id

    @property
    def api_token(self) -> str:
        """The master API token."""
        return self.state.master_token


class _Answer:
    """A status, a JSON body and extra headers, before encoding."""

    __slots__ = ("body", "headers", "injected", "status")

    def __init__(
        self,
        status: int,
        body: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None = None,
        *,
        injected: bool = False,
    ) -> None:
        self.status = status
        self.body = body
        self.headers = dict(headers or {})
        self.injected = injected
        """A fault the test asked for: sent as is, even a status the spec does not list (a 503)."""

    @classmethod
    def of(cls, error: MockError) -> _Answer:
        return cls(error.status, error.body(), error.headers, injected=isinstance(error, InjectedFaultError))


class ApiDispatcher:
    """The raw ASGI app behind every API path: routes on ``scope["raw_path"]`` so ``%2F`` stays in its segment."""

    def __init__(self, control: MockControl, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        self.control = control
        self.max_body_bytes = max_body_bytes
        self._typeless_errors = typeless_error_operations(control.spec)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        received_at = time.monotonic()
        raw_path = _raw_path(scope)
        method = str(scope["method"])
        headers = list(scope.get("headers") or [])
        exchange = _Exchange(method, raw_path, scope, headers, received_at)
        try:
            answer = await self._answer(exchange, receive)
        except MockError as exc:
            answer = _Answer.of(exc)
        except _DisconnectedError:
            return
        except Exception as exc:  # a mock bug: still Sendbird's error shape, never Starlette's text page
            _log.exception("the mock failed on %s %s", method[:16], exchange.masked_path(self.control))
            answer = _Answer.of(MockError(UNKNOWN_ERROR, f"Mock bug: {type(exc).__name__}."))
        if not exchange.recorded:
            self._record(exchange)
        operation = exchange.operation
        if operation is not None and answer.status >= 400 and operation.operation_id in self._typeless_errors:
            # The Chat Platform host (secondary tokens) answers Chat's codes, without `type`, as the spec says.
            answer.body = chat_body(answer.body or {})
        response = self._encode(answer, operation)
        await response(scope, receive, send)

    async def _answer(self, exchange: _Exchange, receive: Receive) -> _Answer:
        """Size caps, routing (400 for a bad segment, 404, 405), then the operation's pipeline."""
        _check_head(exchange)
        exchange.body = await _read_body(exchange, receive, self.max_body_bytes)
        try:
            match = self.control.spec.match(exchange.raw_path)
        except PathEncodingError as exc:
            raise MockError(INVALID_PARAMS, str(exc)) from None
        if match is None:
            raise MockError(UNKNOWN_PATH)
        exchange.match = match
        operation = match.route.operations.get(exchange.method)
        if operation is None:
            message = None if exchange.method.isupper() else "HTTP methods are case-sensitive: use upper case."
            raise MockError(METHOD_NOT_ALLOWED, message, headers={"Allow": match.route.allow})
        exchange.operation = operation
        return await self._handle(operation, match, exchange)

    async def _handle(self, operation: Operation, match: RouteMatch, exchange: _Exchange) -> _Answer:
        control = self.control
        registration = control.handlers[operation.operation_id]
        tokens = [v for k, v in exchange.headers if k.lower() == b"api-token"]
        if len(tokens) > 1:
            self._record(exchange)
            raise MockError(NOT_AUTHORIZED, f"Send one Api-Token header, not {len(tokens)}.")
        token_kind = control.state.authenticate(tokens[0].decode("latin-1") if tokens else None)
        exchange.authenticated = token_kind is not None
        self._record(exchange)
        if token_kind is None:
            raise MockError(NOT_AUTHORIZED)
        if registration.master_only and token_kind != "master":
            raise MockError(NOT_ALLOWED)
        delay, fault = control.faults.take(operation.operation_id, operation.method)
        if delay:
            await asyncio.sleep(delay)
        if fault is not None:
            raise fault
        query = _query_pairs(exchange.scope)
        decoded_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in exchange.headers]
        valid = control.spec.validators.validate_request(
            operation.operation_id, match.params, query=query, headers=decoded_headers, body=exchange.body
        )
        api_request = ApiRequest(
            control.state, operation.operation_id, match.params, valid.query, valid.body, token_kind
        )
        try:
            with control.state.lock:
                result = registration.handler(api_request)
        except MockError:
            raise
        except Exception as exc:
            _log.exception("mock handler of %s failed", operation.operation_id)
            raise MockError(UNKNOWN_ERROR, f"Mock handler failed: {type(exc).__name__}.") from exc
        if isinstance(result, Reply):
            return _Answer(result.status, result.body, result.headers)
        return _Answer(200 if result is not None else 204, result)

    def _encode(self, answer: _Answer, operation: Operation | None) -> Response:
        if answer.body is None:  # a success without a body: a 204 (revoking a secondary token)
            content = b""
            response = Response(content, answer.status, answer.headers)
        else:
            try:
                content = json.dumps(answer.body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
            except (TypeError, ValueError) as exc:  # a handler bug: a value JSON cannot carry
                _log.error("the mock's answer is not JSON: %s", type(exc).__name__)
                error = MockError(UNKNOWN_ERROR, f"Mock bug: the answer is not JSON ({type(exc).__name__}).")
                return Response(json.dumps(error.body()).encode(), 500, media_type="application/json")
            response = Response(content, answer.status, answer.headers, media_type="application/json")
        if operation is None or answer.injected or not self.control.validate_responses:
            return response
        problems = self.control.spec.validators.response_problems(
            operation.operation_id, status=answer.status, headers=response.headers, body=content, payload=answer.body
        )
        if not problems:
            return response
        summary = f"{operation.operation_id} answered {answer.status} that does not fit the spec: {'; '.join(problems)}"
        if len(self.control.response_problems) < MAX_RESPONSE_PROBLEMS:
            self.control.response_problems.append(summary)
        _log.error("%s", summary)
        error = MockError(UNKNOWN_ERROR, f"Mock bug: {summary}")
        return Response(json.dumps(error.body()).encode(), 500, media_type="application/json")

    def _record(self, exchange: _Exchange) -> None:
        """Log the request once: the body only when the request carried a valid token."""
        exchange.recorded = True
        operation = exchange.operation
        self.control.requests.append(
            RecordedRequest(
                method=exchange.method,
                raw_path=exchange.masked_path(self.control),
                query=bytes(exchange.scope.get("query_string") or b"").decode("latin-1"),
                headers=safe_headers(exchange.headers),
                body=exchange.body if exchange.authenticated else b"",
                received_at=exchange.received_at,
                operation_id=operation.operation_id if operation is not None else None,
            )
        )


class _DisconnectedError(Exception):
    """The client went away before its request body arrived: there is no one to answer."""


class _Exchange:
    """One request as it moves through the pipeline, and what the log needs to know about it."""

    __slots__ = (
        "authenticated",
        "body",
        "headers",
        "match",
        "method",
        "operation",
        "raw_path",
        "received_at",
        "recorded",
        "scope",
    )

    def __init__(
        self, method: str, raw_path: str, scope: Scope, headers: list[tuple[bytes, bytes]], received_at: float
    ) -> None:
        self.method = method
        self.raw_path = raw_path
        self.scope = scope
        self.headers = headers
        self.received_at = received_at
        self.body = b""
        self.match: RouteMatch | None = None
        self.operation: Operation | None = None
        self.authenticated = False
        self.recorded = False

    def masked_path(self, control: MockControl) -> str:
        """The raw path with its secret segments masked (matched here when routing stopped earlier)."""
        match = self.match
        if match is None:
            try:
                match = control.spec.match(self.raw_path)
            except PathEncodingError:
                match = None
        if match is None:
            return control.secrets.mask(self.raw_path)
        offset = len(match.route.prefix.split("/"))
        secret = [
            offset + i
            for i, (is_param, name) in enumerate(match.route.segments)
            if is_param and name in control.spec.secret_parameters
        ]
        return mask_path(self.raw_path, secret)


def _check_head(exchange: _Exchange) -> None:
    """414 for a path + query past ``MAX_URL_BYTES``, 431 for headers past ``MAX_HEADER_BYTES``.

    The HTTP server buffers a little more than both (``MAX_HEAD_BYTES``) and answers the same
    statuses itself above that; in-process, this is the only check.
    """
    query = exchange.scope.get("query_string") or b""
    if len(exchange.raw_path) + (len(query) + 1 if query else 0) > MAX_URL_BYTES:
        raise MockError(URI_TOO_LONG, f"The request's path and query exceed {MAX_URL_BYTES} bytes.")
    if sum(len(k) + len(v) for k, v in exchange.headers) > MAX_HEADER_BYTES:
        raise MockError(HEADERS_TOO_LARGE, f"The request's headers exceed {MAX_HEADER_BYTES} bytes.")


async def _read_body(exchange: _Exchange, receive: Receive, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (announced or received) without reading on."""
    declared = next((v for k, v in exchange.headers if k.lower() == b"content-length"), None)
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise MockError(PAYLOAD_TOO_LARGE, f"The request body exceeds {limit} bytes.")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _DisconnectedError
        chunk = bytes(message.get("body") or b"")
        size += len(chunk)
        if size > limit:
            raise MockError(PAYLOAD_TOO_LARGE, f"The request body exceeds {limit} bytes.")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _raw_path(scope: Scope) -> str:
    raw = scope.get("raw_path")
    if raw:
        return bytes(raw).decode("latin-1").split("?", 1)[0]
    return quote(str(scope["path"]), safe="/")


def _query_pairs(scope: Scope) -> list[tuple[str, str]]:
    """The query as (name, value) pairs; a repeated name is 400100 (lists are ONE comma-separated value)."""
    raw = bytes(scope.get("query_string") or b"").decode("latin-1")
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError as exc:
        raise MockError(INVALID_PARAMS, "The query string is not percent-encoded UTF-8.") from exc
    seen: set[str] = set()
    for name, _ in pairs:
        if name in seen:
            raise MockError(INVALID_PARAMS, f"Query parameter {name!r} is repeated; send one comma-separated value.")
        seen.add(name)
    return pairs


def create_app(
    *,
    app_id: str = "mock-app",
    api_token: str = "mock-token",  # noqa: S107 - the mock's well-known default, not a secret
    seed: int = 0,
    users: int = DEFAULT_USERS,
    calls: int = DEFAULT_CALLS,
    faults: Iterable[Fault] | None = None,
    spec_path: str | Path | None = None,
    validate_responses: bool = True,
    on_event: EventHook | None = None,
    deliver_webhooks: bool = True,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    request_log_size: int = DEFAULT_MAX_ITEMS,
    request_log_bytes: int = DEFAULT_LOG_BODY_BYTES,
    max_rooms: int = MAX_ROOMS,
    max_changed_calls: int = MAX_CHANGED_CALLS,
) -> Starlette:
    """A mock of one Sendbird application, served at ``/v1`` (Calls) and ``/v3`` (Chat's secondary tokens).

    Args:
        app_id: The application ID the mock answers for (letters, digits, hyphens).
        api_token: Its master API token.
        seed: The seed of the synthetic users and direct calls: the same seed and counts give
            the same data.
        users: How many synthetic users to seed.
        calls: How many synthetic direct calls to seed (built on first use; 100,000 take a
            fraction of a second).
        faults: Fault rules (429s, 5xx, latency) active from the start.
        spec_path: Another spec file to serve (a copy with a new operation, field or event); by default
            the one shipped in the package. Operations without a handler are answered from it.
        validate_responses: Check every answer against the spec and turn a misfit into a 500
            (turn it off for benchmarks).
        on_event: Called with every event the mock emits (``room:create``, ...) that fits the spec.
        deliver_webhooks: POST signed events to the URL set with ``update_webhook_settings``
            (``app.state.mock.webhooks.deliveries`` records them).
        max_body_bytes: A request body past this size is answered 413.
        request_log_size: How many of the latest requests the request log keeps.
        request_log_bytes: How many bytes of request bodies the log keeps at most.
        max_rooms: How many rooms the mock keeps; past it, creating one forgets the room
            deleted longest ago (or the oldest room when none is deleted).
        max_changed_calls: How many direct calls keep changed custom items; past it, the one
            changed longest ago (ended before ongoing) goes back to its seeded items.

    Returns:
        The Starlette app; its ``state.mock`` is the ``MockControl``.

    Raises:
        ValueError: A bad ``app_id``, empty ``api_token`` or bound below 1.
        MockSpecError: The mock cannot serve the spec: a handler of an operation the spec does not have
            (named with its module), or an operation whose answer cannot be made to fit the spec.
        SpecUnavailableError: The spec file cannot be read.
    """
    if not _APP_ID.fullmatch(app_id):
        raise ValueError("app_id must be letters, digits and hyphens (it is a hostname label)")
    if not api_token:
        raise ValueError("api_token must not be empty")
    if max_body_bytes < 0:
        raise ValueError("max_body_bytes must be >= 0")
    spec = load_spec(spec_path)
    spec.validators  # noqa: B018 - compiled now (once per process), so no request pays for it
    stale = stale_handlers(spec.operations, spec.name)
    if stale:
        raise MockSpecError("; ".join(stale))
    handlers = {op_id: registration for op_id, registration in HANDLERS.items() if op_id in spec.operations}
    handlers.update(auto_registrations(spec, handlers))
    facts_of(spec).check()
    state = MockState(
        app_id=app_id,
        api_token=api_token,
        seed=seed,
        users=users,
        calls=calls,
        max_rooms=max_rooms,
        max_changed_calls=max_changed_calls,
        spec=spec,
    )
    dispatcher = WebhookDispatcher(state) if deliver_webhooks else None
    fault_rules = Faults(spec.operations)
    for fault in faults or ():
        fault_rules.add_fault(fault)
    request_log = RequestLog(request_log_size, request_log_bytes)
    control = MockControl(
        spec, state, fault_rules, validate_responses=validate_responses, request_log=request_log, handlers=handlers
    )
    control.webhooks = dispatcher
    hooks = [hook for hook in (dispatcher, on_event) if hook is not None]
    if hooks:
        state.on_event = control.event_hook(hooks)
    mask_secrets_in_logs(control.secrets)

    async def openapi_json(_: Request) -> Response:
        return Response(spec.json_text, media_type="application/json")

    async def openapi_yaml(_: Request) -> Response:
        return Response(spec.text, media_type="application/yaml")

    app = Starlette(
        routes=[
            Route("/openapi.json", openapi_json, methods=["GET"]),
            Route("/openapi.yaml", openapi_yaml, methods=["GET"]),
        ]
    )
    # Every other path goes to the dispatcher, which routes on the raw path: Starlette's route
    # regexes see the decoded path, where a `%2F` or `%0A` inside an ID would break the match.
    app.router.default = ApiDispatcher(control, max_body_bytes=max_body_bytes)
    app.state.mock = control
    return app


def typeless_error_operations(spec: SpecIndex) -> frozenset[str]:
    """The operations whose 400 error schema has no ``type`` property (the Chat host's ``ChatError``)."""
    typeless: set[str] = set()
    for operation in spec.operations.values():
        answer = spec_doc.resolve((operation.definition.get("responses") or {}).get("400", {}), spec.raw)
        body = spec_doc.resolve(answer.get("content", {}).get("application/json", {}).get("schema", {}), spec.raw)
        if body and "type" not in (body.get("properties") or {}):
            typeless.add(operation.operation_id)
    return frozenset(typeless)
