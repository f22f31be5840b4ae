"""Schema properties with a convention in their description: "Also sent as `x`.", "Also sent as a
string." and "Secret:".

The models read a property from its alternate name when its own is absent (``also_sent_as``), read
a boolean also from ``"true"``/``"false"`` when its description starts "Also sent as a string."
(``sent_as_string``), and mask a property whose description starts with "Secret:" in reprs and logs.
"""

from __future__ import annotations

from collections.abc import Iterator

from sendbird_calls.spec_doc import SENT_AS_STRING, also_sent_as, schema_type, sent_as_string
from tools.lint_spec.document import SpecDocument
from tools.lint_spec.findings import Finding


def property_rules(document: SpecDocument) -> Iterator[Finding]:
    """An alternate name is neither a declared property of the same schema nor another property's
    alternate; an "Also sent as a string." property is a boolean; a "Secret:" property is a string."""
    for node in document.nodes():
        properties = node.value.get("properties") if node.schema else None
        if not isinstance(properties, dict):
            continue
        aliases: dict[str, str] = {}
        for name, prop in properties.items():
            if not isinstance(prop, dict):
                continue
            here = (*node.location, "properties", str(name))
            resolved = document.resolve(prop)
            description = prop.get("description") or resolved.get("description")
            alias = also_sent_as(description)
            if alias is not None and alias in properties:
                yield Finding(
                    (*here, "description"),
                    f'the alternate name `{alias}` ("Also sent as") is also a declared property of this schema',
                    f'remove "Also sent as `{alias}`." from the description, or the property `{alias}`',
                )
            elif alias is not None and alias in aliases:
                yield Finding(
                    (*here, "description"),
                    f"`{alias}` is already the alternate name of `{aliases[alias]}`",
                    "give each alternate name to one property",
                )
            elif alias is not None:
                aliases[alias] = str(name)
            kind = schema_type(resolved)
            if sent_as_string(description) and (kind != "boolean" or "anyOf" in resolved or "oneOf" in resolved):
                yield Finding(
                    (*here, "description"),
                    f'"{SENT_AS_STRING}" applies to a boolean (the models also read "true"/"false"), and this '
                    f"property is {kind or 'untyped'}",
                    f'make it `type: boolean` (or `[boolean, "null"]`), or drop "{SENT_AS_STRING}" from its '
                    "description",
                )
            if isinstance(description, str) and description.startswith("Secret:") and kind != "string":
                yield Finding(
                    here,
                    f"a `Secret:` property must be a string, and this one is {kind or 'untyped'} (the models mask "
                    "string values)",
                    "make it `type: string`, or drop `Secret:` from its description",
                )
