"""``webhooks-sign`` and ``webhooks-verify``: the webhook helpers of the library from the shell.

Both are keyed with ``SENDBIRD_API_TOKEN`` (the master token signs Sendbird's webhooks). A body
that fails verification, by its signature or by its payload, is a rejected webhook: exit 1.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .._constants import API_TOKEN_ENV
from .errors import usage_error
from .groups import SafeCommand


@click.command("webhooks-sign", cls=SafeCommand)
@click.argument("file", metavar="FILE")
def webhooks_sign(file: str) -> None:
    """Print the x-sendbird-signature header value of a webhook body read from FILE ('-' for standard input).

    The signature is keyed with $SENDBIRD_API_TOKEN, as Sendbird signs the webhooks it sends.
    """
    from ..webhooks import sign

    click.echo(sign(_read(file), _token()))


@click.command("webhooks-verify", cls=SafeCommand)
@click.argument("file", metavar="FILE")
@click.argument("signature", metavar="SIGNATURE")
def webhooks_verify(file: str, signature: str) -> None:
    """Check that SIGNATURE (the x-sendbird-signature header) signs the body in FILE, then print the event as JSON.

    FILE '-' reads the body from standard input. A signature that does not match, or a body that is
    not a webhook event (or is larger than the webhook body limit), exits 1.
    """
    from ..webhooks import DEFAULT_MAX_BODY_BYTES, SIGNATURE_HEADER, parse_event
    from .output import emit_json

    # One byte past the limit is enough for parse_event to refuse it: a huge FILE is never read whole.
    event = parse_event(_read(file, DEFAULT_MAX_BODY_BYTES + 1), {SIGNATURE_HEADER: signature}, _token())
    emit_json(event.to_dict())


def _token() -> str:
    token = os.environ.get(API_TOKEN_ENV)
    if not token:
        raise usage_error(f"no API token: set the {API_TOKEN_ENV} environment variable (webhooks are keyed with it)")
    return token


def _read(path: str, limit: int = -1) -> bytes:
    """FILE's bytes ('-': stdin), at most ``limit`` of them (-1: all)."""
    if path == "-":
        return sys.stdin.buffer.read(limit)
    try:
        with Path(path).open("rb") as file:
            return file.read(limit)
    except OSError as exc:
        raise usage_error(f"cannot read {path}: {exc.strerror or type(exc).__name__}") from None


__all__ = ["webhooks_sign", "webhooks_verify"]
