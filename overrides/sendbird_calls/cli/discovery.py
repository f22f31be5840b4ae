"""The operations the CLI offers, read from the generated API classes rather than written out by hand.

A tag is a public attribute of the client that has ``with_raw_response``; an operation is a public
method of a tag with an ``OperationInfo`` of the same name in the tag's module; its parameters come
from ``inspect.signature``. So a regenerated spec brings its new operations to the CLI unchanged.
"""

from __future__ import annotations

import inspect
import sys
import types
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from sendbird_calls_api.api import TAGS, Build, OperationInfo, RawResponse, RequestOptions, SyncApi
from sendbird_calls_api.types import Unset

from ..pagination import check_max_items

ParamKind = Literal["str", "int", "bool", "list"]

_SKIPPED_PARAMS = frozenset({"self", "request_options"})
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


@attrs.frozen
class Param:
    """One parameter of an operation as the command line sees it."""

    name: str
    """The Python name (``type_``), the keyword of the method."""
    wire_name: str
    """The API's name (``type``), from which the option is named."""
    kind: ParamKind
    choices: tuple[str, ...]
    """The allowed values of an enum parameter, for the help text (the client checks them)."""
    positional: bool
    required: bool

    @property
    def option(self) -> str:
        """The command-line option, e.g. ``--room-ids``."""
        return "--" + kebab(self.wire_name)


@attrs.frozen
class Operation:
    """One operation of a tag: its spec facts, its parameters, and its item iterator if it pages."""

    tag: str
    name: str
    info: OperationInfo
    params: tuple[Param, ...]
    body: Literal["none", "optional", "required"]
    iter_name: str | None
    """The ``iter_<noun>`` method that yields every item of a list operation, if there is one."""
    iter_params: frozenset[str]
    summary: str

    @property
    def command(self) -> str:
        """The command's name, kebab-case like every name of the CLI: ``list-rooms``."""
        return kebab(self.name)

    @property
    def label(self) -> str:
        """``tag operation (METHOD path)``, as ``sendbird-calls operations`` prints it."""
        return f"{kebab(self.tag)} {self.command} ({self.info.method} {self.info.path})"


def kebab(name: str) -> str:
    """The command-line spelling of a Python or API name: ``direct_calls`` -> ``direct-calls``."""
    return name.strip("_").replace("_", "-")


class _OfflineRequester:
    """Stands in for a requester when only the shape of the API is wanted: it never sends anything."""

    def call(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], Any],
        options: RequestOptions | None,
    ) -> RawResponse[Any]:
        raise RuntimeError(f"{op.name}: the offline API description cannot send requests")

    def paginate(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], Any],
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        raise RuntimeError(f"{op.name}: the offline API description cannot send requests")

    def check_max_items(self, max_items: Any) -> int | None:
        """The same check as a client's, so an offline description behaves alike."""
        return check_max_items(max_items)


def offline_api() -> SyncApi:
    """The API's tags without a client: enough to list operations and build the parser, no config needed."""
    return SyncApi(_OfflineRequester())


def discover(api: SyncApi) -> dict[str, dict[str, Operation]]:
    """Every tag of ``api`` (a ``CallsClient`` or ``offline_api()``) and its operations, in spec order."""
    tags: dict[str, dict[str, Operation]] = {}
    for tag_name in TAGS:  # tags load on first use: ask for each by name
        tag = getattr(api, tag_name)
        infos = _operation_infos(type(tag))
        operations: dict[str, Operation] = {}
        for name, member in vars(type(tag)).items():
            if name.startswith("_") or not inspect.isfunction(member) or name not in infos:
                continue
            operations[name] = _operation(tag_name, type(tag), name, member, infos[name])
        if operations:
            tags[tag_name] = operations
    return tags


def parse_bool(text: str) -> bool:
    """``true``/``false`` (also 1/0, yes/no, on/off, any case) as a bool; anything else is a ValueError."""
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"expected true or false, got {text!r}")


def split_list(text: str) -> list[str]:
    """A comma-separated value as its items; empty items are kept so the client can name the mistake."""
    return text.split(",")


def _operation_infos(tag_type: type[Any]) -> dict[str, OperationInfo]:
    module = sys.modules[tag_type.__module__]
    return {value.name: value for value in vars(module).values() if isinstance(value, OperationInfo)}


def _operation(
    tag_name: str, tag_type: type[Any], name: str, method: Callable[..., Any], info: OperationInfo
) -> Operation:
    signature = inspect.signature(method, eval_str=True)
    params: list[Param] = []
    body: Literal["none", "optional", "required"] = "none"
    for parameter in signature.parameters.values():
        if parameter.name in _SKIPPED_PARAMS:
            continue
        required = parameter.default is inspect.Parameter.empty
        if parameter.name == "body":
            body = "required" if required else "optional"
            continue
        kind, choices = _kind_of(parameter.annotation)
        params.append(
            Param(
                name=parameter.name,
                wire_name=info.wire_names.get(parameter.name, parameter.name),
                kind=kind,
                choices=choices,
                positional=parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD,
                required=required,
            )
        )
    iter_name, iter_params = _iterator_of(tag_type, name)
    return Operation(
        tag=tag_name,
        name=name,
        info=info,
        params=tuple(params),
        body=body,
        iter_name=iter_name,
        iter_params=iter_params,
        summary=(inspect.getdoc(method) or name).split("\n\n", 1)[0].replace("\n", " "),
    )


def _iterator_of(tag_type: type[Any], name: str) -> tuple[str | None, frozenset[str]]:
    """``list_rooms`` pages through ``iter_rooms``: its name and the parameters it accepts."""
    if not name.startswith("list_"):
        return None, frozenset()
    iter_name = "iter_" + name.removeprefix("list_")
    method = vars(tag_type).get(iter_name)
    if not inspect.isfunction(method):
        return None, frozenset()
    return iter_name, frozenset(inspect.signature(method).parameters) - _SKIPPED_PARAMS


def _kind_of(annotation: Any) -> tuple[ParamKind, tuple[str, ...]]:
    """How to read a parameter from text, from its annotation (``int | Unset``, ``RoomState | str | Unset``...)."""
    members: Sequence[Any] = (
        get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else (annotation,)
    )
    members = [member for member in members if member not in (Unset, type(None))]
    choices: tuple[str, ...] = ()
    for member in members:
        if isinstance(member, type) and issubclass(member, Enum):
            choices = tuple(str(item.value) for item in member)
    if bool in members:
        return "bool", choices
    if int in members:
        return "int", choices
    if any(get_origin(member) is Sequence for member in members):
        return "list", choices
    return "str", choices


__all__ = ["Operation", "Param", "discover", "kebab", "offline_api", "parse_bool", "split_list"]
