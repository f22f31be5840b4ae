"""Checks one HTTP answer of one operation against the spec: status, error code, JSON, schema."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .findings import Finding, FindingKind, SchemaLocation
from .schema_check import SchemaChecker, json_type

_CODE = re.compile(r"\b\d{6,7}\b")
_JSON_MEDIA = re.compile(r"^application/([\w.+-]+\+)?json\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Answer:
    """What the server sent: status, content type and raw body."""

    status: int
    content_type: str
    body: bytes


@dataclass(frozen=True, slots=True)
class CheckedAnswer:
    """An answer with its findings and, when it was JSON, the parsed body."""

    answer: Answer
    findings: list[Finding]
    data: Any
    is_json: bool


class SpecAnswers:
    """The documented answers of every operation of a spec, and the checks against them."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.checker = SchemaChecker(spec)
        self._operations: dict[str, tuple[str, str, Mapping[str, Any]]] = {}
        for path, item in (spec.get("paths") or {}).items():
            for method, definition in item.items():
                if isinstance(definition, Mapping) and "operationId" in definition:
                    self._operations[str(definition["operationId"])] = (path, method, definition)

    def location(self, operation: str) -> tuple[str, str]:
        """The spec path and lower-case method of an operation."""
        path, method, _ = self._operations[operation]
        return path, method

    def documented_statuses(self, operation: str) -> list[str]:
        """The response keys of an operation (``200``, ``4XX``, ``default``)."""
        return [str(key) for key in self._operations[operation][2].get("responses") or {}]

    def _response(self, operation: str, status: int) -> tuple[str | None, Mapping[str, Any] | None, SchemaLocation]:
        path, method, definition = self._operations[operation]
        responses: Mapping[str, Any] = definition.get("responses") or {}
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                return key, responses[key], SchemaLocation(("paths", path, method, "responses", key))
        return None, None, SchemaLocation(())

    def _fallback(self, operation: str, status: int) -> tuple[Mapping[str, Any] | None, SchemaLocation]:
        """For an undocumented status, the documented answer of the same class (2xx, 4xx), to still check the body."""
        for key in self.documented_statuses(operation):
            if key[0] == str(status)[0]:
                _, response, location = self._response(operation, int(key) if key.isdigit() else status)
                if response is not None:
                    return response, location
        return None, SchemaLocation(())

    def check(self, operation: str, answer: Answer) -> CheckedAnswer:
        """Every disagreement of ``answer`` with what the spec documents for ``operation``."""
        findings: list[Finding] = []
        key, response, location = self._response(operation, answer.status)
        if response is None:
            findings.append(
                Finding(
                    operation,
                    "",
                    FindingKind.UNDOCUMENTED_STATUS,
                    f"HTTP {answer.status} is not documented (documented: "
                    f"{', '.join(self.documented_statuses(operation))})",
                    status=answer.status,
                )
            )
            response, location = self._fallback(operation, answer.status)
        response, location = self.checker.resolve(response or {}, location)
        content: Mapping[str, Any] = response.get("content") or {}
        media_type = next((m for m in content if _JSON_MEDIA.match(m)), None)
        if not content and not answer.body:
            return CheckedAnswer(answer, findings, None, False)
        try:
            data = json.loads(answer.body)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            shown = answer.content_type or "no content type"
            findings.append(
                Finding(
                    operation,
                    "",
                    FindingKind.NOT_JSON,
                    f"the body is not JSON ({shown}, {len(answer.body)} bytes)",
                    status=answer.status,
                )
            )
            return CheckedAnswer(answer, findings, None, False)
        if media_type is not None:
            schema = content[media_type].get("schema")
            if isinstance(schema, Mapping):
                findings.extend(
                    self.checker.check(
                        data,
                        schema,
                        location.child("content", media_type, "schema"),
                        operation=operation,
                        status=answer.status,
                    )
                )
        if answer.status >= 400 and key is not None:
            findings.extend(self._check_error_code(operation, answer.status, data, response))
        return CheckedAnswer(answer, findings, data, True)

    def _check_error_code(self, operation: str, status: int, data: Any, response: Mapping[str, Any]) -> list[Finding]:
        """Sendbird's ``code`` must be one the response's description lists (when it lists any)."""
        documented = {int(code) for code in _CODE.findall(str(response.get("description", "")))}
        code = data.get("code") if isinstance(data, dict) else None
        if not documented or not isinstance(code, int) or isinstance(code, bool) or code in documented:
            return []
        return [
            Finding(
                operation,
                "/code",
                FindingKind.UNDOCUMENTED_ERROR_CODE,
                f"error code {code} is not documented for HTTP {status} "
                f"(documented: {', '.join(map(str, sorted(documented)))})",
                status=status,
                value=str(code),
            )
        ]


def describe_type(value: Any) -> str:
    """The JSON type of a value, for messages that must not show the value."""
    return json_type(value)
