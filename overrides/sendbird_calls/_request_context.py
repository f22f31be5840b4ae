"""What the client tells its transport about one request, carried in httpx request extensions."""

from dataclasses import dataclass
from typing import Final

EXTENSION_KEY: Final = "sendbird_calls"


@dataclass(frozen=True, slots=True)
class RequestContext:
    """Per-request facts the transport needs: the operation, a loggable path, and overrides."""

    operation: str
    """The spec's operationId, e.g. ``list_rooms``; also the rate-limit bucket with the method."""
    log_path: str
    """The request path with secret path parameters masked: the only path ever logged or raised."""
    max_retries: int | None = None
    """This call's retry budget; ``None`` means the client's default."""
    deadline: float | None = None
    """Seconds the whole call may take, retries and waits included; ``None`` means the client's."""
