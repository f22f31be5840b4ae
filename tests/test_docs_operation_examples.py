"""Each operation's example in the reference is built from the spec and runs, as shown, against the mock.

``tools/docs_site/operation_examples.py`` builds one whole script per operation of the table (the call,
what it needs first, a print) and takes its answer from the spec's example; the mkdocs hook puts both
under the method's reference. Here every script runs in a live mock server's environment, and what it
returns has the type the spec's example parses to.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls import SyncPage
from sendbird_calls.core.operation import Operation, Param
from sendbird_calls.mock import CallsMockServer
from sendbird_calls.models import Room
from sendbird_calls_api.api import operations
from tools.docs_site.mkdocs_hooks import OPERATIONS_MARKER, OPERATIONS_PAGE, expand
from tools.docs_site.operation_examples import (
    ExampleError,
    OperationExample,
    all_examples,
    build_example,
    first_example,
    py_literal,
    resource_class,
)

EXAMPLES = all_examples()


@pytest.fixture(scope="module")
def server() -> Iterator[CallsMockServer]:
    with CallsMockServer(app_id="examples-app", api_token="examples-token", seed=11, users=6, calls=40) as server:
        yield server


@pytest.fixture
def mock_env(server: CallsMockServer, monkeypatch: pytest.MonkeyPatch) -> CallsMockServer:
    """The environment the examples read, as `sendbird-calls mock` and the getting-started page set it."""
    monkeypatch.setenv("SENDBIRD_APP_ID", server.app_id)
    monkeypatch.setenv("SENDBIRD_API_TOKEN", server.api_token)
    monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", server.base_url)
    return server


def test_every_operation_of_the_table_has_one_example() -> None:
    assert [example.operation.id for example in EXAMPLES] == [op.id for op in operations()]


def spec_result(example: OperationExample) -> Any:
    """The spec's answer parsed the way the method parses it: the model, its unwrapped part, or None."""
    op = example.operation
    if op.response is None:
        return None
    parsed = op.response.from_dict(first_example(op.id)[0])  # the whole 200 example, envelope included
    return parsed if op.unwrap is None else getattr(parsed, op.unwrap)


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.operation.qualified_name for example in EXAMPLES])
def test_each_example_runs_against_the_mock_and_returns_what_the_spec_shows(
    mock_env: CallsMockServer, example: OperationExample
) -> None:
    namespace: dict[str, Any] = {"__name__": "operation_example"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(example.code, example.operation.qualified_name, "exec"), namespace)
    expected = spec_result(example)
    if example.result_name is None:
        assert expected is None
        assert example.answer_json is None
        assert printed.getvalue() == ""
        return
    result = namespace[example.result_name]
    if result is None:  # a bodiless success (an empty 200 or a 204), which the spec allows here
        assert example.operation.empty_success, example.operation.qualified_name
        assert printed.getvalue() == "None\n"
        return
    if isinstance(result, SyncPage):
        assert type(result.body) is type(expected)
        assert json.loads(printed.getvalue()) == result.to_dict()
    elif isinstance(result, list):
        assert isinstance(expected, list)
        assert {type(item) for item in result} <= {type(item) for item in expected}
        documents = printed.getvalue()
        assert [item.to_dict() for item in result] == [
            json.loads(chunk) for chunk in documents.replace("}\n{", "}\x00{").split("\x00") if chunk.strip()
        ]
    else:
        assert type(result) is type(expected)
        assert json.loads(printed.getvalue()) == result.to_dict()


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.operation.qualified_name for example in EXAMPLES])
def test_each_shown_answer_is_the_spec_example_and_fits_the_model(example: OperationExample) -> None:
    op = example.operation
    if op.response is None:
        assert example.answer is None
        return
    assert example.answer is not None, f"{op.id}: the spec has no example of its 200 answer"
    parsed = spec_result(example)
    if isinstance(parsed, list):
        assert [item.to_dict() for item in parsed] == example.answer
    else:
        assert parsed.to_dict() == example.answer  # the JSON shown is what to_json() prints of it


def test_the_reference_page_shows_each_method_with_its_example_and_answer() -> None:
    page = expand(f"# Operations\n\n{OPERATIONS_MARKER}\n", OPERATIONS_PAGE)
    assert OPERATIONS_MARKER not in page
    for example in EXAMPLES:
        op = example.operation
        cls = resource_class(op.tag)
        directive = f"::: {cls.__module__}.{cls.__qualname__}.{op.name}\n"
        assert directive in page
        section = page[page.index(directive) + len(directive) :].split("\n::: ", 1)[0]
        assert f"```python\n{example.code}```" in section
        if example.answer_json is not None:
            assert f"```json\n{example.answer_json}\n```" in section
        else:
            assert "the method returns `None`" in section


def test_the_hook_leaves_other_pages_alone_and_refuses_a_page_without_its_marker() -> None:
    assert expand(f"# Guide\n{OPERATIONS_MARKER}\n", "guides/pagination.md") == f"# Guide\n{OPERATIONS_MARKER}\n"
    with pytest.raises(ValueError, match="lost its marker"):
        expand("# Operations\n", OPERATIONS_PAGE)


def test_an_operation_whose_path_value_nothing_can_give_is_an_error_naming_it() -> None:
    widget = Param("widget_id", "widget_id", "path", "string", required=True)
    op: Operation[Room] = Operation(
        id="get_widget",
        tag="rooms",
        name="retrieve_widget",
        method="GET",
        path="/widgets/{widget_id}",
        params=(widget,),
    )
    with pytest.raises(ExampleError, match=r"rooms\.retrieve_widget: no way to obtain `widget_id`"):
        build_example(op)


def test_a_required_query_parameter_without_a_value_is_an_error() -> None:
    since = Param("since", "since", "query", "integer", required=True)
    op: Operation[Room] = Operation(
        id="list_widgets", tag="rooms", name="list_widgets", method="GET", path="/widgets", params=(since,)
    )
    with pytest.raises(ExampleError, match="required query parameter `since`"):
        build_example(op)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@given(JSON)
def test_a_json_value_becomes_python_source_that_evaluates_to_it(value: Any) -> None:
    assert ast.literal_eval(py_literal(value)) == value
