"""The peer row: the plain openapi-python-client output of the same spec, default templates.

Generated with the pinned generator into a temporary directory under another package name, so it
imports beside ours, and timed through its own ``AuthenticatedClient`` against the same fixed room,
as the per-request figures are: what it adds to the hand-written call, in bare GETs.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .figures_request import HAND_WRITTEN, bare_http, hand_written, steady
from .fixtures import BASE_URL, ROOM_ID, ROOM_URL, TOKEN, room_transport
from .harness import ADDED, Result, interleave_added

ROOT = Path(__file__).resolve().parents[1]
PEER = "peer_calls_api"


def _generate(out: Path) -> None:
    config = out.parent / "config.yaml"
    config.write_text(json.dumps({"package_name_override": PEER, "project_name_override": "peer-calls-api"}))
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [
            bin_dir / "openapi-python-client",
            "generate",
            "--path",
            ROOT / "openapi" / "calls-v1.yaml",
            "--config",
            config,
            "--meta",
            "none",
            "--output-path",
            out,
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
    )


def peer() -> Result:
    label = (
        "plain openapi-python-client output of the same spec (`get_room.sync`; no retries, rate limiter, "
        "deadline or typed errors)"
    )
    with tempfile.TemporaryDirectory(prefix="sendbird-calls-peer-") as tmp:
        try:
            _generate(Path(tmp) / PEER)
        except (subprocess.CalledProcessError, OSError) as exc:
            return Result(label, HAND_WRITTEN, kind=ADDED, skipped=f"the generator failed ({exc})")
        sys.path.insert(0, tmp)
        try:
            client_module: Any = importlib.import_module(f"{PEER}.client")
            get_room: Any = importlib.import_module(f"{PEER}.api.rooms.get_room")
        finally:
            sys.path.remove(tmp)
    transport = room_transport()
    client = client_module.AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, prefix="", auth_header_name="Api-Token", httpx_args={"transport": transport}
    )
    bare = bare_http(transport)
    if get_room.sync(ROOM_ID, client=client).room.room_id != hand_written(bare).room_id:
        raise RuntimeError("the peer and the hand-written call do not read the same room")
    return steady(
        lambda: interleave_added(
            label,
            lambda: get_room.sync(ROOM_ID, client=client),
            lambda: hand_written(bare),
            lambda: bare.get(ROOM_URL),
            baseline_label=HAND_WRITTEN,
            note="no retries, rate limit, deadline, size cap, masking or typed errors: the floor a generated client "
            "starts from (generated into a temporary directory with the pinned generator and its default templates)",
        )
    )
