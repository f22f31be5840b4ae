"""The peer row: the plain openapi-python-client output of the same spec, default templates.

Generated with the pinned generator into a temporary directory under another package name, so it
imports beside ours, and timed through its own ``AuthenticatedClient`` against the same fixed room.
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

import httpx

from sendbird_calls_api.models import RoomEnvelope

from .figures_client import get_room_bare
from .fixtures import BASE_URL, ROOM_ID, TOKEN, room_transport
from .harness import Result, interleave

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
    label = "peer: plain openapi-python-client, `get_room.sync` via `AuthenticatedClient`"
    baseline_label = "httpx.Client + json.loads + from_dict"
    with tempfile.TemporaryDirectory(prefix="sendbird-calls-peer-") as tmp:
        try:
            _generate(Path(tmp) / PEER)
        except (subprocess.CalledProcessError, OSError) as exc:
            return Result(label, baseline_label, skipped=f"the generator failed ({exc})")
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
    bare = httpx.Client(transport=transport, base_url=BASE_URL, headers={"Api-Token": TOKEN})
    assert get_room.sync(ROOM_ID, client=client).room.room_id == get_room_bare(bare).room.room_id
    assert isinstance(get_room_bare(bare), RoomEnvelope)
    return interleave(
        label,
        lambda: get_room.sync(ROOM_ID, client=client),
        lambda: get_room_bare(bare),
        baseline_label=baseline_label,
        note="no retries, rate limit, masking or typed errors: the floor a generated client starts from",
    )
