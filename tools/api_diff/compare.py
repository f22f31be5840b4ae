"""One comparison: the base and the new side, at the spec level and at the Python level."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from tools.api_diff.changes import CannotCompareError
from tools.api_diff.load import GENERATED_PATH, OVERRIDES_PATH, SPEC_PATH, Base, read_spec_file, resolve_base
from tools.api_diff.python_diff import python_changes
from tools.api_diff.report import Result
from tools.api_diff.spec_diff import diff_specs
from tools.generate import PACKAGE, GenerationError, generate


def _info_version(spec: dict[str, Any]) -> str:
    info = spec.get("info")
    return str(info.get("version", "?")) if isinstance(info, dict) else "?"


def _generate(spec_file: Path, outdir: Path, side: str) -> Path:
    """Generates one side's package; a failure is CannotCompareError naming the side."""
    try:
        generate(spec_file, outdir)
    except GenerationError as exc:
        raise CannotCompareError(f"cannot generate the {side}'s package: {exc}") from exc
    return outdir


def compare(root: Path, base: str | None = None, spec: Path | None = None, generated: Path | None = None) -> Result:
    """Compares ``root``'s spec (or ``spec``) and public Python API with ``base`` (None: the last release).

    The new ``sendbird_calls_api`` is ``generated`` (a package folder) when given, else generated from
    ``spec`` when given, else ``root``'s committed ``generated/`` package. The base's is always
    generated from the base spec into a temporary folder, with today's templates.
    """
    with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
        work = Path(tmp)
        old: Base = resolve_base(root, base, work)
        new_spec_file = spec if spec is not None else root / SPEC_PATH
        new_spec = read_spec_file(new_spec_file)
        spec_changes = diff_specs(old.spec, new_spec)
        old_package = _generate(old.spec_file, work / "old" / PACKAGE, "base")
        if generated is not None:
            new_package = generated
        elif spec is not None:
            new_package = _generate(spec, work / "new" / PACKAGE, "new spec")
        else:
            new_package = root / GENERATED_PATH
        if new_package.name != PACKAGE or not (new_package / "__init__.py").is_file():
            raise CannotCompareError(f"{new_package} is not a generated {PACKAGE} package folder")
        new_overrides = root / Path(OVERRIDES_PATH).parent
        notes = []
        if old.overrides is None:
            notes.append(
                "Hand-written `sendbird_calls`: the working tree's on both sides (the base is a spec file), "
                "so its Python diff shows what it re-exports from the generated package"
            )
        python = python_changes(old_package.parent, old.overrides or new_overrides, new_package.parent, new_overrides)
    new_label = f"`{new_spec_file}`" if spec is not None else f"the working tree (`{SPEC_PATH}`, `{GENERATED_PATH}`)"
    return Result(
        base_label=old.label,
        new_label=new_label,
        old_info_version=_info_version(old.spec),
        new_info_version=_info_version(new_spec),
        spec_changes=spec_changes,
        python_changes=python,
        notes=notes,
    )
