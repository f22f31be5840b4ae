"""What the mock's state, seed and handlers read from the spec it serves, instead of keeping copies.

Each fact is found through an operation the mock implements or the spec's ``webhooks``: the webhook
categories are the keys of ``webhooks``; the end results are the values the ``end_result`` filter of
``list_direct_calls`` accepts; the room types those ``create_room`` takes; the custom-item rules the
schema of ``update_room_custom_items``' ``custom_items``; the schemas of seeded users, calls, rooms and
participants are the items of the list operations that answer them. A spec that changes any of
these changes the mock with it; one the mock cannot read this way fails at start with a
``MockSpecError`` naming the operation.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import spec_doc
from .errors import INVALID_PARAMS, MockError
from .schema_values import Completer, CompleterFactory, SchemaValueError, SchemaValues, copy_json
from .spec import MockSpecError

if TYPE_CHECKING:
    from .spec import SpecIndex

_NO_FIELDS: Mapping[str, Any] = {}


class SpecFacts:
    """The facts of one spec; built once per ``SpecIndex`` (``facts_of(spec)``)."""

    def __init__(self, spec: SpecIndex) -> None:
        self.spec = spec
        self.values = SchemaValues(spec.raw, spec.validators.problem)
        """Generates values that fit the spec's schemas (auto-answers, seed fields the seed has no value for)."""
        self._completers = CompleterFactory(self.values)
        self._by_operation: dict[str, Completer] = {}
        self._checked = False
        self.webhook_categories: tuple[str, ...] = tuple(spec.webhook_events)
        """Every webhook category the spec's ``webhooks`` defines, in its order."""

    # --- where the facts are ----------------------------------------------------------------

    def _operation(self, operation_id: str, needed_for: str) -> Mapping[str, Any]:
        operation = self.spec.operations.get(operation_id)
        if operation is None:
            raise MockSpecError(
                f"{self.spec.name} has no operation {operation_id}, which the mock reads {needed_for} from"
            )
        return operation.definition

    def items_schema(self, operation_id: str) -> Any:
        """The schema of the items a list operation answers (as written: a ``$ref`` stays one)."""
        definition = self._operation(operation_id, "its items' schema")
        field = spec_doc.page_items(definition, self.spec.raw)
        _, answer = spec_doc.success_response(definition, self.spec.raw)
        body = spec_doc.resolve(answer.get("content", {}).get("application/json", {}).get("schema", {}), self.spec.raw)
        if field is None:
            raise MockSpecError(f"{operation_id} does not answer a page of items in {self.spec.name}")
        return spec_doc.resolve(body["properties"][field], self.spec.raw).get("items", {})

    def _body_property(self, operation_id: str, name: str) -> Any:
        definition = self._operation(operation_id, f"the body field {name!r}")
        body = spec_doc.resolve(definition.get("requestBody", {}), self.spec.raw)
        schema = spec_doc.resolve(body.get("content", {}).get("application/json", {}).get("schema", {}), self.spec.raw)
        properties = schema.get("properties") or {}
        if name not in properties:
            raise MockSpecError(f"the body of {operation_id} in {self.spec.name} has no field {name!r}")
        return properties[name]

    def _enum(self, schema: Any, where: str) -> tuple[str, ...]:
        """The values of a closed enum (of an array's items too)."""
        node = spec_doc.resolve(schema, self.spec.raw)
        if spec_doc.schema_type(node) == "array":
            node = spec_doc.resolve(node.get("items", {}), self.spec.raw)
        values = node.get("enum")
        if not isinstance(values, list) or not values:
            raise MockSpecError(f"{where} in {self.spec.name} is not an enum")
        return tuple(str(value) for value in values if value is not None)

    # --- the facts --------------------------------------------------------------------------

    @functools.cached_property
    def end_results(self) -> tuple[str, ...]:
        """The end results a direct call can have (the values ``list_direct_calls``' ``end_result`` filter takes)."""
        param = self._operation("list_direct_calls", "the end results").get("parameters", {}).get("end_result")
        if param is None:
            raise MockSpecError(f"list_direct_calls in {self.spec.name} has no end_result filter")
        return self._enum(param.get("schema", {}), "list_direct_calls' end_result filter")

    @functools.cached_property
    def room_types(self) -> tuple[str, ...]:
        """The room types ``create_room`` takes."""
        return self._enum(self._body_property("create_room", "type"), "create_room's type")

    @functools.cached_property
    def _custom_items(self) -> tuple[Mapping[str, Any], Any]:
        schema = self._body_property("update_room_custom_items", "custom_items")
        return spec_doc.resolve(schema, self.spec.raw), self.spec.validators.compile(schema)

    @property
    def custom_items_limit(self) -> int | None:
        """How many custom items one room or call holds at most (the schema's ``maxProperties``)."""
        limit = self._custom_items[0].get("maxProperties")
        return limit if isinstance(limit, int) else None

    def check_custom_items(self, items: Mapping[str, Any]) -> None:
        """Raise 400100 unless ``items`` fits the spec's custom-items schema (the result of a change, too)."""
        limit = self.custom_items_limit
        if limit is not None and len(items) > limit:
            raise MockError(INVALID_PARAMS, f"custom_items holds {len(items)} items; at most {limit} are allowed.")
        problem = self._custom_items[1].first_problem(dict(items))
        if problem is not None:
            raise MockError(INVALID_PARAMS, f"custom_items {problem}")

    def completer(self, operation_id: str) -> Completer:
        """The completer of the items a list operation answers (built once per operation).

        Raises:
            MockSpecError: A field of the items cannot be generated (the message names it).
        """
        found = self._by_operation.get(operation_id)
        if found is None:
            try:
                found = self._completers.completer(self.items_schema(operation_id), f"{operation_id} items")
            except SchemaValueError as exc:
                raise MockSpecError(f"{self.spec.name}: {exc}") from None
            self._by_operation[operation_id] = found
        return found

    @property
    def users(self) -> Completer:
        """Completes a seeded user (the items of ``list_users``)."""
        return self.completer("list_users")

    @property
    def calls(self) -> Completer:
        """Completes a seeded direct call (the items of ``list_direct_calls``)."""
        return self.completer("list_direct_calls")

    @property
    def rooms(self) -> Completer:
        """Completes a room (the items of ``list_rooms``)."""
        return self.completer("list_rooms")

    @property
    def participants(self) -> Completer:
        """Completes a participant (the items of ``list_room_participants``)."""
        return self.completer("list_room_participants")

    def check(self) -> None:
        """Read every fact once, so a spec the mock cannot follow fails when the app is created, not on a
        request: the enum values, the custom-item rules, the item completers, a payload of every event.

        Raises:
            MockSpecError: What the mock cannot read or generate, naming the operation or event.
        """
        if self._checked:
            return
        _ = self.end_results, self.room_types, self.custom_items_limit
        for operation_id in ("list_users", "list_direct_calls", "list_rooms", "list_room_participants"):
            self.completer(operation_id)
        for category in self.webhook_categories:
            problems = self.spec.validators.event_problems(category, self.event_payload(category))
            if problems:
                raise MockSpecError(
                    f"{self.spec.name}: the mock cannot make a webhook event {category} that fits the spec "
                    f"({'; '.join(problems)}); give the event an example that fits"
                )
        self._checked = True

    # --- webhook events ---------------------------------------------------------------------

    def event_payload(self, category: str, fields: Mapping[str, Any] = _NO_FIELDS) -> dict[str, Any]:
        """A payload of a webhook event the spec defines: its first example with every top-level field of its
        schema (nested objects keep the example's fields plus the required ones), else values generated from
        its schema (every field); ``fields`` set over it.

        Raises:
            MockSpecError: The spec defines no such event (the message lists the ones it does).
        """
        if category not in self.webhook_categories:
            known = ", ".join(self.webhook_categories) or "none"
            raise MockSpecError(f"{self.spec.name} defines no webhook event {category!r} (it defines: {known})")
        media = self.spec.event_body(category)
        schema = media.get("schema", {})
        example = first_example(media)
        where = f"webhook {category}"
        try:
            payload = copy_json(example) if isinstance(example, dict) else self.values.generate(schema, where=where)
            if not isinstance(payload, dict):
                raise MockSpecError(f"the body of {where} in {self.spec.name} is not a JSON object")
            if example is not None:  # the example's own objects keep their realistic fields
                self._completers.completer(schema, where).fill(payload, optional=True, nested=False)
        except SchemaValueError as exc:
            raise MockSpecError(f"{self.spec.name}: {exc}") from None
        payload.update(copy_json(dict(fields)))
        return payload


_FACTS: weakref.WeakKeyDictionary[SpecIndex, SpecFacts] = weakref.WeakKeyDictionary()
_FACTS_LOCK = threading.Lock()


def facts_of(spec: SpecIndex) -> SpecFacts:
    """The facts of ``spec``, built once on first use and kept as long as the spec is."""
    with _FACTS_LOCK:
        facts = _FACTS.get(spec)
        if facts is None:
            facts = _FACTS[spec] = SpecFacts(spec)
        return facts


def first_example(media: Mapping[str, Any]) -> Any:
    """The value of a media type object's first example (``examples`` first, then ``example``), or None."""
    examples = media.get("examples")
    if isinstance(examples, Mapping):
        for example in examples.values():
            if isinstance(example, Mapping) and "value" in example:
                return example["value"]
    return media.get("example")


__all__ = ["SpecFacts", "facts_of", "first_example"]
