"""What the tests know about the API, read from the spec and the generated code, never listed by hand.

``generated_operations()`` walks ``sendbird_calls_api.api.<tag>`` for its ``OperationInfo``
constants; ``spec_operations()`` reads ``openapi/calls-v1.yaml`` for each operation's server,
first 200 example, success model and request schema; ``call_arguments()`` synthesizes a valid
call of any operation. A new operation in the spec shows up in all three without a test change.
``LoopbackServer`` serves those examples over real HTTP on 127.0.0.1 and records raw requests.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import pkgutil
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote

import attrs
import httpx
import yaml

import sendbird_calls_api.api
from sendbird_calls import AsyncCallsClient, CallsClient
from sendbird_calls_api.api import OperationInfo
from tests.spec_guard import spec_lookup

APP_ID = "6b1e7f40-0c3d-4e5f-8a9b-0c1d2e3f4a5b"
API_TOKEN = "canary-TOKEN-1234567890"
"""The client's token in every test: a canary that must never show up in reprs, errors or logs."""

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "calls-v1.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_PARAM = re.compile(r"\{([^}]+)\}")

Handler = Callable[[httpx.Request], httpx.Response]


@attrs.frozen
class ClientPair:
    """The two clients of one test, configured alike."""

    sync: CallsClient
    aio: AsyncCallsClient


ClientFactory = Callable[..., ClientPair]
"""``make_clients(handler, **client_options)``, the fixture of conftest.py."""


@attrs.frozen
class TaggedOperation:
    """One generated operation: its tag (the client attribute holding it) and its OperationInfo."""

    tag: str
    info: OperationInfo

    @property
    def id(self) -> str:
        return f"{self.tag}.{self.info.name}"

    def method_of(self, client: object, *, raw: bool = False) -> Callable[..., Any]:
        """The client's bound method of this operation (``with_raw_response`` when ``raw``)."""
        namespace = getattr(client, self.tag)
        return getattr(namespace.with_raw_response if raw else namespace, self.info.name)  # type: ignore[no-any-return]


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
    request_schema: Mapping[str, Any] | None

    @property
    def server_path(self) -> str:
        """The path part of the server URL, e.g. ``/v1`` (Calls) or ``/v3`` (Chat)."""
        return httpx.URL(self.server.replace("{application_id}", "app")).path.rstrip("/")

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
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


def generated_operations() -> tuple[TaggedOperation, ...]:
    """Every ``OperationInfo`` constant of every generated tag package, in a stable order."""
    found: list[TaggedOperation] = []
    for module_info in pkgutil.iter_modules(sendbird_calls_api.api.__path__):
        if module_info.ispkg:
            module = importlib.import_module(f"sendbird_calls_api.api.{module_info.name}")
            found.extend(
                TaggedOperation(module_info.name, value)
                for value in vars(module).values()
                if isinstance(value, OperationInfo)
            )
    return tuple(sorted(found, key=lambda op: op.id))


@cache
def spec_operations() -> dict[str, SpecOperation]:
    """Every operation of the spec by operationId."""
    spec = load_spec()
    operations: dict[str, SpecOperation] = {}
    for path, item in spec["paths"].items():
        server = item.get("servers", spec["servers"])[0]["url"]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            with spec_lookup(f"paths.{path}.{method}"):
                content = resolve(operation["responses"]["200"]).get("content", {}).get("application/json")
                body = operation.get("requestBody")
                operations[operation["operationId"]] = SpecOperation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    server=operation.get("servers", [{"url": server}])[0]["url"],
                    success_schema=content["schema"]["$ref"].rsplit("/", 1)[-1] if content else None,
                    success_example=next(iter(content["examples"].values()))["value"] if content else None,
                    request_schema=None if body is None else resolve(body["content"]["application/json"]["schema"]),
                )
    return operations


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


class Recorder:
    """A MockTransport handler that remembers each request and lets ``answer`` reply (by default
    with the spec's 200 example of the request's operation)."""

    def __init__(self, answer: Handler = success_example_response) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._answer(request)


def resolve(node: Any) -> Any:
    """Follows local ``$ref`` pointers (``#/components/...``) to a plain node."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = load_spec()
        for key in node["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        node = target
    return node


def minimal_instance(schema: Mapping[str, Any]) -> Any:
    """The smallest value valid for ``schema``: required properties only (plus enough to reach
    ``minProperties``), the first enum value, the first ``anyOf`` branch."""
    schema = resolve(schema)
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


def sample_path_value(info: OperationInfo, name: str) -> str:
    """A valid value for a path parameter: the first member of its enum, else a plain sample."""
    enum_type: type[Enum] | None = info.enum_params.get(name)
    if enum_type is not None:
        return str(next(iter(enum_type)).value)
    return f"sample-{name.replace('_', '-')}"


def call_arguments(info: OperationInfo) -> dict[str, Any]:
    """Keyword arguments of a valid call: sample path values and a minimal body from the request
    schema; parameters the client fills itself (``application_id``) are left out."""
    arguments: dict[str, Any] = {
        name: sample_path_value(info, name) for name in info.path_params if name not in info.client_filled
    }
    request_schema = spec_operations()[info.name].request_schema
    if info.body_type is not None and request_schema is not None:
        arguments["body"] = minimal_instance(request_schema)
    return arguments


def expected_url(info: OperationInfo, arguments: Mapping[str, Any], app_id: str = APP_ID) -> str:
    """The URL a call with ``arguments`` must reach: client-filled parameters hold the app ID,
    every other path value is percent-encoded into its one segment."""
    values = dict.fromkeys(info.client_filled, app_id)
    values |= {name: arguments[name] for name in info.path_params if name in arguments}
    wire = {info.wire_names.get(name, name): quote(str(value), safe="") for name, value in values.items()}
    return spec_operations()[info.name].url(app_id, wire)


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
