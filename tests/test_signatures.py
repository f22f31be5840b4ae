"""Type hints and pre-send checks come from one place: for every parameter of every operation they agree.

For each parameter (path, query) and body field of each operation, the hints of the sync method, the
async method and their overloads (``typing.get_type_hints``) are read, and:

- a value of the hinted type, within what the spec allows (range, enum, length), passes the check and
  is sent;
- a value of any other JSON type is refused before sending, with an ``InvalidArgumentError`` that
  names the method and the parameter.

Values come from hypothesis, built from the hint itself (``str``, ``int``, an enum, ``Sequence[...]``,
a model or ``Mapping[str, Any]``), so a template that changed a hint without the check, or the check
without the hint, fails here. The signatures' shape is checked too: path parameters positional, query
parameters keyword-only defaulting to None, body fields keyword-only defaulting to UNSET, and the two
overloads of a body with required fields (the fields, or ``body=``).
"""

from __future__ import annotations

import importlib
import inspect
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from enum import Enum
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls import InvalidArgumentError
from sendbird_calls.core.model import Model
from sendbird_calls.core.operation import BodyField, Operation, Param
from sendbird_calls.core.options import RequestOptions
from sendbird_calls.core.resource import AsyncResource, SyncResource
from sendbird_calls.core.unset import UNSET, Unset
from tests.spec_examples import (
    JSON_TYPES,
    JSON_VALUES,
    ClientFactory,
    Recorder,
    RecordingClient,
    call_arguments,
    generated_operations,
    json_type,
    method_of,
    op_id,
    resolve,
    schema_values,
    spec_operations,
)

OPERATIONS = generated_operations()
Parameter = Param | BodyField
PARAMETERS: list[tuple[Operation[Any], Parameter]] = [
    (op, p) for op in OPERATIONS for p in (*op.params, *(op.body.fields if op.body is not None else ()))
]
NOT_A_VALUE = frozenset({type(None), Unset})
"""What a hint may add besides the value's types: None (a query value left out, an application_id the
client fills) and Unset (a body field left out)."""


def ids(value: object) -> str:
    return op_id(value)


def resource_class(base: type, op: Operation[Any]) -> type:
    """The generated class of ``op``'s tag deriving from ``base`` (``Rooms`` or ``AsyncRooms``)."""
    module = importlib.import_module(f"sendbird_calls_api.api.{op.tag}")
    [found] = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, base) and value.__module__ == module.__name__
    ]
    return found


def methods(op: Operation[Any]) -> dict[str, Callable[..., Any]]:
    """The sync and async methods of ``op``, and their overloads, by a readable label."""
    found: dict[str, Callable[..., Any]] = {}
    for label, base in (("sync", SyncResource), ("async", AsyncResource)):
        method = getattr(resource_class(base, op), op.name)
        found[label] = method
        for index, overload in enumerate(typing.get_overloads(method)):
            found[f"{label} overload {index}"] = overload
    return found


def hints_of(op: Operation[Any], name: str) -> dict[str, Any]:
    """The hint of keyword ``name`` in each signature of ``op`` that takes it."""
    found = {}
    for label, method in methods(op).items():
        hints = typing.get_type_hints(method)
        if name in hints:
            found[label] = hints[name]
    return found


def members(hint: Any) -> tuple[Any, ...]:
    """The members of a union hint (the hint itself otherwise)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def value_members(hint: Any) -> tuple[Any, ...]:
    return tuple(member for member in members(hint) if member not in NOT_A_VALUE)


def json_types_of(hint: Any) -> frozenset[str]:
    """The JSON types a hint admits: what a value of another JSON type is, the check must refuse."""
    found: set[str] = set()
    for member in members(hint):
        origin = typing.get_origin(member)
        if member is type(None):
            found.add("null")
        elif member is Unset:
            continue
        elif member is Any:
            found |= JSON_TYPES
        elif isinstance(member, type) and issubclass(member, Enum):
            found |= {json_type(item.value) for item in member}
        elif isinstance(member, type) and issubclass(member, Model):
            found.add("object")
        elif member is bool:
            found.add("boolean")
        elif member is int:
            found.add("integer")
        elif member is float:
            found |= {"integer", "number"}
        elif member is str:
            found.add("string")
        elif origin in (list, Sequence):
            found.add("array")
        elif origin in (dict, Mapping):
            found.add("object")
        else:
            raise AssertionError(f"a hint this test does not know: {member!r}")
    return frozenset(found)


def conforms(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of type ``hint`` (unions, enums, models, sequences and mappings of them)."""
    for member in members(hint):
        origin, args = typing.get_origin(member), typing.get_args(member)
        if member is Any:
            return True
        if origin in (list, Sequence):
            container = list if origin is list else Sequence
            if isinstance(value, container) and not isinstance(value, str) and all(conforms(v, args[0]) for v in value):
                return True
        elif origin in (dict, Mapping):
            if isinstance(value, Mapping) and all(
                conforms(k, args[0]) and conforms(v, args[1]) for k, v in value.items()
            ):
                return True
        elif isinstance(member, type) and isinstance(value, member):
            return True
    return False


def param_values(param: Param, hint: Any) -> st.SearchStrategy[Any]:
    """Values of each type in ``hint``, within the spec's facts of ``param`` (range, enum, length, unit)."""
    branches: list[st.SearchStrategy[Any]] = []
    for member in value_members(hint):
        branches.append(_param_values_of(param, member))
    return st.one_of(branches)


def _text(min_size: int) -> st.SearchStrategy[str]:
    # text is text: a lone surrogate is a str with no UTF-8 form (refused, see test_request_building)
    return st.text(st.characters(codec="utf-8"), min_size=max(min_size, 1), max_size=16)


def _param_values_of(param: Param, member: Any) -> st.SearchStrategy[Any]:
    origin, args = typing.get_origin(member), typing.get_args(member)
    enum_values = [item.value for item in param.enum] if param.enum is not None else None
    if isinstance(member, type) and issubclass(member, Enum):
        return st.sampled_from(list(member))
    if member is str and param.kind == "csv":
        return csv_lists(param, str).map(",".join)
    if member is str and enum_values is not None:
        return st.sampled_from(enum_values)
    if member is str:
        dot_segments = {".", ".."}
        return _text(param.min_length or 0).filter(lambda text: param.location == "query" or text not in dot_segments)
    if member is bool:
        return st.booleans()
    if member is int:
        low = param.minimum
        if param.unit == "ms":  # a smaller time is one in seconds, refused (test_request_building)
            low = max(low or 0, 10**11)
        return st.integers(min_value=low, max_value=param.maximum)
    if origin is Sequence:
        return csv_lists(param, args[0])
    raise AssertionError(f"a parameter hint this test does not know: {member!r}")


def csv_lists(param: Param, item_hint: Any) -> st.SearchStrategy[list[Any]]:
    """Lists for a comma-separated parameter: its enum's members or values, or text without a comma."""
    items: list[st.SearchStrategy[Any]] = []
    for member in members(item_hint):
        if isinstance(member, type) and issubclass(member, Enum):
            items.append(st.sampled_from(list(member)))
        elif param.enum is not None:
            items.append(st.sampled_from([item.value for item in param.enum]))
        else:
            items.append(_text(1).filter(lambda text: "," not in text))
    return st.lists(st.one_of(items), min_size=1, max_size=param.max_items or 4)


def field_schema(op: Operation[Any], field: BodyField) -> dict[str, Any]:
    schema = spec_operations()[op.id].request_schema
    assert schema is not None
    return resolve(resolve(schema)["properties"][field.wire])


def field_values(op: Operation[Any], field: BodyField, hint: Any) -> st.SearchStrategy[Any]:
    """JSON the spec allows for the field, given as JSON or as the hint's class (a model, an enum member)."""
    as_json = schema_values(field_schema(op, field), extra_fields=False)
    converters: list[Callable[[Any], Any]] = []
    for member in value_members(hint):
        if isinstance(member, type) and issubclass(member, Model):
            converters.append(member.from_dict)
        elif isinstance(member, type) and issubclass(member, Enum):
            converters.append(lambda value, enum=member: enum(value))
    return st.one_of([as_json, *(as_json.map(convert) for convert in converters)])


def values_for(op: Operation[Any], parameter: Parameter, hint: Any) -> st.SearchStrategy[Any]:
    if isinstance(parameter, Param):
        return param_values(parameter, hint)
    return field_values(op, parameter, hint)


def base_arguments(op: Operation[Any], parameter: Parameter) -> dict[str, Any]:
    """A valid call without ``parameter``: it is then the only value under test."""
    arguments = call_arguments(op)
    arguments.pop(parameter.name, None)
    return arguments


@pytest.fixture(scope="module")
def sent() -> Iterator[RecordingClient]:
    made = RecordingClient()
    yield made
    made.close()


# --- the signatures' shape ------------------------------------------------------------------------------------


@pytest.mark.parametrize("op", OPERATIONS, ids=ids)
def test_every_parameter_and_body_field_is_a_keyword_of_every_signature_with_its_default(op: Operation[Any]) -> None:
    impls = {label: method for label, method in methods(op).items() if "overload" not in label}
    for label, method in impls.items():
        signature = inspect.signature(method)
        params = signature.parameters
        path = [p.name for p in op.path_params if not p.client_filled]
        positional = [name for name, p in params.items() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        assert positional == ["self", *path], label
        for param in op.query_params:
            assert params[param.name].kind is inspect.Parameter.KEYWORD_ONLY, (label, param.name)
            assert params[param.name].default is None, (label, param.name)
        for param in op.path_params:
            if param.client_filled:
                assert params[param.name].default is None, (label, param.name)
        for field in op.body.fields if op.body is not None else ():
            assert params[field.name].kind is inspect.Parameter.KEYWORD_ONLY, (label, field.name)
            assert params[field.name].default is UNSET, (label, field.name)
        assert ("body" in params) == (op.body is not None), label
        assert params["request_options"].default is None, label
        assert typing.get_type_hints(method)["request_options"] == RequestOptions | None
        expected = {p.name for p in op.params} | {f.name for f in (op.body.fields if op.body else ())}
        assert set(params) - {"self", "body", "request_options"} == expected, label


@pytest.mark.parametrize("op", OPERATIONS, ids=ids)
def test_sync_and_async_take_the_same_hints_and_return_the_same_result(op: Operation[Any]) -> None:
    sync = typing.get_type_hints(methods(op)["sync"])
    aio = typing.get_type_hints(methods(op)["async"])
    sync_return, async_return = sync.pop("return"), aio.pop("return")
    assert sync == aio
    assert inspect.iscoroutinefunction(methods(op)["async"]) != (op.paging is not None)
    if op.paging is None:
        assert sync_return == async_return
    else:  # a page: SyncPage[Item] and AsyncPaginator[Item] of the same item
        assert typing.get_args(sync_return) == typing.get_args(async_return)


@pytest.mark.parametrize("op", OPERATIONS, ids=ids)
def test_a_body_with_required_fields_has_two_overloads_the_fields_or_body(op: Operation[Any]) -> None:
    required = [f for f in op.body.fields if f.required] if op.body is not None else []
    for kind in ("sync", "async"):
        impl = typing.get_type_hints(methods(op)[kind])
        overloads = [typing.get_type_hints(o) for o in typing.get_overloads(methods(op)[kind])]
        if not required:
            assert overloads == [], kind
            continue
        by_fields, by_body = overloads
        assert by_fields["return"] == by_body["return"] == impl["return"]
        assert "body" not in by_fields
        assert "body" in by_body
        assert not {f.name for f in op.body.fields} & set(by_body) if op.body else True
        for field in op.body.fields if op.body is not None else ():
            expected = impl[field.name]
            if field.required:
                expected = typing.Union[value_members(expected)]  # noqa: UP007 - built from a tuple
            assert by_fields[field.name] == expected, (kind, field.name)
        assert by_body["body"] == typing.Union[value_members(impl["body"])]  # noqa: UP007
        fields_sig = inspect.signature(typing.get_overloads(methods(op)[kind])[0]).parameters
        assert all(fields_sig[f.name].default is inspect.Parameter.empty for f in required), kind


@pytest.mark.parametrize(("op", "parameter"), PARAMETERS, ids=ids)
def test_every_signature_admits_the_same_json_types_for_a_parameter(op: Operation[Any], parameter: Parameter) -> None:
    hints = hints_of(op, parameter.name)
    assert {"sync", "async"} <= set(hints)
    admitted = {label: json_types_of(hint) - {"null"} for label, hint in hints.items()}
    assert len(set(admitted.values())) == 1, admitted
    required_path = isinstance(parameter, Param) and parameter.location == "path" and not parameter.client_filled
    for label, hint in hints.items():
        assert (type(None) in members(hint)) == (isinstance(parameter, Param) and not required_path), label
        assert (Unset in members(hint)) == (
            isinstance(parameter, BodyField) and not (parameter.required and "overload" in label)
        ), label


def test_the_raw_twins_are_the_same_methods_so_they_share_the_hints() -> None:
    from sendbird_calls import CallsClient

    with CallsClient("app", "token") as client:
        for op in OPERATIONS:
            plain = getattr(getattr(client, op.tag), op.name)
            raw = getattr(getattr(client, op.tag).with_raw_response, op.name)
            assert raw.__func__ is plain.__func__, op.qualified_name


# --- hints and checks agree -----------------------------------------------------------------------------------

AGREEMENT = settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@pytest.mark.parametrize(("op", "parameter"), PARAMETERS, ids=ids)
@AGREEMENT
@given(data=st.data())
def test_a_value_of_the_hinted_type_passes_the_check_and_is_sent(
    op: Operation[Any], parameter: Parameter, data: st.DataObject, sent: RecordingClient
) -> None:
    hints = hints_of(op, parameter.name)
    value = data.draw(values_for(op, parameter, hints["sync"]), label=parameter.name)

    for label, hint in hints.items():
        assert conforms(value, hint), f"the strategy drew {value!r}, not a {hint} ({label})"
    request = sent.call(op, **base_arguments(op, parameter) | {parameter.name: value})
    assert request.method == op.method


@pytest.mark.parametrize(("op", "parameter"), PARAMETERS, ids=ids)
@AGREEMENT
@given(data=st.data())
def test_a_value_of_another_json_type_is_refused_naming_the_parameter(
    op: Operation[Any], parameter: Parameter, data: st.DataObject, sent: RecordingClient
) -> None:
    admitted = json_types_of(hints_of(op, parameter.name)["sync"])
    value = data.draw(JSON_VALUES.filter(lambda v: json_type(v) not in admitted), label=parameter.name)

    error = sent.refused(op, **base_arguments(op, parameter) | {parameter.name: value})

    message = str(error)
    assert message.startswith(f"{op.qualified_name}: "), message
    assert parameter.name in message.split(":", 2)[1], message


@pytest.mark.parametrize(("op", "parameter"), PARAMETERS, ids=ids)
async def test_the_async_method_checks_as_the_sync_one(
    op: Operation[Any], parameter: Parameter, make_clients: ClientFactory
) -> None:
    recorder = Recorder()
    aio = make_clients(recorder).aio
    admitted = json_types_of(hints_of(op, parameter.name)["async"])
    wrong = next(v for v in (None, True, 7, 1.5, "x", ["x"], {"x": "y"}) if json_type(v) not in admitted)

    async def call() -> None:
        result = method_of(aio, op)(**base_arguments(op, parameter) | {parameter.name: wrong})
        if inspect.isawaitable(result):  # a list answers an AsyncPaginator, checked before it is awaited
            await result

    with pytest.raises(InvalidArgumentError, match=f"^{op.qualified_name}: [^:]*{parameter.name}"):
        await call()
    assert recorder.requests == []
