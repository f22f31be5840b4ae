"""Adds the ``Api-Token`` header at the last moment, on a copy of the request.

The token is put on the copy handed to the network transport only; the request object that
httpx keeps on the response (``response.request``) never holds it, so nothing a caller can reach
(responses, errors, reprs, logs of request headers) carries the token. A URL holding a secret
path segment (a token to revoke) is handled alike: httpx sees and logs the masked URL, and the
real one, carried as a Secret in ``SECRET_URL_EXTENSION``, goes on the copy only.
"""

from typing import Final

import httpx

from ._secret import Secret
from .errors import ClientClosedError

API_TOKEN_HEADER = "Api-Token"
SECRET_URL_EXTENSION: Final = "sendbird_calls.secret_url"


def _with_token(request: httpx.Request, token: Secret) -> httpx.Request:
    """A copy of ``request`` with the Api-Token header (and its real URL); stream and extensions are shared."""
    secret_url = request.extensions.get(SECRET_URL_EXTENSION)
    copy = httpx.Request(
        request.method,
        httpx.URL(secret_url.reveal()) if isinstance(secret_url, Secret) else request.url,
        headers=request.headers,  # httpx copies the header list: the caller's request stays without the token
        stream=request.stream,
        extensions=request.extensions,
    )
    copy.headers[API_TOKEN_HEADER] = token.reveal()
    return copy


class ApiTokenTransport(httpx.BaseTransport):
    """Sends each request through ``inner`` with the Api-Token header added."""

    def __init__(self, inner: httpx.BaseTransport, token: Secret) -> None:
        self._inner = inner
        self._token = token

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return self._inner.handle_request(_with_token(request, self._token))
        except httpx.RequestError as exc:
            exc.request = request  # the caller's request: the copy with the token must not escape
            raise

    def close(self) -> None:
        self._inner.close()

    def __repr__(self) -> str:
        return f"ApiTokenTransport(inner={self._inner!r}, token={self._token!r})"


class AsyncApiTokenTransport(httpx.AsyncBaseTransport):
    """Async twin of ApiTokenTransport."""

    def __init__(self, inner: httpx.AsyncBaseTransport, token: Secret) -> None:
        self._inner = inner
        self._token = token

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(_with_token(request, self._token))
        except httpx.RequestError as exc:
            exc.request = request  # the caller's request: the copy with the token must not escape
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncApiTokenTransport(inner={self._inner!r}, token={self._token!r})"


class ClientForwardingTransport(httpx.BaseTransport):
    """Sends through a caller-supplied ``httpx.Client`` (its proxies, TLS, hooks), which the caller owns.

    Never follows a redirect, whatever the client's ``follow_redirects``: httpx would resend the
    Api-Token header to the new host. The body is streamed, so the size cap and deadline apply.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._client.is_closed:
            raise ClientClosedError("the http_client passed to this client is closed")
        return self._client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        """The caller's client stays open: whoever created it closes it."""


class AsyncClientForwardingTransport(httpx.AsyncBaseTransport):
    """Async twin of ClientForwardingTransport."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._client.is_closed:
            raise ClientClosedError("the http_client passed to this client is closed")
        return await self._client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        """The caller's client stays open: whoever created it closes it."""
