"""Shared helpers of the export file tests: a mock server that can hold a page, export processes, snapshots."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio.to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

from sendbird_calls.mock import CallsMockServer, create_app

TOKEN = "export-files-token-4242"
WAIT = 120.0
"""A generous bound for anything a test waits on (a loaded machine is slow, never this slow)."""


class Gate:
    """Holds the ``hold_at``-th request of ``list_direct_calls`` until ``release`` is set."""

    def __init__(self, hold_at: int | None = None) -> None:
        self.hold_at = hold_at
        self.count = 0
        self.reached = threading.Event()
        self.release = threading.Event()

    async def passing(self, scope: Scope) -> None:
        if scope["type"] != "http" or not scope["path"].endswith("/direct_calls"):
            return
        self.count += 1
        if self.count == self.hold_at:
            self.reached.set()
            await anyio.to_thread.run_sync(self.release.wait, WAIT)


class GateMiddleware:
    """ASGI middleware that asks the gate before each request goes on."""

    def __init__(self, app: ASGIApp, gate: Gate) -> None:
        self.app, self.gate = app, gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.gate.passing(scope)
        await self.app(scope, receive, send)


@contextmanager
def gated_server(gate: Gate, *, calls: int = 240, seed: int = 4) -> Iterator[CallsMockServer]:
    """A mock server on loopback whose ``list_direct_calls`` requests pass through ``gate``."""
    app = create_app(app_id="export-files", api_token=TOKEN, seed=seed, users=10, calls=calls, validate_responses=False)
    app.add_middleware(GateMiddleware, gate=gate)
    with CallsMockServer(app) as server:
        try:
            yield server
        finally:
            gate.release.set()


def environment(server: CallsMockServer) -> dict[str, str]:
    """The environment of a CLI process that talks to ``server``."""
    return os.environ | {
        "SENDBIRD_APP_ID": server.app_id,
        "SENDBIRD_API_TOKEN": server.api_token,
        "SENDBIRD_CALLS_BASE_URL": server.base_url,
    }


def cli_command(*argv: str) -> list[str]:
    """``python -m sendbird_calls.cli ARGV``."""
    return [sys.executable, "-m", "sendbird_calls.cli", *argv]


def start_export(server: CallsMockServer, output: Path, *options: str, **popen: Any) -> subprocess.Popen[str]:
    """``sendbird-calls export direct-calls -o OUTPUT --page-size 50 OPTIONS`` as its own process."""
    return subprocess.Popen(
        cli_command("export", "direct-calls", "-o", str(output), "--page-size", "50", *options),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(server),
        **popen,
    )


def run_export(server: CallsMockServer, output: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """The same, run to its end."""
    process = start_export(server, output, *options)
    stdout, stderr = process.communicate(timeout=WAIT)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def poll(condition: Callable[[], bool], what: str) -> None:
    """Wait until ``condition()`` holds; fail after ``WAIT`` seconds."""
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.002)


def snapshot(directory: Path) -> dict[str, tuple[int, int, int, bytes]]:
    """Every name of ``directory`` with its inode, mode, mtime and content (a symlink's target as content)."""
    found = {}
    for path in sorted(directory.iterdir()):
        info = path.lstat()
        content = os.readlink(path).encode() if path.is_symlink() else path.read_bytes()
        found[path.name] = (info.st_ino, info.st_mode, info.st_mtime_ns, content)
    return found


def call_ids(output: Path) -> list[str]:
    """The call IDs of a JSON Lines export, in file order."""
    import json

    return [json.loads(line)["call_id"] for line in output.read_text(encoding="utf-8").splitlines()]


__all__ = [
    "TOKEN",
    "WAIT",
    "Gate",
    "call_ids",
    "cli_command",
    "environment",
    "gated_server",
    "poll",
    "run_export",
    "snapshot",
    "start_export",
]
