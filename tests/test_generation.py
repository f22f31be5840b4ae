"""The generated package is reproducible, importable per operation, and checked against the spec."""

from __future__ import annotations

import filecmp
import importlib
import inspect
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.test_spec import EXPECTED_OPERATIONS, SPEC_PATH, resolve
from tools.generate import generate as generate_package

ROOT = Path(__file__).resolve().parents[1]


def sample_path(template: str) -> tuple[dict[str, str], str]:
    """Sample values for the path parameters of ``template`` and the path they give."""
    values: dict[str, str] = {}
    path = template
    while "{" in path:
        name = path[path.index("{") + 1 : path.index("}")]
        values[name] = "apns_voip" if name == "token_type" else f"sample-{name}"
        path = path.replace("{" + name + "}", values[name])
    return values, path


def sample_body(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The smallest value that satisfies ``schema``'s required fields."""
    schema = resolve(spec, schema)
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("type") == "object":
        return {name: sample_body(spec, schema["properties"][name]) for name in schema.get("required", [])}
    return {"string": "x", "integer": 1, "boolean": True, "array": []}[schema["type"]]


@pytest.mark.parametrize(("tag", "operation_id", "method", "path"), sorted(EXPECTED_OPERATIONS))
def test_each_operation_module_builds_its_request(tag: str, operation_id: str, method: str, path: str) -> None:
    module = importlib.import_module(f"sendbird_calls_api.api.{tag}.{operation_id}")
    values: dict[str, Any]
    values, expected_path = sample_path(path)
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    body = spec["paths"][path][method.lower()].get("requestBody")
    if body and body["required"]:
        model = inspect.signature(module._get_kwargs, eval_str=True).parameters["body"].annotation
        values["body"] = model.from_dict(sample_body(spec, body["content"]["application/json"]["schema"]))
    kwargs = module._get_kwargs(**values)
    assert kwargs["method"].upper() == method
    assert kwargs["url"] == expected_path
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, name)), name


def generate(output: Path, spec: Path = ROOT / "openapi" / "calls-v1.yaml") -> None:
    """Runs the pinned generator the one way `make generate` does (tools/generate.py)."""
    generate_package(spec, output)


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (ignoring __pycache__)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name}" for name in cmp.left_only + cmp.right_only + cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return found


def test_two_generations_are_byte_identical_and_equal_the_committed_tree(tmp_path: Path) -> None:
    generate(tmp_path / "one" / "sendbird_calls_api")
    generate(tmp_path / "two" / "sendbird_calls_api")
    assert differences(tmp_path / "one" / "sendbird_calls_api", tmp_path / "two" / "sendbird_calls_api") == []
    assert differences(ROOT / "generated" / "sendbird_calls_api", tmp_path / "one" / "sendbird_calls_api") == []
    assert (tmp_path / "one" / "sendbird_calls_api" / "py.typed").is_file()
    assert not (tmp_path / "one" / "sendbird_calls_api" / ".ruff_cache").exists()


def test_check_generated_fails_with_the_fix_when_the_spec_changed_without_regenerating(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in ("Makefile", "generator-config.yaml", "pyproject.toml"):
        shutil.copy(ROOT / name, copy / name)
    for name in ("openapi", "generated", "overrides/templates", "tools"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / ".venv").symlink_to(ROOT / ".venv")
    (copy / ".venv" / ".installed-stamp").touch(exist_ok=True)
    os.utime(copy / "pyproject.toml", (0, 0))
    spec = copy / "openapi" / "calls-v1.yaml"
    text = spec.read_text(encoding="utf-8")
    changed = text.replace("summary: Create a room", "summary: Create a group-call room", 1)
    assert changed != text
    spec.write_text(changed, encoding="utf-8")

    result = subprocess.run(["make", "-s", "check-generated"], check=False, cwd=copy, capture_output=True, text=True)

    assert result.returncode != 0
    assert "generated/ differs" in result.stdout
    assert "make generate" in result.stdout
    assert "Create a group-call room" in result.stdout
