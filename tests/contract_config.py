"""The contract runs' schemathesis configuration: ``schemathesis.toml`` plus what follows from the spec.

``use_after_free`` expects a read of a deleted resource to fail. An operation the mock answers from
the spec (it has no stateful handler: a new operation of a regenerated spec) keeps no state, so
it cannot know what was deleted: the check is off for exactly those operations, computed from the
spec and the mock's handlers, never listed by hand. Every other check applies to them.
"""

from __future__ import annotations

from pathlib import Path

from sendbird_calls import spec_doc
from sendbird_calls.mock.operations import HANDLERS

ROOT = Path(__file__).resolve().parents[1]
BASE_CONFIG = ROOT / "schemathesis.toml"


def answered_from_spec(spec_path: Path | None = None) -> list[str]:
    """The operationIds of the spec that the mock answers from the spec (no stateful handler)."""
    document = spec_doc.read_spec(spec_path) if spec_path is not None else spec_doc.load_spec()
    ids = {str(op["operationId"]) for _, _, op in spec_doc.iter_operations(document) if "operationId" in op}
    return sorted(ids - set(HANDLERS))


def contract_config_text(spec_path: Path | None = None) -> str:
    """``schemathesis.toml`` with ``use_after_free`` off for the operations answered from the spec."""
    text = BASE_CONFIG.read_text(encoding="utf-8")
    stateless = answered_from_spec(spec_path)
    if not stateless:
        return text
    ids = ", ".join(f'"{operation_id}"' for operation_id in stateless)
    return (
        text.rstrip("\n")
        + "\n\n# Answered from the spec (no stateful handler), so no state to free: tests/contract_config.py.\n"
        + f"[[operations]]\ninclude-operation-id = [{ids}]\nchecks.use_after_free.enabled = false\n"
    )
