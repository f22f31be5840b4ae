"""Checks one HTTP answer of one operation against the spec: status, error code, JSON, schema.

Needs ``jsonschema`` (the ``verify`` extra, or ``mock``): ``run.verify_spec`` imports this module
only when a run starts, so the rest of the package works without it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..spec_doc import iter_operations
from .findings import Finding, FindingKind
from .schema_findings import SpecSchemas

_CODE = re.compile(r"\b\d{6,7}\b")
_JSON_MEDIA = re.compile(r"^application/([\w.+-]+\+)?json\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CheckedAnswer:
    """What the server sent (status, raw body), its findings and, when it was JSON, the parsed body."""

    status: int
    body: bytes
    findings: list[Finding]
    data: Any
    is_json: bool


class SpecAnswers:
    """The documented answers of every operation of an OpenAPI document, and the checks against them."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.schemas = SpecSchemas(document)
        self.document = self.schemas.document
        """The document as JSON has it (status keys as text): every schema checked is one of its objects."""
        self._responses: dict[str, dict[str, Any]] = {
            str(operation["operationId"]): operation.get("responses") or {}
            for _, _, operation in iter_operations(self.document)
            if "operationId" in operation
        }

    def documented_statuses(self, operation: str) -> list[str]:
        """The response keys of an operation (``200``, ``4XX``, ``default``)."""
        return [str(key) for key in self._responses[operation]]

    def _response(self, operation: str, status: int) -> tuple[str | None, Mapping[str, Any] | None]:
        responses = self._responses[operation]
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            found = responses.get(key)
            if found is not None:
                return key, self.schemas.resolve(found)
        return None, None

    def _fallback(self, operation: str, status: int) -> Mapping[str, Any] | None:
        """For an undocumented status, the documented answer of the same class (2xx, 4xx), to still check the body."""
        for key in self.documented_statuses(operation):
            if key[0] == str(status)[0]:
                _, response = self._response(operation, int(key) if key.isdigit() else status)
                if response is not None:
                    return response
        return None

    def check(self, operation: str, status: int, body: bytes, content_type: str = "") -> CheckedAnswer:
        """Every disagreement of an answer (``status``, raw ``body``) with what the spec documents for ``operation``."""
        findings: list[Finding] = []
        key, response = self._response(operation, status)
        if response is None:
            documented = ", ".join(self.documented_statuses(operation))
            findings.append(
                Finding(
                    operation,
                    "",
                    FindingKind.UNDOCUMENTED_STATUS,
                    f"HTTP {status} is not documented (documented: {documented})",
                    status=status,
                )
            )
            response = self._fallback(operation, status)
        content: Mapping[str, Any] = (response or {}).get("content") or {}
        if not content and not body:
            return CheckedAnswer(status, body, findings, None, False)
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            shown = content_type or "no content type"
            findings.append(
                Finding(
                    operation,
                    "",
                    FindingKind.NOT_JSON,
                    f"the body is not JSON ({shown}, {len(body)} bytes)",
                    status=status,
                )
            )
            return CheckedAnswer(status, body, findings, None, False)
        media_type = next((m for m in content if _JSON_MEDIA.match(m)), None)
        schema = self.schemas.resolve(content[media_type].get("schema")) if media_type is not None else None
        if isinstance(schema, Mapping):
            findings.extend(self.schemas.check(data, schema, operation=operation, status=status))
        if status >= 400 and key is not None and response is not None:
            findings.extend(_check_error_code(operation, status, data, response))
        return CheckedAnswer(status, body, findings, data, True)


def _check_error_code(operation: str, status: int, data: Any, response: Mapping[str, Any]) -> list[Finding]:
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
