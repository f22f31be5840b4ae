"""Where every command's application, base URL and token come from, in one order.

The command's own ``--app-id``/``--base-url``, then the root's (``sendbird-calls --app-id X
COMMAND``), then ``SENDBIRD_APP_ID``/``SENDBIRD_CALLS_BASE_URL``; the token from
``SENDBIRD_API_TOKEN`` only. Values are checked here first, and a base URL is never quoted (it
may carry credentials in its query). A registered command reads them with ``resolve``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .._constants import API_TOKEN_ENV, APP_ID_ENV, BASE_URL_ENV
from .errors import usage_error

if TYPE_CHECKING:
    from ..client import CallsClient

F = TypeVar("F", bound=Callable[..., Any])
_APP_ID = re.compile(r"[A-Za-z0-9-]{1,63}")


@dataclass
class Connection:
    """The connection options given on the root command (a command's own options win)."""

    base_url: str | None = None
    app_id: str | None = None


@dataclass(frozen=True)
class Resolved:
    """The application ID and base URL a command uses, checked (``base_url`` None: Sendbird's host)."""

    app_id: str
    base_url: str | None


def connection_params() -> list[click.Option]:
    """``--app-id`` and ``--base-url``, accepted on the root and on every command that calls the API."""
    return [
        click.Option(
            ["--app-id", "app_id"],
            metavar="APP_ID",
            help=f"The application ID (default: ${APP_ID_ENV}).",
        ),
        click.Option(
            ["--base-url", "base_url"],
            metavar="URL",
            help=f"The Calls API base URL, e.g. a mock's http://127.0.0.1:8080/v1 (default: ${BASE_URL_ENV}, "
            "else https://api-<app_id>.calls.sendbird.com/v1).",
        ),
    ]


def connection_options(function: F) -> F:
    """``connection_params()`` as a decorator (click reads ``__click_params__`` in reverse, as its own do)."""
    params: list[click.Parameter] = function.__dict__.setdefault("__click_params__", [])
    params.extend(reversed(connection_params()))
    return function


def resolve(ctx: click.Context, base_url: str | None = None, app_id: str | None = None) -> Resolved:
    """The checked application ID and base URL for a command; also checks that the token is set."""
    root = ctx.find_object(Connection) or Connection()
    app_id, app_source = app_id or root.app_id, "--app-id"
    if not app_id:
        app_id, app_source = os.environ.get(APP_ID_ENV), APP_ID_ENV
    if not app_id:
        raise usage_error(f"no application ID: pass --app-id or set the {APP_ID_ENV} environment variable")
    if not _APP_ID.fullmatch(app_id):
        raise usage_error(f"{app_source} is not a valid application ID: use only letters, digits and hyphens")
    if not os.environ.get(API_TOKEN_ENV):
        raise usage_error(f"no API token: set the {API_TOKEN_ENV} environment variable")
    base_url, url_source = base_url or root.base_url, "--base-url"
    if not base_url:
        base_url, url_source = os.environ.get(BASE_URL_ENV) or None, BASE_URL_ENV
    if base_url is not None:
        check_base_url(base_url, url_source)
    return Resolved(app_id, base_url)


def make_client(ctx: click.Context, base_url: str | None, app_id: str | None) -> CallsClient:
    """A client from the options and the environment; a missing or malformed value is a usage error."""
    from ..client import CallsClient  # the client's stack loads when a command calls the API, not for --help

    resolved = resolve(ctx, base_url, app_id)
    return CallsClient(app_id=resolved.app_id, base_url=resolved.base_url)


def check_base_url(url: str, source: str) -> None:
    """An http(s) URL with a host and no query, fragment or credentials; the error never shows it."""
    import httpx

    problem = f"{source} must be an http:// or https:// URL with a host and no query, fragment or credentials"
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise usage_error(problem) from None
    if parsed.scheme not in ("http", "https") or not parsed.host or parsed.query or parsed.fragment:
        raise usage_error(problem)
    if parsed.userinfo or "?" in url or "#" in url:
        raise usage_error(problem)


__all__ = [
    "Connection",
    "Resolved",
    "check_base_url",
    "connection_options",
    "connection_params",
    "make_client",
    "resolve",
]
