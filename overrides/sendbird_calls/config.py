"""Resolves and checks a client's configuration once, before any request is built."""

import math
import os
import re
from dataclasses import dataclass
from typing import Final

import httpx

from ._constants import (
    API_TOKEN_ENV,
    APP_ID_ENV,
    BASE_URL_ENV,
    CALLS_BASE_URL_TEMPLATE,
    CHAT_BASE_URL_TEMPLATE,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
)
from ._secret import Secret
from .errors import ConfigurationError

_APP_ID: Final = re.compile(r"[A-Za-z0-9-]{1,63}")


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything a requester needs to address and authenticate requests; the token stays masked."""

    app_id: str
    api_token: Secret
    base_url: str
    chat_base_url: str | None
    timeout: httpx.Timeout
    max_retries: int
    deadline: float = DEFAULT_DEADLINE
    """Seconds one call may take in all, retries and waits included."""
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    """The largest success body read; a larger one raises ResponseTooLargeError."""

    def base_for(self, host: str, operation: str) -> str:
        """The base URL of the Calls or Chat host; a Chat call with no Chat base is a clear error."""
        if host == "chat":
            if self.chat_base_url is None:
                raise ConfigurationError(
                    f"{operation} is served on the Chat Platform host, but base_url {self.base_url!r} does "
                    "not end with /v1 so its /v3 sibling is unknown: pass chat_base_url= too"
                )
            return self.chat_base_url
        return self.base_url


def resolve_config(
    app_id: str | None,
    api_token: str | None,
    *,
    base_url: str | None,
    chat_base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    deadline: float = DEFAULT_DEADLINE,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> ClientConfig:
    """Fills ``app_id``/``api_token`` from the environment and checks every value, naming the problem."""
    resolved_app_id = app_id if app_id is not None else os.environ.get(APP_ID_ENV)
    if not resolved_app_id:
        raise ConfigurationError(f"no application ID: pass app_id= or set the {APP_ID_ENV} environment variable")
    check_app_id(resolved_app_id)
    token = api_token if api_token is not None else os.environ.get(API_TOKEN_ENV)
    if not token:
        raise ConfigurationError(f"no API token: pass api_token= or set the {API_TOKEN_ENV} environment variable")
    check_token(token)
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    if base_url is None:
        base_url = os.environ.get(BASE_URL_ENV) or None
    if base_url is None:
        calls_base = CALLS_BASE_URL_TEMPLATE.format(app_id=resolved_app_id)
        chat_base: str | None = CHAT_BASE_URL_TEMPLATE.format(app_id=resolved_app_id)
    else:
        calls_base = check_base_url("base_url", base_url)
        chat_base = calls_base[: -len("/v1")] + "/v3" if calls_base.endswith("/v1") else None
    if chat_base_url is not None:
        chat_base = check_base_url("chat_base_url", chat_base_url)
    return ClientConfig(
        app_id=resolved_app_id,
        api_token=Secret(token),
        base_url=calls_base,
        chat_base_url=chat_base,
        timeout=to_timeout(timeout),
        max_retries=max_retries,
        deadline=to_deadline(deadline),
        max_response_bytes=check_max_response_bytes(max_response_bytes),
    )


def check_token(token: object) -> None:
    """A token is sent as a header: printable ASCII only. The message never quotes the token."""
    if not isinstance(token, str):
        raise ConfigurationError(f"api_token must be a string, not {type(token).__name__}")
    for position, char in enumerate(token, start=1):
        if not "!" <= char <= "~":
            raise ConfigurationError(
                f"api_token must be printable ASCII without spaces: character {position} of {len(token)} is not "
                "(copy the token again from the Sendbird dashboard)"
            )


def check_app_id(app_id: str) -> None:
    """An application ID is a hostname label: anything else could redirect requests to another host."""
    if not isinstance(app_id, str) or not _APP_ID.fullmatch(app_id):
        raise ConfigurationError(
            f"app_id {app_id!r} is not a valid application ID: use only letters, digits and hyphens "
            "(it becomes part of the host name api-<app_id>.calls.sendbird.com)"
        )


def check_base_url(name: str, url: str) -> str:
    """An http(s) URL with a host and no query or fragment; returned without its trailing slash."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"{name} {url!r} is not a valid URL: {exc}") from None
    shown = str(parsed.copy_with(userinfo=b""))  # never echo a password
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"{name} must be an http:// or https:// URL with a host, got {shown!r}")
    if parsed.query or parsed.fragment or parsed.userinfo:
        raise ConfigurationError(f"{name} must not carry a query, a fragment or credentials, got {shown!r}")
    return str(parsed).rstrip("/")


def to_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """A finite httpx.Timeout from seconds or a Timeout; ``None``, infinity or NaN (wait forever) is refused."""
    if timeout is None:
        raise ConfigurationError("timeout=None would wait forever; pass a number of seconds or an httpx.Timeout")
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            value = getattr(timeout, phase)
            if value is None or not (math.isfinite(value) and value > 0):
                raise ConfigurationError(
                    f"timeout's {phase} phase must be a finite number of seconds above 0, got {value!r} "
                    "(None would wait forever)"
                )
        return timeout
    return httpx.Timeout(_positive_seconds("timeout", timeout))


def to_deadline(deadline: float) -> float:
    """Seconds a whole call may take: finite and above 0."""
    return _positive_seconds("deadline", deadline)


def check_max_response_bytes(limit: int) -> int:
    """The response size cap: a whole number of bytes above 0."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        raise ConfigurationError(f"max_response_bytes must be an integer above 0, got {limit!r}")
    return limit


def _positive_seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not (math.isfinite(value) and value > 0):
        raise ConfigurationError(f"{name} must be a finite number of seconds above 0, got {value!r}")
    return float(value)


__all__ = [
    "ClientConfig",
    "check_app_id",
    "check_base_url",
    "check_max_response_bytes",
    "check_token",
    "resolve_config",
    "to_deadline",
    "to_timeout",
]
