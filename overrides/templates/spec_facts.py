"""Prepares the template folder for the generator: the custom templates plus ``spec_facts.jinja``.

openapi-python-client hands templates each parameter's *schema* description only; the parameter's
own description, its range and the values of a referenced enum are dropped. This script reads them
from the spec and writes them as one Jinja dictionary, ``spec_facts``, keyed by operationId, that
``endpoint_init.py.jinja`` imports to write the Args/Returns sections of each method's docstring.

Usage: ``python overrides/templates/spec_facts.py SPEC DEST`` (copies this folder to DEST first).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
METHODS = ("get", "put", "post", "delete", "patch")
CONSTRAINTS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "maxItems")


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follows local ``$ref`` pointers until a concrete object."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def words(text: str | None) -> str:
    """The text on one line, whitespace collapsed."""
    return " ".join((text or "").split())


def parameter_facts(spec: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    """Description, constraints, default and allowed values of one parameter."""
    schema = resolve(spec, parameter.get("schema", {}))
    facts: dict[str, Any] = {"description": words(parameter.get("description") or schema.get("description"))}
    facts.update({name: schema[name] for name in CONSTRAINTS if name in schema})
    if schema.get("default") is not None:
        facts["default"] = schema["default"]
    if "enum" in schema:
        facts["enum"] = list(schema["enum"])
    if isinstance(schema.get("type"), str):
        facts["type"] = schema["type"]
    return facts


def operation_facts(spec: dict[str, Any]) -> dict[str, Any]:
    """Per operationId: its parameters' facts (by wire name), its body, its success and error answers."""
    found: dict[str, Any] = {}
    for item in spec["paths"].values():
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            own = [resolve(spec, p) for p in operation.get("parameters", [])]
            parameters = {p["name"]: parameter_facts(spec, p) for p in shared + own}
            body = resolve(spec, operation["requestBody"]) if "requestBody" in operation else {}
            body_schema = resolve(spec, body.get("content", {}).get("application/json", {}).get("schema", {}))
            answers = {code: resolve(spec, answer) for code, answer in operation["responses"].items()}
            success = [answer for code, answer in answers.items() if code.startswith("2")]
            found[operation["operationId"]] = {
                "parameters": parameters,
                "body": words(body.get("description") or body_schema.get("description")),
                "returns": words(success[0].get("description")) if success else "",
                "errors": {
                    code: words(answer.get("description")) for code, answer in answers.items() if code[0] in "45"
                },
            }
    return found


def render(spec_path: Path) -> str:
    """The Jinja source of ``spec_facts.jinja``: JSON without null is a valid Jinja literal."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    literal = json.dumps(operation_facts(spec), indent=1, sort_keys=True, ensure_ascii=True)
    return "{# Derived from the spec by spec_facts.py; never committed. #}\n{% set spec_facts = " + literal + " %}\n"


def main(argv: list[str]) -> int:
    """Copies the templates to DEST and writes DEST/spec_facts.jinja from SPEC."""
    if len(argv) != 2:
        print("usage: spec_facts.py SPEC DEST", file=sys.stderr)
        return 2
    spec_path, dest = Path(argv[0]), Path(argv[1])
    shutil.copytree(HERE, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    (dest / "spec_facts.jinja").write_text(render(spec_path), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
