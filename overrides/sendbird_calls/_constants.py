"""Every default of the client in one place, so docs and code cannot disagree."""

from typing import Final

import httpx

from ._version import __version__

CALLS_BASE_URL_TEMPLATE: Final = "https://api-{app_id}.calls.sendbird.com/v1"
"""The Calls Platform API host of an application."""

CHAT_BASE_URL_TEMPLATE: Final = "https://api-{app_id}.sendbird.com/v3"
"""The Chat Platform API host, which serves the secondary API token operations."""

IN_PROCESS_MOCK_HOST: Final = "sendbird-calls-mock"
"""The host of the in-process mock's URLs: it exists only inside the mock's own transport."""

APP_ID_ENV: Final = "SENDBIRD_APP_ID"
API_TOKEN_ENV: Final = "SENDBIRD_API_TOKEN"
BASE_URL_ENV: Final = "SENDBIRD_CALLS_BASE_URL"
"""Optional: points every client without an explicit base_url elsewhere (a mock, a proxy)."""
LOG_LEVEL_ENV: Final = "SENDBIRD_CALLS_LOG"

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
"""Finite by default: 5 s to connect, 30 s to read, write or wait for a pooled connection."""

DEFAULT_DEADLINE: Final = 120.0
"""Seconds one call may take in all: every attempt, backoff and Retry-After wait included."""

DEFAULT_MAX_RESPONSE_BYTES: Final = 16 * 1024 * 1024
"""The largest success body read (16 MiB, far above any Calls answer); past it, ResponseTooLargeError."""

ERROR_BODY_BYTES: Final = 64 * 1024
"""How much of an error (non-2xx) body is read and kept; the rest is dropped unread."""

MAX_EMPTY_PAGES: Final = 10
"""Consecutive pages without items, each with a fresh ``next``, before pagination gives up."""

MAX_PAGES: Final = 100_000
"""Pages one iteration follows at most (10 million items at 100 a page) before it gives up."""

DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
MAX_RETRY_AFTER: Final = 60.0
"""A server's Retry-After is honoured up to this many seconds."""

DEFAULT_RATE_LIMITS: Final = {"GET": 10.0, "POST": 5.0, "PUT": 5.0, "DELETE": 5.0}
"""Sendbird's documented limits, requests per second per endpoint and application."""

CONTENT_TYPE: Final = "application/json; charset=utf8"
USER_AGENT: Final = f"sendbird-calls-python/{__version__}"
LOGGER_NAME: Final = "sendbird_calls"

RATE_LIMIT_MARGIN: Final = 0.05
"""Seconds the client-side rate limiter adds to each 1-second window, to stay below the limit."""

ERROR_EXCERPT_CHARS: Final = 200
"""How much of an error response body an exception quotes."""
