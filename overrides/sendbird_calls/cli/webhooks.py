"""``webhooks-sign`` and ``webhooks-verify``: the webhook helpers of the library from the shell."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .._constants import API_TOKEN_ENV
from ..webhooks import SIGNATURE_HEADER, parse_event, sign
from .errors import usage_error
from .operations import SafeCommand
from .output import emit_json


@click.command("webhooks-sign", cls=SafeCommand)
@click.argument("file", metavar="FILE")
def webhooks_sign(file: str) -> None:
    """Print the x-sendbird-signature of a webhook body (FILE, '-' for stdin), keyed with $SENDBIRD_API_TOKEN."""
    click.echo(sign(_read(file), _token()))


@click.command("webhooks-verify", cls=SafeCommand)
@click.argument("file", metavar="FILE")
@click.argument("signature", metavar="SIGNATURE")
def webhooks_verify(file: str, signature: str) -> None:
    """Verify a webhook body's SIGNATURE (the x-sendbird-signature header), then print the event as JSON."""
    event = parse_event(_read(file), {SIGNATURE_HEADER: signature}, _token())
    emit_json(event.to_dict())


def _token() -> str:
    token = os.environ.get(API_TOKEN_ENV)
    if not token:
        raise usage_error(f"no API token: set the {API_TOKEN_ENV} environment variable (webhooks are keyed with it)")
    return token


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise usage_error(f"cannot read FILE: {exc.strerror or type(exc).__name__}") from None


__all__ = ["webhooks_sign", "webhooks_verify"]
