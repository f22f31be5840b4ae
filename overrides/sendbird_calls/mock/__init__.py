"""An in-memory mock of the Sendbird Calls Platform API v1, built from the spec, for tests and demos.

``create_app()`` returns the ASGI app; ``python -m sendbird_calls.mock`` serves it with uvicorn;
the pytest plugin gives the ``calls_mock`` and ``calls_mock_server`` fixtures. Operations without a
handler are answered from the spec; ``MockSpecError`` says why a spec cannot be served. Needs the ``mock``
extra (starlette, uvicorn, jsonschema, jsonschema-rs, pyyaml); names are imported on first use, so importing
this package stays cheap and works without the extra.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import MockControl, create_app
    from .faults import Fault, Faults
    from .harness import CallsMock, CallsMockServer
    from .request_log import RecordedRequest, RequestLog
    from .spec import MockSpecError
    from .state import MockState
    from .transport import AsyncASGITransport, SyncASGITransport
    from .webhook_delivery import Delivery, WebhookDispatcher

_EXPORTS = {
    "create_app": ".app",
    "MockControl": ".app",
    "Fault": ".faults",
    "Faults": ".faults",
    "CallsMock": ".harness",
    "CallsMockServer": ".harness",
    "MockSpecError": ".spec",
    "RecordedRequest": ".request_log",
    "RequestLog": ".request_log",
    "MockState": ".state",
    "AsyncASGITransport": ".transport",
    "SyncASGITransport": ".transport",
    "Delivery": ".webhook_delivery",
    "WebhookDispatcher": ".webhook_delivery",
}

__all__ = [
    "AsyncASGITransport",
    "CallsMock",
    "CallsMockServer",
    "Delivery",
    "Fault",
    "Faults",
    "MockControl",
    "MockSpecError",
    "MockState",
    "RecordedRequest",
    "RequestLog",
    "SyncASGITransport",
    "WebhookDispatcher",
    "create_app",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)
