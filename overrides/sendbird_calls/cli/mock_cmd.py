"""``sendbird-calls mock`` and ``python -m sendbird_calls.mock``: serve the mock, with one-line errors."""

from __future__ import annotations

import errno
import json
import os
import re

import click

from ..mock.state import DEFAULT_CALLS, DEFAULT_USERS
from .errors import CliError, usage_error
from .operations import SafeCommand
from .params import Choice, Integer

INSTALL_HINT = 'pip install "sendbird-calls[mock]"'
_APP_ID = re.compile(r"[A-Za-z0-9-]{1,63}")
_LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


@click.command("mock", cls=SafeCommand)
@click.option("--host", default="127.0.0.1", show_default=True, help="The interface to listen on.")
@click.option("--port", type=Integer(0, 65535), default=8080, show_default=True, help="The port; 0 picks a free one.")
@click.option("--app-id", default="mock-app", show_default=True, help="The mock application's ID.")
@click.option(
    "--api-token",
    default="mock-token",
    show_default=True,
    help="The mock's master API token (a made-up value clients must send; not a real token).",
)
@click.option("--seed", type=Integer(), default=0, show_default=True, help="Seed of the synthetic data.")
@click.option("--users", type=Integer(0), default=DEFAULT_USERS, show_default=True, help="Seeded users.")
@click.option("--calls", type=Integer(0), default=DEFAULT_CALLS, show_default=True, help="Seeded direct calls.")
@click.option("--no-validate-responses", is_flag=True, help="Skip checking answers against the spec (faster).")
@click.option("--drift", is_flag=True, help="Answer with drift from the spec (mock.drift), to try verify-spec.")
@click.option("--log-level", type=Choice(_LOG_LEVELS), default="warning", show_default=True, help="uvicorn's.")
@click.option(
    "--print-json",
    is_flag=True,
    help="Print the start-up facts as one JSON line (app_id, base_url, chat_base_url, spec_url, pid) for scripts.",
)
def mock_command(
    *,
    host: str,
    port: int,
    app_id: str,
    api_token: str,
    seed: int,
    users: int,
    calls: int,
    no_validate_responses: bool,
    drift: bool,
    log_level: str,
    print_json: bool,
) -> None:
    """Serve a stateful mock of the Sendbird Calls Platform API v1 until interrupted (needs the mock extra)."""
    if not _APP_ID.fullmatch(app_id):
        raise usage_error("--app-id must be letters, digits and hyphens (it is a hostname label)")
    if not api_token.strip():
        raise usage_error("--api-token must not be empty")
    try:
        import uvicorn

        from ..mock.app import create_app
        from ..mock.harness import bind_socket
        from ..mock.http_guard import server_config
    except ImportError:
        raise CliError(f"the mock server needs the mock extra: {INSTALL_HINT}") from None
    try:
        sock = bind_socket(host, port)
    except OSError as exc:
        reason = "the port is already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or "failed")
        raise CliError(f"cannot listen on {host}:{port}: {reason} (--port 0 picks a free port)") from None
    try:
        app = create_app(
            app_id=app_id,
            api_token=api_token,
            seed=seed,
            users=users,
            calls=calls,
            validate_responses=not no_validate_responses,
        )
        if drift:
            from ..mock.drift import with_drift

            app = with_drift(app)
        bound = sock.getsockname()[1]
        origin = f"http://{f'[{host}]' if ':' in host else host}:{bound}"
        facts = {
            "app_id": app_id,
            "base_url": f"{origin}/v1",
            "chat_base_url": f"{origin}/v3",
            "spec_url": f"{origin}/openapi.json",
            "pid": os.getpid(),
        }
        if print_json:
            click.echo(json.dumps(facts))
        else:
            click.echo(f"Sendbird Calls mock of application {app_id!r}")
            click.echo(f"  base_url:      {facts['base_url']}")
            click.echo(f"  chat_base_url: {facts['chat_base_url']}  (secondary API tokens)")
            click.echo(f"  spec:          {facts['spec_url']}")
        server = uvicorn.Server(server_config(app, log_level=log_level))
        server.run(sockets=[sock])
    finally:
        sock.close()


__all__ = ["INSTALL_HINT", "mock_command"]
