"""Every operation method documents its parameters, its answer and its errors (Google style)."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import yaml

from sendbird_calls.core.operation import Operation
from sendbird_calls.core.resource import AsyncResource, SyncResource
from sendbird_calls_api.api import operations
from tests.test_spec import SPEC_PATH
from tools.docs_site.operation_examples import resource_class


def async_resource_class(tag: str) -> type[AsyncResource]:
    """The async resource class of a tag (``AsyncRooms``), beside the sync one in its generated module."""
    module = inspect.getmodule(resource_class(tag))
    (found,) = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, AsyncResource) and value.__module__ == module.__name__
    ]
    return found


def operation_methods() -> Iterator[tuple[str, Callable[..., Any]]]:
    """(qualified name, function) of each operation's method on the sync and the async resource class."""
    for op in operations():
        for cls in (resource_class(op.tag), async_resource_class(op.tag)):
            yield f"{cls.__name__}.{op.name}", vars(cls)[op.name]


METHODS = sorted(operation_methods(), key=lambda item: item[0])


def sections(doc: str) -> dict[str, dict[str, str]]:
    """The entries of each Google-style section (``Args``, ``Returns``, ``Raises``) of a docstring."""
    found: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    last = ""
    for line in inspect.cleandoc(doc).splitlines():
        if re.fullmatch(r"(Args|Returns|Raises):", line):
            current = found.setdefault(line[:-1], {})
        elif current is not None and re.match(r"    \S", line):
            last, _, text = line.strip().partition(": ")
            current[last] = text
        elif current is not None and line.startswith("        "):
            current[last] += " " + line.strip()
        elif not line.strip():
            current = None
    return found


def test_every_operation_of_the_spec_has_a_sync_and_an_async_method() -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    spec_ids = {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    assert {op.id for op in operations()} == spec_ids
    assert len(METHODS) == 2 * len(spec_ids)
    for op in operations():
        assert issubclass(resource_class(op.tag), SyncResource)
        assert inspect.iscoroutinefunction(vars(async_resource_class(op.tag))[op.name]) == (op.paging is None)


def test_help_on_the_client_shows_each_resource_class_and_its_methods() -> None:
    """``help(client.rooms)`` names the class and lists its methods (issue 22: it showed an opaque object)."""
    import pydoc

    from sendbird_calls import CallsClient

    client = CallsClient("help-app", "help-token")
    try:
        shown = pydoc.render_doc(CallsClient, renderer=pydoc.plaintext)
        for tag in {op.tag for op in operations()}:
            assert f" |  {tag} = " in shown
            assert f"({resource_class(tag).__name__})" in shown.replace("``", "")
            resource = pydoc.render_doc(getattr(client, tag), renderer=pydoc.plaintext)
            assert f"class {resource_class(tag).__name__}(" in resource
            for op in operations():
                if op.tag == tag:
                    # 3.13's pydoc breaks a long signature after "(": match either layout
                    assert re.search(rf"\|  {op.name}\(\s*(\|\s*)?self\b", resource), op.qualified_name
    finally:
        client.close()


@pytest.mark.parametrize(("qualified", "function"), METHODS, ids=[q for q, _ in METHODS])
def test_docstring_documents_every_parameter_the_answer_and_the_errors(
    qualified: str, function: Callable[..., Any]
) -> None:
    doc = function.__doc__ or ""
    found = sections(doc)
    parameters = [name for name in inspect.signature(function).parameters if name != "self"]
    assert set(found.get("Args", {})) == set(parameters), qualified
    for name in parameters:
        assert len(found["Args"][name].split()) >= 3, f"{qualified}: {name} has no real description"
    assert len(found.get("Returns", {})) == 1, qualified
    assert {"APIError", "BadRequestError", "APIConnectionError"} & set(found.get("Raises", {})), qualified
    assert "InvalidArgumentError" in found["Raises"], qualified
    assert "Evidence" not in doc, f"{qualified}: research notes belong in the spec's x-evidence"
    assert "x-evidence" not in doc, qualified


def test_enum_parameters_list_their_values_and_ranges_are_stated() -> None:
    from sendbird_calls_api.api.rooms import Rooms

    args = sections(Rooms.list.__doc__ or "")["Args"]
    assert '"small_room_for_video"' in args["type"]
    assert '"open"' in args["state"]
    assert "Range: 1 to 100" in args["limit"]
    assert "Default" in args["limit"]
    assert "Unix milliseconds" in args["created_at_start_date"]


def test_request_options_name_every_key_of_request_options() -> None:
    """Each method's ``request_options`` entry lists the keys ``RequestOptions`` takes (``deadline`` too)."""
    from sendbird_calls.core.options import OPTION_KEYS

    for qualified, function in METHODS:
        text = sections(function.__doc__ or "")["Args"]["request_options"]
        assert set(re.findall(r"`(\w+)`", text)) >= set(OPTION_KEYS), qualified


def test_list_methods_say_how_to_page() -> None:
    """A list method's answer names the next-page cursor (the sync one also how to pass it back as ``next=``)."""
    for op in operations():
        if op.paging is None:
            continue
        sync = " ".join(sections(vars(resource_class(op.tag))[op.name].__doc__ or "").get("Returns", {}).values())
        assert "next_token" in sync, op.qualified_name
        assert "next=" in sync, op.qualified_name
        awaited = vars(async_resource_class(op.tag))[op.name].__doc__ or ""
        assert "next_token" in " ".join(sections(awaited).get("Returns", {}).values()), op.qualified_name


def hand_written_entry_points() -> list[tuple[str, Callable[..., Any]]]:
    """The hand-written names a user calls first: the clients, the webhook helpers, the mock app."""
    from sendbird_calls import AsyncCallsClient, CallsClient
    from sendbird_calls.mock.app import create_app
    from sendbird_calls.webhooks import (
        asend_test_event,
        event_from_dict,
        parse_event,
        send_test_event,
        sign,
        signature_from_headers,
        verify_signature,
    )

    named = [
        CallsClient,
        AsyncCallsClient,
        parse_event,
        event_from_dict,
        sign,
        verify_signature,
        signature_from_headers,
        send_test_event,
        asend_test_event,
        create_app,
    ]
    return [(item.__qualname__, item) for item in named]


@pytest.mark.parametrize(
    ("qualified", "item"), hand_written_entry_points(), ids=[q for q, _ in hand_written_entry_points()]
)
def test_hand_written_entry_points_document_every_parameter(qualified: str, item: Callable[..., Any]) -> None:
    found = sections(item.__doc__ or "")
    parameters = [name for name in inspect.signature(item).parameters if name != "self"]
    assert set(found.get("Args", {})) == set(parameters), qualified
    for name in parameters:
        assert len(found["Args"][name].split()) >= 3, f"{qualified}: {name} has no real description"
    if not inspect.isclass(item) and inspect.signature(item).return_annotation not in (None, "None"):
        assert "Returns" in found, qualified


def spec_parameters() -> list[tuple[str, str, dict[str, Any]]]:
    """(tag, operationId, resolved parameter) for every parameter of every operation of the spec."""
    from tests.test_spec import resolve

    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    found = []
    for item in spec["paths"].values():
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in ("get", "put", "post", "delete", "patch"):
            if method in item:
                operation = item[method]
                for declared in shared + [resolve(spec, p) for p in operation.get("parameters", [])]:
                    parameter = {**declared, "schema": resolve(spec, declared["schema"])}
                    found.append((operation["tags"][0], operation["operationId"], parameter))
    return found


def table_operation(operation_id: str) -> Operation[Any]:
    (found,) = [op for op in operations() if op.id == operation_id]
    return found


@pytest.mark.parametrize(
    ("tag", "operation_id", "parameter"),
    spec_parameters(),
    ids=[f"{op}-{p['name']}" for _, op, p in spec_parameters()],
)
def test_each_parameter_entry_carries_the_spec_description_values_range_and_default(
    tag: str, operation_id: str, parameter: dict[str, Any]
) -> None:
    op = table_operation(operation_id)
    assert op.tag == tag
    (param,) = [p for p in op.params if p.wire == parameter["name"]]
    for cls in (resource_class(tag), async_resource_class(tag)):
        text = sections(vars(cls)[op.name].__doc__ or "")["Args"][param.name]
        description = " ".join(parameter.get("description", "").split())
        assert description[:40] in text
        schema = parameter["schema"]
        enum = schema.get("enum") or resolve_items_enum(schema)
        for value in enum:
            assert f'"{value}"' in text
        if "minimum" in schema and "maximum" in schema:
            assert f"Range: {schema['minimum']} to {schema['maximum']}." in text
        if schema.get("default") is not None:
            assert str(schema["default"]) in text.partition("Default")[2]


def resolve_items_enum(schema: dict[str, Any]) -> list[Any]:
    """The allowed values of an array parameter's items (``end_result``), resolved through ``$ref``."""
    from tests.test_spec import resolve

    if schema.get("type") != "array":
        return []
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    items = resolve(spec, schema.get("items", {}))
    return list(items.get("enum", []))
