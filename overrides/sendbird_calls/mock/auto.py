"""Answers of the operations the mock has no handler for, from the spec: a new operation works at once.

An operation without a handler in ``mock.operations`` is answered with its first 2xx status and
- the first example of that answer (``examples``, else ``example``) when it fits the schema, else a
  value generated from the schema (``mock.schema_values``);
- when the operation pages (``spec_doc.page_items``: a ``next`` parameter and property, one array),
  a page of a list of ``LIST_LENGTH`` generated items, ``limit`` items at a time, with ``next`` (and
  ``prev`` when the operation has both) tokens of ``mock.pagination``, bound to the operation, its
  path and its filters; the page's other properties come from the example or are generated;
- an empty body when the answer has no JSON content (a 204).
Requests go through the same pipeline as every other (auth, faults, validation of path, query and
body) and answers are checked against the spec like every other. Each plan is checked when the app
is created, so a spec the generator cannot answer stops ``create_app`` with the operation's name.
State is not kept: a write is answered, not remembered.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import Any

from .. import spec_doc
from .facts import facts_of, first_example
from .operations.base import ApiRequest, Registration, Reply
from .pagination import fingerprint, paginate
from .schema_values import SchemaValueError, copy_json
from .spec import MockSpecError, Operation, SpecIndex

LIST_LENGTH = 25
"""How many items the generated list of a paging operation holds (three pages at the default size)."""
DEFAULT_PAGE_SIZE = 10
"""The page size when the operation takes no ``limit``."""
PAGING_PARAMETERS = ("next", "prev", "limit")
"""The spec's paging conventions (``info.description``): left out of the list's fingerprint."""
_ABSENT: Any = object()
_log = logging.getLogger(__name__)


class AutoAnswer:
    """The answer plan of one operation, built once from the spec; called like a handler."""

    def __init__(self, spec: SpecIndex, operation: Operation) -> None:
        self.operation = operation
        self._spec = spec
        document, definition = spec.raw, operation.definition
        self.status, response = spec_doc.success_response(definition, document)
        content = response.get("content")
        media = content.get("application/json") if isinstance(content, Mapping) else None
        self.headers = self._headers(response)
        self.items_field = spec_doc.page_items(definition, document) if isinstance(media, Mapping) else None
        self.body: Any = None
        self.items: list[Any] = []
        self._ends: dict[str, Any] = {}
        if not isinstance(media, Mapping):
            return
        schema = media.get("schema", {})
        example = first_example(media)
        if self.items_field is None:
            self.body = example if self._fits(example) else self._generate(schema, "body")
            self._check(self.body)
            return
        self.body = example if isinstance(example, dict) and self._fits(example) else self._generate(schema, "body")
        page = spec_doc.resolve(schema, document)
        properties = page.get("properties") or {}
        item_schema = spec_doc.resolve(properties[self.items_field], document).get("items", {})
        self.items = [
            self._generate(item_schema, f"{self.items_field}[{index}]", name=self.items_field, salt=index)
            for index in range(LIST_LENGTH)
        ]
        params = definition.get("parameters") or {}
        for token in ("next", "prev"):
            if token in params and token in properties:
                self._ends[token] = self._end_marker(properties[token], token in (page.get("required") or ()))
        self._check(self._page({}, {}).body)

    # --- building the plan ------------------------------------------------------------------

    def _where(self, what: str) -> str:
        return f"{self.operation.operation_id} {what}"

    def _generate(self, schema: Any, what: str, *, name: str = "value", salt: int = 0) -> Any:
        try:
            return facts_of(self._spec).values.generate(schema, name=name, salt=salt, where=self._where(what))
        except SchemaValueError as exc:
            raise MockSpecError(f"{self._spec.name}: {exc}") from None

    def _headers(self, response: Mapping[str, Any]) -> dict[str, str]:
        """A value for each header the answer must carry."""
        found: dict[str, str] = {}
        for name, declared in (response.get("headers") or {}).items():
            header = spec_doc.resolve(declared, self._spec.raw)
            if header.get("required"):
                value = self._generate(header.get("schema", {}), f"header {name}", name=str(name))
                found[str(name)] = value if isinstance(value, str) else str(value).lower()
        return found

    def _fits(self, body: Any) -> bool:
        """Whether an example of the spec fits the answer's schema (one that does not is not sent)."""
        if body is None:
            return False
        problems = self._problems(body)
        if problems:
            _log.warning(
                "%s does not fit the spec (%s); answering generated values", self._where("example"), problems[0]
            )
        return not problems

    def _problems(self, body: Any) -> list[str]:
        headers = {"content-type": "application/json", **{k.lower(): v for k, v in self.headers.items()}}
        return self._spec.validators.response_problems(
            self.operation.operation_id, status=self.status, headers=headers, body=b"", payload=body
        )

    def _end_marker(self, schema: Any, required: bool) -> Any:
        """What ``next``/``prev`` say at the end of the list: null, else "", else nothing (the key left out)."""
        for marker in (None, ""):
            if self._spec.validators.problem(schema, marker) is None:
                return marker
        if not required:
            return _ABSENT
        raise MockSpecError(
            f"{self._spec.name}: {self._where('cannot end its list')}: its token takes neither null nor ''"
        )

    def _check(self, body: Any) -> None:
        problems = self._problems(body)
        if problems:
            raise MockSpecError(
                f"{self._spec.name}: the mock cannot answer {self.operation.operation_id} with a body that fits "
                f"the spec ({'; '.join(problems)}); give the answer an example or a handler"
            )

    # --- answering --------------------------------------------------------------------------

    def __call__(self, request: ApiRequest) -> Reply:
        if self.items_field is not None:
            return self._page(request.path, request.query)
        return Reply(self.status, copy_json(self.body), self.headers or None)

    def _page(self, path: Mapping[str, str], query: Mapping[str, Any]) -> Reply:
        """The page a query asks for (a ``next``/``prev`` token of another list or filter is 400100)."""
        limit = query.get("limit")
        size = limit if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0 else DEFAULT_PAGE_SIZE
        filters = {key: value for key, value in query.items() if key not in PAGING_PARAMETERS}
        page = paginate(
            range(len(self.items)),
            lambda index: copy_json(self.items[index]),
            limit=size,
            fp=fingerprint(self.operation.operation_id, path=dict(path), filters=filters),
            next_token=query.get("next") if "next" in self._ends else None,
            prev_token=query.get("prev") if "prev" in self._ends else None,
        )
        body = copy_json(self.body)
        body[self.items_field] = page.items
        for name, token in (("next", page.next), ("prev", page.prev)):
            if name not in self._ends:
                continue
            end = self._ends[name]
            if token is not None:
                body[name] = token
            elif end is _ABSENT:
                body.pop(name, None)
            else:
                body[name] = end
        return Reply(self.status, body, self.headers or None)


def auto_registrations(spec: SpecIndex, handled: Mapping[str, Registration]) -> dict[str, Registration]:
    """A registration answering from the spec for each operation of ``spec`` without a handler in ``handled``
    (the plans are built once per spec and shared: they hold no state).

    Raises:
        MockSpecError: An operation's answer cannot be made to fit the spec (the message names it).
    """
    return dict(_plans(spec, frozenset(handled)))


@functools.lru_cache(maxsize=8)
def _plans(spec: SpecIndex, handled: frozenset[str]) -> tuple[tuple[str, Registration], ...]:
    return tuple(
        (operation_id, Registration(AutoAnswer(spec, operation), master_only=False))
        for operation_id, operation in spec.operations.items()
        if operation_id not in handled
    )


__all__ = ["DEFAULT_PAGE_SIZE", "LIST_LENGTH", "AutoAnswer", "auto_registrations"]
