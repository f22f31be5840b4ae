"""What the request-path tests share: a fake clock, scripted answers, and the sending loop run sync or async.

``run_loop(mode, script, ...)`` sends one prepared request through ``SyncSender`` or ``AsyncSender``
(the one loop the clients use) over an ``httpx.MockTransport``, with a fake clock and a sleep that
only records, so retry and deadline decisions are read off exact numbers, never off a stopwatch.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import Any, Literal

import httpx

from sendbird_calls import AsyncCallsClient, CallsClient, spec_doc
from sendbird_calls import errors as calls_errors
from sendbird_calls._secret import Secret
from sendbird_calls.config import resolve_config
from sendbird_calls.core.operation import Operation
from sendbird_calls.core.options import CallOptions
from sendbird_calls.core.request import BASE_HEADERS, Prepared
from sendbird_calls.core.requester import AsyncRequester, SyncRequester
from sendbird_calls.core.send import Answer, AsyncSender, SyncSender
from sendbird_calls.rate_limit import NoRateLimit, RateLimiter
from sendbird_calls.retry import RetryPolicy
from sendbird_calls_api.api import operations
from tests.spec_examples import API_TOKEN, APP_ID

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

ROOM: dict[str, Any] = {
    "room_id": "room-1",
    "room_type": "small_room_for_video",
    "state": "open",
    "created_at": 1_700_000_000_000,
}
ROOM_ANSWER = json.dumps({"room": ROOM}).encode()
"""A valid answer of ``rooms.retrieve``/``rooms.create``."""

Outcome = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]
"""One attempt's fate: an answer, a transport failure raised, or a function of the request."""


class FakeClock:
    """A monotonic clock that moves only when told; ``sleep`` records each wait and moves the clock by it."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Script:
    """A MockTransport handler playing ``outcomes`` in order (the last one repeats); remembers what it saw.

    ``latency`` moves ``clock`` forward by that many seconds per request, as a slow server would.
    """

    def __init__(self, *outcomes: Outcome, clock: FakeClock | None = None, latency: float = 0.0) -> None:
        self._outcomes = list(outcomes) or [httpx.Response(200, content=b"{}")]
        self._clock = clock
        self._latency = latency
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self._clock is not None:
            self._clock.advance(self._latency)
        outcome = self._outcomes.pop(0) if len(self._outcomes) > 1 else self._outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        if callable(outcome):
            response = outcome(request)
        else:  # a fresh copy: one Response object cannot be read twice
            response = httpx.Response(outcome.status_code, headers=outcome.headers, content=outcome.content)
        self.responses.append(response)
        return response

    @property
    def bodies(self) -> list[bytes]:
        return [request.content for request in self.requests]


def status(code: int, retry_after: str | None = None, body: bytes = b'{"code": 0}') -> httpx.Response:
    """An answer with ``code`` and, if given, a Retry-After header."""
    return httpx.Response(code, headers={} if retry_after is None else {"Retry-After": retry_after}, content=body)


def prepared(
    method: str = "GET",
    path: str = "/v1/rooms/room-1",
    *,
    operation: str = "get_room",
    content: bytes | None = None,
    host: str = f"https://api-{APP_ID}.calls.sendbird.com",
    log_path: str | None = None,
    secret_path: bool = False,
) -> Prepared:
    """A request ready for the loop, as ``core.request.prepare`` builds one."""
    return Prepared(
        operation,
        method,
        host + path,
        log_path=path if log_path is None else log_path,
        headers=list(BASE_HEADERS),
        content=content,
        secret_path=secret_path,
    )


def call_options(
    *,
    max_retries: int = 2,
    deadline: float = 120.0,
    timeout: float | httpx.Timeout = 30.0,
    max_response_bytes: int = 16 * 1024 * 1024,
    jitter: bool = False,
) -> CallOptions:
    """The options one call runs with; backoff without jitter unless asked, so waits are exact."""
    return CallOptions(
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        retry_policy=RetryPolicy(max_retries=max_retries, jitter=jitter),
        deadline=deadline,
        max_response_bytes=max_response_bytes,
    )


async def run_loop(
    mode: Mode,
    script: Callable[[httpx.Request], httpx.Response],
    request: Prepared | None = None,
    options: CallOptions | None = None,
    *,
    clock: FakeClock | None = None,
    rate_limiter: RateLimiter | None = None,
    token: str | None = API_TOKEN,
) -> Answer:
    """Sends ``request`` once through the loop of ``mode`` over ``script``; the answer, or the loop's typed error."""
    clock = FakeClock() if clock is None else clock
    request = prepared() if request is None else request
    options = call_options() if options is None else options
    limiter = NoRateLimit() if rate_limiter is None else rate_limiter
    secret = None if token is None else Secret(token)
    transport = httpx.MockTransport(script)
    if mode == "sync":
        with httpx.Client(transport=transport) as http:
            sync = SyncSender(http, token=secret, rate_limiter=limiter, sleep=clock.sleep, clock=clock)
            return sync.send(request, options)
    async with httpx.AsyncClient(transport=transport) as ahttp:
        aio = AsyncSender(ahttp, token=secret, rate_limiter=limiter, sleep=clock.asleep, clock=clock)
        return await aio.send(request, options)


def raised_by(answer: Answer, request: Prepared | None = None) -> calls_errors.APIError:
    """The error a client raises for a non-2xx ``answer`` (``core.response.read_result`` does the same)."""
    request = prepared() if request is None else request
    return calls_errors.error_from_response(answer.http_response, method=request.method, path=request.log_path)


async def call_client(mode: Mode, call: Callable[[Any], Any], **client_options: Any) -> Any:
    """``call(client)`` on a new ``CallsClient`` or ``AsyncCallsClient``, closed afterwards; what it
    returns is awaited if it can be (an async client's result, or ``call`` being an async function).

    The rate limiter is off unless ``rate_limits`` is given, so no test waits on it.
    """
    client_options.setdefault("rate_limits", None)
    if mode == "sync":
        with CallsClient(APP_ID, API_TOKEN, **client_options) as client:
            return await settle(call(client))
    async with AsyncCallsClient(APP_ID, API_TOKEN, **client_options) as aclient:
        return await settle(call(aclient))


async def settle(value: Any) -> Any:
    """``value`` itself, or what it gives when awaited: one test body drives both clients' results."""
    return await value if inspect.isawaitable(value) else value


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body served in the given chunks, to the sync and the async client alike."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


def _minimal(schema: Mapping[str, Any]) -> Any:
    """The smallest value the spec's ``schema`` accepts: required properties, first enum value, minimum sizes."""
    schema = spec_doc.resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema or "oneOf" in schema:
        return _minimal((schema.get("anyOf") or schema["oneOf"])[0])
    kind = spec_doc.schema_type(schema) or "object"
    if kind == "object":
        properties: Mapping[str, Any] = schema.get("properties", {})
        names = list(schema.get("required", []))
        names += [name for name in properties if name not in names][
            : max(0, schema.get("minProperties", 0) - len(names))
        ]
        return {name: _minimal(properties.get(name, {})) for name in names}
    if kind == "array":
        return [_minimal(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    scalars: dict[str, Any] = {
        "string": "x" * schema.get("minLength", 1),
        "integer": schema.get("minimum", 1),
        "number": 1.0,
        "boolean": True,
    }
    return scalars[kind]


def sample_arguments(op: Operation[Any]) -> dict[str, Any]:
    """A valid call of ``op``: a sample value per path parameter, a minimal body from the spec if it needs one."""
    arguments: dict[str, Any] = {}
    for param in op.path_params:
        if param.client_filled:
            continue
        arguments[param.name] = next(iter(param.enum)).value if param.enum is not None else f"sample-{param.name}"
    schema = spec_doc.body_schema(op.id)
    if op.body is not None and op.body.required:
        arguments["body"] = _minimal(schema)
    return arguments


def spec_answer(request: httpx.Request) -> httpx.Response:
    """A MockTransport handler answering each request with its operation's first 200 example in the spec."""
    path = request.url.raw_path.decode("ascii").split("?", 1)[0]
    for op in operations():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
        if op.method == request.method and re.fullmatch(f"(?:/[^/]+)*{pattern}", path):
            answer = spec_doc.resolve(spec_doc.operation(op.id)["responses"]["200"])
            content = answer.get("content", {}).get("application/json")
            if content is None:
                return httpx.Response(200)
            return httpx.Response(200, json=next(iter(content["examples"].values()))["value"])
    return httpx.Response(404, json={"code": 400200, "message": f"no operation for {request.method} {path}"})


def method_of(client: Any, op: Operation[Any], *, raw: bool = False) -> Callable[..., Any]:
    """The client's bound method of ``op`` (its ``with_raw_response`` twin when ``raw``)."""
    resource = getattr(client, op.tag)
    return getattr(resource.with_raw_response if raw else resource, op.name)  # type: ignore[no-any-return]


async def call_operation(
    mode: Mode,
    handler: Callable[[httpx.Request], httpx.Response],
    op: Operation[Any],
    arguments: Mapping[str, Any],
    *,
    clock: FakeClock | None = None,
    max_retries: int = 2,
    deadline: float = 120.0,
) -> Any:
    """One call of ``op`` through the whole request path a client runs (prepare, the loop, read the result),
    with a fake clock, so retries and backoff cost no time. A list operation gives its first page."""
    clock = FakeClock() if clock is None else clock
    config = resolve_config(
        APP_ID, API_TOKEN, base_url=None, chat_base_url=None, timeout=httpx.Timeout(30.0), max_retries=max_retries
    )
    defaults = CallOptions(
        timeout=config.timeout,
        retry_policy=RetryPolicy(max_retries=max_retries),
        deadline=deadline,
        max_response_bytes=config.max_response_bytes,
    )
    transport = httpx.MockTransport(handler)
    if mode == "sync":
        with httpx.Client(transport=transport) as http:
            sync_sender = SyncSender(
                http, token=config.api_token, rate_limiter=NoRateLimit(), sleep=clock.sleep, clock=clock
            )
            requester = SyncRequester(config, defaults, sync_sender)
            return (requester.page if op.paging else requester.call)(op, arguments, None, False)
    async with httpx.AsyncClient(transport=transport) as ahttp:
        async_sender = AsyncSender(
            ahttp, token=config.api_token, rate_limiter=NoRateLimit(), sleep=clock.asleep, clock=clock
        )
        arequester = AsyncRequester(config, defaults, async_sender)
        if op.paging:
            return await arequester.page(op, arguments, None, False)
        return await arequester.call(op, arguments, None, False)
