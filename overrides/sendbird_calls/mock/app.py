"""The mock's ASGI application: a Starlette app whose API routes come from the spec.

Every API request goes through one pipeline: route on the raw path, 405 for a known path with
another method, auth (401121, 401120 for master-only operations), injected faults, validation
against the spec (400111/400100), the operation's handler, and validation of the answer. The
spec itself is served at ``/openapi.json`` and ``/openapi.yaml``.
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

from .errors import (
    INVALID_PARAMS,
    METHOD_NOT_ALLOWED,
    NOT_ALLOWED,
    NOT_AUTHORIZED,
    UNKNOWN_ERROR,
    UNKNOWN_PATH,
    MockError,
)
from .faults import Fault, Faults, InjectedFaultError
from .operations import HANDLERS, ApiRequest
from .request_log import SECRET_PATH_PARAMETERS, RecordedRequest, RequestLog, mask_path, safe_headers
from .spec import Operation, PathEncodingError, RouteMatch, SpecIndex, load_spec
from .state import DEFAULT_CALLS, DEFAULT_USERS, EventHook, MockState
from .validation import response_problems, validate_request
from .webhook_delivery import WebhookDispatcher

_APP_ID = re.compile(r"[A-Za-z0-9-]+")
_log = logging.getLogger(__name__)


class MockControl:
    """What tests reach as ``app.state.mock``: the state, the fault rules and the request log."""

    def __init__(self, spec: SpecIndex, state: MockState, faults: Faults, *, validate_responses: bool) -> None:
        self.spec = spec
        self.state = state
        self.faults = faults
        self.requests = RequestLog()
        self.validate_responses = validate_responses
        self.response_problems: list[str] = []
        """Answers that did not fit the spec (each was replaced by a 500); empty in a healthy mock."""
        self.webhooks: WebhookDispatcher | None = None
        """Delivers signed events to the configured webhook URL (None when turned off)."""

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
        self, status: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None, *, injected: bool = False
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

    def __init__(self, control: MockControl) -> None:
        self.control = control

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        received_at = time.monotonic()
        body = await Request(scope, receive).body()
        raw_path = _raw_path(scope)
        method = str(scope["method"]).upper()
        headers = list(scope.get("headers") or [])
        match: RouteMatch | None = None
        answer: _Answer | None = None
        try:
            match = self.control.spec.match(raw_path)
        except PathEncodingError as exc:
            answer = _Answer.of(MockError(INVALID_PARAMS, str(exc)))
        operation = match.route.operations.get(method) if match is not None else None
        self._record(
            method=method,
            raw_path=raw_path,
            scope=scope,
            headers=headers,
            body=body,
            received_at=received_at,
            match=match,
            operation=operation,
        )
        if answer is None:
            try:
                if match is None:
                    raise MockError(UNKNOWN_PATH)
                if operation is None:
                    raise MockError(METHOD_NOT_ALLOWED, headers={"Allow": match.route.allow})
                answer = await self._handle(operation, match, scope, headers, body)
            except MockError as exc:
                answer = _Answer.of(exc)
        response = self._encode(answer, operation, match)
        await response(scope, receive, send)

    async def _handle(
        self,
        operation: Operation,
        match: RouteMatch,
        scope: Scope,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
    ) -> _Answer:
        control = self.control
        registration = HANDLERS[operation.operation_id]
        token = next((v.decode("latin-1") for k, v in headers if k.lower() == b"api-token"), None)
        token_kind = control.state.authenticate(token)
        if token_kind is None:
            raise MockError(NOT_AUTHORIZED)
        if registration.master_only and token_kind != "master":
            raise MockError(NOT_ALLOWED)
        delay, fault = control.faults.take(operation.operation_id, operation.method)
        if delay:
            await asyncio.sleep(delay)
        if fault is not None:
            raise fault
        query = _query_pairs(scope)
        decoded_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers]
        valid = validate_request(control.spec, operation, match.params, query=query, headers=decoded_headers, body=body)
        api_request = ApiRequest(
            control.state, operation.operation_id, match.params, valid.query, valid.body, token_kind
        )
        try:
            with control.state.lock:
                return _Answer(200, registration.handler(api_request))
        except MockError:
            raise
        except Exception as exc:
            _log.exception("mock handler of %s failed", operation.operation_id)
            raise MockError(UNKNOWN_ERROR, f"Mock handler failed: {type(exc).__name__}: {exc}") from exc

    def _encode(self, answer: _Answer, operation: Operation | None, match: RouteMatch | None) -> Response:
        content = json.dumps(answer.body, ensure_ascii=False, separators=(",", ":")).encode()
        response = Response(content, answer.status, answer.headers, media_type="application/json")
        if operation is None or match is None or answer.injected or not self.control.validate_responses:
            return response
        problems = response_problems(
            self.control.spec, operation, match.params, status=answer.status, headers=response.headers, body=content
        )
        if not problems:
            return response
        summary = f"{operation.operation_id} answered {answer.status} that does not fit the spec: {'; '.join(problems)}"
        self.control.response_problems.append(summary)
        _log.error("%s", summary)
        error = MockError(UNKNOWN_ERROR, f"Mock bug: {summary}")
        return Response(json.dumps(error.body()).encode(), 500, media_type="application/json")

    def _record(
        self,
        *,
        method: str,
        raw_path: str,
        scope: Scope,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        received_at: float,
        match: RouteMatch | None,
        operation: Operation | None,
    ) -> None:
        secret: list[int] = []
        if match is not None:
            offset = len(match.route.prefix.split("/"))
            secret = [
                offset + i
                for i, (is_param, name) in enumerate(match.route.segments)
                if is_param and name in SECRET_PATH_PARAMETERS
            ]
        self.control.requests.append(
            RecordedRequest(
                method=method,
                raw_path=mask_path(raw_path, secret),
                query=bytes(scope.get("query_string") or b"").decode("latin-1"),
                headers=safe_headers(headers),
                body=body,
                received_at=received_at,
                operation_id=operation.operation_id if operation is not None else None,
            )
        )


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


def _fan_out(hooks: list[EventHook]) -> EventHook:
    """One hook that calls each of ``hooks`` in order."""

    def call_all(category: str, payload: Mapping[str, Any]) -> None:
        for hook in hooks:
            hook(category, payload)

    return call_all


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
        spec_path: Another spec file to serve; by default the one shipped in the package.
        validate_responses: Check every answer against the spec and turn a misfit into a 500
            (turn it off for benchmarks).
        on_event: Called with every event the mock emits (``room:create``, ...).
        deliver_webhooks: POST signed events to the URL set with ``update_webhook_settings``
            (``app.state.mock.webhooks.deliveries`` records them).

    Returns:
        The Starlette app; its ``state.mock`` is the ``MockControl``.

    Raises:
        ValueError: A bad ``app_id`` or empty ``api_token``, or a spec with operations the mock
            does not implement.
    """
    if not _APP_ID.fullmatch(app_id):
        raise ValueError("app_id must be letters, digits and hyphens (it is a hostname label)")
    if not api_token:
        raise ValueError("api_token must not be empty")
    spec = load_spec(spec_path)
    spec.openapi  # noqa: B018 - built now (once per process), so no request pays for it
    missing = sorted(set(spec.operations) - set(HANDLERS))
    if missing:
        raise ValueError(f"the spec has operations the mock does not implement: {', '.join(missing)}")
    state = MockState(app_id=app_id, api_token=api_token, seed=seed, users=users, calls=calls)
    dispatcher = WebhookDispatcher(state) if deliver_webhooks else None
    hooks = [hook for hook in (dispatcher, on_event) if hook is not None]
    if hooks:
        state.on_event = _fan_out(hooks)
    fault_rules = Faults(spec.operations)
    for fault in faults or ():
        fault_rules.add_fault(fault)
    control = MockControl(spec, state, fault_rules, validate_responses=validate_responses)
    control.webhooks = dispatcher

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
    app.router.default = ApiDispatcher(control)
    app.state.mock = control
    return app
