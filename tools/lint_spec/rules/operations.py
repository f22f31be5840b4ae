"""Operations: names, tags, methods and hosts as the generator, the client and the mock read them."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator

from tools.lint_spec.document import SpecDocument, mapping
from tools.lint_spec.findings import Finding

GENERATED_METHODS = ("get", "put", "post", "delete", "patch")
"""The methods spec_facts.py reads (``sendbird_calls.spec_doc.iter_operations``)."""
HOSTS = ("calls", "chat")
EVIDENCE_TIERS = ("docs", "listing", "SDK", "inferred")
"""How an operation is known (the spec's description says what each means)."""
_TAG = re.compile(r"[a-z][a-z0-9_]*")
_VARIABLE = re.compile(r"\{([^{}]+)\}")


def naming_rules(document: SpecDocument) -> Iterator[Finding]:
    """Every operation has an ``x-method-name`` and declared tags; operationIds are unique across
    ``paths`` and ``webhooks``; declared tags are snake_case (they name ``client.<tag>`` and a module)."""
    declared: dict[str, int] = {}
    tags = document.raw.get("tags")
    for index, tag in enumerate(tags if isinstance(tags, list) else ()):
        name = mapping(tag).get("name")
        if not isinstance(name, str):
            continue
        declared.setdefault(name, index)
        if not _TAG.fullmatch(name) or keyword.iskeyword(name):
            yield Finding(
                ("tags", str(index), "name"),
                f"tag {name!r} is not a snake_case Python name (it names the client attribute `client.<tag>` "
                "and the generated module)",
                "use lower-case letters, digits and underscores, starting with a letter",
            )
    seen: dict[str, str] = {}
    for site in (*document.operations(), *document.webhooks()):
        operation_id = site.node.get("operationId")
        if isinstance(operation_id, str):
            if operation_id in seen:
                yield Finding(
                    (*site.location, "operationId"),
                    f"operationId {operation_id!r} is already used by {seen[operation_id]}",
                    "rename one: operationIds are unique across `paths` and `webhooks`",
                )
            seen.setdefault(operation_id, ".".join(site.location))
        if site.location[0] != "paths":
            continue
        evidence = site.node.get("x-evidence")
        if not (
            isinstance(evidence, dict)
            and evidence.get("tier") in EVIDENCE_TIERS
            and isinstance(evidence.get("sources"), str)
            and evidence["sources"].strip()
        ):
            yield Finding(
                (*site.location, "x-evidence"),
                "no `x-evidence` with a `tier` and its `sources` (where the operation is known from)",
                f"add `x-evidence: {{tier: <{'|'.join(EVIDENCE_TIERS)}>, sources: <where it is documented>}}`",
            )
        if "x-method-name" not in site.node:
            yield Finding(
                site.location,
                "no `x-method-name` (the client method's name within its tag)",
                "add `x-method-name: <verb>`, such as `list`, `retrieve`, `create` or `update_custom_items`",
            )
        op_tags = site.node.get("tags")
        for index, tag in enumerate(op_tags if isinstance(op_tags, list) else ()):
            if isinstance(tag, str) and tag not in declared:
                yield Finding(
                    (*site.location, "tags", str(index)),
                    f"tag {tag!r} is not declared in the top-level `tags`",
                    f"add `{{name: {tag}, description: ...}}` to the top-level `tags` (its description documents "
                    "the client resource), or use a declared tag",
                )


def shape_rules(document: SpecDocument) -> Iterator[Finding]:
    """Path items written in place, operations of a generated method, hosts the client knows."""
    yield from _servers(("servers",), document.raw.get("servers"))
    paths = document.raw.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else ():
        if isinstance(item, dict) and "$ref" in item:
            yield Finding(
                ("paths", str(path)),
                "the path item is a `$ref` (the generator's facts and the mock read operations in place)",
                "write the path item under `paths` itself",
            )
        elif isinstance(item, dict):
            yield from _servers(("paths", str(path), "servers"), item.get("servers"))
    for site in document.operations():
        if site.method not in GENERATED_METHODS:
            yield Finding(
                site.location,
                f"`{site.method}` operations are not generated (spec_facts.py reads get, put, post, delete and patch)",
                "describe the operation with one of those methods, or remove it",
            )
        if "servers" in site.node:
            yield Finding(
                (*site.location, "servers"),
                "operation-level `servers` are not read (the mock refuses them; the client picks its host from "
                "`x-host`)",
                "move the servers to the path item and mark its operations `x-host: chat`",
            )
        host = site.node.get("x-host", "calls")
        if host not in HOSTS:
            yield Finding(
                (*site.location, "x-host"),
                f"`x-host` is {host!r}, not one of {', '.join(HOSTS)}",
                "use `x-host: chat` for the Chat Platform host, or leave it out for the Calls host",
            )
        elif host == "chat" and not (isinstance(site.item.get("servers"), list) and site.item["servers"]):
            yield Finding(
                (*site.location, "x-host"),
                "a `chat` operation's path item has no `servers` entry (the mock serves the path under its "
                "server's base path, `/v3`)",
                "add the Chat host to the path item: "
                "`servers: [{url: 'https://api-{application_id}.sendbird.com/v3', variables: ...}]`",
            )


def _servers(location: tuple[str, ...], servers: object) -> Iterator[Finding]:
    """Each ``{variable}`` of a server URL has a ``default``: the mock and the tests fill the URL with it."""
    for index, server in enumerate(servers if isinstance(servers, list) else ()):
        url, variables = mapping(server).get("url"), mapping(mapping(server).get("variables"))
        for name in _VARIABLE.findall(url if isinstance(url, str) else ""):
            if not isinstance(mapping(variables.get(name)).get("default"), str):
                yield Finding(
                    (*location, str(index), "url"),
                    f"the server URL's `{{{name}}}` has no variable with a string `default` (the mock and the tests "
                    "fill the URL with it)",
                    f"add `variables: {{{name}: {{default: ..., description: ...}}}}` to the server",
                )
