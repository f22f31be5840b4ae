"""``help()`` finds its way: the clients show their tag resources, a resource shows its methods.

What a user reads at the REPL (``pydoc``'s plain text, which ``help()`` prints): every tag of the
spec as a resource of ``CallsClient`` and ``AsyncCallsClient`` with the spec's description of the tag,
and every operation of a tag as a method of its resource with its summary, arguments and return.
"""

from __future__ import annotations

import asyncio
import pydoc
import re
from collections.abc import Iterator
from typing import Any

import pytest

from sendbird_calls import AsyncCallsClient, CallsClient, spec_doc
from sendbird_calls_api import api
from tests.spec_examples import API_TOKEN, APP_ID, SPEC_PATH

SPEC = spec_doc.read_spec(SPEC_PATH)
TAG_DESCRIPTIONS = {tag["name"]: " ".join(tag["description"].split()) for tag in SPEC["tags"]}
OPERATIONS = api.operations()


def shown(thing: object) -> str:
    """What ``help(thing)`` prints."""
    return pydoc.render_doc(thing, renderer=pydoc.plaintext)


def one_line(text: str) -> str:
    """pydoc text without its margins, on one line."""
    return " ".join(line.strip(" |") for line in text.splitlines())


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[CallsClient, AsyncCallsClient]]:
    sync, aio = CallsClient(APP_ID, API_TOKEN), AsyncCallsClient(APP_ID, API_TOKEN)
    yield sync, aio
    sync.close()
    asyncio.run(aio.aclose())


@pytest.mark.parametrize("client_class", [CallsClient, AsyncCallsClient], ids=lambda cls: cls.__name__)
def test_help_of_a_client_shows_every_tag_resource_with_the_specs_description(client_class: type) -> None:
    text = one_line(shown(client_class))
    prefix = "Async" if client_class is AsyncCallsClient else ""
    for tag in api.TAGS:
        resource = prefix + "".join(part.title() for part in tag.split("_"))
        assert f"{tag} = " in text, tag
        assert f"{TAG_DESCRIPTIONS[tag]} (``{resource}``)" in text, tag
    if client_class is CallsClient:
        assert "client.rooms.create(type=...)" in text


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("tag", api.TAGS)
def test_help_of_a_resource_shows_each_method_with_its_summary_arguments_and_return(
    tag: str, kind: str, clients: tuple[CallsClient, AsyncCallsClient]
) -> None:
    client: Any = clients[0] if kind == "sync" else clients[1]
    resource = getattr(client, tag)
    text = shown(resource)
    flat = one_line(text)
    operations = [op for op in OPERATIONS if op.tag == tag]
    assert operations
    for op in operations:
        # 3.13's pydoc breaks a long signature after the parenthesis: any spacing or margin between "(" and "self"
        assert re.search(rf"\b{op.name}\([\s|]*self\b", text), op.qualified_name
        assert f"{' '.join(op.summary.split())}." in flat, op.qualified_name
        for param in op.params:
            if not param.client_filled:
                assert f"{param.name}: " in flat, (op.qualified_name, param.name)
        assert "Returns:" in flat
        assert "Raises:" in flat
    assert "``" + "``, ``".join(op.name for op in operations) + "``" in flat  # the class docstring lists them


def test_help_of_a_raw_twin_shows_what_it_answers(clients: tuple[CallsClient, AsyncCallsClient]) -> None:
    sync, _ = clients
    text = one_line(shown(type(sync.rooms.with_raw_response)))
    assert "answering ``RawResponse``" in text
    assert "``.parsed`` is what the plain method returns" in text
