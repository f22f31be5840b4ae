"""Answers and webhook payloads: a named schema and examples that fit it.

The tests, the mock's seeds and the docs read ``examples`` (the first entry's ``value`` of each 200
answer: ``tests/spec_examples.py``); a 2xx answer or a webhook without one used to stop pytest at
collection with a bare ``KeyError``. Each example is validated with jsonschema (Draft 2020-12)
against its schema, the spec's components as the registry.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from referencing.exceptions import Unresolvable

from tools.lint_spec.document import SpecDocument, mapping, ref_location
from tools.lint_spec.findings import Finding, Location

_MESSAGE_CHARS = 160
"""Longest validation message kept (jsonschema quotes whole instances)."""
_EXAMPLES_FIX = (
    "add `examples: {<name>: {summary: Synthetic example, ..., value: ...}}` with a value that fits the schema "
    "(at least one entry: the tests and the mock read the first)"
)


def answer_rules(document: SpecDocument) -> Iterator[Finding]:
    """Every operation answers 200; every 2xx answer with content names its schema and has examples that fit."""
    for site in document.operations():
        responses = site.node.get("responses")
        if not isinstance(responses, dict):
            continue
        if "200" not in {str(code) for code in responses}:
            yield Finding(
                (*site.location, "responses"),
                "the operation documents no `200` answer (Sendbird answers a success with 200; the tests "
                "and the mock read the 200's example)",
                "add a `200` answer, with its schema and `examples` when it has a body",
            )
        for code, answer in responses.items():
            content = document.resolve(answer).get("content")
            if not str(code).startswith("2") or not isinstance(content, dict):
                continue
            for media, body in content.items():
                yield from _body((*site.location, "responses", str(code), "content", str(media)), body, document)


def webhook_rules(document: SpecDocument) -> Iterator[Finding]:
    """Every webhook has a JSON payload: a named schema whose ``category`` is the event's name, and examples."""
    for site in document.webhooks():
        content = document.resolve(site.node.get("requestBody")).get("content")
        if not isinstance(content, dict) or not content:
            yield Finding(
                site.location,
                "the webhook has no payload (`requestBody.content`)",
                "add `requestBody.content.application/json` with the event's `schema` and `examples`",
            )
            continue
        for media, body in content.items():
            location = (*site.location, "requestBody", "content", str(media))
            yield from _body(location, body, document)
            yield from _category(location, site.name, body, document)


def _body(location: Location, body: Any, document: SpecDocument) -> Iterator[Finding]:
    """A media type object of an answer or a payload: a ``$ref`` schema and at least one fitting example."""
    if not isinstance(body, dict):
        return
    schema = body.get("schema")
    if schema is None:
        yield Finding(location, "no `schema`", "add `schema: {$ref: '#/components/schemas/<Model>'}`")
        return
    if not isinstance(schema, dict) or not _component(schema.get("$ref")):
        yield Finding(
            (*location, "schema"),
            "the schema is not a `$ref` to `#/components/schemas/<Model>` (the generated model, the typed "
            "webhook events and the tests take its name from there)",
            "move the schema to `components.schemas` and refer to it with `$ref`",
        )
    examples = body.get("examples")
    if not isinstance(examples, dict) or not examples:
        if "example" in body:
            yield Finding(
                location,
                "`example` but no `examples` (the tests and the mock read `examples`)",
                "move it to `examples: {<name>: {summary: Synthetic example, ..., value: <the example>}}`",
            )
        else:
            yield Finding(location, "no `examples`", _EXAMPLES_FIX)
    else:
        for name, entry in examples.items():
            example = document.resolve(entry)
            here = (*location, "examples", str(name))
            if "value" not in example:
                yield Finding(
                    here,
                    "the example has no `value` (an `externalValue` is not read)",
                    "write the example's `value` inline",
                )
                continue
            yield from _fits(document, schema, example["value"], (*here, "value"))
    if "example" in body:
        yield from _fits(document, schema, body["example"], (*location, "example"))


def _fits(document: SpecDocument, schema: Any, value: Any, location: Location) -> Iterator[Finding]:
    try:
        error = document.validation_error(schema, value)
    except Unresolvable:
        return  # a $ref that resolves to nothing: the $ref rule reports it, once
    except Exception as exc:  # jsonschema meets a schema that is not JSON Schema (`type: x`, `required: true`)
        reason = " ".join(str(exc).split("\n", 1)[0].split())[:_MESSAGE_CHARS]
        yield Finding(
            location,
            f"the example cannot be checked: its schema is not valid JSON Schema ({type(exc).__name__}: {reason})",
            "run `python -m openapi_spec_validator` on the spec, which names the invalid schema",
        )
        return
    if error is not None:
        message = " ".join(error.message.split())
        if len(message) > _MESSAGE_CHARS:
            message = message[: _MESSAGE_CHARS - 3] + "..."
        yield Finding(
            (*location, *(str(part) for part in error.absolute_path)),
            f"the example does not fit its schema: {message}",
            "correct the example, or the schema when the example is what the API sends",
        )


def _category(location: Location, event: str, body: Any, document: SpecDocument) -> Iterator[Finding]:
    """Typed webhook events find their model by a ``category`` property that is ``const: <event>``."""
    if not isinstance(body, dict):
        return
    payload = document.resolve(body.get("schema"))
    category = document.resolve(mapping(payload.get("properties")).get("category"))
    required = payload.get("required")
    if category.get("const") != event or not isinstance(required, list) or "category" not in required:
        yield Finding(
            (*location, "schema"),
            f"the payload schema has no required `category` that is `const: {event!r}` (typed webhook events "
            "find their model by it)",
            f"give the payload schema `category: {{type: string, const: {event!r}}}` and list it in `required`",
        )


def _component(ref: object) -> bool:
    """Whether ``ref`` names a schema of ``components.schemas``."""
    location = ref_location(ref)
    return location is not None and len(location) == 3 and location[:2] == ("components", "schemas")
