"""Operations tagged ``direct_calls``: one typed method per operation, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast

from ...models.custom_items_delete_result import CustomItemsDeleteResult
from ...models.custom_items_update_result import CustomItemsUpdateResult
from ...models.delete_custom_items_request import DeleteCustomItemsRequest
from ...models.direct_call import DirectCall
from ...models.direct_call_envelope import DirectCallEnvelope
from ...models.direct_call_list import DirectCallList
from ...models.update_custom_items_request import UpdateCustomItemsRequest
from ...types import UNSET, Unset
from .. import (
    AsyncRequester,
    OperationInfo,
    RawResponse,
    RequestOptions,
    SyncRequester,
    aiterate_items,
    iterate_items,
    parse_nothing,
    parse_or_none,
)
from . import delete_direct_call_custom_items as _delete_direct_call_custom_items
from . import get_direct_call as _get_direct_call
from . import list_direct_calls as _list_direct_calls
from . import update_direct_call_custom_items as _update_direct_call_custom_items

_LIST_DIRECT_CALLS = OperationInfo(
    name="list_direct_calls",
    method="GET",
    path="/direct_calls",
    host="calls",
    path_params=(),
    wire_names={
        "next_": "next",
    },
    client_filled=(),
    enum_params={},
    list_params=("end_result",),
    body_type=None,
    body_required=False,
    empty_success=False,
)
_GET_DIRECT_CALL = OperationInfo(
    name="get_direct_call",
    method="GET",
    path="/direct_calls/{call_id}",
    host="calls",
    path_params=("call_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
)
_UPDATE_DIRECT_CALL_CUSTOM_ITEMS = OperationInfo(
    name="update_direct_call_custom_items",
    method="PUT",
    path="/direct_calls/{call_id}/custom_items",
    host="calls",
    path_params=("call_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=UpdateCustomItemsRequest,
    body_required=True,
    empty_success=False,
)
_DELETE_DIRECT_CALL_CUSTOM_ITEMS = OperationInfo(
    name="delete_direct_call_custom_items",
    method="DELETE",
    path="/direct_calls/{call_id}/custom_items",
    host="calls",
    path_params=("call_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=DeleteCustomItemsRequest,
    body_required=False,
    empty_success=False,
)


class DirectCallsApi:
    """Synchronous ``direct_calls`` operations."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = DirectCallsApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    def list_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DirectCallList:
        """List direct calls.

        Lists all direct calls of the application, newest first. Besides `end_result`, the time and
        duration filters are unconfirmed: third-party clients send them, Sendbird does not document
        them.
        """
        return self._requester.call(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        ).parsed

    def iter_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[DirectCall]:
        """Iterates every item of ``list_direct_calls``, fetching pages lazily (at most ``max_items``)."""
        return iterate_items(
            self._requester.paginate(
                _LIST_DIRECT_CALLS,
                _list_direct_calls._get_kwargs,
                {
                    "limit": limit,
                    "end_result": end_result,
                    "start_ts": start_ts,
                    "call_ts": call_ts,
                    "duration_range_min": duration_range_min,
                    "duration_range_max": duration_range_max,
                },
                DirectCallList.from_dict,
                request_options,
            ),
            lambda page: page.calls,
            max_items,
        )

    def iter_direct_calls_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[DirectCallList]:
        """Iterates the pages of ``list_direct_calls``, following ``next`` until the last page."""
        return self._requester.paginate(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        )

    def get_direct_call(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DirectCallEnvelope:
        """Get a direct call.

        Gets one direct call. An unknown call is 400 + 400200.
        """
        return self._requester.call(
            _GET_DIRECT_CALL,
            _get_direct_call._get_kwargs,
            {
                "call_id": call_id,
            },
            DirectCallEnvelope.from_dict,
            request_options,
        ).parsed

    def update_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a direct call's custom items.

        Upserts custom items of a direct call and answers the whole set after the update. At most 10
        items; keys 1..128 characters without a comma; values strings up to 128 characters.
        """
        return self._requester.call(
            _UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
            _update_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsUpdateResult.from_dict,
            request_options,
        ).parsed

    def delete_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult:
        """Delete a direct call's custom items.

        Deletes the given keys of a direct call's custom items; with no body, or an empty `keys`,
        deletes them all.
        """
        return self._requester.call(
            _DELETE_DIRECT_CALL_CUSTOM_ITEMS,
            _delete_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsDeleteResult.from_dict,
            request_options,
        ).parsed


class DirectCallsApiWithRawResponse:
    """Synchronous ``direct_calls`` operations answering ``RawResponse``."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallList]:
        """List direct calls, with the HTTP status and headers."""
        return self._requester.call(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        )

    def get_direct_call(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallEnvelope]:
        """Get a direct call, with the HTTP status and headers."""
        return self._requester.call(
            _GET_DIRECT_CALL,
            _get_direct_call._get_kwargs,
            {
                "call_id": call_id,
            },
            DirectCallEnvelope.from_dict,
            request_options,
        )

    def update_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsUpdateResult]:
        """Update a direct call's custom items, with the HTTP status and headers."""
        return self._requester.call(
            _UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
            _update_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsUpdateResult.from_dict,
            request_options,
        )

    def delete_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsDeleteResult]:
        """Delete a direct call's custom items, with the HTTP status and headers."""
        return self._requester.call(
            _DELETE_DIRECT_CALL_CUSTOM_ITEMS,
            _delete_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsDeleteResult.from_dict,
            request_options,
        )


class AsyncDirectCallsApi:
    """Asynchronous ``direct_calls`` operations."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = AsyncDirectCallsApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    async def list_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DirectCallList:
        """List direct calls.

        Lists all direct calls of the application, newest first. Besides `end_result`, the time and
        duration filters are unconfirmed: third-party clients send them, Sendbird does not document
        them.
        """
        return (
            await self._requester.call(
                _LIST_DIRECT_CALLS,
                _list_direct_calls._get_kwargs,
                {
                    "limit": limit,
                    "next_": next_,
                    "end_result": end_result,
                    "start_ts": start_ts,
                    "call_ts": call_ts,
                    "duration_range_min": duration_range_min,
                    "duration_range_max": duration_range_max,
                },
                DirectCallList.from_dict,
                request_options,
            )
        ).parsed

    def iter_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[DirectCall]:
        """Iterates every item of ``list_direct_calls``, fetching pages lazily (at most ``max_items``)."""
        return aiterate_items(
            self._requester.paginate(
                _LIST_DIRECT_CALLS,
                _list_direct_calls._get_kwargs,
                {
                    "limit": limit,
                    "end_result": end_result,
                    "start_ts": start_ts,
                    "call_ts": call_ts,
                    "duration_range_min": duration_range_min,
                    "duration_range_max": duration_range_max,
                },
                DirectCallList.from_dict,
                request_options,
            ),
            lambda page: page.calls,
            max_items,
        )

    def iter_direct_calls_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[DirectCallList]:
        """Iterates the pages of ``list_direct_calls``, following ``next`` until the last page."""
        return self._requester.paginate(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        )

    async def get_direct_call(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DirectCallEnvelope:
        """Get a direct call.

        Gets one direct call. An unknown call is 400 + 400200.
        """
        return (
            await self._requester.call(
                _GET_DIRECT_CALL,
                _get_direct_call._get_kwargs,
                {
                    "call_id": call_id,
                },
                DirectCallEnvelope.from_dict,
                request_options,
            )
        ).parsed

    async def update_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a direct call's custom items.

        Upserts custom items of a direct call and answers the whole set after the update. At most 10
        items; keys 1..128 characters without a comma; values strings up to 128 characters.
        """
        return (
            await self._requester.call(
                _UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
                _update_direct_call_custom_items._get_kwargs,
                {
                    "call_id": call_id,
                    "body": body,
                },
                CustomItemsUpdateResult.from_dict,
                request_options,
            )
        ).parsed

    async def delete_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult:
        """Delete a direct call's custom items.

        Deletes the given keys of a direct call's custom items; with no body, or an empty `keys`,
        deletes them all.
        """
        return (
            await self._requester.call(
                _DELETE_DIRECT_CALL_CUSTOM_ITEMS,
                _delete_direct_call_custom_items._get_kwargs,
                {
                    "call_id": call_id,
                    "body": body,
                },
                CustomItemsDeleteResult.from_dict,
                request_options,
            )
        ).parsed


class AsyncDirectCallsApiWithRawResponse:
    """Asynchronous ``direct_calls`` operations answering ``RawResponse``."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallList]:
        """List direct calls, with the HTTP status and headers."""
        return await self._requester.call(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        )

    async def get_direct_call(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallEnvelope]:
        """Get a direct call, with the HTTP status and headers."""
        return await self._requester.call(
            _GET_DIRECT_CALL,
            _get_direct_call._get_kwargs,
            {
                "call_id": call_id,
            },
            DirectCallEnvelope.from_dict,
            request_options,
        )

    async def update_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsUpdateResult]:
        """Update a direct call's custom items, with the HTTP status and headers."""
        return await self._requester.call(
            _UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
            _update_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsUpdateResult.from_dict,
            request_options,
        )

    async def delete_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsDeleteResult]:
        """Delete a direct call's custom items, with the HTTP status and headers."""
        return await self._requester.call(
            _DELETE_DIRECT_CALL_CUSTOM_ITEMS,
            _delete_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsDeleteResult.from_dict,
            request_options,
        )
