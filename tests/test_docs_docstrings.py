"""Every operation method documents its parameters, its answer and its errors (Google style)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import yaml

import sendbird_calls_api.api as api_package
from tests.test_spec import SPEC_PATH


def operation_methods() -> Iterator[tuple[str, Callable[..., Any]]]:
    """(qualified name, function) of every public method of every generated per-tag class."""
    for info in pkgutil.iter_modules(api_package.__path__):
        module = importlib.import_module(f"{api_package.__name__}.{info.name}")
        for class_name, cls in sorted(vars(module).items()):
            if not (
                inspect.isclass(cls)
                and cls.__module__ == module.__name__
                and class_name.endswith(("Api", "ApiWithRawResponse"))
            ):
                continue
            for name, function in sorted(vars(cls).items()):
                if inspect.isfunction(function) and not name.startswith("_"):
                    yield f"{class_name}.{name}", function


METHODS = sorted(operation_methods())


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


def test_every_tag_class_and_operation_is_covered() -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    operations = {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    names = {qualified.split(".")[1] for qualified, _ in METHODS}
    assert operations <= names
    # four variants per operation: sync, async, and both with raw response
    assert len([q for q, _ in METHODS if q.split(".")[1] in operations]) == 4 * len(operations)


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
    assert "ValueError" in found["Raises"], qualified
    assert "Evidence" not in doc, f"{qualified}: research notes belong in the spec's x-evidence"
    assert "x-evidence" not in doc, qualified


def test_enum_parameters_list_their_values_and_ranges_are_stated() -> None:
    from sendbird_calls_api.api.rooms import RoomsApi

    args = sections(RoomsApi.list_rooms.__doc__ or "")["Args"]
    assert '"small_room_for_video"' in args["type_"]
    assert '"open"' in args["state"]
    assert "Range: 1 to 100" in args["limit"]
    assert "Default" in args["limit"]
    assert "Unix milliseconds" in args["created_at_start_date"]


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


@pytest.mark.parametrize(
    ("tag", "operation_id", "parameter"),
    spec_parameters(),
    ids=[f"{op}-{p['name']}" for _, op, p in spec_parameters()],
)
def test_each_parameter_entry_carries_the_spec_description_values_range_and_default(
    tag: str, operation_id: str, parameter: dict[str, Any]
) -> None:
    module = importlib.import_module(f"{api_package.__name__}.{tag}")
    cls = next(c for name, c in vars(module).items() if name.endswith("Api") and not name.startswith("Async"))
    args = sections(getattr(cls, operation_id).__doc__ or "")["Args"]
    name = parameter["name"] if parameter["name"] in args else parameter["name"] + "_"
    text = args[name]
    description = " ".join(parameter.get("description", "").split())
    assert description[:40] in text
    schema = parameter["schema"]
    for value in schema.get("enum", []):
        assert f'"{value}"' in text
    if "minimum" in schema and "maximum" in schema:
        assert f"Range: {schema['minimum']} to {schema['maximum']}." in text
    if schema.get("default") is not None:
        assert str(schema["default"]) in text.partition("Default")[2]
