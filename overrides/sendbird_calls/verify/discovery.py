"""The read-only part of a run: list what the application has, then read a sample of it. GET only.

Resources are discovered by listing (users, direct calls, rooms), a bounded number of pages each,
then a bounded sample of them is read in detail (a user's calls, call summary and push tokens, a
call, a room and its participants). Every other GET of the operations table (one the spec gained
after this plan was written) is read too, with the IDs the lists showed, so a regenerated package
checks a new read with no change here. A lookup of a call that cannot exist shows an error answer.
The unit of a user's call window (``start_ts``/``end_ts``, ``x-unit: ms``) is checked where a
listed call allows it: a window in that unit around the call's ``started_at`` must find it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ..core.operation import Operation
from .decisions import MISSING_ID
from .findings import Finding, FindingKind
from .session import RequestRefusedError, RunAbortedError, Session
from .steps import RunLog, Step, describe_failure, succeeded

MS_FLOOR: Final = 10**11
"""Below this a Unix time cannot be milliseconds (it would be before March 1973): the core refuses it too."""
UNIT_WINDOW: Final = {"ms": 1000, "s": 1}
"""Half the width of the unit check's window, one second in each unit the spec may declare."""

PLANNED = frozenset(
    {
        "list_users",
        "list_user_calls",
        "get_user_call_summary",
        "list_push_tokens",
        "list_direct_calls",
        "get_direct_call",
        "list_rooms",
        "get_room",
        "list_room_participants",
        "get_webhook_settings",
        "list_secondary_api_tokens",
        "get_secondary_api_token",
    }
)
"""The GETs ``Discovery.run`` reads by name, in its own order and with its own arguments; ``read_the_rest``
reads every other GET of the table."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How much a run reads: pages per list, items per page, resources read in detail per kind."""

    max_pages: int = 2
    page_size: int = 20
    sample: int = 3

    def __post_init__(self) -> None:
        for name in ("max_pages", "page_size", "sample"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be an integer >= 1, got {value!r}")
        if self.page_size > 100:
            raise ValueError("page_size must be at most 100 (Sendbird's largest page)")


class Discovery:
    """Walks the application read-only and records each step."""

    def __init__(self, session: Session, log: RunLog, limits: Limits) -> None:
        self.session = session
        self.log = log
        self.limits = limits
        self.is_master: bool | None = None
        """Whether the token may manage secondary tokens (None: not known)."""
        self.user_ids: list[str] = []
        """The users whose calls could be listed (read-only decision checks ask about the first)."""
        self.last_list_ok = False
        """Whether the last list's first page came back."""
        self.unit_checked = False
        self.found: dict[str, list[str]] = {}
        """IDs the lists showed, by field name (``room_id``): up to ``sample`` each, for ``read_the_rest``."""

    def run(self) -> None:
        """Every read of the plan, in order."""
        users = self.list_items("list users", "list_users", "users")
        first = self.log.steps[0] if self.log.steps else None
        if first is not None and first.outcome == "failed" and first.detail.startswith("HTTP 401"):
            raise RunAbortedError(f"the application refused the API token ({first.detail})")
        for user_id in self.ids(users, "user_id"):
            self.read_user(user_id)
        if not self.unit_checked:
            self.log.skip(
                "check the unit of a user's call window",
                "list_user_calls",
                "no listed call with a call_id and a started_at to look for",
            )
        calls = self.list_items("list direct calls", "list_direct_calls", "calls")
        for call_id in self.ids(calls, "call_id"):
            self.get("get a direct call", "get_direct_call", call_id=call_id)
        rooms = self.list_items("list rooms", "list_rooms", "rooms")
        for room_id in self.ids(rooms, "room_id"):
            self.get("get a room", "get_room", room_id=room_id)
            self.list_items("list a room's participants", "list_room_participants", "participants", room_id=room_id)
        self.get("get the webhook settings", "get_webhook_settings", display_all_webhook_categories=True)
        self.read_secondary_tokens()
        self.read_the_rest()
        self.probe("look up a direct call that does not exist", "get_direct_call", call_id=MISSING_ID)

    def read_user(self, user_id: str) -> None:
        """A user's calls, call summary and push tokens of each type."""
        calls = self.list_items("list a user's calls", "list_user_calls", "calls", user_id=user_id)
        if self.last_list_ok:
            self.user_ids.append(user_id)
        if not self.unit_checked:
            self.check_window_unit(user_id, calls)
        self.get("get a user's call summary", "get_user_call_summary", user_id=user_id)
        for token_type in self.path_enum("list_push_tokens", "token_type"):
            self.get("list a user's push tokens", "list_push_tokens", user_id=user_id, token_type=token_type)

    def check_window_unit(self, user_id: str, calls: list[dict[str, Any]]) -> None:
        """A window of ``start_ts``..``end_ts`` in the spec's unit (``x-unit``), two seconds wide around a
        listed call's ``started_at``, must find that call; a ``wrong_unit`` finding names the unit otherwise."""
        op = self.session.operation("list_user_calls")
        start, end = op.by_name.get("start_ts"), op.by_name.get("end_ts")
        if start is None or end is None or start.unit not in UNIT_WINDOW or end.unit != start.unit:
            return
        call = next(
            (
                c
                for c in calls
                if isinstance(c.get("call_id"), str)
                and isinstance(c.get("started_at"), int)
                and not isinstance(c.get("started_at"), bool)
                and c["started_at"] > 0
            ),
            None,
        )
        if call is None:
            return
        self.unit_checked = True
        name, unit = "check the unit of a user's call window", start.unit
        if call["started_at"] < MS_FLOOR:
            self.log.skip(name, "list_user_calls", "a listed call's started_at is not in Unix milliseconds")
            return
        at = call["started_at"] if unit == "ms" else call["started_at"] // 1000
        half = UNIT_WINDOW[unit]
        try:
            checked = self.session.call(
                "list_user_calls", user_id=user_id, start_ts=at - half, end_ts=at + half, limit=100
            )
        except RequestRefusedError as exc:
            self.log.fail(name, "list_user_calls", str(exc))
            return
        if not succeeded(checked):
            self.log.fail(name, "list_user_calls", describe_failure(checked))
            return
        found = checked.data.get("calls")
        ids = {item.get("call_id") for item in found if isinstance(item, dict)} if isinstance(found, list) else set()
        if call["call_id"] in ids:
            self.log.add(Step(name, "list_user_calls", "ok", f"a window in {unit} (x-unit) found a listed call"))
            return
        self.log.add(Step(name, "list_user_calls", "ok", f"a window in {unit} (x-unit) missed a listed call"))
        self.session.findings.add(
            Finding(
                "list_user_calls",
                "/calls",
                FindingKind.WRONG_UNIT,
                f"start_ts/end_ts in {unit} (x-unit: {unit}), one second either side of a listed call's started_at, "
                f"did not find that call: the application may read another unit (the spec says {unit})",
                status=checked.status,
            )
        )

    def read_secondary_tokens(self) -> None:
        """The secondary tokens, when the token is the master one; their values become secrets to scrub."""
        if self.session.config.chat_base_url is None:
            self.log.skip(
                "list secondary API tokens",
                "list_secondary_api_tokens",
                "the base URL does not end with /v1, so the Chat host (/v3) of the secondary tokens is unknown",
            )
            return
        checked = self.session.call("list_secondary_api_tokens")
        data = checked.data if isinstance(checked.data, dict) else {}
        if checked.status == 401:
            self.is_master = False
            self.log.skip(
                "list secondary API tokens", "list_secondary_api_tokens", "the API token is not the master token"
            )
            return
        self.is_master = self.log.record("list secondary API tokens", "list_secondary_api_tokens", checked)
        tokens = [
            item["token"] for item in data.get("api_tokens") or [] if isinstance(item, dict) and item.get("token")
        ]
        for token in tokens:
            if isinstance(token, str):
                self.session.secrets.add(token)
        first = next((token for token in tokens if isinstance(token, str)), None)
        if first is not None:  # its value goes only into the masked path, never into a step or finding
            self.get("view one secondary API token", "get_secondary_api_token", api_token=first)
        elif self.is_master:
            self.probe("view a secondary API token that does not exist", "get_secondary_api_token", api_token="0" * 40)

    def read_the_rest(self) -> None:
        """Every GET of the table the plan does not name, with path values from the IDs the lists showed."""
        for op in self.session.table:
            if op.method == "GET" and op.id not in PLANNED:
                self.read_any(op)

    def read_any(self, op: Operation[Any]) -> None:
        """One GET of the table, known only by its row: each path parameter filled from the listed IDs of
        the same name (an enum one with each allowed value), up to ``sample`` reads; skipped, with the
        reason, when a value it needs is unknown."""
        name = " ".join(op.summary.split()).lower() or op.qualified_name
        if op.host == "chat" and self.session.config.chat_base_url is None:
            self.log.skip(name, op.id, "the Chat host (/v3) is unknown: the base URL does not end with /v1")
            return
        needed = [p for p in op.query_params if p.required]
        if needed:
            self.log.skip(
                name, op.id, f"needs the query parameter {needed[0].wire}, which verify-spec has no value for"
            )
            return
        choices: dict[str, list[Any]] = {}
        for param in op.path_params:
            if param.client_filled:
                continue
            values = [m.value for m in param.enum] if param.enum is not None else self.found.get(param.wire, [])
            if not values:
                self.log.skip(name, op.id, f"no {param.wire} was listed to read it with")
                return
            choices[param.name] = values
        for combination in itertools.islice(itertools.product(*choices.values()), self.limits.sample):
            arguments = dict(zip(choices, combination, strict=True))
            if op.paging is None:
                self.get(name, op.id, **arguments)
            else:
                for _ in self.pages(name, op.id, arguments):
                    pass

    def get(self, name: str, operation: str, **arguments: Any) -> dict[str, Any] | None:
        """One GET; its JSON object, or None when it failed (or could not be sent)."""
        try:
            checked = self.session.call(operation, **arguments)
        except RequestRefusedError as exc:
            self.log.fail(name, operation, str(exc))
            return None
        if self.log.record(name, operation, checked):
            data: dict[str, Any] = checked.data
            return data
        return None

    def probe(self, name: str, operation: str, **arguments: Any) -> None:
        """A GET expected to fail: its error answer is what gets checked, so either outcome is a step done."""
        checked = self.session.call(operation, **arguments)
        if succeeded(checked):
            detail = f"answered HTTP {checked.status} for an ID that should not exist"
        else:
            detail = f"answered {describe_failure(checked)}, as expected"
        self.log.add(Step(name, operation, "ok", detail))

    def list_items(self, name: str, operation: str, list_field: str, **arguments: Any) -> list[dict[str, Any]]:
        """Up to ``max_pages`` pages of a list, following ``next``; the items seen."""
        items: list[dict[str, Any]] = []
        for page in self.pages(name, operation, arguments):
            found = page.get(list_field)
            if isinstance(found, list):
                items.extend(item for item in found if isinstance(item, dict))
        for item in items:
            self.remember(item)
        return items

    def remember(self, item: Mapping[str, Any]) -> None:
        """Keeps the string IDs of a listed item (its ``*_id`` fields), up to ``sample`` per field."""
        for key, value in item.items():
            if key.endswith("_id") and isinstance(value, str) and value:
                known = self.found.setdefault(key, [])
                if value not in known and len(known) < self.limits.sample:
                    known.append(value)

    def pages(self, name: str, operation: str, arguments: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
        paging = self.session.operation(operation).paging
        token_param = paging.token_param if paging is not None else "next"
        seen: set[str] = set()
        token: str | None = None
        self.last_list_ok = False
        for _ in range(self.limits.max_pages):
            page = self.get(name, operation, **arguments, limit=self.limits.page_size, **{token_param: token})
            if page is None:
                return
            self.last_list_ok = True
            yield page
            token = page.get("next") if isinstance(page.get("next"), str) else None
            if not token or token in seen:
                return
            seen.add(token)

    def ids(self, items: list[dict[str, Any]], key: str) -> list[str]:
        """The first ``sample`` distinct string IDs of a list of items."""
        out: list[str] = []
        for item in items:
            value = item.get(key)
            if isinstance(value, str) and value and value not in out:
                out.append(value)
            if len(out) >= self.limits.sample:
                break
        return out

    def path_enum(self, operation: str, name: str) -> list[str]:
        """The values the operations table allows for an enum path parameter (push token types)."""
        enum = self.session.operation(operation).by_name[name].enum
        return [] if enum is None else [str(member.value) for member in enum]
