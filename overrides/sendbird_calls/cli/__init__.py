"""``sendbird-calls``: every operation of the API from the shell, call-history export, and the mock.

    sendbird-calls operations
    sendbird-calls rooms create --type small_room_for_video --custom-items '{"topic": "standup"}'
    sendbird-calls users list-calls USER_ID --end-result no_answer,canceled --all
    sendbird-calls export direct-calls --output calls.csv [--resume]
    sendbird-calls mock --port 0 --print-json

Built on click from the operations table (``table`` adapts each ``Operation`` to click,
``operations`` makes the groups and commands), so there is no per-endpoint code. The root group
and ``register_command`` live in ``app``; ``export_cmd`` is a thin layer over
``sendbird_calls.export``; ``mock_cmd`` runs the mock's own runner.
"""

from __future__ import annotations

from .app import cli, main, register_command

__all__ = ["cli", "main", "register_command"]
