from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.chat_error import ChatError
from ...models.error import Error
from ...models.generate_secondary_api_token_request import (
    GenerateSecondaryApiTokenRequest,
)
from ...models.secondary_api_token import SecondaryApiToken
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: GenerateSecondaryApiTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/applications/api_tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatError | Error | SecondaryApiToken | None:
    if response.status_code == 200:
        response_200 = SecondaryApiToken.from_dict(response.json())

        return response_200

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
) -> Response[ChatError | Error | SecondaryApiToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSecondaryApiTokenRequest,
) -> Response[ChatError | Error | SecondaryApiToken]:
    """Generate a secondary API token

     Generates a new secondary API token. An application holds at most 10 secondary tokens
    (11 with the master token): generating an 11th is 400 + 400100 until one is revoked.
    Served on the Chat Platform host; master API token only. The answer holds a secret:
    clients mask it in reprs and logs.

    Args:
        body (GenerateSecondaryApiTokenRequest): Generating a token takes no parameters; send an
            empty JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatError | Error | SecondaryApiToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSecondaryApiTokenRequest,
) -> ChatError | Error | SecondaryApiToken | None:
    """Generate a secondary API token

     Generates a new secondary API token. An application holds at most 10 secondary tokens
    (11 with the master token): generating an 11th is 400 + 400100 until one is revoked.
    Served on the Chat Platform host; master API token only. The answer holds a secret:
    clients mask it in reprs and logs.

    Args:
        body (GenerateSecondaryApiTokenRequest): Generating a token takes no parameters; send an
            empty JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatError | Error | SecondaryApiToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSecondaryApiTokenRequest,
) -> Response[ChatError | Error | SecondaryApiToken]:
    """Generate a secondary API token

     Generates a new secondary API token. An application holds at most 10 secondary tokens
    (11 with the master token): generating an 11th is 400 + 400100 until one is revoked.
    Served on the Chat Platform host; master API token only. The answer holds a secret:
    clients mask it in reprs and logs.

    Args:
        body (GenerateSecondaryApiTokenRequest): Generating a token takes no parameters; send an
            empty JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatError | Error | SecondaryApiToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSecondaryApiTokenRequest,
) -> ChatError | Error | SecondaryApiToken | None:
    """Generate a secondary API token

     Generates a new secondary API token. An application holds at most 10 secondary tokens
    (11 with the master token): generating an 11th is 400 + 400100 until one is revoked.
    Served on the Chat Platform host; master API token only. The answer holds a secret:
    clients mask it in reprs and logs.

    Args:
        body (GenerateSecondaryApiTokenRequest): Generating a token takes no parameters; send an
            empty JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatError | Error | SecondaryApiToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
