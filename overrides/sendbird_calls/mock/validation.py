"""Request and response validation with openapi-core, with its errors mapped to Sendbird's codes.

The mock routes requests itself (on the raw path), so openapi-core gets the matched path pattern
and the already-decoded path parameters, on the spec server's own URL: path-level servers (the
Chat host) resolve exactly as the spec declares them, whatever host the mock listens on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from werkzeug.datastructures import Headers, ImmutableMultiDict

from .errors import INVALID_PARAMS, MISSING_PARAMS, MockError
from .spec import Operation, SpecIndex


@dataclass(frozen=True, slots=True)
class ValidRequest:
    """The parameters and body of a request that fits the spec, cast to their types with defaults."""

    query: Mapping[str, Any]
    body: Any


class _CoreRequest:
    """openapi-core's request protocol, with the path pattern already resolved by the mock's router."""

    def __init__(
        self,
        operation: Operation,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        headers: Sequence[tuple[str, str]],
        body: bytes,
    ) -> None:
        from openapi_core.datatypes import RequestParameters

        server = urlsplit(operation.server_url)
        self.host_url = f"{server.scheme}://{server.netloc}"
        self.path_pattern = operation.path_pattern
        self.path = operation.path_pattern
        self.method = operation.method.lower()
        header_map = Headers(list(headers))
        self.content_type = header_map.get("content-type", "application/json" if body else "")
        self.body = body
        self.parameters = RequestParameters(
            path=dict(path_params),
            query=ImmutableMultiDict(list(query)),
            header=header_map,
            cookie=ImmutableMultiDict(),
        )


class _CoreResponse:
    """openapi-core's response protocol over an encoded response."""

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status_code = status
        self.headers = Headers(list(headers.items()))
        self.content_type = self.headers.get("content-type", "")
        self.data = body


def validate_request(
    spec: SpecIndex,
    operation: Operation,
    path_params: Mapping[str, str],
    *,
    query: Sequence[tuple[str, str]],
    headers: Sequence[tuple[str, str]],
    body: bytes,
) -> ValidRequest:
    """Check a request against its operation; raise ``MockError`` 400111 or 400100 when it does not fit."""
    request = _CoreRequest(operation, path_params, query, headers, body)
    result = spec.openapi.unmarshal_request(request)
    if result.errors:
        raise _to_mock_error(result.errors[0])
    return ValidRequest(query=dict(result.parameters.query), body=result.body)


def response_problems(
    spec: SpecIndex,
    operation: Operation,
    path_params: Mapping[str, str],
    *,
    status: int,
    headers: Mapping[str, str],
    body: bytes,
) -> list[str]:
    """Why a response does not fit the spec (empty when it does)."""
    request = _CoreRequest(operation, path_params, (), (), b"")
    response = _CoreResponse(status, headers, body)
    return [_describe(error) for error in spec.openapi.iter_response_errors(request, response)]


def _describe(error: BaseException) -> str:
    try:
        details = [str(error)]
    except Exception:  # some openapi-core messages fail to render (a non-UTF-8 body)
        details = [type(error).__name__]
    cause = error.__cause__
    for schema_error in getattr(cause, "schema_errors", ()) or ():
        details.append(f"{'/'.join(str(p) for p in schema_error.absolute_path)}: {schema_error.message}")
    return "; ".join(details)


def _to_mock_error(error: BaseException) -> MockError:
    from openapi_core.validation.request.exceptions import (
        MissingRequestBodyError,
        MissingRequiredParameter,
        MissingRequiredRequestBody,
    )

    if isinstance(error, MissingRequiredParameter | MissingRequiredRequestBody | MissingRequestBodyError):
        return MockError(MISSING_PARAMS, str(error))
    schema_errors = getattr(error.__cause__, "schema_errors", None) or ()
    if any(e.validator == "required" and not list(e.absolute_path) for e in schema_errors):
        missing = next(e.message for e in schema_errors if e.validator == "required")
        return MockError(MISSING_PARAMS, missing)
    return MockError(INVALID_PARAMS, _describe(error))
