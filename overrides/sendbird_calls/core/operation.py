"""The operations table's types: what the spec says of each operation, as data the core reads.

The generated tag modules hold one ``Operation`` per operationId (method, path, host, parameters
with their checks, body model and fields, response model, the envelope key to unwrap, paging);
their methods only hand the caller's arguments and the operation to the core. The CLI, the mock's
tests and the docs read the same table, so nothing restates the spec by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Final, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from .model import Model

ParamKind = Literal["string", "integer", "boolean", "enum", "csv"]
"""How a parameter is checked and written: ``csv`` is a list sent as one comma-separated value."""
Location = Literal["path", "query"]
Host = Literal["calls", "chat"]
"""Which base URL serves the operation: the Calls host (``/v1``) or the application's Chat host (``/v3``)."""

_PLACEHOLDER: Final = re.compile(r"\{([^{}]+)\}")
ResultT = TypeVar("ResultT")


@dataclass(frozen=True, slots=True)
class Param:
    """One path or query parameter, with everything needed to check it before sending."""

    name: str
    """The keyword the method takes (the API's name when that is a valid Python name)."""
    wire: str
    """The API's name, in the path template or the query string."""
    location: Location
    kind: ParamKind
    required: bool = False
    enum: type[Enum] | None = None
    """The allowed values of an ``enum`` parameter, or of each item of a ``csv`` one."""
    minimum: int | None = None
    maximum: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    max_items: int | None = None
    """For ``csv``: the most values one request may carry."""
    unit: str | None = None
    """For a time value: ``ms`` or ``s``, the unit the API takes (values clearly in another unit are refused)."""
    secret: bool = False
    """A path value that is a credential (a token to revoke): masked wherever the path is shown."""
    client_filled: bool = False
    """Filled by the client from its configuration when not given (``application_id``)."""
    description: str = ""


@dataclass(frozen=True, slots=True)
class BodyField:
    """One top-level field of a request body, offered as a keyword argument."""

    name: str
    """The keyword (the JSON name when that is a valid Python name)."""
    wire: str
    required: bool = False
    description: str = ""


@dataclass(frozen=True, slots=True)
class Body:
    """A JSON request body: its model, whether it must be sent, and its fields as keywords."""

    model: type[Model]
    required: bool
    fields: tuple[BodyField, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class Paging:
    """A list operation: the page model's attribute holding the items and the one holding ``next``."""

    items: str
    next: str
    token_param: str
    """The keyword of the ``next`` query parameter, set from one page to ask for the following one."""


@dataclass(frozen=True, slots=True)
class Operation(Generic[ResultT]):
    """One operation of the spec, as the core sends it; ``ResultT``: what a call returns (a list: its page model)."""

    id: str
    """The spec's operationId (``create_room``): the name in logs, errors, rate-limit buckets and the mock."""
    tag: str
    name: str
    """The method's name on its tag (``create``: ``client.rooms.create``), from ``x-method-name``."""
    method: str
    path: str
    host: Host = "calls"
    params: tuple[Param, ...] = ()
    body: Body | None = None
    response: type[Model] | None = None
    """The model of a 2xx body; ``None`` when no success carries one."""
    unwrap: str | None = None
    """The attribute of ``response`` returned instead of the whole envelope (``room`` of ``{"room": ...}``)."""
    empty_success: bool = False
    """Whether a 2xx answer may have no body (an empty 200, a 204); it is then answered as ``None``."""
    paging: Paging | None = None
    summary: str = ""
    path_params: tuple[Param, ...] = field(init=False, repr=False, compare=False)
    query_params: tuple[Param, ...] = field(init=False, repr=False, compare=False)
    by_name: dict[str, Param] = field(init=False, repr=False, compare=False)
    path_parts: tuple[str | Param, ...] = field(init=False, repr=False, compare=False)
    """The path template split into literal text and the parameters that fill it, in order."""

    def __post_init__(self) -> None:
        by_wire = {param.wire: param for param in self.params if param.location == "path"}
        parts: list[str | Param] = []
        cursor = 0
        for match in _PLACEHOLDER.finditer(self.path):
            parts.append(self.path[cursor : match.start()])
            parts.append(by_wire[match.group(1)])
            cursor = match.end()
        parts.append(self.path[cursor:])
        object.__setattr__(self, "path_parts", tuple(part for part in parts if part != ""))
        object.__setattr__(self, "path_params", tuple(p for p in self.params if p.location == "path"))
        object.__setattr__(self, "query_params", tuple(p for p in self.params if p.location == "query"))
        object.__setattr__(self, "by_name", {param.name: param for param in self.params})

    @property
    def qualified_name(self) -> str:
        """``tag.name``, as the client spells it: ``rooms.create``."""
        return f"{self.tag}.{self.name}"

    @property
    def idempotent(self) -> bool:
        """Whether resending after an unknown outcome changes nothing (everything but POST here)."""
        return self.method != "POST"


__all__ = ["Body", "BodyField", "Host", "Location", "Operation", "Paging", "Param", "ParamKind"]
