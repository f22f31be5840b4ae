"""sendbird-calls: a typed Python client for the Sendbird Calls Platform API v1.

Start with ``CallsClient`` (or ``AsyncCallsClient``); every error it raises is a
``SendbirdCallsError``. Models live in ``sendbird_calls.models`` (generated from the spec).
Names are imported on first use: the pytest plugin this package registers loads it in every
test run, which should not pay for httpx and the models until a client is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import models
    from .client import AsyncCallsClient, CallsClient
    from .core.model import ModelValidationError
    from .core.options import RequestOptions
    from .core.pages import AsyncPage, AsyncPaginator, SyncPage
    from .core.response import RawResponse
    from .core.unset import UNSET, Unset
    from .errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConfigurationError,
        FreePlanEndedError,
        InvalidArgumentError,
        InvalidArgumentTypeError,
        InvalidParamsError,
        InvalidRoomError,
        MissingParamsError,
        NotAllowedError,
        NotAuthorizedError,
        NotFoundError,
        RateLimitError,
        RedirectError,
        ResponseTooLargeError,
        ResponseValidationError,
        SendbirdCallsError,
        ServerError,
        UniqueConstraintError,
    )
    from .pagination import PaginationError
    from .rate_limit import BatchRateLimiter, NoRateLimit
    from .retry import RetryPolicy

_LAZY: dict[str, str] = {
    "RawResponse": ".core.response",
    "RequestOptions": ".core.options",
    "UNSET": ".core.unset",
    "Unset": ".core.unset",
    "SyncPage": ".core.pages",
    "AsyncPage": ".core.pages",
    "AsyncPaginator": ".core.pages",
    "AsyncCallsClient": ".client",
    "CallsClient": ".client",
    "APIConnectionError": ".errors",
    "APIError": ".errors",
    "APITimeoutError": ".errors",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "ClientClosedError": ".errors",
    "InvalidArgumentError": ".errors",
    "InvalidArgumentTypeError": ".errors",
    "RedirectError": ".errors",
    "ResponseTooLargeError": ".errors",
    "ConfigurationError": ".errors",
    "FreePlanEndedError": ".errors",
    "InvalidParamsError": ".errors",
    "InvalidRoomError": ".errors",
    "MissingParamsError": ".errors",
    "NotAllowedError": ".errors",
    "NotAuthorizedError": ".errors",
    "NotFoundError": ".errors",
    "RateLimitError": ".errors",
    "ResponseValidationError": ".errors",
    "SendbirdCallsError": ".errors",
    "ServerError": ".errors",
    "UniqueConstraintError": ".errors",
    "PaginationError": ".pagination",
    "ModelValidationError": ".core.model",
    "NoRateLimit": ".rate_limit",
    "BatchRateLimiter": ".rate_limit",
    "RetryPolicy": ".retry",
}


def __getattr__(name: str) -> Any:
    if name == "models":
        return importlib.import_module(".models", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncCallsClient",
    "AuthenticationError",
    "BadRequestError",
    "BatchRateLimiter",
    "CallsClient",
    "ClientClosedError",
    "ConfigurationError",
    "FreePlanEndedError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "InvalidParamsError",
    "InvalidRoomError",
    "MissingParamsError",
    "NoRateLimit",
    "NotAllowedError",
    "NotAuthorizedError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "AsyncPage",
    "AsyncPaginator",
    "ModelValidationError",
    "RawResponse",
    "SyncPage",
    "RedirectError",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SendbirdCallsError",
    "ServerError",
    "UniqueConstraintError",
    "Unset",
    "__version__",
    "models",
]
