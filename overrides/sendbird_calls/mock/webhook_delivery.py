"""Delivers the mock's events to its configured webhook URL, signed, the way Sendbird does.

When the webhook settings are enabled with a URL, every event the mock emits whose category is
subscribed (or ``*``) is POSTed in a background thread: compact JSON, ``x-sendbird-signature``
keyed with the master token, a 1 s timeout and 3 tries. A slow or failing endpoint never slows
or fails the API call that caused the event. ``deliveries`` records each outcome for tests.
Only loopback URLs are delivered to: a mock under fuzzing sets arbitrary webhook URLs, and must
never send traffic off the machine. At most ``MAX_QUEUED_DELIVERIES`` events wait (past it an
event is recorded as dropped) and ``deliveries`` keeps the latest ``MAX_DELIVERIES`` outcomes.
"""

from __future__ import annotations

import ipaddress
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ..webhooks.delivery import DEFAULT_WEBHOOK_TIMEOUT, DEFAULT_WEBHOOK_TRIES, WebhookSender, encode_event
from .limits import MAX_DELIVERIES, MAX_QUEUED_DELIVERIES
from .state import MockState

_log = logging.getLogger(__name__)


@attrs.frozen
class Delivery:
    """One event's delivery: where it went, the final status (None if no answer) and the error, if any."""

    category: str
    url: str
    body: bytes = attrs.field(repr=False)
    status_code: int | None
    error: str | None

    @property
    def ok(self) -> bool:
        """Whether the endpoint answered 2xx within the tries."""
        return self.status_code is not None and 200 <= self.status_code < 300


class WebhookDispatcher:
    """An ``on_event`` hook that queues subscribed events and POSTs them from one worker thread."""

    def __init__(
        self,
        state: MockState,
        *,
        timeout: float = DEFAULT_WEBHOOK_TIMEOUT,
        tries: int = DEFAULT_WEBHOOK_TRIES,
    ) -> None:
        self._state = state
        self._timeout = timeout
        self._tries = tries
        self._queue: queue.Queue[tuple[str, str, bytes]] = queue.Queue(MAX_QUEUED_DELIVERIES)
        self._worker: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self.deliveries: deque[Delivery] = deque(maxlen=MAX_DELIVERIES)
        """The latest finished (or dropped) deliveries, in order."""

    def __call__(self, category: str, payload: Mapping[str, Any]) -> None:
        if category not in self._state.facts.webhook_categories:
            # Only categories the spec names are ever delivered: the mock invents no event.
            _log.error("not delivering %r: the spec names no such webhook category", category)
            return
        settings = self._state.webhook
        events = settings.get("enabled_events") or []
        if not (settings.get("enabled") and settings.get("url")) or not ("*" in events or category in events):
            return
        url, body = str(settings["url"]), encode_event(payload)
        try:
            self._queue.put_nowait((category, url, body))
        except queue.Full:
            _log.warning("not delivering %s: %d events already wait", category, MAX_QUEUED_DELIVERIES)
            error = f"dropped: {MAX_QUEUED_DELIVERIES} events already waited to be delivered"
            self.deliveries.append(Delivery(category=category, url=url, body=body, status_code=None, error=error))
        self._ensure_worker()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Waits until every queued event was delivered or given up; False if ``timeout`` passed first."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def _ensure_worker(self) -> None:
        with self._start_lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._run, name="sendbird-calls-mock-webhooks", daemon=True)
                self._worker.start()

    def _run(self) -> None:
        with WebhookSender(self._state.master_token, timeout=self._timeout, tries=self._tries) as sender:
            while True:
                category, url, body = self._queue.get()
                try:
                    self.deliveries.append(self._deliver(sender, category, url, body))
                finally:
                    self._queue.task_done()

    def _deliver(self, sender: WebhookSender, category: str, url: str, body: bytes) -> Delivery:
        if not is_loopback_url(url):
            error = "not delivered: the mock only delivers to loopback addresses"
            return Delivery(category=category, url=url, body=body, status_code=None, error=error)
        try:
            response = sender.send(url, body)
        except Exception as exc:
            _log.warning("webhook delivery of %s failed: %s", category, type(exc).__name__)
            status = getattr(getattr(exc, "response", None), "status_code", None)
            return Delivery(category=category, url=url, body=body, status_code=status, error=str(exc))
        return Delivery(category=category, url=url, body=body, status_code=response.status_code, error=None)


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` is http(s) to localhost or a loopback IP (no name is resolved)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return False
    if parsed.scheme not in ("http", "https"):
        return False
    host = parsed.host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
