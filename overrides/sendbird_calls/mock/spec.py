"""The spec the mock serves, read by the project's one spec reader (``sendbird_calls.spec_doc``) and indexed once.

The routes and methods come from ``spec_doc.iter_operations``; each spec path is served under the
path of its effective server (``/v1`` for the Calls host, ``/v3`` for the Chat host's secondary-token
paths), so one mock origin answers for both hosts. ``SpecIndex`` also holds what the rest of the mock
reads from the spec instead of keeping its own copy: the compiled validators, the webhook events, the
secret path parameters (``x-secret``); ``mock.facts`` reads its facts from it (``facts_of``).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_to_bytes, urlsplit

from .. import spec_doc
from ..errors import SendbirdCallsError

if TYPE_CHECKING:
    from .validation import SpecValidators

_SERVER_VARIABLE = re.compile(r"\{([^{}]+)\}")


class MockSpecError(SendbirdCallsError, ValueError):
    """The mock cannot serve this spec: a handler of an operation the spec no longer has, an operation it
    cannot answer, a construct it does not support. The message names the operation and the fix."""


class PathEncodingError(ValueError):
    """A path segment is not valid percent-encoded UTF-8."""


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, as the mock dispatches it."""

    operation_id: str
    method: str
    path: str
    tag: str
    prefix: str
    server_url: str
    definition: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)
    """The operation as ``spec_doc.iter_operations`` reads it (``parameters`` merged and resolved, by name)."""

    @property
    def path_pattern(self) -> str:
        """The served path template, with the server's prefix (``/v1/rooms/{room_id}``)."""
        return self.prefix + self.path


@dataclass(frozen=True, slots=True)
class Route:
    """One spec path under its server prefix, with the operations of each method."""

    prefix: str
    path: str
    segments: tuple[tuple[bool, str], ...]
    operations: Mapping[str, Operation]

    @property
    def allow(self) -> str:
        """The ``Allow`` header of a 405: the methods the spec declares for this path."""
        return ", ".join(self.operations)

    def match(self, raw_segments: list[str]) -> dict[str, str] | None:
        """The decoded path parameters when ``raw_segments`` fit this route, else None."""
        if len(raw_segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for raw, (is_param, text) in zip(raw_segments, self.segments, strict=True):
            if not is_param:
                if raw != text:
                    return None
                continue
            params[text] = _decode_segment(raw)
        return params

    @property
    def literal_count(self) -> int:
        """How concrete the route is: literal segments win over parameters."""
        return sum(1 for is_param, _ in self.segments if not is_param)


@dataclass(frozen=True, slots=True)
class RouteMatch:
    """A request path matched to a spec path."""

    route: Route
    params: dict[str, str]


def _decode_segment(raw: str) -> str:
    try:
        return unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PathEncodingError(f"path segment {raw!r} is not percent-encoded UTF-8") from exc


def format_server_url(server: Mapping[str, Any]) -> str:
    """A server's URL with every variable at its default."""
    variables = server.get("variables") or {}
    return _SERVER_VARIABLE.sub(lambda m: str(variables[m.group(1)]["default"]), str(server["url"]))


class SpecIndex:
    """The parsed spec with its routes; the validators are built on first use (its facts: ``facts.facts_of``)."""

    def __init__(self, raw: Mapping[str, Any], text: bytes, path: Path | None = None) -> None:
        self.raw = raw
        self.text = text
        self.path = path
        """The file the spec was read from (None for a document given in memory)."""
        self.routes = tuple(_build_routes(raw))
        self.operations: Mapping[str, Operation] = {
            op.operation_id: op for route in self.routes for op in route.operations.values()
        }
        self.prefixes = tuple(sorted({route.prefix for route in self.routes}, key=len, reverse=True))
        self._by_shape: dict[tuple[str, int], list[Route]] = {}
        for route in self.routes:
            self._by_shape.setdefault((route.prefix, len(route.segments)), []).append(route)
        for candidates in self._by_shape.values():
            candidates.sort(key=lambda r: r.literal_count, reverse=True)
        self.secret_parameters = frozenset(
            name
            for op in self.operations.values()
            for name, param in op.definition["parameters"].items()
            if param.get("in") == "path" and param.get("x-secret") is True
        )
        """Path parameters the spec marks ``x-secret: true`` (masked in the request log and every log line)."""

    @property
    def name(self) -> str:
        """How messages name this spec: its file, or "the spec"."""
        return str(self.path) if self.path is not None else "the spec"

    @functools.cached_property
    def json_text(self) -> bytes:
        """The spec as JSON, for ``GET /openapi.json``."""
        return json.dumps(self.raw, ensure_ascii=False).encode()

    @functools.cached_property
    def webhook_events(self) -> Mapping[str, Mapping[str, Any]]:
        """The spec's ``webhooks`` by category: the ``post`` operation of each, as written."""
        webhooks = self.raw.get("webhooks")
        found: dict[str, Mapping[str, Any]] = {}
        for category, item in webhooks.items() if isinstance(webhooks, Mapping) else ():
            post = item.get("post") if isinstance(item, Mapping) else None
            if isinstance(post, Mapping):
                found[str(category)] = post
        return found

    def event_body(self, category: str) -> Mapping[str, Any]:
        """The JSON media type object of a webhook event's body (``schema``, ``examples``); empty if none."""
        body = spec_doc.resolve(self.webhook_events.get(category, {}).get("requestBody", {}), self.raw)
        content = body.get("content")
        media = content.get("application/json") if isinstance(content, Mapping) else None
        return media if isinstance(media, Mapping) else {}

    @functools.cached_property
    def validators(self) -> SpecValidators:
        """Every operation's and webhook event's validators, compiled once (jsonschema is imported here)."""
        from .validation import SpecValidators

        events = {
            category: self.event_body(category)["schema"]
            for category in self.webhook_events
            if "schema" in self.event_body(category)
        }
        operations = ((op.operation_id, op.definition) for op in self.operations.values())
        return SpecValidators(self.raw, operations, events)

    def secret_path_patterns(self) -> list[str]:
        """Regexes of the paths up to a secret parameter's segment, e.g. ``/v3/applications/api_tokens/``."""
        patterns: list[str] = []
        for route in self.routes:
            parts = [re.escape(route.prefix)]
            for is_param, text in route.segments:
                if is_param and text in self.secret_parameters:
                    patterns.append("/".join(parts) + "/")
                    break
                parts.append("[^/?#]+" if is_param else re.escape(text))
        return sorted(set(patterns))

    def match(self, raw_path: str) -> RouteMatch | None:
        """The route of a raw (still percent-encoded) request path; each segment decoded once."""
        for prefix in self.prefixes:
            if not raw_path.startswith(prefix + "/"):
                continue
            segments = raw_path[len(prefix) + 1 :].split("/")
            if any(seg in ("", ".", "..") for seg in segments):
                return None
            for route in self._by_shape.get((prefix, len(segments)), ()):
                params = route.match(segments)
                if params is not None:
                    return RouteMatch(route, params)
        return None


def _build_routes(raw: Mapping[str, Any]) -> list[Route]:
    global_servers = raw.get("servers") or [{"url": "/"}]
    listed = raw.get("paths")
    paths: Mapping[str, Any] = listed if isinstance(listed, Mapping) else {}
    by_path: dict[str, dict[str, Operation]] = {}
    for path, method, definition in spec_doc.iter_operations(raw):
        item = paths[path]
        server_url = format_server_url((item.get("servers") or global_servers)[0])
        # Operation-level servers would need their own prefix; the spec has none, so refuse them loudly.
        if definition.get("servers"):
            raise MockSpecError(f"operation-level servers are not supported by the mock: {method} {path}")
        operation_id = definition.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            raise MockSpecError(f"{method} {path} has no operationId: the mock routes and logs by it")
        by_path.setdefault(path, {})[method] = Operation(
            operation_id=operation_id,
            method=method,
            path=path,
            tag=str((definition.get("tags") or [""])[0]),
            prefix=urlsplit(server_url).path.rstrip("/"),
            server_url=server_url,
            definition=definition,
        )
    routes: list[Route] = []
    for path, operations in by_path.items():
        segments = tuple(
            (True, seg[1:-1]) if seg.startswith("{") and seg.endswith("}") else (False, seg)
            for seg in path.strip("/").split("/")
        )
        prefix = next(iter(operations.values())).prefix
        routes.append(Route(prefix=prefix, path=path, segments=segments, operations=operations))
    return routes


@functools.lru_cache(maxsize=8)
def _load(path: str) -> SpecIndex:
    spec_file = Path(path)
    default = spec_doc.spec_path().resolve()
    try:
        text = spec_file.read_bytes()
    except OSError as exc:
        raise spec_doc.SpecUnavailableError(f"cannot read the OpenAPI spec {path}: {type(exc).__name__}") from None
    document = spec_doc.load_spec() if spec_file == default else spec_doc.read_spec(spec_file)
    return SpecIndex(document, text, spec_file)


def load_spec(spec_path: str | Path | None = None) -> SpecIndex:
    """The spec index for ``spec_path`` (default: the packaged spec, ``spec_doc.spec_path()``), read once per
    process by ``spec_doc`` (the packaged one is the very document ``spec_doc.load_spec()`` holds)."""
    path = Path(spec_path) if spec_path is not None else spec_doc.spec_path()
    return _load(str(path.resolve()))
