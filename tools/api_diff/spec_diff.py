"""Spec-level changes between two OpenAPI documents, each classed for a client user.

Operations are matched by operationId, parameters by name, models (component schemas) by name,
fields by name, webhook events by their key under ``webhooks``. A schema is compared where it is
written: a field that names another model only reports when the name changes, and that model is
compared once, as itself, with the directions it is used in (see ``schemas.usage``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tools.api_diff.changes import Change, Section
from tools.api_diff.schemas import (
    EMPTY,
    REQUEST,
    RESPONSE,
    Direction,
    Node,
    Site,
    Spec,
    as_node,
    enum_values,
    formats,
    media_schema,
    operations,
    refs_at,
    usage,
    webhook_payloads,
)

# Formats that give the generated field another Python type (datetime, date, UUID, File).
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
BOTH_SITES: frozenset[Site] = frozenset({(REQUEST, False), (RESPONSE, False)})


def diff_specs(old_document: Mapping[str, Any], new_document: Mapping[str, Any]) -> list[Change]:
    """Every spec-level change from ``old_document`` to ``new_document``, sorted by key."""
    differ = _SpecDiff(Spec(old_document), Spec(new_document))
    differ.run()
    return sorted(differ.changes, key=Change.sort_key)


def _names(values: Iterable[Any]) -> str:
    """``a``, ``b`` as Markdown code, for a message."""
    return ", ".join(f"`{value}`" for value in sorted(values, key=str)) or "nothing"


def _type_text(types: frozenset[str]) -> str:
    return " | ".join(sorted(types))


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of a ``narrow`` type is also a ``wide`` one (integers are numbers, ``any`` is all)."""
    if "any" in wide:
        return True
    return all(kind in wide or (kind == "integer" and "number" in wide) for kind in narrow)


class _SpecDiff:
    """Walks both specs once and collects the changes."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.old_usage, self.new_usage = usage(old), usage(new)

    def add(self, key: str, what: str, breaking: bool, why: str, section: Section) -> None:
        self.changes.append(Change(key, what, breaking, why, section))

    def run(self) -> None:
        self.compare_operations()
        self.compare_webhooks()
        self.compare_components()

    # --- operations -------------------------------------------------------------------------

    def compare_operations(self) -> None:
        old_ops, new_ops = operations(self.old), operations(self.new)
        for key in sorted(old_ops.keys() - new_ops.keys()):
            method, path, operation, _ = old_ops[key]
            self.add(
                key,
                f"operation removed (`{method.upper()} {path}`)",
                True,
                f"the client method {_method_and_command(operation, key)} no longer exist",
                "Removed",
            )
        for key in sorted(new_ops.keys() - old_ops.keys()):
            method, path, operation, _ = new_ops[key]
            self.add(
                key,
                f"operation added (`{method.upper()} {path}`)",
                False,
                f"a new method, {_method_and_command(operation, key)}; nothing existing changes",
                "Added",
            )
        for key in sorted(old_ops.keys() & new_ops.keys()):
            old_method, old_path, old_op, old_params = old_ops[key]
            new_method, new_path, new_op, new_params = new_ops[key]
            if (old_method, old_path) != (new_method, new_path):
                self.add(
                    key,
                    f"operation moved: `{old_method.upper()} {old_path}` → `{new_method.upper()} {new_path}`",
                    False,
                    "the method keeps its name and arguments; the client sends to the new place",
                    "Changed",
                )
            self.compare_parameters(key, old_params, new_params)
            self.compare_body(key, old_op, new_op)
            self.compare_answers(key, old_op, new_op)

    def compare_parameters(self, operation: str, old_params: list[Node], new_params: list[Node]) -> None:
        old_by_name = {str(p.get("name")): p for p in old_params}
        new_by_name = {str(p.get("name")): p for p in new_params}
        for name in sorted(old_by_name.keys() - new_by_name.keys()):
            self.add(
                f"{operation}({name})",
                f"{old_by_name[name].get('in')} parameter removed",
                True,
                f"callers that pass `{name}` get a TypeError",
                "Removed",
            )
        for name in sorted(new_by_name.keys() - old_by_name.keys()):
            parameter = new_by_name[name]
            if parameter.get("required") is True:
                self.add(
                    f"{operation}({name})",
                    f"required {parameter.get('in')} parameter added",
                    True,
                    "every existing call lacks it: a new required argument",
                    "Added",
                )
            else:
                self.add(
                    f"{operation}({name})",
                    f"optional {parameter.get('in')} parameter added",
                    False,
                    "optional: existing calls still work",
                    "Added",
                )
        for name in sorted(old_by_name.keys() & new_by_name.keys()):
            old_p, new_p, key = old_by_name[name], new_by_name[name], f"{operation}({name})"
            if old_p.get("in") != new_p.get("in"):
                self.add(
                    key,
                    f"parameter moved from {old_p.get('in')} to {new_p.get('in')}",
                    True,
                    "where the value goes changes, and with it the method's signature",
                    "Changed",
                )
            self.compare_required(key, old_p.get("required") is True, new_p.get("required") is True, {REQUEST})
            self.compare_schema(old_p.get("schema") or EMPTY, new_p.get("schema") or EMPTY, key, {(REQUEST, False)})

    def compare_body(self, operation: str, old_op: Node, new_op: Node) -> None:
        key = f"{operation}.body"
        old_body, new_body = old_op.get("requestBody"), new_op.get("requestBody")
        if old_body is None and new_body is None:
            return
        if new_body is None:
            self.add(key, "request body removed", True, "callers that pass `body` get a TypeError", "Removed")
            return
        new_required = self.new.resolve(new_body).get("required") is True
        if old_body is None:
            if new_required:
                self.add(key, "required request body added", True, "every existing call lacks it", "Added")
            else:
                self.add(key, "optional request body added", False, "optional: existing calls still work", "Added")
            return
        old_required = self.old.resolve(old_body).get("required") is True
        self.compare_required(key, old_required, new_required, {REQUEST})
        old_schema, new_schema = media_schema(self.old, old_body), media_schema(self.new, new_body)
        self.compare_schema(old_schema or EMPTY, new_schema or EMPTY, key, {(REQUEST, False)})

    def compare_answers(self, operation: str, old_op: Node, new_op: Node) -> None:
        old_answers, new_answers = old_op.get("responses") or {}, new_op.get("responses") or {}
        old_kinds, new_kinds = self.success_kinds(self.old, old_answers), self.success_kinds(self.new, new_answers)
        if old_kinds != new_kinds:
            extra = new_kinds - old_kinds
            what = f"success answers: {_names(old_kinds)} → {_names(new_kinds)}"
            if extra:
                why = (
                    f"the method may now return {_names(extra)}, which code written for the old answers does not expect"
                )
                self.add(f"{operation}.responses", what, True, why, "Changed")
            else:
                self.add(
                    f"{operation}.responses",
                    what,
                    False,
                    "fewer kinds of answer: code handling all of them still works",
                    "Changed",
                )
        for code in sorted(set(old_answers) & set(new_answers), key=str):
            old_schema = media_schema(self.old, old_answers[code])
            new_schema = media_schema(self.new, new_answers[code])
            if old_schema is None or new_schema is None:
                continue
            if str(code).startswith("2") and (refs_at(old_schema) or refs_at(new_schema)):
                continue  # a change of model is in the success kinds above
            self.compare_schema(old_schema, new_schema, f"{operation}.responses.{code}", {(RESPONSE, False)})

    @staticmethod
    def success_kinds(spec: Spec, answers: Mapping[str, Any]) -> frozenset[str]:
        """What a success can be: a model's name, ``empty`` (no body) or ``inline`` (a schema written in place)."""
        kinds: set[str] = set()
        for code, answer in answers.items():
            if not str(code).startswith("2"):
                continue
            schema = media_schema(spec, answer)
            if schema is None:
                kinds.add("empty")
            else:
                kinds.update(refs_at(schema) or {"inline"})
        return frozenset(kinds)

    # --- webhooks ---------------------------------------------------------------------------

    def compare_webhooks(self) -> None:
        old_events, new_events = webhook_payloads(self.old), webhook_payloads(self.new)
        for event in sorted(old_events.keys() - new_events.keys()):
            self.add(
                event,
                "webhook event removed",
                True,
                "handlers written for it lose its typed payload (it parses as an unknown event)",
                "Removed",
            )
        for event in sorted(new_events.keys() - old_events.keys()):
            self.add(
                event,
                "webhook event added",
                False,
                "receivers already accept unknown events; it now parses into its own type",
                "Added",
            )
        for event in sorted(old_events.keys() & new_events.keys()):
            old_refs = frozenset().union(*(refs_at(p) for p in old_events[event]))
            new_refs = frozenset().union(*(refs_at(p) for p in new_events[event]))
            if old_refs != new_refs:
                self.add(
                    event,
                    f"webhook payload is now {_names(new_refs)} instead of {_names(old_refs)}",
                    True,
                    "handlers reading the old payload's type get another one",
                    "Changed",
                )

    # --- models -----------------------------------------------------------------------------

    def compare_components(self) -> None:
        old_models, new_models = self.old.components(), self.new.components()
        for name in sorted(old_models.keys() - new_models.keys()):
            schema = self.old.resolve(old_models[name])
            if "enum" in schema or "properties" in schema or schema.get("type") == "object":
                self.add(name, "model removed", True, f"`sendbird_calls.models.{name}` no longer exists", "Removed")
            else:
                self.add(
                    name,
                    "schema removed",
                    False,
                    "it had no Python class of its own; its uses are compared where they are",
                    "Removed",
                )
        for name in sorted(new_models.keys() - old_models.keys()):
            self.add(name, "model added", False, "a new model; nothing existing changes", "Added")
        for name in sorted(old_models.keys() & new_models.keys()):
            sites = self.old_usage.get(name, set()) | self.new_usage.get(name, set())
            self.compare_schema(old_models[name], new_models[name], name, sites or BOTH_SITES)

    # --- one schema -------------------------------------------------------------------------

    def compare_required(self, key: str, old_required: bool, new_required: bool, directions: set[Direction]) -> None:
        if old_required == new_required:
            return
        if new_required:
            if REQUEST in directions:
                self.add(key, "now required", True, "callers that leave it out are refused", "Changed")
            else:
                self.add(key, "now required (always in answers)", False, "answers always carry it now", "Changed")
        elif RESPONSE in directions:
            self.add(key, "now optional", True, "answers may leave it out: code reading it can get `UNSET`", "Changed")
        else:
            self.add(key, "now optional", False, "callers may leave it out; existing calls still work", "Changed")

    def compare_schema(self, old: Node, new: Node, key: str, sites: Iterable[Site]) -> None:
        """Compares one schema written in place; models it names are compared as themselves."""
        old, new, sites = as_node(old), as_node(new), frozenset(sites)
        directions = {direction for direction, _ in sites}
        old_refs, new_refs = refs_at(old), refs_at(new)
        if old_refs != new_refs:
            self.add(
                key,
                f"type changed: {_names(new_refs)} instead of {_names(old_refs)}",
                True,
                "the Python type of the value changes",
                "Changed",
            )
            return
        old_types, new_types = self.old.json_types(old), self.new.json_types(new)
        if old_types != new_types:
            self.compare_types(key, old_types, new_types, directions)
            return
        if "$ref" in old or "$ref" in new:
            return
        self.compare_formats(key, formats(old), formats(new), directions)
        self.compare_enum(key, old, new, sites)
        self.compare_constraints(key, old, new, directions)
        self.compare_properties(key, old, new, sites)
        old_items, new_items = old.get("items"), new.get("items")
        if isinstance(old_items, Mapping) and isinstance(new_items, Mapping):
            self.compare_schema(old_items, new_items, f"{key}[]", {(d, False) for d in directions})

    def compare_types(self, key: str, old: frozenset[str], new: frozenset[str], directions: set[Direction]) -> None:
        what = f"type changed: `{_type_text(old)}` → `{_type_text(new)}`"
        if REQUEST in directions and not _covers(new, old):
            self.add(key, what, True, "values callers send today no longer fit (and the type hint changes)", "Changed")
        elif RESPONSE in directions and not _covers(old, new):
            self.add(key, what, True, "answers may carry values of a type code does not handle", "Changed")
        elif REQUEST in directions:
            self.add(key, what, False, "widened: every value callers send today still fits", "Changed")
        else:
            self.add(key, what, False, "narrowed: answers stay within the types code handles", "Changed")

    def compare_formats(self, key: str, old: frozenset[str], new: frozenset[str], directions: set[Direction]) -> None:
        if old == new:
            return
        what = f"format changed: {_names(old)} → {_names(new)}"
        if (old | new) & TYPED_FORMATS:
            self.add(key, what, True, "the Python type changes (such as `str` ↔ `datetime`)", "Changed")
        elif REQUEST in directions and new - old:
            self.add(key, what, True, "values callers send today may no longer fit the format", "Changed")
        else:
            self.add(key, what, False, "the Python type stays; no value callers send is refused", "Changed")

    def compare_enum(self, key: str, old: Node, new: Node, sites: frozenset[Site]) -> None:
        old_values, new_values = enum_values(old), enum_values(new)
        old_open, new_open = self.old.is_open(old), self.new.is_open(new)
        if old_open != new_open and (old_values or new_values or refs_at(old) or refs_at(new)):
            if old_open:
                self.add(
                    key,
                    "enum closed (no longer `anyOf [enum, string]`)",
                    True,
                    "values outside the enum are refused now",
                    "Changed",
                )
            else:
                self.add(key, "enum opened (`anyOf [enum, string]`)", False, "any string is accepted now", "Changed")
        if old_values is None and new_values is None:
            return
        if old_values is None or new_values is None:
            what = "enum added" if old_values is None else "enum removed"
            self.add(key, what, True, "the Python type changes between a plain value and an enum", "Changed")
            return
        effective = {(direction, is_open or new_open) for direction, is_open in sites}
        # Enum values may be any JSON (lists, objects): compared by equality, not hashed.
        for value in sorted((v for v in old_values if v not in new_values), key=str):
            if any(direction == REQUEST for direction, _ in effective):
                why = f"callers sending `{value}` are refused, and the enum member goes away"
            else:
                why = "the enum member goes away: code that names it fails"
            self.add(f"{key}.{value}", f"enum value `{value}` removed", True, why, "Removed")
        closed_in_answers = any(direction == RESPONSE and not is_open for direction, is_open in effective)
        for value in sorted((v for v in new_values if v not in old_values), key=str):
            if closed_in_answers:
                why = (
                    "a closed enum read from answers: an answer with the new value fails to parse "
                    "(make it `anyOf [enum, string]`)"
                )
                self.add(f"{key}.{value}", f"enum value `{value}` added", True, why, "Added")
            elif any(direction == RESPONSE for direction, _ in effective):
                self.add(
                    f"{key}.{value}",
                    f"enum value `{value}` added",
                    False,
                    "an open enum: unknown values already parse",
                    "Added",
                )
            else:
                self.add(
                    f"{key}.{value}", f"enum value `{value}` added", False, "a new value callers may send", "Added"
                )

    def compare_constraints(self, key: str, old: Node, new: Node, directions: set[Direction]) -> None:
        for name in (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern"):
            before, after = old.get(name), new.get(name)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            numbers = all(isinstance(value, int | float) for value in (before, after) if value is not None)
            if name == "pattern" or not numbers:
                tighter = after is not None
            elif name in LOWER_BOUNDS:
                tighter = after is not None and (before is None or after > before)
            else:
                tighter = after is not None and (before is None or after < before)
            what = f"`{name}` {before if before is not None else 'none'} → {after if after is not None else 'none'}"
            if REQUEST in directions and tighter:
                self.add(
                    key,
                    what,
                    True,
                    "values callers send today may be refused (the client checks query ranges)",
                    "Changed",
                )
            elif REQUEST in directions:
                self.add(key, what, False, "loosened: every value callers send today is still accepted", "Changed")
            else:
                self.add(key, what, False, "the client does not check ranges or patterns in answers", "Changed")

    def compare_properties(self, key: str, old: Node, new: Node, sites: frozenset[Site]) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        if not old_props and not new_props:
            return
        directions = {direction for direction, _ in sites}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        added = new_props.keys() - old_props.keys()
        for name in sorted(old_props.keys() - new_props.keys()):
            twins = [other for other in added if new_props[other] == old_props[name]]
            what = f"field removed (renamed to `{twins[0]}`?)" if len(twins) == 1 else "field removed"
            why = []
            if RESPONSE in directions:
                why.append(f"code reading `.{name}` fails")
            if REQUEST in directions:
                why.append(f"callers passing `{name}=` get a TypeError")
            self.add(f"{key}.{name}", what, True, "; ".join(why), "Removed")
        for name in sorted(added):
            required = name in new_required
            if required and REQUEST in directions:
                self.add(
                    f"{key}.{name}",
                    "required field added",
                    True,
                    "callers must now send it: a new required argument",
                    "Added",
                )
            elif required:
                self.add(
                    f"{key}.{name}",
                    "required field added (in answers)",
                    False,
                    "a new field answers always carry",
                    "Added",
                )
            else:
                self.add(f"{key}.{name}", "optional field added", False, "optional: nothing existing changes", "Added")
        for name in sorted(old_props.keys() & new_props.keys()):
            field = f"{key}.{name}"
            self.compare_required(field, name in old_required, name in new_required, directions)
            self.compare_schema(old_props[name], new_props[name], field, {(d, False) for d in directions})


def _method_and_command(operation: Node, key: str) -> str:
    """How users call an operation: ``rooms.retrieve`` and its CLI command ``rooms retrieve`` (from its first
    tag and ``x-method-name``, as generation names them), or its operationId when the spec lacks them."""
    tags, name = operation.get("tags"), operation.get("x-method-name")
    if isinstance(tags, list) and tags and isinstance(tags[0], str) and isinstance(name, str) and name:
        tag = tags[0]
        return f"`{tag}.{name}` and its CLI command `{_kebab(tag)} {_kebab(name)}`"
    return f"`{key}` and its CLI command"


def _kebab(name: str) -> str:
    """The CLI's spelling of a tag or method name (``list_participants`` -> ``list-participants``)."""
    return name.strip("_").replace("_", "-")
