"""``verify_spec()``: check a live application (or a mock, or a proxy) against the spec."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from .. import spec_doc
from .._constants import DEFAULT_TIMEOUT
from .._version import __version__
from ..config import resolve_config
from ..core.secrets import Secrets
from .decisions import DecisionChecks
from .discovery import Discovery, Limits
from .findings import Finding
from .lifecycle import Lifecycles
from .report import SpecInfo, VerifyReport, scrub_value
from .session import ProgressCallback, RunAbortedError, Session
from .steps import RunLog

if TYPE_CHECKING:
    from .answers import SpecAnswers

INSTALL_HINT = "pip install 'sendbird-calls[verify]'"

DEFAULT_RATE = 2.0
"""Requests per second in all: a fifth of Sendbird's lowest per-endpoint limit for GET."""


def verify_spec(
    app_id: str | None = None,
    api_token: str | None = None,
    *,
    base_url: str | None = None,
    chat_base_url: str | None = None,
    write: bool = False,
    push_user: str | None = None,
    max_pages: int = 2,
    page_size: int = 20,
    sample: int = 3,
    rate: float | None = DEFAULT_RATE,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    spec_path: str | Path | None = None,
    progress: ProgressCallback | None = None,
) -> VerifyReport:
    """Call the application and check every answer against the spec; the report says what differs.

    Credentials and ``base_url`` work as for ``CallsClient``. Read-only (GET only) unless
    ``write=True``, which adds lifecycles that clean up after themselves: a room with custom
    items, a push token on ``push_user`` (only when given), a secondary token (master token only).
    Each decision the spec made without a source (``x-evidence.decisions``) is checked too: the
    GETs in every run, the writes with ``write=True`` (filling the application up to 10 secondary
    tokens and revoking them, a delete of a room that does not exist); each says what it saw.
    ``rate`` caps requests per second in all (None: no cap). ``spec_path`` checks against another
    spec file (the shipped one by default); ``progress`` is told the operationId before each request
    and how many answers were checked so far. Raises ``ConfigurationError`` for bad arguments,
    ``ImportError`` without jsonschema (the ``verify`` extra); network and credential failures end
    the run early with ``report.aborted`` set.
    """
    if push_user is not None and not write:
        raise ValueError("push_user needs write=True: adding a push token is a write")
    if rate is not None and rate <= 0:
        raise ValueError(f"rate must be a positive number of requests per second, or None; got {rate!r}")
    limits = Limits(max_pages=max_pages, page_size=page_size, sample=sample)
    config = resolve_config(
        app_id, api_token, base_url=base_url, chat_base_url=chat_base_url, timeout=timeout, max_retries=2
    )
    spec, info = _load_spec(spec_path)
    session = Session(config, spec, allow_writes=write, rate=rate, transport=transport, progress=progress)
    log = RunLog()
    aborted: str | None = None
    try:
        discovery = Discovery(session, log, limits)
        discovery.run()
        decisions = DecisionChecks(session, log)
        decisions.read_only(discovery.user_ids)
        if write:
            lifecycles = Lifecycles(session, log)
            lifecycles.room()
            if push_user is not None:
                lifecycles.push_token(push_user)
            else:
                log.skip("push token lifecycle", "add_push_token", "no push user named (--push-user)")
            if discovery.is_master:
                lifecycles.secondary_token()
            else:
                log.skip("secondary token lifecycle", "generate_secondary_api_token", "needs the master API token")
            decisions.writes(push_user=push_user, is_master=discovery.is_master)
    except RunAbortedError as exc:
        aborted = str(exc)
    finally:
        session.close()
    secrets = session.secrets
    return VerifyReport(
        spec=info,
        write=write,
        tool_version=__version__,
        findings=[_scrub_finding(f, secrets) for f in session.findings.findings],
        steps=[replace(step, name=secrets.scrub(step.name), detail=secrets.scrub(step.detail)) for step in log.steps],
        leftovers=[secrets.scrub(item) for item in log.leftovers],
        operations={
            op: {"requests": stats.requests, "statuses": {str(k): v for k, v in sorted(stats.statuses.items())}}
            for op, stats in session.stats.items()
        },
        aborted=secrets.scrub(aborted) if aborted else None,
    )


def _scrub_finding(finding: Finding, secrets: Secrets) -> Finding:
    return replace(
        finding,
        pointer=secrets.scrub(finding.pointer),
        detail=secrets.scrub(finding.detail),
        value=secrets.scrub(finding.value) if finding.value is not None else None,
        observed_schema=scrub_value(finding.observed_schema, secrets) if finding.observed_schema else None,
    )


def _load_spec(spec_path: str | Path | None) -> tuple[SpecAnswers, SpecInfo]:
    """The spec's answers to check against (read by ``spec_doc``, the one spec reader) and what names it."""
    try:
        from .answers import SpecAnswers
    except ImportError as exc:  # jsonschema missing
        raise ImportError(f"verify-spec checks answers with jsonschema: install it with {INSTALL_HINT}") from exc
    if spec_path is None:
        path = spec_doc.spec_path()
        answers = _shipped_answers()
    else:
        path = Path(spec_path)
        answers = SpecAnswers(spec_doc.read_spec(path))
    document = answers.document
    info = SpecInfo(
        title=str(document.get("info", {}).get("title", "")),
        version=str(document.get("info", {}).get("version", "")),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
    )
    return answers, info


@functools.cache
def _shipped_answers() -> SpecAnswers:
    """The shipped spec's answers, built once per process (its validators are reused run after run)."""
    from .answers import SpecAnswers

    return SpecAnswers(spec_doc.load_spec())
