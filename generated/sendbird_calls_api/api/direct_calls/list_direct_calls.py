from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.direct_call_list import DirectCallList
from ...models.error import Error
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    end_result: str | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    call_ts: int | Unset = UNSET,
    duration_range_min: int | Unset = UNSET,
    duration_range_max: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["next"] = next_

    params["end_result"] = end_result

    params["start_ts"] = start_ts

    params["call_ts"] = call_ts

    params["duration_range_min"] = duration_range_min

    params["duration_range_max"] = duration_range_max

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/direct_calls",
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    end_result: str | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    call_ts: int | Unset = UNSET,
    duration_range_min: int | Unset = UNSET,
    duration_range_max: int | Unset = UNSET,
) -> Response[DirectCallList | Error]:
    """List direct calls

     Lists all direct calls of the application, newest first. Besides `end_result`, the
    time and duration filters are unconfirmed: third-party clients send them, Sendbird
    does not document them.

    Args:
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        end_result (str | Unset): Comma-separated list of end results; clients join a sequence
            with commas.
        start_ts (int | Unset):
        call_ts (int | Unset):
        duration_range_min (int | Unset):
        duration_range_max (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectCallList | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
        end_result=end_result,
        start_ts=start_ts,
        call_ts=call_ts,
        duration_range_min=duration_range_min,
        duration_range_max=duration_range_max,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    end_result: str | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    call_ts: int | Unset = UNSET,
    duration_range_min: int | Unset = UNSET,
    duration_range_max: int | Unset = UNSET,
) -> DirectCallList | Error | None:
    """List direct calls

     Lists all direct calls of the application, newest first. Besides `end_result`, the
    time and duration filters are unconfirmed: third-party clients send them, Sendbird
    does not document them.

    Args:
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        end_result (str | Unset): Comma-separated list of end results; clients join a sequence
            with commas.
        start_ts (int | Unset):
        call_ts (int | Unset):
        duration_range_min (int | Unset):
        duration_range_max (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectCallList | Error
    """

    return sync_detailed(
        client=client,
        limit=limit,
        next_=next_,
        end_result=end_result,
        start_ts=start_ts,
        call_ts=call_ts,
        duration_range_min=duration_range_min,
        duration_range_max=duration_range_max,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    end_result: str | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    call_ts: int | Unset = UNSET,
    duration_range_min: int | Unset = UNSET,
    duration_range_max: int | Unset = UNSET,
) -> Response[DirectCallList | Error]:
    """List direct calls

     Lists all direct calls of the application, newest first. Besides `end_result`, the
    time and duration filters are unconfirmed: third-party clients send them, Sendbird
    does not document them.

    Args:
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        end_result (str | Unset): Comma-separated list of end results; clients join a sequence
            with commas.
        start_ts (int | Unset):
        call_ts (int | Unset):
        duration_range_min (int | Unset):
        duration_range_max (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectCallList | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
        end_result=end_result,
        start_ts=start_ts,
        call_ts=call_ts,
        duration_range_min=duration_range_min,
        duration_range_max=duration_range_max,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    end_result: str | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    call_ts: int | Unset = UNSET,
    duration_range_min: int | Unset = UNSET,
    duration_range_max: int | Unset = UNSET,
) -> DirectCallList | Error | None:
    """List direct calls

     Lists all direct calls of the application, newest first. Besides `end_result`, the
    time and duration filters are unconfirmed: third-party clients send them, Sendbird
    does not document them.

    Args:
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        end_result (str | Unset): Comma-separated list of end results; clients join a sequence
            with commas.
        start_ts (int | Unset):
        call_ts (int | Unset):
        duration_range_min (int | Unset):
        duration_range_max (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectCallList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            next_=next_,
            end_result=end_result,
            start_ts=start_ts,
            call_ts=call_ts,
            duration_range_min=duration_range_min,
            duration_range_max=duration_range_max,
        )
    ).parsed
