"""``sendbird-calls verify-spec``, the command over ``verify_spec()``: exit 0 match, 1 drift, 2 usage, 3 failed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .._constants import API_TOKEN_ENV, APP_ID_ENV, BASE_URL_ENV
from ..errors import ConfigurationError
from .progress import terminal_progress
from .report import EXIT_COULD_NOT_RUN, EXIT_USAGE, VerifyReport
from .run import DEFAULT_RATE, verify_spec

_FILE = click.Path(dir_okay=False, writable=True, path_type=Path)


@click.command(
    "verify-spec",
    epilog=f"The application ID comes from --app-id before the command or {APP_ID_ENV}, the token from "
    f"{API_TOKEN_ENV} only (never the command line). "
    "Exit status: 0 the application matches the spec, 1 drift found, 2 usage error, 3 could not run.",
)
@click.option(
    "--base-url",
    metavar="URL",
    help=f"The Calls API base URL of a mock or a proxy (default: --base-url before the command, ${BASE_URL_ENV}, "
    "else Sendbird's host).",
)
@click.option(
    "--write",
    is_flag=True,
    help="Also create, change and delete a room, a push token (with --push-user) and a secondary token; "
    "everything is removed again, even when a step fails.",
)
@click.option("--push-user", metavar="USER", help="An existing user to add (and then remove) a push token on.")
@click.option("--report", "report_file", type=_FILE, help="Write the findings as a JSON report to FILE.")
@click.option(
    "--overlay",
    "overlay_file",
    type=_FILE,
    help="Write the additive drift (new fields, new enum values) as an OpenAPI Overlay 1.0 document "
    "(YAML if FILE ends in .yaml or .yml, else JSON).",
)
@click.option("--max-pages", type=click.IntRange(1, 100), default=2, show_default=True, help="Pages read of each list.")
@click.option(
    "--rate",
    type=click.FloatRange(0, 50, min_open=True),
    default=DEFAULT_RATE,
    show_default=True,
    help="Requests per second in all (Sendbird allows 10 GET/s per endpoint).",
)
def verify_spec_command(  # noqa: PLR0917 - click passes every option as an argument
    base_url: str | None,
    write: bool,
    push_user: str | None,
    report_file: Path | None,
    overlay_file: Path | None,
    max_pages: int,
    rate: float,
) -> None:
    """Check the spec against your application: call it and compare every answer with the spec.

    On a terminal, stderr shows the operation being checked and how many answers were.
    """
    if push_user is not None and not write:
        raise click.UsageError("--push-user needs --write (adding a push token is a write)")
    from ..cli.connection import resolve  # the CLI's one order: this option, the root's, the environment

    connection = resolve(click.get_current_context(), base_url)
    try:
        with terminal_progress() as progress:
            report = verify_spec(
                app_id=connection.app_id,
                base_url=connection.base_url,
                write=write,
                push_user=push_user,
                max_pages=max_pages,
                rate=rate,
                progress=progress,
            )
    except (ConfigurationError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    except ImportError as exc:
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_COULD_NOT_RUN) from None
    click.echo(report.render(), nl=False)
    if report_file is not None:
        _write(report_file, report.to_json_text())
        click.echo(f"Report written to {report_file}")
    if overlay_file is not None:
        _write_overlay(overlay_file, report)
    if report.aborted:
        click.echo(f"error: could not run: {report.aborted}", err=True)
    raise click.exceptions.Exit(report.exit_code)


def _write_overlay(path: Path, report: VerifyReport) -> None:
    overlay = report.overlay()
    if overlay is None:
        click.echo(f"No additive drift: no overlay written to {path}")
        return
    _write(path, _dump(overlay, yaml_format=path.suffix.lower() in (".yaml", ".yml")))
    click.echo(f"Overlay with {len(overlay['actions'])} actions written to {path}")


def _dump(document: dict[str, Any], *, yaml_format: bool) -> str:
    if yaml_format:
        import yaml

        return str(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.UsageError(f"cannot write {path}: {exc.strerror}") from None


__all__ = ["EXIT_USAGE", "verify_spec_command"]
