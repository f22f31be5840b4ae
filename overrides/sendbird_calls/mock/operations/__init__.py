"""The handler of every operation the mock keeps state for, keyed by operationId (each module registers its tag's).

Operations without a handler are answered from the spec (``mock.auto``).
"""

from . import application, direct_calls, rooms, users
from .base import HANDLERS, ApiRequest, Handler, Registration, Reply, stale_handlers

__all__ = [
    "HANDLERS",
    "ApiRequest",
    "Handler",
    "Registration",
    "Reply",
    "application",
    "direct_calls",
    "rooms",
    "stale_handlers",
    "users",
]
