"""A client library for accessing Sendbird Calls Platform API"""

# sendbird-calls: upstream's package init, except that the generated clients load on first use:
# sendbird_calls never uses them, and importing the operations must not pay for them.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AuthenticatedClient",
    "Client",
)
