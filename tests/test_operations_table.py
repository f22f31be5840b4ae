"""The operations table is the spec, operation by operation, as the core reads it.

The expected values are read here from the spec through the package's one reader
(``sendbird_calls.spec_doc``), with the rules the contract states (a parameter's kind from its schema,
``x-method-name``, ``x-host``, ``x-unit``, ``x-secret``, ``x-envelope``, paging for operations taking
``next``), never from a copy kept by hand: an operation added to the spec is checked with no change here.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

import pytest

from sendbird_calls import InvalidArgumentError, spec_doc
from sendbird_calls.core.model import Model
from sendbird_calls.core.operation import Operation, Param
from sendbird_calls.operations import all_operations, find_operation
from sendbird_calls_api import api, models
from tests.spec_examples import SPEC_PATH, op_id

SPEC = spec_doc.read_spec(SPEC_PATH)
SPEC_OPERATIONS = {str(op["operationId"]): (path, method, op) for path, method, op in spec_doc.iter_operations(SPEC)}
TABLE = api.operations()
BY_ID = {op.id: op for op in TABLE}


def spec_of(op: Operation[Any]) -> tuple[str, str, dict[str, Any]]:
    return SPEC_OPERATIONS[op.id]


def resolve(node: Any) -> dict[str, Any]:
    return spec_doc.resolve(node, SPEC)


def words(text: object) -> str:
    return " ".join(str(text or "").split())


def wire_of(model: type[Model], attribute: str) -> str:
    """The JSON name of a model's attribute (``next_`` -> ``next``), read from its schema."""
    [field] = [f for f in model.__schema__.fields if f.attr == attribute]
    return field.wire


def success_schemas(operation: Mapping[str, Any]) -> list[dict[str, Any] | None]:
    """Per 2xx answer: its JSON schema reference node, or None when it has no body."""
    found: list[dict[str, Any] | None] = []
    for code, answer in sorted((str(code), answer) for code, answer in operation["responses"].items()):
        if code.startswith("2"):
            content = resolve(answer).get("content", {}).get("application/json")
            found.append(None if content is None else content["schema"])
    return found


def ids(value: object) -> str:
    return op_id(value)


# --- the table as a whole --------------------------------------------------------------------------------------


def test_the_table_has_one_operation_per_operation_of_the_spec_and_nothing_else() -> None:
    assert [op.id for op in TABLE] != []
    assert sorted(op.id for op in TABLE) == sorted(SPEC_OPERATIONS)
    assert len({op.qualified_name for op in TABLE}) == len(TABLE), "two operations share a tag.method"


def test_tags_are_the_spec_tags_and_each_module_lists_its_operations_in_spec_order() -> None:
    used = {str(op["tags"][0]) for _, _, op in SPEC_OPERATIONS.values()}
    assert set(api.TAGS) == used
    assert list(api.TAGS) == sorted(api.TAGS)
    spec_order = list(SPEC_OPERATIONS)
    for tag in api.TAGS:
        module = importlib.import_module(f"sendbird_calls_api.api.{tag}")
        ids_in_module = [op.id for op in module.OPERATIONS]
        assert all(op.tag == tag for op in module.OPERATIONS)
        assert ids_in_module == [op_id for op_id in spec_order if op_id in ids_in_module]
        for op in module.OPERATIONS:
            assert getattr(module, op.id.upper()) is op
    assert [op.tag for op in TABLE] == sorted(op.tag for op in TABLE)


def test_the_package_finds_every_operation_by_operation_id_or_by_tag_and_method() -> None:
    assert all_operations() == TABLE
    for op in TABLE:
        assert find_operation(op.id) is op
        assert find_operation(op.qualified_name) is op
    with pytest.raises(InvalidArgumentError, match=r"no operation 'rooms\.lst' in the spec; did you mean rooms\.list"):
        find_operation("rooms.lst")


# --- operation by operation ---------------------------------------------------------------------------------


@pytest.mark.parametrize("op", TABLE, ids=ids)
def test_method_path_host_tag_name_and_summary_are_the_specs(op: Operation[Any]) -> None:
    path, method, spec_op = spec_of(op)
    assert (op.method, op.path) == (method, path)
    assert op.tag == spec_op["tags"][0]
    assert op.name == spec_op["x-method-name"]
    assert op.qualified_name == f"{op.tag}.{op.name}"
    assert op.host == spec_op.get("x-host", "calls")
    assert op.summary == words(spec_op["summary"])
    assert op.idempotent is (method != "POST")


def expected_kind(schema: Mapping[str, Any]) -> str:
    if "enum" in schema:
        return "enum"
    if schema.get("type") == "array":
        return "csv"
    return str(schema["type"])


@pytest.mark.parametrize("op", TABLE, ids=ids)
def test_parameters_are_the_specs_with_their_kind_bounds_unit_and_secrecy(op: Operation[Any]) -> None:
    path, _method, spec_op = spec_of(op)
    declared: dict[str, dict[str, Any]] = spec_op["parameters"]
    assert {param.wire for param in op.params} == set(declared)
    placeholders = [part.wire for part in op.path_parts if isinstance(part, Param)]
    assert placeholders == [segment[1:-1] for segment in path.split("/") if segment.startswith("{")]
    for param in op.params:
        spec_param = declared[param.wire]
        schema = resolve(spec_param["schema"])
        items = resolve(schema.get("items", {}))
        where = f"{op.qualified_name}.{param.name}"
        assert param.name == param.wire, where  # every API name is a Python name here
        assert param.location == spec_param["in"], where
        assert param.required is bool(spec_param.get("required")), where
        assert param.kind == expected_kind(schema), where
        enum_values = schema.get("enum") or items.get("enum")
        if enum_values is None:
            assert param.enum is None, where
        else:
            assert param.enum is not None, where
            assert {member.value for member in param.enum} == set(enum_values), where
        assert (param.minimum, param.maximum) == (schema.get("minimum"), schema.get("maximum")), where
        assert (param.min_length, param.max_length) == (schema.get("minLength"), schema.get("maxLength")), where
        assert param.max_items == schema.get("maxItems"), where
        assert param.unit == spec_param.get("x-unit"), where
        assert param.secret is bool(spec_param.get("x-secret")), where
        assert param.client_filled is (param.location == "path" and param.wire == "application_id"), where
        assert param.description.startswith(words(spec_param.get("description"))), where
    assert op.path_params == tuple(p for p in op.params if p.location == "path")
    assert op.query_params == tuple(p for p in op.params if p.location == "query")
    assert op.by_name == {p.name: p for p in op.params}


@pytest.mark.parametrize("op", TABLE, ids=ids)
def test_the_body_is_the_specs_model_with_its_fields_as_keywords(op: Operation[Any]) -> None:
    spec_op = spec_of(op)[2]
    request_body = resolve(spec_op.get("requestBody", {}))
    if not request_body:
        assert op.body is None
        return
    assert op.body is not None
    reference = request_body["content"]["application/json"]["schema"]
    schema = resolve(reference)
    assert op.body.model is getattr(models, reference["$ref"].rsplit("/", 1)[1])
    assert op.body.required is bool(request_body.get("required"))
    properties = schema.get("properties") or {}
    assert [field.wire for field in op.body.fields] == sorted(
        properties, key=lambda name: (name not in schema.get("required", ()), list(properties).index(name))
    )
    for field in op.body.fields:
        assert field.name == field.wire
        assert field.required is (field.wire in schema.get("required", ()))
        assert field.description == words(resolve(properties[field.wire]).get("description"))
        assert field.wire in {f.wire for f in op.body.model.__schema__.fields}
    assert not {field.name for field in op.body.fields} & {param.name for param in op.params}


@pytest.mark.parametrize("op", TABLE, ids=ids)
def test_the_response_model_the_envelope_to_unwrap_and_the_empty_success_are_the_specs(op: Operation[Any]) -> None:
    answers = success_schemas(spec_of(op)[2])
    bodies = [schema for schema in answers if schema is not None]
    assert op.empty_success is (None in answers)
    if not bodies:
        assert (op.response, op.unwrap) == (None, None)
        return
    assert op.response is getattr(models, bodies[0]["$ref"].rsplit("/", 1)[1])
    envelope = resolve(bodies[0]).get("x-envelope")
    if envelope is None:
        assert op.unwrap is None
    else:
        assert op.unwrap is not None
        assert wire_of(op.response, op.unwrap) == envelope
        assert envelope in resolve(bodies[0])["required"]


@pytest.mark.parametrize("op", TABLE, ids=ids)
def test_an_operation_taking_next_pages_over_the_one_array_of_its_answer(op: Operation[Any]) -> None:
    takes_next = "next" in spec_of(op)[2]["parameters"]
    if not takes_next:
        assert op.paging is None
        return
    assert op.paging is not None
    assert op.response is not None
    answer = resolve(success_schemas(spec_of(op)[2])[0])
    arrays = [name for name, prop in answer["properties"].items() if resolve(prop).get("type") == "array"]
    assert [wire_of(op.response, op.paging.items)] == arrays
    assert wire_of(op.response, op.paging.next) == "next"
    assert op.by_name[op.paging.token_param].wire == "next"
    assert op.unwrap is None


@pytest.mark.parametrize("op", TABLE, ids=ids)
def test_the_generated_method_is_typed_with_the_table_row_it_sends(op: Operation[Any]) -> None:
    """The row constant's type argument is what the method's call returns (its page model for a list)."""
    module = importlib.import_module(f"sendbird_calls_api.api.{op.tag}")
    annotation = module.__annotations__[op.id.upper()]
    assert annotation.startswith("Operation[")
    if op.response is not None and op.paging is not None:
        assert annotation == f"Operation[{op.response.__name__}]"
