"""The handler of every operation, keyed by operationId (each module registers its tag's handlers)."""

from . import application, direct_calls, rooms, users
from .base import HANDLERS, ApiRequest, Handler, Registration

__all__ = ["HANDLERS", "ApiRequest", "Handler", "Registration", "application", "direct_calls", "rooms", "users"]
