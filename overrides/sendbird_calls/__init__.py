"""sendbird-calls: a typed Python client for the Sendbird Calls Platform API v1.

Start with ``CallsClient`` (or ``AsyncCallsClient``); every error it raises is a
``SendbirdCallsError``. Models live in ``sendbird_calls.models`` (generated from the spec).
"""

from sendbird_calls_api.api import RawResponse, RequestOptions
from sendbird_calls_api.types import UNSET, Unset

from . import models
from ._version import __version__
from .client import AsyncCallsClient, CallsClient
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    FreePlanEndedError,
    InvalidParamsError,
    InvalidRoomError,
    MissingParamsError,
    NotAllowedError,
    NotAuthorizedError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    SendbirdCallsError,
    ServerError,
    UniqueConstraintError,
)
from .pagination import PaginationError
from .rate_limit import NoRateLimit, SlidingWindowRateLimiter
from .retry import RetryPolicy

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncCallsClient",
    "AuthenticationError",
    "BadRequestError",
    "CallsClient",
    "ConfigurationError",
    "FreePlanEndedError",
    "InvalidParamsError",
    "InvalidRoomError",
    "MissingParamsError",
    "NoRateLimit",
    "NotAllowedError",
    "NotAuthorizedError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseValidationError",
    "RetryPolicy",
    "SendbirdCallsError",
    "ServerError",
    "SlidingWindowRateLimiter",
    "UniqueConstraintError",
    "Unset",
    "__version__",
    "models",
]
