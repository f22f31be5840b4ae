from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.call_type_filter import CallTypeFilter
from ...models.direct_call_list import DirectCallList
from ...models.error import Error
from ...models.user_role import UserRole
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    user_id: str,
    *,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    type_: CallTypeFilter | Unset = UNSET,
    role: UserRole | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    end_result: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["next"] = next_

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role.value

    params["role"] = json_role

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params["end_result"] = end_result

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{user_id}/calls".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DirectCallList | Error | None:
    if response.status_code == 200:
        response_200 = DirectCallList.from_dict(response.json())

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
) -> Response[DirectCallList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    type_: CallTypeFilter | Unset = UNSET,
    role: UserRole | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    end_result: str | Unset = UNSET,
) -> Response[DirectCallList | Error]:
    """List a user's calls

     Lists the direct calls a user took part in, newest first, within a window of at most 90
    days on the calls' `started_at` (by default the last 90 days). Each call carries
    `user_role`, the user's role in it.

    Args:
        user_id (str):
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        type_ (CallTypeFilter | Unset): Call types one can filter on; Sendbird accepts only
            `direct` today.
        role (UserRole | Unset): A user's role in a direct call.
        start_ts (int | Unset):
        end_ts (int | Unset):
        end_result (str | Unset): Comma-separated list of end results; clients join a sequence
            with commas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectCallList | Error]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        limit=limit,
        next_=next_,
        type_=type_,
        role=role,
        start_ts=start_ts,
        end_ts=end_ts,
        end_result=end_result,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    type_: CallTypeFilter | Unset = UNSET,
    role: UserRole | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    end_result: str | Unset = UNSET,
) -> DirectCallList | Error | None:
    """List a user's calls

     Lists the direct calls a user took part in, newest first, within a window of at most 90
    days on the calls' `started_at` (by default the last 90 days). Each call carries
    `user_role`, the user's role in it.

    Args:
        user_id (str):
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        type_ (CallTypeFilter | Unset): Call types one can filter on; Sendbird accepts only
            `direct` today.
        role (UserRole | Unset): A user's role in a direct call.
        start_ts (int | Unset):
        end_ts (int | Unset):
        end_result (str | Unset): Comma-separated list of end results; clients join a sequence
            with commas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectCallList | Error
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        limit=limit,
        next_=next_,
        type_=type_,
        role=role,
        start_ts=start_ts,
        end_ts=end_ts,
        end_result=end_result,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    type_: CallTypeFilter | Unset = UNSET,
    role: UserRole | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    end_result: str | Unset = UNSET,
) -> Response[DirectCallList | Error]:
    """List a user's calls

     Lists the direct calls a user took part in, newest first, within a window of at most 90
    days on the calls' `started_at` (by default the last 90 days). Each call carries
    `user_role`, the user's role in it.

    Args:
        user_id (str):
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        type_ (CallTypeFilter | Unset): Call types one can filter on; Sendbird accepts only
            `direct` today.
        role (UserRole | Unset): A user's role in a direct call.
        start_ts (int | Unset):
        end_ts (int | Unset):
        end_result (str | Unset): Comma-separated list of end results; clients join a sequence
            with commas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectCallList | Error]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        limit=limit,
        next_=next_,
        type_=type_,
        role=role,
        start_ts=start_ts,
        end_ts=end_ts,
        end_result=end_result,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    type_: CallTypeFilter | Unset = UNSET,
    role: UserRole | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    end_result: str | Unset = UNSET,
) -> DirectCallList | Error | None:
    """List a user's calls

     Lists the direct calls a user took part in, newest first, within a window of at most 90
    days on the calls' `started_at` (by default the last 90 days). Each call carries
    `user_role`, the user's role in it.

    Args:
        user_id (str):
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        type_ (CallTypeFilter | Unset): Call types one can filter on; Sendbird accepts only
            `direct` today.
        role (UserRole | Unset): A user's role in a direct call.
        start_ts (int | Unset):
        end_ts (int | Unset):
        end_result (str | Unset): Comma-separated list of end results; clients join a sequence
            with commas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectCallList | Error
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            limit=limit,
            next_=next_,
            type_=type_,
            role=role,
            start_ts=start_ts,
            end_ts=end_ts,
            end_result=end_result,
        )
    ).parsed
