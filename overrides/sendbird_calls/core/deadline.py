"""The current attempt's deadline: the sending loop sets it, the network backend obeys it."""

from __future__ import annotations

import contextvars
from typing import Final

CURRENT_DEADLINE: Final[contextvars.ContextVar[float | None]] = contextvars.ContextVar(
    "sendbird_calls_deadline", default=None
)
"""The ``time.monotonic()`` instant the current attempt must end by; None outside an attempt."""

DEADLINE_PASSED: Final = "the call's deadline passed"
