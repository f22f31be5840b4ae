"""The ``sendbird_calls`` logger: one record per attempt, and opt-in output via SENDBIRD_CALLS_LOG.

Records carry the method, the masked log path, the attempt number, the status or error class and
the elapsed milliseconds, also as ``extra`` attributes for structured handlers. Headers, bodies,
query strings and exception messages are never logged, so neither is the API token.
Levels: DEBUG rate-limit waits, INFO every attempt, WARNING every retry.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TextIO

from ._constants import LOG_LEVEL_ENV, LOGGER_NAME

ENV_LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
"""The values SENDBIRD_CALLS_LOG understands."""

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _EnvStreamHandler(logging.StreamHandler[TextIO]):
    """The handler configure_from_env adds; its own class so a second call finds it."""


# A library's logger gets a NullHandler: without it, an application that configured no logging
# would see every retry WARNING on stderr through logging.lastResort, though output is opt-in.
logging.getLogger(LOGGER_NAME).addHandler(logging.NullHandler())


def get_logger() -> logging.Logger:
    """The package's logger, ``sendbird_calls``."""
    return logging.getLogger(LOGGER_NAME)


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Log to stderr at the level named by SENDBIRD_CALLS_LOG, if set; calling again adds nothing."""
    value = (os.environ if environ is None else environ).get(LOG_LEVEL_ENV, "").strip().lower()
    if not value:
        return
    logger = get_logger()
    level = ENV_LOG_LEVELS.get(value)
    if level is None:
        logger.warning("ignoring %s=%r: expected one of %s", LOG_LEVEL_ENV, value, ", ".join(ENV_LOG_LEVELS))
        return
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvStreamHandler) for handler in logger.handlers):
        handler = _EnvStreamHandler()
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)


def log_rate_limit_wait(logger: logging.Logger, *, method: str, path: str, wait: float) -> None:
    """Record that the client-side rate limiter holds a request back."""
    if not logger.isEnabledFor(logging.DEBUG):  # build no record arguments for a dropped record
        return
    logger.debug(
        "%s %s waits %.3f s for the client-side rate limit",
        method,
        path,
        wait,
        extra={"http_method": method, "log_path": path, "wait_seconds": wait},
    )


def log_attempt(
    logger: logging.Logger,
    *,
    method: str,
    path: str,
    attempt: int,
    elapsed_ms: float,
    status_code: int | None = None,
    error: BaseException | None = None,
) -> None:
    """Record the outcome of one attempt: its status, or the class of its transport error."""
    if not logger.isEnabledFor(logging.INFO):  # one per attempt: build nothing when INFO is off
        return
    outcome = str(status_code) if error is None else error.__class__.__name__
    logger.info(
        "%s %s attempt %d -> %s in %.1f ms",
        method,
        path,
        attempt,
        outcome,
        elapsed_ms,
        extra={
            "http_method": method,
            "log_path": path,
            "attempt": attempt,
            "status_code": status_code,
            "error_type": None if error is None else error.__class__.__name__,
            "elapsed_ms": elapsed_ms,
        },
    )


def log_retry(logger: logging.Logger, *, method: str, path: str, attempt: int, delay: float) -> None:
    """Record that attempt ``attempt`` failed and the request is resent after ``delay`` seconds."""
    if not logger.isEnabledFor(logging.WARNING):
        return
    logger.warning(
        "%s %s retrying after attempt %d in %.3f s",
        method,
        path,
        attempt,
        delay,
        extra={"http_method": method, "log_path": path, "attempt": attempt, "retry_delay": delay},
    )
