"""Run-time drift: fields and enum values in Sendbird's answers that the spec does not know.

The models still parse such answers (a new field lands in ``additional_properties``, a new value
of an open enum stays a plain string) and their engine (``core.model``) reports each one here. This module
counts every sighting and logs the first of each (model, field) or (model, field, value) at WARNING
on the ``sendbird_calls.drift`` logger, so a production service notices an API change before its
users do. It costs nothing while answers match the spec: the models call it only on drift.

A record never holds a field's value. An unknown enum value is itself the news, so it is shown,
truncated to ``VALUE_CHARS`` characters, except for a field the spec marks ``Secret:``. A success
body where the spec documents none (an operation whose result is ``None``) is drift too: it is
counted under the operation's ID and ``BODY_FIELD``, its content never logged (the caller's
result stays ``None``; ``with_raw_response`` holds the body).
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

__all__ = [
    "BODY_FIELD",
    "LOGGER",
    "MAX_ENTRIES",
    "NAME_CHARS",
    "OVERFLOW",
    "VALUE_CHARS",
    "Drift",
    "counts",
    "reset",
    "suppressed",
    "unexpected_body",
]

LOGGER = logging.getLogger("sendbird_calls.drift")
"""Where first sightings are logged, at WARNING; a child of the ``sendbird_calls`` logger."""

NAME_CHARS = 64
"""Longest field name kept: a hostile server must not fill the logs or the counts with one name."""
VALUE_CHARS = 32
"""Longest enum value shown; longer ones are cut and end with an ellipsis."""
MAX_ENTRIES = 1000
"""Distinct entries counted at most; later new ones are all counted under ``OVERFLOW``, so memory stays bounded."""
SECRET_VALUE = "<secret>"
"""Stands for the unknown value of a field whose description starts with ``Secret:``."""
BODY_FIELD = "<body>"
"""The ``field`` of the drift entry of a body where the spec documents none (its ``model`` is the operationId)."""


class Drift(NamedTuple):
    """One kind of drift: ``value`` is None for an unknown field, else the unknown enum value (truncated)."""

    model: str
    field: str
    value: str | None = None


OVERFLOW = Drift(model="*", field="*", value=None)
"""The entry that counts sightings of new kinds once ``MAX_ENTRIES`` distinct ones are counted."""

_suppressed: contextvars.ContextVar[bool] = contextvars.ContextVar("sendbird_calls_drift_suppressed", default=False)


def counts() -> dict[Drift, int]:
    """How often each kind of drift was seen since the start (or the last ``reset()``): a copy."""
    with _RECORDER.lock:
        return dict(_RECORDER.counts)


def reset() -> None:
    """Forgets the counts and the sightings, so the next one of each kind is logged again."""
    with _RECORDER.lock:
        _RECORDER.counts.clear()


@contextmanager
def suppressed() -> Iterator[None]:
    """Reports nothing inside the block: for building models from the caller's own dicts (request
    bodies), where an unknown key is the caller's, not the API's."""
    token = _suppressed.set(True)
    try:
        yield
    finally:
        _suppressed.reset(token)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Recorder:
    """Counts drift under a lock (models parse in any thread)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: dict[Drift, int] = {}

    def unknown_fields(self, model: str, names: Iterable[str]) -> None:
        if _suppressed.get():
            return
        first: list[str] = []
        with self.lock:
            counts = self.counts
            for name in names:
                if name.__class__ is not str or len(name) > NAME_CHARS:
                    name = _cut(str(name), NAME_CHARS)  # noqa: PLW2901
                key = (model, name, None)  # a Drift is a tuple: equal, same hash, no object to build
                seen = counts.get(key)  # type: ignore[call-overload]
                if seen is None:
                    first.append(name)
                else:
                    counts[key] = seen + 1  # type: ignore[index]
        for name in first:  # outside the lock: _record takes it again
            self._record(Drift(model, name), "a field the spec does not know")

    def unknown_value(self, model: str, field: str, value: str, secret: bool) -> None:
        if _suppressed.get():
            return
        shown = SECRET_VALUE if secret else _cut(value, VALUE_CHARS)
        key = (model, field, shown)
        with self.lock:
            seen = self.counts.get(key)  # type: ignore[call-overload]
            if seen is not None:
                self.counts[key] = seen + 1  # type: ignore[index]
                return
        self._record(Drift(model, field, shown), "a value the spec does not list")

    def unexpected_body(self, operation: str, what: str) -> None:
        if _suppressed.get():
            return
        self._record(Drift(operation, BODY_FIELD), what)

    def _record(self, drift: Drift, what: str) -> None:
        with self.lock:
            seen = self.counts.get(drift)
            if seen is None and len(self.counts) >= MAX_ENTRIES:
                drift, seen = OVERFLOW, self.counts.get(OVERFLOW)
            self.counts[drift] = (seen or 0) + 1
        if seen is None and drift is OVERFLOW:
            LOGGER.warning("more than %d kinds of drift: new ones are counted under drift.OVERFLOW", MAX_ENTRIES)
        elif seen is None:
            extra = {"drift_model": drift.model, "drift_field": drift.field, "drift_value": drift.value}
            if drift.field == BODY_FIELD:
                LOGGER.warning(
                    "%s answered %s: the API may have changed; the result stays None and "
                    "with_raw_response holds the body; see sendbird_calls.drift.counts()",
                    drift.model,
                    what,
                    extra=extra,
                )
                return
            where = f"{drift.model}.{drift.field!r}" if drift.value is None else f"{drift.model}.{drift.field}"
            detail = "" if drift.value is None else f" {drift.value!r}"
            LOGGER.warning(
                "%s has %s%s: the API may have changed; see sendbird_calls.drift.counts()",
                where,
                what,
                detail,
                extra=extra,
            )


_RECORDER = _Recorder()


def unknown_fields(model: str, names: Iterable[str]) -> None:
    """Counts the fields ``model`` got that its schema does not declare (the models' engine calls it)."""
    _RECORDER.unknown_fields(model, names)


def unknown_value(model: str, field: str, value: str, secret: bool) -> None:
    """Counts a value of an open enum the spec does not list; a ``secret`` field never shows it."""
    _RECORDER.unknown_value(model, field, value, secret)


def unexpected_body(operation: str, what: str) -> None:
    """Counts a success of ``operation`` that carried a body where the spec documents none; ``what``
    describes it without its content ("a JSON object of 42 bytes")."""
    _RECORDER.unexpected_body(operation, what)
