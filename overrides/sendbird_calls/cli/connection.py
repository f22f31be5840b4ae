"""Where the CLI's client comes from: --base-url/--app-id (root or command), else the environment.

The token comes from SENDBIRD_API_TOKEN only. Values are checked here first so that no
error quotes them (a base URL may carry credentials in its query).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import click
import httpx

from .._constants import API_TOKEN_ENV, APP_ID_ENV, BASE_URL_ENV
from ..client import CallsClient
from .errors import usage_error

F = TypeVar("F", bound=Callable[..., Any])
_APP_ID = re.compile(r"[A-Za-z0-9-]{1,63}")


@attrs.define
class Connection:
    """The connection options given on the root command (a command's own options win)."""

    base_url: str | None = None
    app_id: str | None = None


def connection_options(function: F) -> F:
    """``--base-url`` and ``--app-id``, accepted on the root and on every command that calls the API."""
    function = click.option(
        "--app-id",
        "app_id",
        metavar="APP_ID",
        help=f"The application ID (default: ${APP_ID_ENV}).",
    )(function)
    return click.option(
        "--base-url",
        "base_url",
        metavar="URL",
        help=f"The Calls API base URL, e.g. a mock's http://127.0.0.1:8080/v1 (default: ${BASE_URL_ENV}, "
        "else https://api-<app_id>.calls.sendbird.com/v1).",
    )(function)


def make_client(ctx: click.Context, base_url: str | None, app_id: str | None) -> CallsClient:
    """A client from the options and the environment; a missing or malformed value is a usage error."""
    root = ctx.find_object(Connection) or Connection()
    app_id = app_id or root.app_id
    base_url = base_url or root.base_url
    app_source = "--app-id"
    if not app_id:
        app_id, app_source = os.environ.get(APP_ID_ENV), APP_ID_ENV
    if not app_id:
        raise usage_error(f"no application ID: pass --app-id or set the {APP_ID_ENV} environment variable")
    if not _APP_ID.fullmatch(app_id):
        raise usage_error(f"{app_source} is not a valid application ID: use only letters, digits and hyphens")
    if not os.environ.get(API_TOKEN_ENV):
        raise usage_error(f"no API token: set the {API_TOKEN_ENV} environment variable")
    url_source = "--base-url"
    if not base_url:
        base_url, url_source = os.environ.get(BASE_URL_ENV) or None, BASE_URL_ENV
    if base_url is not None:
        check_base_url(base_url, url_source)
    return CallsClient(app_id=app_id, base_url=base_url)


def check_base_url(url: str, source: str) -> None:
    """An http(s) URL with a host and no query, fragment or credentials; the error never shows it."""
    problem = f"{source} must be an http:// or https:// URL with a host and no query, fragment or credentials"
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise usage_error(problem) from None
    if parsed.scheme not in ("http", "https") or not parsed.host or parsed.query or parsed.fragment:
        raise usage_error(problem)
    if parsed.userinfo or "?" in url or "#" in url:
        raise usage_error(problem)


__all__ = ["Connection", "check_base_url", "connection_options", "make_client"]
