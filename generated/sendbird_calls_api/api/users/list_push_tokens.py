from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error import Error
from ...models.push_token_list import PushTokenList
from ...models.push_token_type import PushTokenType
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    user_id: str,
    token_type: PushTokenType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{user_id}/push/{token_type}".format(
            user_id=quote(str(user_id), safe=""),
            token_type=quote(str(token_type), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PushTokenList | None:
    if response.status_code == 200:
        response_200 = PushTokenList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PushTokenList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    token_type: PushTokenType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PushTokenList]:
    """List a user's push tokens of one type

     Lists the user's VoIP push tokens of one type.

    Args:
        user_id (str):
        token_type (PushTokenType): VoIP push services of Calls: APNs VoIP, FCM VoIP, and Huawei
            push (`huawei_voip`, sent
            by the Android SDK since 1.11). Closed: it is a request-side path value, and a wrong one
            should fail before the request is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushTokenList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        token_type=token_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    token_type: PushTokenType,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PushTokenList | None:
    """List a user's push tokens of one type

     Lists the user's VoIP push tokens of one type.

    Args:
        user_id (str):
        token_type (PushTokenType): VoIP push services of Calls: APNs VoIP, FCM VoIP, and Huawei
            push (`huawei_voip`, sent
            by the Android SDK since 1.11). Closed: it is a request-side path value, and a wrong one
            should fail before the request is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushTokenList
    """

    return sync_detailed(
        user_id=user_id,
        token_type=token_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    token_type: PushTokenType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PushTokenList]:
    """List a user's push tokens of one type

     Lists the user's VoIP push tokens of one type.

    Args:
        user_id (str):
        token_type (PushTokenType): VoIP push services of Calls: APNs VoIP, FCM VoIP, and Huawei
            push (`huawei_voip`, sent
            by the Android SDK since 1.11). Closed: it is a request-side path value, and a wrong one
            should fail before the request is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushTokenList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        token_type=token_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    token_type: PushTokenType,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PushTokenList | None:
    """List a user's push tokens of one type

     Lists the user's VoIP push tokens of one type.

    Args:
        user_id (str):
        token_type (PushTokenType): VoIP push services of Calls: APNs VoIP, FCM VoIP, and Huawei
            push (`huawei_voip`, sent
            by the Android SDK since 1.11). Closed: it is a request-side path value, and a wrong one
            should fail before the request is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushTokenList
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            token_type=token_type,
            client=client,
        )
    ).parsed
