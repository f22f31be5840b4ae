"""What a handler gets and how it registers: one function per operationId, found by the dispatcher.

A handler is only needed where the mock keeps state (rooms, tokens, settings) or filters seeded data;
an operation without one is answered from the spec (``mock.auto``). A handler whose operation the
spec no longer has stops ``create_app`` (``stale_handlers``), so none lingers unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from ..state import MockState, TokenKind, now_ms


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer with its own status: what the spec-driven answers return (the spec's first 2xx)."""

    status: int
    body: Any
    """The JSON body, or None for an empty one."""
    headers: Mapping[str, str] | None = None


Handler = Callable[["ApiRequest"], "dict[str, Any] | Reply | None"]
"""Answers the JSON body of a 200 (None: a 204, a success without a body), or a ``Reply``."""


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """A request that passed routing, auth and spec validation: typed parameters and body."""

    state: MockState
    operation_id: str
    path: Mapping[str, str]
    query: Mapping[str, Any]
    body: Any
    token_kind: TokenKind


@dataclass(frozen=True, slots=True)
class Registration:
    """A handler and whether its operation needs the master token."""

    handler: Handler
    master_only: bool


HANDLERS: dict[str, Registration] = {}


def handles(operation_id: str, *, master_only: bool = False) -> Callable[[Handler], Handler]:
    """Register the handler of one operationId of the spec."""

    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise ValueError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = Registration(handler, master_only)
        return handler

    return register


def stale_handlers(operation_ids: Iterable[str], spec_name: str) -> list[str]:
    """One line for each handler whose operation the spec does not have: its operationId and module."""
    known = set(operation_ids)
    return [
        f"the mock has a handler for {operation_id} ({_where(registration.handler)}), an operation {spec_name} "
        "does not have: remove the handler, or restore the operation in the spec"
        for operation_id, registration in sorted(HANDLERS.items())
        if operation_id not in known
    ]


def _where(handler: Handler) -> str:
    """``module.function`` of a handler."""
    module = getattr(handler, "__module__", "?")
    return f"{module}.{getattr(handler, '__qualname__', getattr(handler, '__name__', '?'))}"


def split_list(value: str | Sequence[str] | None) -> list[str] | None:
    """A comma-separated query value as a list, each item URL-decoded once more (None when absent); the
    spec's ``style: form, explode: false`` arrays arrive already split by the validator."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else value
    return [unquote(item) for item in items]


def affected_at() -> int:
    """When a change took effect, Unix milliseconds."""
    return now_ms()
