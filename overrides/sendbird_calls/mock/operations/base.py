"""What a handler gets and how it registers: one function per operationId, found by the dispatcher."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from ..state import MockState, TokenKind, now_ms

Handler = Callable[["ApiRequest"], dict[str, Any] | None]
"""Answers the JSON body of a 200, or None for a 204 (a success without a body)."""


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
