from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error import Error
from ...models.push_token_result import PushTokenResult
from ...models.push_token_type import PushTokenType
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    user_id: str,
    token_type: PushTokenType,
    token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/users/{user_id}/push/{token_type}/{token}".format(
            user_id=quote(str(user_id), safe=""),
            token_type=quote(str(token_type), safe=""),
            token=quote(str(token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PushTokenResult | None:
    if response.status_code == 200:
        response_200 = PushTokenResult.from_dict(response.json())

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
) -> Response[Error | PushTokenResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    token_type: PushTokenType,
    token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PushTokenResult]:
    """Remove one push token

     Removes one push token from the user. Removing a token the user does not have is 400 +
    400200.

    Args:
        user_id (str):
        token_type (PushTokenType): VoIP push services of Calls: APNs VoIP, FCM VoIP, and Huawei
            push (`huawei_voip`, sent
            by the Android SDK since 1.11). Closed: it is a request-side path value, and a wrong one
            should fail before the request is sent.
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushTokenResult]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        token_type=token_type,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    token_type: PushTokenType,
    token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PushTokenResult | None:
    """Remove one push token

     Removes one push token from the user. Removing a token the user does not have is 400 +
    400200.

    Args:
        user_id (str):
        token_type (PushTokenType): VoIP push services of Calls: APNs VoIP, FCM VoIP, and Huawei
            push (`huawei_voip`, sent
            by the Android SDK since 1.11). Closed: it is a request-side path value, and a wrong one
            should fail before the request is sent.
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushTokenResult
    """

    return sync_detailed(
        user_id=user_id,
        token_type=token_type,
        token=token,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    token_type: PushTokenType,
    token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PushTokenResult]:
    """Remove one push token

     Removes one push token from the user. Removing a token the user does not have is 400 +
    400200.

    Args:
        user_id (str):
        token_type (PushTokenType): VoIP push services of Calls: APNs VoIP, FCM VoIP, and Huawei
            push (`huawei_voip`, sent
            by the Android SDK since 1.11). Closed: it is a request-side path value, and a wrong one
            should fail before the request is sent.
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushTokenResult]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        token_type=token_type,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    token_type: PushTokenType,
    token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PushTokenResult | None:
    """Remove one push token

     Removes one push token from the user. Removing a token the user does not have is 400 +
    400200.

    Args:
        user_id (str):
        token_type (PushTokenType): VoIP push services of Calls: APNs VoIP, FCM VoIP, and Huawei
            push (`huawei_voip`, sent
            by the Android SDK since 1.11). Closed: it is a request-side path value, and a wrong one
            should fail before the request is sent.
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushTokenResult
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            token_type=token_type,
            token=token,
            client=client,
        )
    ).parsed
