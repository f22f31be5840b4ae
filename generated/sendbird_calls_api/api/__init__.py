"""Every tag of the API as a resource of the clients, and the whole operations table.

Rendered from the spec: one resource per tag, each module loaded on first use, so a client that
only calls ``rooms`` never loads the other tags' operations and models.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sendbird_calls.core.operation import Operation
    from sendbird_calls.core.requester import AsyncRequester, SyncRequester

    from .api_tokens import ApiTokens, AsyncApiTokens
    from .direct_calls import AsyncDirectCalls, DirectCalls
    from .rooms import AsyncRooms, Rooms
    from .users import AsyncUsers, Users
    from .webhooks import AsyncWebhooks, Webhooks

TAGS: tuple[str, ...] = (
    "api_tokens",
    "direct_calls",
    "rooms",
    "users",
    "webhooks",
)
"""Every tag, as the attribute name the clients give its resource."""


def operations() -> tuple[Operation[object], ...]:
    """Every operation of the spec, tag by tag in the spec's order (loads every tag's module)."""
    from . import api_tokens, direct_calls, rooms, users, webhooks

    return (
        *api_tokens.OPERATIONS,
        *direct_calls.OPERATIONS,
        *rooms.OPERATIONS,
        *users.OPERATIONS,
        *webhooks.OPERATIONS,
    )


class SyncApi:
    """The resources of a sync client, one per tag of the spec."""

    _requester: SyncRequester

    @cached_property
    def api_tokens(self) -> ApiTokens:
        """Secondary API tokens of the application (master token only; Chat Platform host). (``ApiTokens``)"""
        from .api_tokens import ApiTokens

        return ApiTokens(self._requester)

    @cached_property
    def direct_calls(self) -> DirectCalls:
        """One-to-one calls and their custom items. (``DirectCalls``)"""
        from .direct_calls import DirectCalls

        return DirectCalls(self._requester)

    @cached_property
    def rooms(self) -> Rooms:
        """Group-call rooms, their participants and custom items. (``Rooms``)"""
        from .rooms import Rooms

        return Rooms(self._requester)

    @cached_property
    def users(self) -> Users:
        """A user's calls, call summary and VoIP push tokens. (``Users``)"""
        from .users import Users

        return Users(self._requester)

    @cached_property
    def webhooks(self) -> Webhooks:
        """The application's Calls webhook settings. (``Webhooks``)"""
        from .webhooks import Webhooks

        return Webhooks(self._requester)


class AsyncApi:
    """The resources of an async client, one per tag of the spec."""

    _requester: AsyncRequester

    @cached_property
    def api_tokens(self) -> AsyncApiTokens:
        """Secondary API tokens of the application (master token only; Chat Platform host). (``AsyncApiTokens``)"""
        from .api_tokens import AsyncApiTokens

        return AsyncApiTokens(self._requester)

    @cached_property
    def direct_calls(self) -> AsyncDirectCalls:
        """One-to-one calls and their custom items. (``AsyncDirectCalls``)"""
        from .direct_calls import AsyncDirectCalls

        return AsyncDirectCalls(self._requester)

    @cached_property
    def rooms(self) -> AsyncRooms:
        """Group-call rooms, their participants and custom items. (``AsyncRooms``)"""
        from .rooms import AsyncRooms

        return AsyncRooms(self._requester)

    @cached_property
    def users(self) -> AsyncUsers:
        """A user's calls, call summary and VoIP push tokens. (``AsyncUsers``)"""
        from .users import AsyncUsers

        return AsyncUsers(self._requester)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """The application's Calls webhook settings. (``AsyncWebhooks``)"""
        from .webhooks import AsyncWebhooks

        return AsyncWebhooks(self._requester)
