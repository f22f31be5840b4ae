"""What the tests know about the API, read from the spec and the operations table, never listed by hand.

``generated_operations()`` is the generated operations table (``sendbird_calls_api.api.operations()``);
``spec_operations()`` reads ``openapi/calls-v1.yaml`` through the package's one spec reader
(``sendbird_calls.spec_doc``) for each operation's server, first 200 example, success schema and
request schema; ``call_arguments()`` synthesizes a valid call of any operation and ``method_of()``
finds its method on a client. A new operation in the spec shows up in all of them without a test
change. ``LoopbackServer`` serves those examples over real HTTP on 127.0.0.1 and records raw requests.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote

import attrs
import httpx
import pytest
from hypothesis import strategies as st

from sendbird_calls import AsyncCallsClient, CallsClient, InvalidArgumentError, spec_doc
from sendbird_calls.core.operation import Operation, Param
from sendbird_calls_api.api import operations
from tests.spec_guard import spec_lookup

APP_ID = "6b1e7f40-0c3d-4e5f-8a9b-0c1d2e3f4a5b"
API_TOKEN = "canary-TOKEN-1234567890"
"""The client's token in every test: a canary that must never show up in reprs, errors or logs."""

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "calls-v1.yaml"
_PARAM = re.compile(r"\{([^}]+)\}")

Handler = Callable[[httpx.Request], httpx.Response]


@attrs.frozen
class ClientPair:
    """The two clients of one test, configured alike."""

    sync: CallsClient
    aio: AsyncCallsClient


ClientFactory = Callable[..., ClientPair]
"""``make_clients(handler, **client_options)``, the fixture of conftest.py."""


def generated_operations() -> tuple[Operation[Any], ...]:
    """Every operation of the generated table, ordered by ``tag.method`` (stable test ids)."""
    return tuple(sorted(operations(), key=lambda op: op.qualified_name))


def op_id(value: object) -> str:
    """A pytest id: ``rooms.create`` for an operation, ``rooms.create.type`` for (operation, name) pairs."""
    if isinstance(value, Operation):
        return value.qualified_name
    if isinstance(value, Param):
        return value.name
    return str(value)


def method_of(client: object, op: Operation[Any], *, raw: bool = False) -> Callable[..., Any]:
    """The client's bound method of ``op`` (its ``with_raw_response`` twin when ``raw``)."""
    resource = getattr(client, op.tag)
    method: Callable[..., Any] = getattr(resource.with_raw_response if raw else resource, op.name)
    return method


@attrs.frozen
class SpecOperation:
    """One operation as the spec describes it."""

    operation_id: str
    method: str
    path: str
    """The path template, e.g. ``/rooms/{room_id}``."""
    server: str
    """The operation's server URL template, e.g. ``https://api-{application_id}.calls.sendbird.com/v1``."""
    success_schema: str | None
    """The name of the 200 answer's schema (also the generated model's class name); None for an empty 200."""
    success_example: Any
    """The first example of the 200 answer; None when the 200 has no body (revoking a token)."""
    envelope: str | None
    """The success schema's ``x-envelope``: the JSON property a call returns instead of the whole body."""
    request_schema: Mapping[str, Any] | None
    raw: Mapping[str, Any] = attrs.field(repr=False, eq=False)
    """The operation as ``spec_doc.iter_operations`` gives it (parameters merged and resolved, by name)."""

    @property
    def server_path(self) -> str:
        """The path part of the server URL, e.g. ``/v1`` (Calls) or ``/v3`` (Chat)."""
        return httpx.URL(self.server.replace("{application_id}", "app")).path.rstrip("/")

    @property
    def returned_example(self) -> Any:
        """What a call answered with the example returns, as JSON: the envelope's property, or the body."""
        if self.success_example is None or self.envelope is None:
            return self.success_example
        return self.success_example[self.envelope]

    def url(self, app_id: str, path_values: Mapping[str, str]) -> str:
        """The URL of a request to this operation on Sendbird's hosts; values must be URL-safe already."""
        path = _PARAM.sub(lambda match: path_values[match.group(1)], self.path)
        return self.server.replace("{application_id}", app_id) + path

    def matches(self, method: str, raw_path: str) -> bool:
        """Whether a request with this method and raw (still encoded) path is for this operation;
        any base path may come first (``/v1``, ``/v3``, a proxy's ``/sendbird/v1``)."""
        if method.upper() != self.method:
            return False
        pattern = "".join(
            "[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}]+\})", self.path)
        )
        return re.fullmatch(f"(?:/[^/]+)*{pattern}", raw_path.split("?", 1)[0]) is not None


@cache
def load_spec() -> dict[str, Any]:
    """The repository's spec, read by the package's one reader (``spec_doc.read_spec``)."""
    return spec_doc.read_spec(SPEC_PATH)


def resolve(node: Any) -> dict[str, Any]:
    """A node of the spec with its local ``$ref`` followed (``spec_doc.resolve`` on this spec)."""
    return spec_doc.resolve(node, load_spec())


def _json_content(answer: Mapping[str, Any]) -> Mapping[str, Any] | None:
    content: Mapping[str, Any] | None = resolve(answer).get("content", {}).get("application/json")
    return content


@cache
def spec_operations() -> dict[str, SpecOperation]:
    """Every operation of the spec by operationId."""
    spec = load_spec()
    found: dict[str, SpecOperation] = {}
    for path, method, operation in spec_doc.iter_operations(spec):
        item = spec["paths"][path]
        server = operation.get("servers", item.get("servers", spec["servers"]))[0]["url"]
        with spec_lookup(f"paths.{path}.{method.lower()}"):
            content = _json_content(operation["responses"]["200"])
            schema_name = content["schema"]["$ref"].rsplit("/", 1)[-1] if content else None
            example = next(iter(content["examples"].values()))["value"] if content else None
        body = resolve(operation.get("requestBody", {}))
        found[operation["operationId"]] = SpecOperation(
            operation_id=operation["operationId"],
            method=method,
            path=path,
            server=server,
            success_schema=schema_name,
            success_example=example,
            envelope=resolve(content["schema"]).get("x-envelope") if content else None,
            request_schema=resolve(body["content"]["application/json"]["schema"]) if body else None,
            raw=operation,
        )
    return found


def spec_operation_for(method: str, raw_path: str) -> SpecOperation:
    """The spec operation a request is for; literal segments win over parameters when both fit."""
    candidates = [op for op in spec_operations().values() if op.matches(method, raw_path)]
    if not candidates:
        raise LookupError(f"no operation in the spec matches {method} {raw_path}")
    return max(candidates, key=lambda op: len(_PARAM.sub("", op.path)))


def success_example_response(request: httpx.Request) -> httpx.Response:
    """A MockTransport handler: answers each request with the 200 example of its operation."""
    operation = spec_operation_for(request.method, request.url.raw_path.decode("ascii"))
    if operation.success_schema is None:
        return httpx.Response(200)
    return httpx.Response(200, json=operation.success_example)


def as_sent(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` as it is on the wire now: the client takes the token and a secret URL
    off the request it hands back once the call ends, and this copy keeps what was sent."""
    return httpx.Request(request.method, request.url, headers=request.headers, content=request.read())


class Recorder:
    """A MockTransport handler that remembers each request as sent (``as_sent``) and lets ``answer``
    reply (by default with the spec's 200 example of the request's operation)."""

    def __init__(self, answer: Handler = success_example_response) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(as_sent(request))
        return self._answer(request)


class RecordingClient:
    """A sync client whose transport records each request (as sent) and answers the spec's 200 example."""

    def __init__(self, **options: Any) -> None:
        self.recorder = Recorder()
        options.setdefault("rate_limits", None)
        options.setdefault("max_retries", 0)
        self.client = CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(self.recorder), **options)

    def call(self, op: Operation[Any], **arguments: Any) -> httpx.Request:
        """Calls ``op`` once; the one request it sent."""
        before = len(self.recorder.requests)
        method_of(self.client, op)(**arguments)
        [request] = self.recorder.requests[before:]
        return request

    def refused(self, op: Operation[Any], **arguments: Any) -> InvalidArgumentError:
        """Calls ``op``, which must raise InvalidArgumentError without sending anything; the error."""
        before = len(self.recorder.requests)
        with pytest.raises(InvalidArgumentError) as raised:
            method_of(self.client, op)(**arguments)
        assert len(self.recorder.requests) == before, "a refused call sent a request"
        return raised.value

    def close(self) -> None:
        self.client.close()


def json_type(value: object) -> str:
    """The JSON type of a decoded value (``integer`` is not ``number`` here: the checks tell them apart)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    raise AssertionError(f"not a JSON value: {type(value).__name__}")


JSON_TYPES = frozenset({"null", "boolean", "integer", "number", "string", "array", "object"})
JSON_SCALARS: st.SearchStrategy[Any] = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8)
)
JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
"""Any JSON value, as a caller or a later API version might send."""
_KEYS = st.text(st.characters(exclude_characters=",", exclude_categories=["Cs"]), min_size=1, max_size=128)


def schema_values(schema: Mapping[str, Any], *, extra_fields: bool = True) -> st.SearchStrategy[Any]:
    """Valid JSON instances of a spec schema, for the JSON Schema subset the spec uses (anything else fails
    loudly); ``extra_fields``: objects that allow more properties get some, with any JSON value."""
    schema = resolve(schema)
    if "anyOf" in schema:
        return st.one_of([schema_values(branch, extra_fields=extra_fields) for branch in schema["anyOf"]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    declared = schema.get("type")
    if isinstance(declared, list):
        return st.one_of([schema_values(schema | {"type": one}, extra_fields=extra_fields) for one in declared])
    if declared == "null":
        return st.none()
    if declared == "boolean":
        return st.booleans()
    if declared == "integer":
        return st.integers(min_value=schema.get("minimum", -(2**63)), max_value=schema.get("maximum", 2**63 - 1))
    if declared == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if declared == "string":
        alphabet = st.characters(exclude_categories=["Cs"])
        return st.text(alphabet, min_size=schema.get("minLength", 0), max_size=schema.get("maxLength", 40))
    if declared == "array":
        items = schema_values(schema["items"], extra_fields=extra_fields)
        return st.lists(items, min_size=schema.get("minItems", 0), max_size=min(schema.get("maxItems", 3), 3))
    assert declared == "object" or "properties" in schema, f"schema kind not covered by this generator: {schema}"
    return _objects(schema, extra_fields)


def _objects(schema: Mapping[str, Any], extra_fields: bool) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    declared = st.fixed_dictionaries(
        {key: schema_values(sub, extra_fields=extra_fields) for key, sub in properties.items() if key in required},
        optional={
            key: schema_values(sub, extra_fields=extra_fields) for key, sub in properties.items() if key not in required
        },
    )
    extra_schema = schema.get("additionalProperties", True)
    if extra_schema is False or (extra_schema is True and not extra_fields):
        return declared
    extra = JSON_VALUES if extra_schema is True else schema_values(extra_schema, extra_fields=extra_fields)
    extras = st.dictionaries(
        _KEYS.filter(lambda key: key not in properties), extra, max_size=min(schema.get("maxProperties", 3), 3)
    )
    return st.builds(lambda known, more: more | known, declared, extras).filter(
        lambda value: len(value) >= schema.get("minProperties", 0)
    )


def minimal_instance(schema: Mapping[str, Any]) -> Any:
    """The smallest value valid for ``schema``: required properties only (plus enough to reach
    ``minProperties``), the first enum value, the first ``anyOf`` branch."""
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema:
        return minimal_instance(schema["anyOf"][0])
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        properties: Mapping[str, Any] = schema.get("properties", {})
        names = list(schema.get("required", []))
        missing = max(0, schema.get("minProperties", 0) - len(names))
        names += [name for name in properties if name not in names][:missing]
        return {name: minimal_instance(properties[name]) for name in names}
    if kind == "array":
        return [minimal_instance(schema["items"]) for _ in range(schema.get("minItems", 0))]
    scalars: dict[str, Any] = {"string": "x" * schema.get("minLength", 1), "integer": 1, "number": 1.0, "boolean": True}
    return scalars[kind]


def sample_path_value(param: Param) -> str:
    """A valid value for a path parameter: the first member of its enum, else a plain sample."""
    if param.enum is not None:
        return str(next(iter(param.enum)).value)
    return f"sample-{param.name.replace('_', '-')}"


def minimal_body(op: Operation[Any]) -> dict[str, Any]:
    """The smallest JSON body of ``op`` the spec allows, by JSON name (empty without a body)."""
    request_schema = spec_operations()[op.id].request_schema
    if op.body is None or request_schema is None:
        return {}
    body: dict[str, Any] = minimal_instance(request_schema)
    return body


def call_arguments(op: Operation[Any]) -> dict[str, Any]:
    """Keyword arguments of a valid call: sample path values and the required body fields as keywords
    (from the minimal body); parameters the client fills itself (``application_id``) are left out."""
    arguments: dict[str, Any] = {
        param.name: sample_path_value(param) for param in op.path_params if not param.client_filled
    }
    by_wire = {field.wire: field.name for field in op.body.fields} if op.body is not None else {}
    arguments |= {by_wire[wire]: value for wire, value in minimal_body(op).items()}
    return arguments


def expected_url(op: Operation[Any], arguments: Mapping[str, Any], app_id: str = APP_ID) -> str:
    """The URL a call with ``arguments`` must reach: client-filled parameters hold the app ID,
    every other path value is percent-encoded into its one segment."""
    values = {param.wire: app_id for param in op.path_params if param.client_filled}
    values |= {param.wire: arguments[param.name] for param in op.path_params if param.name in arguments}
    wire = {name: quote(str(value), safe="") for name, value in values.items()}
    return spec_operations()[op.id].url(app_id, wire)


def json_body(request: httpx.Request) -> Any:
    """The JSON a request carried (None when it had no body)."""
    return json.loads(request.content) if request.content else None


@attrs.frozen
class RecordedRequest:
    """A request as the loopback server saw it: the raw request-target, not a parsed URL."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def raw_path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def raw_query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""


@attrs.frozen
class ScriptedAnswer:
    status: int
    body: bytes = b"{}"
    headers: Mapping[str, str] = attrs.field(factory=dict)


class LoopbackServer:
    """A real HTTP/1.1 server on 127.0.0.1 in a thread: records every request and answers the
    scripted answers first, then the spec's 200 example of the request's operation."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.script: list[ScriptedAnswer] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        """The Calls base URL of the server; its Chat base is the ``/v3`` sibling."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def answer(self, request: RecordedRequest) -> ScriptedAnswer:
        self.requests.append(request)
        if self.script:
            return self.script.pop(0)
        try:
            operation = spec_operation_for(request.method, request.raw_path)
        except LookupError as exc:
            return ScriptedAnswer(404, json.dumps({"code": 400200, "message": str(exc)}).encode())
        if operation.success_schema is None:
            return ScriptedAnswer(200, b"")
        return ScriptedAnswer(200, json.dumps(operation.success_example).encode())

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def _make_handler(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes: do not wait 40 ms between

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            recorded = RecordedRequest(
                method=self.command,
                target=self.path,
                headers={key.lower(): value for key, value in self.headers.items()},
                body=self.rfile.read(length),
            )
            answer = server.answer(recorded)
            self.send_response(answer.status)
            headers = {"Content-Type": "application/json", **answer.headers}
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle  # noqa: N815 - the names http.server calls

        def log_message(self, format: str, *args: Any) -> None:
            """Silent: the tests read ``server.requests``, not stderr."""

    return Handler


@contextlib.contextmanager
def serve_in_thread(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serves ``handler`` on a free 127.0.0.1 port in a daemon thread; yields its origin, then stops."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
