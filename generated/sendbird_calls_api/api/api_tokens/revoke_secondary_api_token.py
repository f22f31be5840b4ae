from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.chat_error import ChatError
from ...models.error import Error
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    api_token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/applications/api_tokens/{api_token}".format(
            api_token=quote(str(api_token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChatError | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ChatError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ChatError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ChatError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ChatError | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ChatError | Error]:
    """Revoke a secondary API token

     Revokes a secondary API token: it stops authenticating at once. Answers an empty body
    (the client returns None). Served on the Chat Platform host; master API token only.
    The master token cannot be revoked (400 + 400100); an unknown token is 400 + 400200.

    Args:
        api_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChatError | Error]
    """

    kwargs = _get_kwargs(
        api_token=api_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ChatError | Error | None:
    """Revoke a secondary API token

     Revokes a secondary API token: it stops authenticating at once. Answers an empty body
    (the client returns None). Served on the Chat Platform host; master API token only.
    The master token cannot be revoked (400 + 400100); an unknown token is 400 + 400200.

    Args:
        api_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChatError | Error
    """

    return sync_detailed(
        api_token=api_token,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ChatError | Error]:
    """Revoke a secondary API token

     Revokes a secondary API token: it stops authenticating at once. Answers an empty body
    (the client returns None). Served on the Chat Platform host; master API token only.
    The master token cannot be revoked (400 + 400100); an unknown token is 400 + 400200.

    Args:
        api_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChatError | Error]
    """

    kwargs = _get_kwargs(
        api_token=api_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ChatError | Error | None:
    """Revoke a secondary API token

     Revokes a secondary API token: it stops authenticating at once. Answers an empty body
    (the client returns None). Served on the Chat Platform host; master API token only.
    The master token cannot be revoked (400 + 400100); an unknown token is 400 + 400200.

    Args:
        api_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChatError | Error
    """

    return (
        await asyncio_detailed(
            api_token=api_token,
            client=client,
        )
    ).parsed
