"""The models' engine: a generated model declares its fields as data, this module reads and writes them.

A model class (``Room``, ``DirectCall``...) is an attrs class with one ``__schema__``: its fields,
each with its JSON name, its kind (``STR``, ``union(INT, NULL)``, ``list_of(model(...))``...), and
whether it is required. ``from_dict`` checks every value's JSON type and raises
``ModelValidationError`` naming the path of a value that does not fit (``rooms[3].room_id``),
never the value itself. Fields and open-enum values the spec does not know still parse and are
reported to ``sendbird_calls.drift``. A field is also read from the other name the spec gives it
("Also sent as `x`."), a boolean also from its string spelling ``"true"``/``"false"`` ("Also sent
as a string.": ``also_string``), and credentials are masked in reprs, also when they arrive as
unknown fields.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, ClassVar, Final, Self

from .. import drift
from ..errors import SendbirdCallsError
from .secrets import note_secret
from .unset import UNSET, Unset

_PATH_PART_CHARS: Final = 64
"""Longest name kept in an error path: a hostile server must not make a message megabytes long."""

MASK: Final = "'**********'"
"""What a repr shows instead of a credential."""

_SECRET_NAME: Final = re.compile(
    r"token|secret|passw|api[_-]?key|credential|private[_-]?key|authorization|cookie", re.IGNORECASE
)
"""Field names that carry credentials (``access_token``, ``session_tokens``, ``client_secret``...)."""


class ModelValidationError(SendbirdCallsError, ValueError):
    """A value does not fit its model. ``path`` says where (``rooms[3].room_id``), ``detail`` what was
    expected; neither quotes the value itself, which may be a secret."""

    def __init__(self, expected: str, value: object, name: str | int | None = None) -> None:
        self.expected = expected
        self.missing = isinstance(value, Unset)
        self.found = json_type_name(value)
        self.parts: list[str | int] = [] if name is None else [name]
        """Path parts, innermost first: each enclosing model or list adds its own as the error rises."""
        super().__init__(expected)

    def within(self, name: str | int) -> None:
        """Prefixes the path with the field name or list index that holds the failing value."""
        self.parts.append(name)

    @property
    def path(self) -> str:
        """The JSON path of the failing value, such as ``rooms[3].room_id``; empty for the document itself."""
        text = ""
        for part in reversed(self.parts):
            if isinstance(part, int):
                text += f"[{part}]"
            else:
                name = part if len(part) <= _PATH_PART_CHARS else part[: _PATH_PART_CHARS - 1] + "…"
                if not name.isprintable():  # a server's key with a newline must not forge log lines
                    name = repr(name)
                text += f".{name}" if text else name
        return text

    @property
    def detail(self) -> str:
        """What is wrong, without the value: "a required field is missing", "expected a string, got null"."""
        if self.missing:
            return "a required field is missing"
        return f"expected {self.expected}, got {self.found}"

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}" if self.parts else self.detail


def json_type_name(value: object) -> str:
    """The JSON type of a decoded value, as a message names it (never the value itself)."""
    if isinstance(value, Unset):
        return "nothing"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number with a fraction" if math.isfinite(value) else "a non-finite number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return f"a Python {type(value).__name__}"


def is_secret_name(name: str) -> bool:
    """Whether a field named ``name`` carries a credential by its name alone (``access_token``)."""
    return _SECRET_NAME.search(name) is not None


class Site:
    """Where a value sits, for drift reports of an open enum: the model, the field, and whether it is secret."""

    __slots__ = ("field", "model", "secret")

    def __init__(self, model: str, field: str, secret: bool) -> None:
        self.model = model
        self.field = field
        self.secret = secret


class Kind:
    """What a field holds, as JSON Schema says: checks a decoded value and converts it (enums, models)."""

    __slots__ = ("expected",)

    def __init__(self, expected: str) -> None:
        self.expected = expected
        """How an error names it: "a string", "one of 'open', 'deleted'"."""

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        """``value`` checked and converted, or a ModelValidationError naming ``name``."""
        raise NotImplementedError

    def fast(self, var: str) -> str | None:
        """A Python expression, true when ``var`` needs neither a check nor a conversion (the compiled
        parser then skips the call); None when every value goes through ``parse``."""
        return None

    def error(self, value: object, name: str | int) -> ModelValidationError:
        """The error for ``value``, which is not of this kind."""
        return ModelValidationError(self.expected, value, name)


class _Str(Kind):
    __slots__ = ()

    def fast(self, var: str) -> str | None:
        return f"{var}.__class__ is str"

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if value.__class__ is str or isinstance(value, str):
            return value
        raise self.error(value, name)


class _Int(Kind):
    """An integer; a float without a fraction counts (JSON Schema says 1.0 is an integer), a bool does not."""

    __slots__ = ()

    def fast(self, var: str) -> str | None:
        return f"{var}.__class__ is int"

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if value.__class__ is int:
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return int(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise self.error(value, name)


class _Float(Kind):
    __slots__ = ()

    def fast(self, var: str) -> str | None:
        return f"{var}.__class__ is float"

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if value.__class__ is float:
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise self.error(value, name)


class _Bool(Kind):
    __slots__ = ()

    def fast(self, var: str) -> str | None:
        return f"({var} is True or {var} is False)"

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if value is True or value is False:
            return value
        raise self.error(value, name)


class _Null(Kind):
    __slots__ = ()

    def fast(self, var: str) -> str | None:
        return f"{var} is None"

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if value is None:
            return None
        raise self.error(value, name)


class _Any(Kind):
    __slots__ = ()

    def fast(self, var: str) -> str | None:
        return "True"

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        return value


STR: Final[Kind] = _Str("a string")
INT: Final[Kind] = _Int("an integer")
FLOAT: Final[Kind] = _Float("a number")
BOOL: Final[Kind] = _Bool("a boolean")
NULL: Final[Kind] = _Null("null")
ANY: Final[Kind] = _Any("any value")

_FAST_CLASS: Final[dict[Kind, type]] = {STR: str, INT: int, FLOAT: float}
"""The class a value of these kinds already has when it needs no check (extra fields of a typed map)."""


class _Const(Kind):
    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        super().__init__(f"the constant {value!r}")
        self.value = value

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if value.__class__ is self.value.__class__ and value == self.value:
            return value
        raise self.error(value, name)


def const(value: object) -> Kind:
    """Exactly ``value`` (a webhook event's ``category``)."""
    return _Const(value)


class _Enum(Kind):
    """A member of an enum; ``open``: an unknown string also parses, and is reported as drift."""

    __slots__ = ("by_value", "cls", "open")

    def __init__(self, cls: type[Enum], open: bool) -> None:
        self.cls = cls
        self.open = open
        self.by_value: dict[object, Enum] = {member.value: member for member in cls}
        values = ", ".join(repr(value) for value in sorted(map(str, self.by_value)))
        super().__init__("a string" if open else f"one of {values}")

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if isinstance(value, self.cls):
            return value
        if isinstance(value, str | int) and not isinstance(value, bool):
            member = self.by_value.get(value)
            if member is not None:
                return member
            if self.open and isinstance(value, str):
                drift.unknown_value(site.model, site.field, value, site.secret)
                return value
        raise self.error(value, name)


def enum(cls: type[Enum]) -> Kind:
    """One of ``cls``'s values (a closed enum; ``union(enum(X), STR)`` makes it open)."""
    return _Enum(cls, open=False)


class _Model(Kind):
    """A nested model, from a mapping (or an instance already built); loaded on first use (cycles)."""

    __slots__ = ("_cls", "_loader")

    def __init__(self, loader: Callable[[], type[Model]]) -> None:
        super().__init__("an object")
        self._loader = loader
        self._cls: type[Model] | None = None

    def model_class(self) -> type[Model]:
        """The nested model's class, loaded on first use."""
        cls = self._cls
        if cls is None:
            cls = self._cls = self._loader()
        return cls

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        cls = self.model_class()
        if value.__class__ is dict or isinstance(value, Mapping):
            try:
                return cls.__schema__.compiled()(cls, value)
            except ModelValidationError as error:
                error.within(name)
                raise
        if isinstance(value, cls):
            return value
        raise self.error(value, name)


def model(loader: Callable[[], type[Model]]) -> Kind:
    """A nested model; ``loader`` returns its class (a lambda, so models may refer to each other)."""
    return _Model(loader)


class _List(Kind):
    __slots__ = ("item",)

    def __init__(self, item: Kind) -> None:
        super().__init__("an array")
        self.item = item

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if value.__class__ is list or isinstance(value, list | tuple):
            parse = self.item.parse
            try:
                return [parse(item, index, site) for index, item in enumerate(value)]
            except ModelValidationError as error:
                error.within(name)
                raise
        raise self.error(value, name)


def list_of(item: Kind) -> Kind:
    """An array whose every item is ``item``."""
    return _List(item)


class _Nullable(Kind):
    __slots__ = ("inner",)

    def __init__(self, inner: Kind) -> None:
        super().__init__(f"{inner.expected} or null")
        self.inner = inner

    def fast(self, var: str) -> str | None:
        inner = self.inner.fast(var)
        return f"({var} is None or {inner})" if inner is not None else f"{var} is None"

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if value is None:
            return None
        try:
            return self.inner.parse(value, name, site)
        except ModelValidationError as error:
            if len(error.parts) <= 1:  # about this value, not one nested inside it
                error.expected = self.expected
            raise


class _Union(Kind):
    """Any of several kinds, tried in order; an error deep inside one of them is kept as the reason."""

    __slots__ = ("kinds",)

    def __init__(self, kinds: tuple[Kind, ...]) -> None:
        super().__init__(" or ".join(kind.expected for kind in kinds))
        self.kinds = kinds

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        nested: ModelValidationError | None = None
        for kind in self.kinds:
            try:
                return kind.parse(value, name, site)
            except ModelValidationError as error:
                if len(error.parts) > 1 and nested is None:
                    nested = error
        if nested is not None:
            raise nested
        raise self.error(value, name)


def union(*kinds: Kind) -> Kind:
    """Any of ``kinds``: ``union(X, NULL)`` is a nullable X, ``union(enum(E), STR)`` an open enum."""
    unique: list[Kind] = []
    for kind in kinds:
        if kind not in unique:
            unique.append(kind)
    if NULL in unique and len(unique) > 1:
        unique.remove(NULL)
        return _Nullable(union(*unique))
    enums = [kind for kind in unique if isinstance(kind, _Enum)]
    if STR in unique and len(enums) == 1:
        unique.remove(STR)
        unique[unique.index(enums[0])] = _Enum(enums[0].cls, open=True)
    if len(unique) == 1:
        return unique[0]
    return _Union(tuple(unique))


_BOOL_SPELLINGS: Final = {"true": True, "false": False}
"""The string spellings of a boolean that ``also_string`` reads (JSON's own, lower case)."""


class _AlsoString(Kind):
    """A boolean that sources also show as a string: ``true``/``"true"`` and ``false``/``"false"`` give a bool."""

    __slots__ = ("inner",)

    def __init__(self, inner: Kind) -> None:
        super().__init__(f'{inner.expected} or the string "true" or "false"')
        self.inner = inner

    def fast(self, var: str) -> str | None:
        return self.inner.fast(var)

    def parse(self, value: Any, name: str | int, site: Site) -> Any:
        if value is True or value is False:
            return value
        if isinstance(value, str):
            spelled = _BOOL_SPELLINGS.get(value)
            if spelled is not None:
                return spelled
        raise self.error(value, name)


def also_string(kind: Kind) -> Kind:
    """``kind`` (a boolean, maybe nullable) read also from its string spelling: the spec's "Also sent as a
    string." The attribute always holds a ``bool`` (``to_dict`` writes JSON's ``true``/``false``)."""
    if kind is BOOL:
        return _AlsoString(kind)
    if isinstance(kind, _Nullable):
        return _Nullable(also_string(kind.inner))
    raise TypeError(
        f'"Also sent as a string." applies to a boolean, not to {kind.expected}; fix the spec (make lint-spec names it)'
    )


def unsupported(kind: str) -> Kind:
    """A kind this engine cannot read: the generated model fails at import, naming it, never silently."""
    raise TypeError(f"the models' engine has no reader for {kind}; extend sendbird_calls.core.model")


class Field:
    """One declared field: its attribute, its JSON name, its kind, and the other name it may arrive under."""

    __slots__ = ("also", "attr", "kind", "required", "secret", "wire")

    def __init__(self, attr: str, wire: str, kind: Kind, *, required: bool, also: str | None, secret: bool) -> None:
        self.attr = attr
        self.wire = wire
        self.kind = kind
        self.required = required
        self.also = also
        self.secret = secret


def field(
    attr: str, wire: str, kind: Kind, *, required: bool = False, also: str | None = None, secret: bool = False
) -> Field:
    """A field of a model's schema (``secret``: the spec marks it ``Secret:``; names like ``*token*`` are too)."""
    return Field(attr, wire, kind, required=required, also=also, secret=secret or is_secret_name(wire))


class Schema:
    """A model's fields and what it does with fields it does not declare.

    ``additional``: ``ANY`` keeps unknown fields in ``additional_properties`` and reports them as
    drift; another kind (``STR`` for a string map) checks and keeps them, as declared; ``None`` means
    the model has no ``additional_properties`` (unknown fields are reported, then dropped).

    The first ``parse`` compiles a function for this schema from its fields (as attrs and
    dataclasses write ``__init__``): one dict pop and one inline type test per field, the kind's
    ``parse`` called only for values that need converting or fail the test.
    """

    __slots__ = ("_known", "_parse", "additional", "fields", "name")

    def __init__(self, name: str, fields: Iterable[Field], additional: Kind | None = ANY) -> None:
        self.name = name
        self.fields = tuple(fields)
        self.additional = additional
        self._parse: Callable[[type[Model], Any], Any] | None = None
        self._known = frozenset([f.wire for f in self.fields] + [f.also for f in self.fields if f.also is not None])
        """The JSON names the schema reads, alternate names included."""

    def parse(self, cls: type[Model], src: Any) -> Any:
        """An instance of ``cls`` from decoded JSON, every value checked (see the module's docstring)."""
        return self.compiled()(cls, src)

    def finish(self, instance: Any, src: Mapping[str, Any], kept: dict[str, Any] | None) -> Any:
        """The fields the schema does not declare: reported as drift, checked, or kept (off the fast path)."""
        known = self._known
        rest = {key: value for key, value in src.items() if key not in known} if known else dict(src)
        additional = self.additional
        if additional is None:
            if rest:
                drift.unknown_fields(self.name, rest)
            return instance
        if additional is ANY:
            if rest:
                drift.unknown_fields(self.name, rest)
        elif rest:
            site = Site(self.name, "*", False)
            parse, fast = additional.parse, _FAST_CLASS.get(additional)
            for key, value in rest.items():
                if value.__class__ is not fast:
                    rest[key] = parse(value, key, site)
        if kept:
            rest.update(kept)  # an alternate name that came beside the documented one: kept, never lost
        instance.additional_properties = rest
        return instance

    def compiled(self) -> Callable[[type[Model], Any], Any]:
        """The compiled parse function (see the class's docstring), built on first use."""
        parse = self._parse
        if parse is None:
            parse = self._parse = _compile(self)
        return parse

    def dump(self, instance: Any) -> dict[str, Any]:
        """The JSON object of ``instance``: unknown fields first, then every declared field that is set."""
        extra = getattr(instance, "additional_properties", None)
        out: dict[str, Any] = {key: to_json_value(value) for key, value in extra.items()} if extra else {}
        for f in self.fields:
            value = getattr(instance, f.attr)
            if value is not UNSET:
                out[f.wire] = to_json_value(value)
        return out


def _compile(schema: Schema) -> Callable[[type[Model], Any], Any]:
    """The parse function of ``schema`` (see ``Schema``); names and JSON keys enter the source as literals."""
    names: dict[str, Any] = {
        "Mapping": Mapping,
        "UNSET": UNSET,
        "ModelValidationError": ModelValidationError,
        "new": object.__new__,
        "schema": schema,
    }
    if not schema.fields and schema.additional is not None and schema.additional in _FAST_CLASS:
        # a typed map (custom items, metadata): every value of the one fast class, or the slow path
        names["fast"] = _FAST_CLASS[schema.additional]
        source = "\n".join(
            [
                "def parse(cls, src):",
                "    if src.__class__ is dict:",
                "        for value in src.values():",
                "            if value.__class__ is not fast:",
                "                break",
                "        else:",
                "            instance = new(cls)",
                "            instance.additional_properties = src.copy()",
                "            return instance",
                "    elif not isinstance(src, Mapping):",
                "        raise ModelValidationError('an object', src, None)",
                "    return schema.finish(new(cls), src, None)",
            ]
        )
        exec(source, names)  # noqa: S102 - fixed source, as attrs builds its methods
        typed_map: Callable[[type[Model], Any], Any] = names["parse"]
        return typed_map
    aliases = any(f.also is not None for f in schema.fields)
    lines = [
        "def parse(cls, src):",
        "    if src.__class__ is not dict:",
        "        if not isinstance(src, Mapping):",
        "            raise ModelValidationError('an object', src, None)",
        "        src = dict(src)",
        "    get = src.get",
        "    found = 0",
        "    instance = new(cls)",
        "    kept = {}" if aliases else "    kept = None",
    ]
    for index, f in enumerate(schema.fields):
        kind, wire = f"k{index}", repr(f.wire)
        names[kind] = f.kind.parse
        names[f"s{index}"] = Site(schema.name, f.wire, f.secret)
        lines.append(f"    v = get({wire}, UNSET)")
        if f.also is not None:
            also = repr(f.also)
            lines += [
                f"    a = get({also}, UNSET)",
                "    if a is not UNSET:",
                "        found += 1",
                "        if v is UNSET:",
                "            v = a",
                "        else:",
                f"            kept[{also}] = a",
            ]
        lines.append("    if v is UNSET:")
        lines.append(f"        raise ModelValidationError('a value', UNSET, {wire})" if f.required else "        pass")
        lines += ["    else:", "        found += 1"]
        target = f.kind.inner if isinstance(f.kind, _Nullable) else f.kind
        when = "        if v is not None:" if target is not f.kind else "        if True:"
        nested = target.item if isinstance(target, _List) else target
        if isinstance(target, _Enum):
            names[f"by{index}"] = target.by_value
            lines += [
                when,
                f"            m = by{index}.get(v) if v.__class__ is str else None",
                f"            v = m if m is not None else {kind}(v, {wire}, s{index})",
            ]
        elif isinstance(nested, _Model):
            # a nested model (or a list of them) from dicts: its compiled parser called directly; any
            # failure parses again through the kind, which raises with the whole path
            names[f"c{index}"] = nested.model_class()
            call = f"c{index}.__schema__.compiled()"
            fast_path = (
                f"[m(c{index}, x) for x in v] if v.__class__ is list else {kind}(v, {wire}, s{index})"
                if isinstance(target, _List)
                else f"m(c{index}, v) if v.__class__ is dict else {kind}(v, {wire}, s{index})"
            )
            lines += [
                when,
                f"            m = {call}",
                "            try:",
                f"                v = {fast_path}",
                "            except ModelValidationError:",
                f"                v = {kind}(v, {wire}, s{index})",
            ]
        else:
            fast = f.kind.fast("v")
            if fast != "True":
                lines.append(f"        if not ({fast}):" if fast is not None else "        if True:")
                lines.append(f"            v = {kind}(v, {wire}, s{index})")
        if f.secret:
            names["note_secret"] = note_secret
            lines.append("    note_secret(v)")
        lines.append(f"    instance.{f.attr} = v")
    lines += ["    if found != len(src) or kept:", "        return schema.finish(instance, src, kept)"]
    if schema.additional is not None:
        lines.append("    instance.additional_properties = {}")
    lines.append("    return instance")
    exec("\n".join(lines), names)  # noqa: S102 - source built above from the schema's own names, as attrs does
    parse: Callable[[type[Model], Any], Any] = names["parse"]
    return parse


def to_json_value(value: Any) -> Any:
    """A model, enum member, list or mapping as plain JSON values (what ``json.dumps`` takes)."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_json_value(item) for item in value]
    if isinstance(value, Mapping):
        return {key: to_json_value(item) for key, item in value.items()}
    return value


def masked(value: object) -> str:
    """The repr of a credential field: never its value."""
    return MASK


_MASKED_DEPTH: Final = 32
"""How deep ``masked_extras`` looks into unknown values; deeper ones show as ``...`` (no RecursionError)."""


def masked_extras(extras: Mapping[str, Any]) -> str:
    """The repr of ``additional_properties``: fields whose names carry credentials show a mask, also
    inside unknown objects and arrays (``{"auth": {"access_token": ...}}``)."""
    return _masked_repr(extras, 0)


def _masked_repr(value: Any, depth: int) -> str:
    if isinstance(value, Mapping):
        if depth >= _MASKED_DEPTH:
            return "{...}"
        shown = ", ".join(
            f"{key!r}: {MASK if isinstance(key, str) and is_secret_name(key) else _masked_repr(item, depth + 1)}"
            for key, item in value.items()
        )
        return "{" + shown + "}"
    if isinstance(value, list | tuple):
        if depth >= _MASKED_DEPTH:
            return "[...]"
        shown = ", ".join(_masked_repr(item, depth + 1) for item in value)
        return f"[{shown}]" if isinstance(value, list) else f"({shown}{',' if len(value) == 1 else ''})"
    return repr(value)


def field_repr(wire: str, secret: bool) -> Callable[[Any], str] | bool:
    """attrs' ``repr=`` of a field: masked for a credential (marked ``Secret:`` or named like one), else the value."""
    return masked if secret or is_secret_name(wire) else True


class Model:
    """The base of every generated model: ``from_dict``, ``to_dict``, ``to_json`` and unknown fields by key."""

    __slots__ = ()
    __schema__: ClassVar[Schema]
    additional_properties: dict[str, Any]
    """Fields the spec does not declare, as they came (absent on models that allow none)."""

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """The model from decoded JSON; raises ModelValidationError naming the path of a value that does not fit."""
        result: Self = cls.__schema__.parse(cls, src)
        return result

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object (the documented names; unknown fields kept; credentials whole)."""
        return self.__schema__.dump(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (``to_dict`` encoded; non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields the spec does not declare."""
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


__all__ = [
    "ANY",
    "BOOL",
    "FLOAT",
    "INT",
    "MASK",
    "NULL",
    "STR",
    "Field",
    "Kind",
    "Model",
    "ModelValidationError",
    "Schema",
    "also_string",
    "const",
    "enum",
    "field",
    "field_repr",
    "is_secret_name",
    "json_type_name",
    "list_of",
    "masked",
    "masked_extras",
    "model",
    "to_json_value",
    "union",
    "unsupported",
]
