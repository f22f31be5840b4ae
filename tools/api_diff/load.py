"""The two sides of a comparison: the base (last release, a git ref or a spec file) and the new spec."""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate

from tools.api_diff.changes import CannotCompareError

SPEC_PATH = "openapi/calls-v1.yaml"
RELEASES_DIR = "openapi/releases"
OVERRIDES_PATH = "overrides/sendbird_calls"
GENERATED_PATH = "generated/sendbird_calls_api"
VERSION_PATTERN = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")

Version = tuple[int, int, int]


@dataclass(frozen=True)
class Base:
    """The side compared against: its spec (parsed, and as a file for the generator) and its hand-written package.

    ``overrides`` is the folder holding the base's ``sendbird_calls``, or None when the base is a spec
    file: then the working tree's hand-written package stands on both sides.
    """

    label: str
    spec: dict[str, Any]
    spec_file: Path
    overrides: Path | None
    release: str | None


def parse_version(text: str) -> Version:
    """``"0.1.0"`` as ``(0, 1, 0)``; anything but MAJOR.MINOR.PATCH is a ValueError."""
    match = VERSION_PATTERN.match(text.strip())
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {text!r}")
    return (int(match[1]), int(match[2]), int(match[3]))


def format_version(version: Version) -> str:
    """``(0, 2, 0)`` as ``"0.2.0"``."""
    return ".".join(str(part) for part in version)


def parse_spec(text: str, where: str) -> dict[str, Any]:
    """The spec as a mapping; a document that is not YAML or not valid OpenAPI is CannotCompareError naming where."""
    try:
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise CannotCompareError(f"{where} is not valid YAML{line}") from exc
    return check_spec(document, where)


def check_spec(document: Any, where: str) -> dict[str, Any]:
    """``document`` if it is a valid OpenAPI document, else CannotCompareError with the first problem and its place."""
    if not isinstance(document, dict) or "openapi" not in document or not isinstance(document.get("paths"), dict):
        raise CannotCompareError(f"{where} is not an OpenAPI document (no 'openapi' and 'paths')")
    try:
        validate(document)
    except Exception as exc:  # the validator's errors have no common base beyond Exception
        message = str(getattr(exc, "message", "") or exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        location = "/".join(str(part) for part in getattr(exc, "absolute_path", []))
        raise CannotCompareError(f"{where} is not a valid OpenAPI document: {message} at /{location}") from exc
    return document


def read_spec_file(path: Path) -> dict[str, Any]:
    """A spec file, parsed; a missing or unreadable file is CannotCompareError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CannotCompareError(f"cannot read {path}: {exc.__class__.__name__}") from exc
    return parse_spec(text, str(path))


def releases(root: Path) -> list[tuple[Version, Path]]:
    """Every released spec kept in ``openapi/releases/<version>.yaml``, oldest first."""
    found: list[tuple[Version, Path]] = []
    for path in (root / RELEASES_DIR).glob("*.yaml"):
        try:
            found.append((parse_version(path.stem), path))
        except ValueError:
            continue
    return sorted(found)


def last_release(root: Path) -> tuple[Version, Path]:
    """The newest released spec; none at all is CannotCompareError."""
    found = releases(root)
    if not found:
        raise CannotCompareError(f"no released spec in {RELEASES_DIR}/ (expected <version>.yaml)")
    return found[-1]


def _git(root: Path, *args: str) -> bytes:
    """Runs git in ``root``; a failure is CannotCompareError with git's last line."""
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)  # noqa: S603, S607
    except OSError as exc:
        raise CannotCompareError(f"cannot run git: {exc.__class__.__name__}") from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CannotCompareError(f"git {args[0]} failed: {lines[-1] if lines else f'exit status {done.returncode}'}")
    return done.stdout


def _extract_overrides(root: Path, ref: str, workdir: Path) -> Path | None:
    """The ref's ``overrides/sendbird_calls`` unpacked under ``workdir``; None when the ref has none."""
    try:
        archive = _git(root, "archive", "--format=tar", ref, OVERRIDES_PATH)
    except CannotCompareError:
        return None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(workdir / "base-tree", filter="data")
    return workdir / "base-tree" / Path(OVERRIDES_PATH).parent


def resolve_base(root: Path, base: str | None, workdir: Path) -> Base:
    """The base named by ``base``: None for the last release, an existing file, or else a git ref."""
    if base is None:
        version, path = last_release(root)
        release = format_version(version)
        label = f"release {release} (`{path.relative_to(root).as_posix()}`)"
        return Base(label, read_spec_file(path), path, None, release)
    candidate = Path(base)
    if candidate.is_file():
        return Base(f"spec file `{base}`", read_spec_file(candidate), candidate, None, None)
    if base.startswith("-"):
        raise CannotCompareError(f"BASE {base!r} is neither a spec file nor a git ref")
    try:
        text = _git(root, "show", f"{base}:{SPEC_PATH}").decode("utf-8", "replace")
    except CannotCompareError as exc:
        raise CannotCompareError(
            f"BASE {base!r} is neither a spec file nor a git ref with {SPEC_PATH} ({exc})"
        ) from exc
    spec = parse_spec(text, f"{SPEC_PATH} at git ref {base}")
    spec_file = workdir / "base-spec.yaml"
    spec_file.write_text(text, encoding="utf-8")
    return Base(f"git ref `{base}`", spec, spec_file, _extract_overrides(root, base, workdir), None)
