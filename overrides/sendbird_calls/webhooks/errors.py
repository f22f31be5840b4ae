"""What the webhook helpers raise about a request's body (the signature's own error is in ``signature``)."""

from ..errors import SendbirdCallsError


class WebhookPayloadError(SendbirdCallsError, ValueError):
    """A signed webhook body that is not a JSON object, or a known event that does not fit its schema."""


class WebhookBodyTooLargeError(WebhookPayloadError):
    """A webhook body over the size limit, refused before it is hashed or parsed.

    A subclass of ``WebhookPayloadError``, so a handler that answers that one 400 stays safe; catch
    this one first to answer 413. Sendbird's events are a few kilobytes.
    """

    size: int
    """The body's size in bytes (or as much as was read, when the reader stopped past the limit)."""
    limit: int
    """The limit it went over (``max_body_bytes``)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the webhook body is over the limit of {limit} bytes (max_body_bytes)")
        self.size = size
        self.limit = limit

    def __reduce__(self) -> tuple[type["WebhookBodyTooLargeError"], tuple[int, int]]:
        """Pickle with the sizes (the default would call ``__init__`` with the message only)."""
        return type(self), (self.size, self.limit)
