"""Typed operations of the API, grouped by tag, and the interface that sends them.

Rendered from ``overrides/templates/api_init.py.jinja``. Each tag package holds one class per
tag (``UsersApi``, ``AsyncUsersApi``...) whose methods describe their operation with an
``OperationInfo`` and hand it to a *requester*: the hand-written package ``sendbird_calls``
implements the requester (auth, path safety, retries, errors, pagination).
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    Literal,
    Protocol,
    TypedDict,
    TypeVar,
    overload,
)

import httpx

if TYPE_CHECKING:
    from .api_tokens import ApiTokensApi, AsyncApiTokensApi
    from .direct_calls import AsyncDirectCallsApi, DirectCallsApi
    from .rooms import AsyncRoomsApi, RoomsApi
    from .users import AsyncUsersApi, UsersApi
    from .webhooks import AsyncWebhooksApi, WebhooksApi

T = TypeVar("T")
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

Host = Literal["calls", "chat"]


@dataclass(frozen=True, slots=True)  # not attrs: importing the client must not load attrs
class OperationInfo:
    """What a requester needs to know about one operation, derived from the spec."""

    name: str
    method: str
    path: str
    host: Host = "calls"
    path_params: tuple[str, ...] = ()
    """Python names of the path parameters, in path order."""
    wire_names: Mapping[str, str] = field(default_factory=dict)
    """Python name to wire name, for parameters whose names differ (``next_`` -> ``next``)."""
    client_filled: tuple[str, ...] = ()
    """Path parameters the client fills from its own configuration when not given."""
    enum_params: Mapping[str, type[Any]] = field(default_factory=dict)
    """Parameters whose value must be a member of this enum; plain strings are converted."""
    list_params: tuple[str, ...] = ()
    """Query parameters sent as one comma-separated value; lists and tuples are joined."""
    body_type: type[Any] | None = None
    """The request body model; a plain mapping is converted with its ``from_dict``."""
    body_required: bool = False
    """Whether a body must be sent; an omitted required body with no required fields is ``{}``."""
    empty_success: bool = False
    """Whether the spec allows a 2xx answer with no body (an empty 200, a 204): it is answered as None."""
    checks: Mapping[str, tuple[str, int | None, int | None]] = field(default_factory=dict)
    """Scalar query parameters: JSON type and bounds (value for integers, length for strings), checked before sending."""


class RequestOptions(TypedDict, total=False):
    """Per-call overrides of the client's configuration."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    deadline: float
    extra_headers: Mapping[str, str]


@dataclass(slots=True)
class RawResponse(Generic[T]):
    """A parsed result together with the HTTP response it came from."""

    parsed: T
    status_code: int
    headers: httpx.Headers = field(repr=False)
    http_response: httpx.Response = field(repr=False)


Build = Callable[..., dict[str, Any]]


def parse_nothing(data: Any) -> None:
    """The parser of an operation whose success has no body: whatever came, the result is None."""
    return None


def parse_or_none(parse: Callable[[Any], T]) -> Callable[[Any], T | None]:
    """A parser that answers None for an empty body (``data is None``) and ``parse(data)`` otherwise."""

    def parse_optional(data: Any) -> T | None:
        return None if data is None else parse(data)

    return parse_optional


class SyncRequester(Protocol):
    """Sends operations synchronously; implemented by ``sendbird_calls``."""

    def call(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions | None,
    ) -> RawResponse[T]: ...

    def paginate(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], PageT],
        options: RequestOptions | None,
    ) -> Iterator[PageT]: ...

    def check_max_items(self, max_items: Any) -> int | None:
        """``max_items`` if it is None or an int >= 0; otherwise the requester's own argument error."""
        ...


class AsyncRequester(Protocol):
    """Sends operations asynchronously; implemented by ``sendbird_calls``."""

    async def call(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions | None,
    ) -> RawResponse[T]: ...

    def paginate(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], PageT],
        options: RequestOptions | None,
    ) -> AsyncIterator[PageT]: ...

    def check_max_items(self, max_items: Any) -> int | None:
        """``max_items`` if it is None or an int >= 0; otherwise the requester's own argument error."""
        ...


def iterate_items(
    pages: Iterator[PageT], items: Callable[[PageT], list[ItemT]], max_items: int | None
) -> Iterator[ItemT]:
    """Yields the items of each page in order, stopping after ``max_items`` when given."""
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be >= 0 or None, got {max_items!r}")
    count = 0
    for page in pages:
        for item in items(page):
            if max_items is not None and count >= max_items:
                return
            count += 1
            yield item
        if max_items is not None and count >= max_items:
            return


async def aiterate_items(
    pages: AsyncIterator[PageT], items: Callable[[PageT], list[ItemT]], max_items: int | None
) -> AsyncIterator[ItemT]:
    """Async twin of ``iterate_items``."""
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be >= 0 or None, got {max_items!r}")
    count = 0
    async for page in pages:
        for item in items(page):
            if max_items is not None and count >= max_items:
                return
            count += 1
            yield item
        if max_items is not None and count >= max_items:
            return


class _TagApi(Generic[T]):
    """A tag attribute of ``SyncApi``/``AsyncApi``: imports the tag's module on first use, then caches.

    A client that only calls ``rooms`` never loads the other tags' operations and models. The
    instance is stored in the client's ``__dict__``, so later lookups are plain attribute reads.
    """

    def __init__(self, module: str, class_name: str) -> None:
        self._module = module
        self._class_name = class_name
        self._attribute = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._attribute = name

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> _TagApi[T]: ...

    @overload
    def __get__(self, instance: object, owner: type[Any]) -> T: ...

    def __get__(self, instance: object | None, owner: type[Any]) -> T | _TagApi[T]:
        if instance is None:
            return self
        tag_class = getattr(importlib.import_module(self._module, __name__), self._class_name)
        api: T = tag_class(instance.__dict__["_requester"])
        instance.__dict__[self._attribute] = api
        return api


class SyncApi:
    """Every tag of the API as an attribute, for a synchronous requester (each loaded on first use)."""

    api_tokens: _TagApi[ApiTokensApi] = _TagApi(".api_tokens", "ApiTokensApi")
    direct_calls: _TagApi[DirectCallsApi] = _TagApi(".direct_calls", "DirectCallsApi")
    rooms: _TagApi[RoomsApi] = _TagApi(".rooms", "RoomsApi")
    users: _TagApi[UsersApi] = _TagApi(".users", "UsersApi")
    webhooks: _TagApi[WebhooksApi] = _TagApi(".webhooks", "WebhooksApi")

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester


class AsyncApi:
    """Every tag of the API as an attribute, for an asynchronous requester (each loaded on first use)."""

    api_tokens: _TagApi[AsyncApiTokensApi] = _TagApi(".api_tokens", "AsyncApiTokensApi")
    direct_calls: _TagApi[AsyncDirectCallsApi] = _TagApi(".direct_calls", "AsyncDirectCallsApi")
    rooms: _TagApi[AsyncRoomsApi] = _TagApi(".rooms", "AsyncRoomsApi")
    users: _TagApi[AsyncUsersApi] = _TagApi(".users", "AsyncUsersApi")
    webhooks: _TagApi[AsyncWebhooksApi] = _TagApi(".webhooks", "AsyncWebhooksApi")

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester


TAGS: tuple[str, ...] = (
    "api_tokens",
    "direct_calls",
    "rooms",
    "users",
    "webhooks",
)
"""Every tag, as the attribute name ``SyncApi``/``AsyncApi`` give it."""

ALL_OPERATIONS: tuple[str, ...] = (
    "api_tokens.list_secondary_api_tokens",
    "api_tokens.generate_secondary_api_token",
    "api_tokens.get_secondary_api_token",
    "api_tokens.revoke_secondary_api_token",
    "direct_calls.list_direct_calls",
    "direct_calls.get_direct_call",
    "direct_calls.update_direct_call_custom_items",
    "direct_calls.delete_direct_call_custom_items",
    "rooms.list_rooms",
    "rooms.create_room",
    "rooms.get_room",
    "rooms.delete_room",
    "rooms.list_room_participants",
    "rooms.update_room_custom_items",
    "rooms.delete_room_custom_items",
    "users.list_users",
    "users.list_user_calls",
    "users.get_user_call_summary",
    "users.list_push_tokens",
    "users.add_push_token",
    "users.remove_push_tokens_of_type",
    "users.remove_push_token",
    "webhooks.get_webhook_settings",
    "webhooks.update_webhook_settings",
)
"""Every operation as ``tag.operation_id``."""
