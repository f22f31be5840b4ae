"""Every bound the mock keeps, in one place: what a request may weigh, how long the HTTP server
waits for one, how many connections it holds, and how much state requests can make it store.

A mock runs for hours under fuzzers and load tests: nothing a client sends may make it grow
without end or hold a socket forever. docs/guides/mock.md ("Limits") lists these values.
"""

from __future__ import annotations

from typing import Final

# --- requests ---------------------------------------------------------------------------

MAX_URL_BYTES: Final = 16 * 1024
"""The longest path + query string the mock takes; longer is 414."""
MAX_HEADER_BYTES: Final = 32 * 1024
"""The most bytes of header names and values the mock takes; more is 431."""
MAX_HEAD_BYTES: Final = MAX_URL_BYTES + MAX_HEADER_BYTES + 16 * 1024
"""What the HTTP server buffers of one request line and headers (the URL and header caps plus
room for the framing): the app answers 414/431 below it, the server itself above it."""

# --- the HTTP server (mock.http_guard) ----------------------------------------------------

REQUEST_TIMEOUT: Final = 5.0
"""Seconds a connection has, from opening or from its previous answer, to send a whole request
(line, headers and body); past that it is answered 408 (if it sent part of one) and closed."""
MAX_CONNECTIONS: Final = 128
"""Connections the server holds at once. Past it, the connection that has waited longest for its
request is closed to make room; when every one is busy with a request, the newcomer gets 503."""
FD_RESERVE: Final = 32
"""File descriptors left for the rest of the process. Of the others, the connection cap takes at
most half (``(RLIMIT_NOFILE - FD_RESERVE) // 2``) and the accept backlog an eighth, so the
server never runs out even while a flood of new connections is being sorted out."""
LINGER_SECONDS: Final = 2.0
"""After an error answer to a request that is still arriving (414, 431, 408), how long the
server reads and drops the rest before closing, so the client reads the answer, not a reset."""
LINGER_BYTES: Final = 1024 * 1024
"""How many bytes it drops at most while lingering."""

# --- stored state -----------------------------------------------------------------------

MAX_ROOMS: Final = 10_000
"""Rooms kept (about 0.7 KB each). Past it, creating a room forgets the room deleted longest
ago, or the oldest room when none is deleted; a forgotten room answers 400 + 1400126."""
MAX_CHANGED_CALLS: Final = 10_000
"""Direct calls whose custom items were changed and are kept. Past it, the call changed longest
ago (ended calls before ongoing ones) goes back to its seeded items."""
MAX_PUSH_TOKENS: Final = 20
"""Push tokens kept per user and type; adding one more drops that user's oldest of the type."""
MAX_PUSH_TOKEN_BYTES: Final = 4 * 1024 * 1024
"""Bytes of push tokens kept in all; past it, the oldest tokens of any user are dropped."""
MAX_REVOKED_TOKENS: Final = 100
"""Revoked secondary API tokens remembered (to mask them in logs)."""
MAX_DELIVERIES: Final = 1_000
"""Webhook deliveries recorded in ``mock.webhooks.deliveries`` (the latest)."""
MAX_QUEUED_DELIVERIES: Final = 1_000
"""Events waiting to be delivered; past it, an event is recorded as dropped, not queued."""
