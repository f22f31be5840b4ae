"""Find, parse and index the OpenAPI spec once per process: the mock's routes and methods come from it.

Each spec path is served under the path of its effective server (`/v1` for the Calls host, `/v3`
for the Chat host's secondary-token paths), so one mock origin answers for both hosts.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_to_bytes, urlsplit

import yaml

if TYPE_CHECKING:
    from .validation import SpecValidators

SPEC_FILENAME = "calls-v1.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SERVER_VARIABLE = re.compile(r"\{([^{}]+)\}")


class PathEncodingError(ValueError):
    """A path segment is not valid percent-encoded UTF-8."""


def default_spec_path() -> Path:
    """The spec the wheel ships (``sendbird_calls/_spec``), else the repo's ``openapi/`` (editable install)."""
    shipped = resources.files("sendbird_calls") / "_spec" / SPEC_FILENAME
    if shipped.is_file():
        return Path(str(shipped))
    return Path(__file__).resolve().parents[3] / "openapi" / SPEC_FILENAME


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, as the mock dispatches it."""

    operation_id: str
    method: str
    path: str
    tag: str
    prefix: str
    server_url: str

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
    """The parsed spec with its routes; the validators are compiled on first use."""

    def __init__(self, raw: Mapping[str, Any], text: bytes) -> None:
        self.raw = raw
        self.text = text
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

    @functools.cached_property
    def json_text(self) -> bytes:
        """The spec as JSON, for ``GET /openapi.json``."""
        return json.dumps(self.raw, ensure_ascii=False).encode()

    @functools.cached_property
    def validators(self) -> SpecValidators:
        """Every operation's request and response validators, compiled once (jsonschema is imported here)."""
        from .validation import SpecValidators

        operations = ((op.operation_id, op.path, op.method.lower()) for op in self.operations.values())
        return SpecValidators(self.raw, operations)

    def secret_path_patterns(self, secret_names: frozenset[str]) -> list[str]:
        """Regexes of the paths up to a secret parameter's segment, e.g. ``/v3/applications/api_tokens/``."""
        patterns: list[str] = []
        for route in self.routes:
            parts = [re.escape(route.prefix)]
            for is_param, text in route.segments:
                if is_param and text in secret_names:
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
    routes: list[Route] = []
    for path, item in (raw.get("paths") or {}).items():
        server_url = format_server_url((item.get("servers") or global_servers)[0])
        prefix = urlsplit(server_url).path.rstrip("/")
        operations: dict[str, Operation] = {}
        for method in HTTP_METHODS:
            definition = item.get(method)
            if definition is None:
                continue
            # Operation-level servers would need their own prefix; the spec has none, so refuse them loudly.
            if definition.get("servers"):
                raise ValueError(f"operation-level servers are not supported by the mock: {method.upper()} {path}")
            operations[method.upper()] = Operation(
                operation_id=definition["operationId"],
                method=method.upper(),
                path=path,
                tag=(definition.get("tags") or [""])[0],
                prefix=prefix,
                server_url=server_url,
            )
        segments = tuple(
            (True, seg[1:-1]) if seg.startswith("{") and seg.endswith("}") else (False, seg)
            for seg in path.strip("/").split("/")
        )
        routes.append(Route(prefix=prefix, path=path, segments=segments, operations=operations))
    return routes


@functools.lru_cache(maxsize=8)
def _load(path: str) -> SpecIndex:
    text = Path(path).read_bytes()
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
    return SpecIndex(raw, text)


def load_spec(spec_path: str | Path | None = None) -> SpecIndex:
    """The spec index for ``spec_path`` (default: ``default_spec_path()``), parsed once per process."""
    path = Path(spec_path) if spec_path is not None else default_spec_path()
    return _load(str(path.resolve()))
