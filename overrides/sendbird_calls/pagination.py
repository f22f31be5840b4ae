"""The guard that makes every pagination end, and its error.

A page ends the list when its ``next`` is empty, null or absent. Iteration always ends: a token
the server already gave once, MAX_EMPTY_PAGES pages in a row without items but with a fresh
``next``, or more than MAX_PAGES pages raise PaginationError, saying which, instead of fetching
forever. The pages themselves are ``core.pages``.
"""

import hashlib

from ._constants import MAX_EMPTY_PAGES, MAX_PAGES
from .errors import SendbirdCallsError


class PaginationError(SendbirdCallsError):
    """Following ``next`` would not end: a repeated token, too many empty pages, or too many pages."""


def _fingerprint(token: str) -> int:
    """A 64-bit BLAKE2b digest of a token: what the guard keeps instead of the token itself.

    A token is opaque and may be long; its fingerprint costs the same few bytes whatever its
    length. Two different tokens share one with probability 2**-64 per pair (about 3e-10 over
    MAX_PAGES pages), and a collision could only stop an iteration early with a PaginationError,
    never loop or skip silently.
    """
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class TokenGuard:
    """Refuses a repeated token, a run of empty pages and a runaway page count, naming which.

    Memory per page is one 64-bit fingerprint of its token, not the token: bounded however long
    the server's tokens are, and at most MAX_PAGES of them.
    """

    def __init__(self, operation: str, max_pages: int = MAX_PAGES, max_empty_pages: int = MAX_EMPTY_PAGES) -> None:
        self._operation = operation
        self._seen: set[int] = set()
        self._pages = 1
        self._empty_run = 0
        self._max_pages = max_pages
        self._max_empty_pages = max_empty_pages

    def follow(self, empty: bool, token: str) -> str:
        """``token`` when following it is safe, else a PaginationError saying why; ``empty``: the page had no items."""
        pages = self._pages
        fingerprint = _fingerprint(token)
        if fingerprint in self._seen:
            raise PaginationError(
                f"{self._operation}: the server repeated the next token of an earlier page after "
                f"{pages} page(s); stopping instead of looping forever"
            )
        self._empty_run = self._empty_run + 1 if empty else 0
        if self._empty_run >= self._max_empty_pages:
            raise PaginationError(
                f"{self._operation}: {self._empty_run} pages in a row had no items but a new next token; "
                "stopping instead of fetching empty pages forever"
            )
        if pages >= self._max_pages:
            raise PaginationError(
                f"{self._operation}: stopped after {pages} pages (the client's limit); narrow the query "
                "or iterate the pages in parts"
            )
        self._seen.add(fingerprint)
        self._pages += 1
        return token
