"""One runnable example per operation, built from the operations table and the spec, never written by hand.

An example is a whole script: it opens a ``CallsClient`` from the environment (``SENDBIRD_APP_ID``,
``SENDBIRD_API_TOKEN``, ``SENDBIRD_CALLS_BASE_URL``: against ``sendbird-calls mock`` it runs as
pasted), obtains what the call needs, makes the call and prints the result. Its answer is the
spec's first example of the operation's 200, as the method returns it (an envelope unwrapped).

Where a path value comes from, in this order: an enum's value (one the answer's example shows, else
the first); the spec's ``links`` (``create_room`` links ``room_id`` to ``get_room``: the example
creates a room first, with the values its own example shows); a list operation without path
parameters whose items carry the value (``users.list`` for ``user_id``). Body fields take the value
the answer's example shows under the same name; a required one it does not show takes an enum value.
A value none of these can give is an ``ExampleError`` naming the operation and the parameter.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sendbird_calls import spec_doc
from sendbird_calls.core.operation import Operation, Param
from sendbird_calls.core.resource import SyncResource
from sendbird_calls_api.api import operations

_LINK_SOURCE = re.compile(r"^\$response\.body#(/.*)?$")
_LINK_REQUEST_PATH = re.compile(r"^\$request\.path\.(\w+)$")
_INDENT = "    "


class ExampleError(Exception):
    """An operation's example cannot be built from the table and the spec; the message says what is missing."""


@dataclass(frozen=True)
class OperationExample:
    """One operation's example: the script, the name it binds the result to, and the spec's answer."""

    operation: Operation[Any]
    code: str
    """A whole script: imports, a client from the environment, the setup, the call, a print."""
    result_name: str | None
    """The variable holding what the call returned (``None`` when the call answers nothing)."""
    answer: Any
    """The spec's example of what the method returns, as JSON values (``None``: no body)."""
    summary: str
    """The spec example's summary (``Synthetic example, a new video room``), or empty."""

    @property
    def answer_json(self) -> str | None:
        """The answer as indented JSON, as ``to_json(indent=2)`` prints it."""
        return None if self.answer is None else json.dumps(self.answer, indent=2, ensure_ascii=False)


def resource_class(tag: str) -> type[SyncResource]:
    """The sync resource class of a tag (``Rooms`` for ``rooms``), found in its generated module."""
    module = importlib.import_module(f"sendbird_calls_api.api.{tag}")
    found = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, SyncResource) and value.__module__ == module.__name__
    ]
    if len(found) != 1:
        raise ExampleError(f"tag {tag}: expected one SyncResource class in {module.__name__}, found {len(found)}")
    return found[0]


def first_example(operation_id: str) -> tuple[Any, str]:
    """The value and summary of the first example of an operation's 200 JSON answer (``None`` without one)."""
    responses = spec_doc.operation(operation_id).get("responses", {})
    answer = spec_doc.resolve(responses.get("200") or responses.get(200) or {})
    examples = answer.get("content", {}).get("application/json", {}).get("examples") or {}
    for example in examples.values():
        resolved = spec_doc.resolve(example)
        return resolved.get("value"), str(resolved.get("summary", ""))
    return None, ""


def returned_example(op: Operation[Any]) -> tuple[Any, str]:
    """The spec's example of what the method returns: the 200 example, its envelope unwrapped."""
    value, summary = first_example(op.id)
    if op.unwrap is not None and isinstance(value, Mapping):
        value = value.get(op.unwrap)
    return value, summary


def py_literal(value: Any) -> str:
    """A JSON value as Python source, strings in double quotes (as ruff formats them)."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if value is None:
        return "None"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(item) for item in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{py_literal(str(key))}: {py_literal(item)}" for key, item in value.items()) + "}"
    raise ExampleError(f"not a JSON value: {value!r}")


def strings_in(value: Any) -> Iterator[str]:
    """Every string of a JSON value, depth first, keys excluded."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from strings_in(item)


def enum_values(schema: Mapping[str, Any]) -> list[str]:
    """The allowed values of an enum schema, also inside an open enum's ``anyOf``/``oneOf``."""
    resolved = spec_doc.resolve(dict(schema))
    if isinstance(resolved.get("enum"), list):
        return [str(value) for value in resolved["enum"] if value is not None]
    for key in ("anyOf", "oneOf"):
        for option in resolved.get(key) or ():
            values = enum_values(option)
            if values:
                return values
    return []


def pick_enum(values: list[str], answer: Any) -> str:
    """The first of ``values`` that the answer's example shows, else the first value."""
    shown = set(strings_in(answer))
    return next((value for value in values if value in shown), values[0])


def operation_by_id() -> dict[str, Operation[Any]]:
    """The operations table by operationId."""
    return {op.id: op for op in operations()}


def links_to(target: Operation[Any]) -> Iterator[tuple[Operation[Any], Mapping[str, str]]]:
    """(source operation, its link's parameters) for each spec link of a 200 answer that leads to ``target``."""
    table = operation_by_id()
    for source_id, spec_operation in spec_doc.operations().items():
        responses = spec_operation.get("responses", {})
        answer = spec_doc.resolve(responses.get("200") or responses.get(200) or {})
        for link in (answer.get("links") or {}).values():
            resolved = spec_doc.resolve(link)
            if resolved.get("operationId") == target.id and source_id in table:
                yield table[source_id], resolved.get("parameters") or {}


def attribute_path(source: Operation[Any], expression: str) -> str | None:
    """``$response.body#/room/room_id`` as the attributes of what ``source`` returns (``.room_id``)."""
    match = _LINK_SOURCE.match(expression)
    if match is None:
        return None
    parts = [part for part in (match.group(1) or "").split("/") if part]
    if source.unwrap is not None:
        if not parts or parts[0] != source.unwrap:
            return None
        parts = parts[1:]
    if not parts or not all(part.isidentifier() for part in parts):
        return None
    return "." + ".".join(parts)


class _Builder:
    """Builds one example: setup lines, each path value's Python expression, the call."""

    def __init__(self) -> None:
        self.setup: list[str] = []
        self.names: set[str] = {"client"}

    def variable(self, wanted: str) -> str:
        """A fresh variable name, ``wanted`` when free."""
        name, number = wanted, 2
        while name in self.names:
            name, number = f"{wanted}_{number}", number + 1
        self.names.add(name)
        return name

    def path_value(self, op: Operation[Any], param: Param, answer: Any, known: Mapping[str, str]) -> str:
        """A Python expression for a required path value of ``op``, adding setup lines as needed."""
        if param.wire in known:
            return known[param.wire]
        if param.kind == "enum" and param.enum is not None:
            return py_literal(pick_enum([str(member.value) for member in param.enum], answer))
        for source, link_params in links_to(op):
            attributes = attribute_path(source, str(link_params.get(param.wire, "")))
            if attributes is None:
                continue
            shared = {
                name: known[match.group(1)]
                for name, value in link_params.items()
                if (match := _LINK_REQUEST_PATH.match(str(value))) and match.group(1) in known
            }
            call = self.call(source, returned_example(source)[0], shared)
            variable = self.variable(param.name)
            self.setup.append(f"{variable} = {call}{attributes}")
            return variable
        for source in operations():
            if source.paging is None or any(p.required and not p.client_filled for p in source.path_params):
                continue
            items = (first_example(source.id)[0] or {}).get(source.paging.items) or []
            if items and isinstance(items[0], Mapping) and param.wire in items[0]:
                variable = self.variable(param.name)
                self.setup.append(f"{variable} = {self.call(source, None, {})}.items[0].{param.wire}")
                return variable
        raise ExampleError(
            f"{op.qualified_name}: no way to obtain `{param.wire}` for its example: give it a link from an "
            "operation that answers it (the spec's `links`), or a list operation whose items carry it"
        )

    def call(self, op: Operation[Any], answer: Any, known: Mapping[str, str]) -> str:
        """``client.<tag>.<name>(...)`` with the path values and the body fields the example needs."""
        values = dict(known)
        arguments: list[str] = []
        for param in op.path_params:
            if param.client_filled or not param.required:
                continue
            values[param.wire] = self.path_value(op, param, answer, values)
            arguments.append(values[param.wire])
        for param in op.query_params:
            if param.required:
                raise ExampleError(f"{op.qualified_name}: a required query parameter `{param.wire}` has no example")
        if op.body is not None:
            schema = spec_doc.body_schema(op.id).get("properties") or {}
            for field in op.body.fields:
                if isinstance(answer, Mapping) and field.wire in answer:
                    arguments.append(f"{field.name}={py_literal(answer[field.wire])}")
                elif field.required:
                    choices = enum_values(schema.get(field.wire, {}))
                    if not choices:
                        raise ExampleError(
                            f"{op.qualified_name}: the required body field `{field.wire}` has no value in the "
                            "answer's example and is not an enum"
                        )
                    arguments.append(f"{field.name}={py_literal(pick_enum(choices, answer))}")
        return f"client.{op.tag}.{op.name}({', '.join(arguments)})"


def result_name(op: Operation[Any]) -> str:
    """The variable the example binds the result to: ``page``, the unwrapped attribute, else ``result``."""
    if op.paging is not None:
        return "page"
    return op.unwrap or "result"


def build_example(op: Operation[Any]) -> OperationExample:
    """The example of one operation (``ExampleError`` when the table and the spec cannot give one)."""
    answer, summary = returned_example(op)
    builder = _Builder()
    call = builder.call(op, answer, {})
    lines = list(builder.setup)
    name: str | None = result_name(op)
    if op.response is None:
        lines.append(f"{call}  # None: the answer has no body")
        name = None
    elif op.paging is not None:
        lines.append(f"page = {call}  # the first page; iterating it yields every item of every page")
        lines.append("print(page.body.to_json(indent=2))  # the page as sent; page.items, page.next_token")
    elif isinstance(answer, list):
        item = "item" if name is None else name.removesuffix("s") or "item"
        lines.append(f"{name} = {call}")
        lines.append(f"for {item} in {name}:")
        lines.append(f"{_INDENT}print({item}.to_json(indent=2))")
    elif op.empty_success:
        lines.append(f"{name} = {call}  # None when the answer has no body")
        lines.append(f"print({name}.to_json(indent=2) if {name} is not None else None)")
    else:
        lines.append(f"{name} = {call}")
        lines.append(f"print({name}.to_json(indent=2))")
    body = "\n".join(_INDENT + line for line in lines)
    code = f"from sendbird_calls import CallsClient\n\nwith CallsClient() as client:\n{body}\n"
    return OperationExample(operation=op, code=code, result_name=name, answer=answer, summary=summary)


def all_examples() -> list[OperationExample]:
    """Every operation's example, in the table's order."""
    return [build_example(op) for op in operations()]


def tag_title(tag: str) -> str:
    """The heading of a tag's section: the client attribute (``client.rooms``)."""
    return f"`client.{tag}`"


def tag_order() -> list[str]:
    """The tags in the spec's order (its top-level ``tags``), then any it does not declare."""
    declared = [
        str(entry.get("name")) for entry in spec_doc.load_spec().get("tags") or () if isinstance(entry, Mapping)
    ]
    return declared + sorted({op.tag for op in operations()} - set(declared))


def tag_description(tag: str) -> str:
    """The spec's description of a tag (its top-level ``tags`` entry)."""
    for entry in spec_doc.load_spec().get("tags") or ():
        if isinstance(entry, Mapping) and entry.get("name") == tag:
            return " ".join(str(entry.get("description", "")).split())
    return ""


def render_reference() -> str:
    """The operations reference: per tag, its resource class, then each method's reference and example."""
    sections: list[str] = []
    by_tag: dict[str, list[OperationExample]] = {}
    for example in all_examples():
        by_tag.setdefault(example.operation.tag, []).append(example)
    for tag in sorted(by_tag, key=tag_order().index):
        examples = by_tag[tag]
        cls = resource_class(tag)
        qualified = f"{cls.__module__}.{cls.__qualname__}"
        sections.append(f"## {tag_title(tag)}\n\n{tag_description(tag)} A `{cls.__qualname__}`.\n")
        for example in examples:
            op = example.operation
            sections.append(
                f"::: {qualified}.{op.name}\n    options:\n      heading_level: 3\n      show_root_full_path: false\n"
            )
            sections.append(render_example(example))
    return "\n".join(sections)


def render_example(example: OperationExample) -> str:
    """The example and its answer, as Markdown under the method's reference."""
    op = example.operation
    parts = [f"**Example** (`{op.method} {op.path}`; runs as is against `sendbird-calls mock`):\n"]
    parts.append(f"```python\n{example.code}```\n")
    if example.answer_json is None:
        parts.append("The answer has no body: the method returns `None`.\n")
    else:
        what = "The page" if op.paging is not None else "The result"
        summary = f" ({example.summary.rstrip('.')})" if example.summary else ""
        parts.append(f"{what}, from the spec's example{summary}:\n")
        parts.append(f"```json\n{example.answer_json}\n```\n")
    return "\n".join(parts)
