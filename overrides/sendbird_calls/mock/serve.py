"""Serve the mock over HTTP: the one runner behind ``sendbird-calls mock`` and ``python -m sendbird_calls.mock``.

``SETTINGS`` describes every option once (flag, default, environment variable, help); each front
end builds its parser from it (click for the CLI, argparse for ``python -m``), and both call
``serve``. Nothing here imports the CLI. ``serve`` binds first, so a busy port fails before
anything is printed, then prints the base URLs (one JSON line with ``print_json``) and serves
until interrupted. Failures raise ``ServeError`` with a one-line message.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .._constants import API_TOKEN_ENV, APP_ID_ENV
from ..errors import SendbirdCallsError
from .state import DEFAULT_CALLS, DEFAULT_USERS

INSTALL_HINT = 'pip install "sendbird-calls[mock]"'
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")
_APP_ID = re.compile(r"[A-Za-z0-9-]{1,63}")

SettingKind = Literal["text", "integer", "flag", "choice"]


@dataclass(frozen=True)
class Setting:
    """One option of the mock's runner, as both front ends offer it."""

    name: str
    """The keyword of ``serve``'s options, and (kebab-case) the option's name."""
    kind: SettingKind
    default: Any
    help: str
    env: str | None = None
    """An environment variable that gives the default when set (the CLI's variables)."""
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    secret: bool = False

    @property
    def flag(self) -> str:
        """The command-line spelling: ``--no-validate-responses``."""
        return "--" + self.name.replace("_", "-")

    def default_from(self, environ: Mapping[str, str]) -> Any:
        """The default, from ``env`` when that variable is set and not empty."""
        return (environ.get(self.env) or self.default) if self.env else self.default


SETTINGS: tuple[Setting, ...] = (
    Setting("host", "text", "127.0.0.1", "The interface to listen on."),
    Setting("port", "integer", 8080, "The port; 0 picks a free one.", low=0, high=65535),
    Setting(
        "app_id", "text", "mock-app", f"The mock application's ID (default: ${APP_ID_ENV}, else mock-app).", APP_ID_ENV
    ),
    Setting(
        "api_token",
        "text",
        "mock-token",
        f"The API token clients must send (default: ${API_TOKEN_ENV}, else mock-token); never printed.",
        API_TOKEN_ENV,
        secret=True,
    ),
    Setting("seed", "integer", 0, "The seed of the synthetic data."),
    Setting("users", "integer", DEFAULT_USERS, "How many users to seed.", low=0),
    Setting("calls", "integer", DEFAULT_CALLS, "How many direct calls to seed.", low=0),
    Setting(
        "spec",
        "text",
        None,
        "Serve this OpenAPI file instead of the packaged spec; operations without a handler are answered from it.",
    ),
    Setting("no_validate_responses", "flag", False, "Do not check answers against the spec (faster)."),
    Setting("drift", "flag", False, "Answer with drift from the spec in every way it can, to try verify-spec."),
    Setting("log_level", "choice", "warning", "uvicorn's log level.", choices=LOG_LEVELS),
    Setting(
        "print_json",
        "flag",
        False,
        "Print the start-up facts as one JSON line (app_id, base_url, chat_base_url, spec_url, pid) for scripts.",
    ),
)
"""Every option, in the order help lists them."""


class ServeError(Exception):
    """The mock cannot be served; ``usage``: because of an option (exit 2), else exit 1."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


def check(options: Mapping[str, Any]) -> None:
    """Refuse options the mock cannot serve with, naming the option (the token's value is never shown)."""
    app_id = str(options["app_id"])
    if not _APP_ID.fullmatch(app_id):
        raise ServeError(
            f"--app-id must be letters, digits and hyphens (it is a hostname label), got {app_id!r}", usage=True
        )
    if not str(options["api_token"]).strip():
        raise ServeError("--api-token must not be empty", usage=True)


def serve(options: Mapping[str, Any], echo: Callable[[str], None] | None = None) -> None:
    """Bind, print where the mock is (through ``echo``), and serve until interrupted."""
    check(options)
    try:
        import uvicorn

        from .app import create_app
        from .harness import bind_socket
        from .http_guard import server_config
    except ImportError:
        raise ServeError(f"the mock server needs the mock extra: {INSTALL_HINT}") from None
    host, port = str(options["host"]), int(options["port"])
    try:
        sock = bind_socket(host, port)
    except OSError as exc:
        reason = "the port is already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or "failed")
        raise ServeError(f"cannot listen on {host}:{port}: {reason} (--port 0 picks a free port)") from None
    try:
        try:
            app = create_app(
                app_id=options["app_id"],
                api_token=options["api_token"],
                seed=options["seed"],
                users=options["users"],
                calls=options["calls"],
                validate_responses=not options["no_validate_responses"],
                spec_path=options.get("spec") or None,
            )
        except SendbirdCallsError as exc:  # a spec the mock cannot read or serve
            spec = bool(options.get("spec"))
            raise ServeError(f"--spec: {exc}" if spec else str(exc), usage=spec) from None
        if options["drift"]:
            from .drift import with_drift

            app = with_drift(app)
        facts = start_up_facts(options["app_id"], host, sock.getsockname()[1])
        for line in describe(facts, as_json=bool(options["print_json"])):
            (echo or _print)(line)
        server = uvicorn.Server(server_config(app, log_level=options["log_level"]))
        server.run(sockets=[sock])
    finally:
        sock.close()


def _print(line: str) -> None:
    print(line, flush=True)  # a script reads the URLs while the server runs: never left in a buffer


def start_up_facts(app_id: str, host: str, port: int) -> dict[str, Any]:
    """What a client needs to reach the mock: its application, base URLs, spec URL, and process."""
    origin = f"http://{f'[{host}]' if ':' in host else host}:{port}"
    return {
        "app_id": app_id,
        "base_url": f"{origin}/v1",
        "chat_base_url": f"{origin}/v3",
        "spec_url": f"{origin}/openapi.json",
        "pid": os.getpid(),
    }


def describe(facts: Mapping[str, Any], *, as_json: bool) -> list[str]:
    """The lines printed at start-up: one JSON line for scripts, or a few lines for people."""
    if as_json:
        return [json.dumps(dict(facts))]
    return [
        f"Sendbird Calls mock of application {facts['app_id']!r}",
        f"  base_url:      {facts['base_url']}",
        f"  chat_base_url: {facts['chat_base_url']}  (secondary API tokens)",
        f"  spec:          {facts['spec_url']}",
    ]


__all__ = [
    "INSTALL_HINT",
    "LOG_LEVELS",
    "SETTINGS",
    "ServeError",
    "Setting",
    "check",
    "describe",
    "serve",
    "start_up_facts",
]
