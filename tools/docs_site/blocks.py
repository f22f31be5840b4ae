"""The generated blocks of the README and the site: what each install adds, the client's settings, the per-call options.

Each block sits between ``<!-- generated:NAME -->`` and ``<!-- /generated:NAME -->`` and is rendered
from the code: the dependency lists from ``pyproject.toml`` (each package with what it is for, here),
the settings table from ``CallsClient.__init__`` (its signature's defaults and its docstring's
``Args``, the same names as ``AsyncCallsClient``'s), the ``request_options`` keys from
``RequestOptions`` (its annotations and attribute docstrings). ``python -m tools.docs_site`` rewrites
the blocks in place; ``tests/test_docs_blocks.py`` fails while one differs from its rendering. A
package, extra or argument this module has no words for is an error, never a silent gap.
"""

from __future__ import annotations

import ast
import inspect
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
FILES = (ROOT / "README.md", ROOT / "docs" / "getting-started.md")
"""The files holding generated blocks."""

_BLOCK = re.compile(r"(<!-- generated:(?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- /generated:(?P=name) -->)", re.DOTALL)
_REQUIREMENT = re.compile(r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?P<spec>.*)$")

PURPOSES: Mapping[str, str] = {
    "httpx": "HTTP, sync and async",
    "attrs": "the models",
    "anyio": "the async client's timer on trio",
    "click": "the `sendbird-calls` command",
    "rich": "its coloured output and progress bars",
    "pyyaml": "reads the spec shipped in the package: help texts, CSV columns, `verify-spec`, the mock",
    "starlette": "the mock's web application",
    "uvicorn": "the mock's HTTP server",
    "jsonschema": "JSON Schema validation: `verify-spec`'s checks, the mock's error messages",
    "jsonschema-rs": "the mock's fast request and answer validation",
    "referencing": "resolves the spec's `$ref`s for jsonschema",
}
"""What each runtime or user-facing extra's package is for; a package missing here fails the rendering."""

INSTALLS: Mapping[str, tuple[str, str]] = {
    "": ("python -m pip install .", "the client, the models and the `sendbird-calls` command"),
    "mock": ("python -m pip install '.[mock]'", "the mock server and its pytest fixtures"),
    "verify": ("python -m pip install '.[verify]'", "what `sendbird-calls verify-spec` checks answers with"),
    "dev": ("make install", "everything `make test` and `make docs` use, pinned (with `mock`, into `.venv`)"),
}
"""Each install: the command and what it is for (``""``: the runtime dependencies)."""


def requirements() -> dict[str, list[tuple[str, str]]]:
    """(name, version specifier) of each dependency, by extra (``""``: the runtime ones), from pyproject.toml."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    groups = {"": project.get("dependencies", []), **project.get("optional-dependencies", {})}
    parsed: dict[str, list[tuple[str, str]]] = {}
    for extra, listed in groups.items():
        parsed[extra] = []
        for requirement in listed:
            match = _REQUIREMENT.match(requirement)
            if match is None:
                raise ValueError(
                    f"pyproject.toml: cannot read the requirement {requirement!r} of {extra or 'the package'}"
                )
            parsed[extra].append((match["name"].lower(), match["spec"].replace(" ", "")))
    return parsed


def render_install() -> str:
    """A list: each install command, what it is for, and the packages it adds (with their purposes)."""
    groups = requirements()
    unknown = set(groups) - set(INSTALLS)
    if unknown:
        raise ValueError(
            f"pyproject.toml has extras the docs do not describe: {sorted(unknown)} (add them to INSTALLS)"
        )
    lines = []
    for extra, (command, purpose) in INSTALLS.items():
        if extra not in groups:
            raise ValueError(f"pyproject.toml has no {extra!r} extra any more (remove it from INSTALLS)")
        if extra == "dev":
            adds = ", ".join(name for name, _ in groups[extra])
        else:
            adds = ", ".join(_package(name, spec) for name, spec in groups[extra])
        lines.append(f"- `{command}`: {purpose}. It adds {adds}.")
    return "\n".join(lines)


def _package(name: str, spec: str) -> str:
    if name not in PURPOSES:
        raise ValueError(f"pyproject.toml names {name}, which the docs do not explain (add it to PURPOSES)")
    version = f" `{spec}`" if spec else ""
    return f"**{name}**{version} ({PURPOSES[name]})"


def docstring_args(obj: Callable[..., Any] | type) -> dict[str, str]:
    """The ``Args:`` entries of a Google-style docstring, each joined into one line."""
    entries: dict[str, str] = {}
    current: str | None = None
    inside = False
    for line in inspect.cleandoc(obj.__doc__ or "").splitlines():
        if not line.startswith(" "):  # a section title, a blank line or the description
            inside, current = line.strip() == "Args:", None
            continue
        entry = re.match(r"^    (\w+):\s*(.*)$", line)
        if inside and entry:
            current = entry[1]
            entries[current] = entry[2]
        elif inside and current is not None and line.startswith("        "):
            entries[current] += " " + line.strip()
    return entries


def markdown(text: str) -> str:
    """Docstring text as one Markdown table cell: RST literals as code, pipes escaped."""
    return text.replace("``", "`").replace("|", "\\|")


def _sized(value: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if value >= size and value % size == 0:
            return f"{value // size} {unit}"
    return f"{value} bytes"


def render_default(name: str, value: Any) -> str:
    """The default of a client argument, in words, from its value in the signature (and the constants)."""
    from sendbird_calls import _constants as constants

    if value is None:
        unset = {
            "app_id": f"`${constants.APP_ID_ENV}`",
            "api_token": f"`${constants.API_TOKEN_ENV}`",
            "base_url": f"`${constants.BASE_URL_ENV}`, else `{constants.CALLS_BASE_URL_TEMPLATE}`",
            "chat_base_url": f"the `/v3` sibling of `base_url` (`{constants.CHAT_BASE_URL_TEMPLATE}`)",
            "http_client": "the client's own, over `transport`",
            "transport": "a new connection pool",
        }
        if name not in unset:
            raise ValueError(f"CallsClient({name}=None): say what None stands for in render_default")
        return unset[name]
    if isinstance(value, httpx.Timeout):
        phases = {value.read, value.write, value.pool}
        if len(phases) == 1:
            return f"{value.connect:g} s to connect, {value.read:g} s to read, write and wait for the pool"
        return f"connect {value.connect:g} s, read {value.read:g} s, write {value.write:g} s, pool {value.pool:g} s"
    if isinstance(value, Mapping):
        rates = ", ".join(f"{method} {rate:g}/s" for method, rate in value.items())
        return f"{rates}, per operation"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and name.endswith("_bytes"):
        return _sized(value)
    if isinstance(value, float):
        return f"{value:g} s"
    return f"{value!r}"


def client_arguments() -> list[tuple[str, Any, str]]:
    """(name, default, docstring text) of each ``CallsClient`` argument, checked against ``AsyncCallsClient``."""
    from sendbird_calls import AsyncCallsClient, CallsClient

    sync_parameters = inspect.signature(CallsClient.__init__).parameters
    async_parameters = inspect.signature(AsyncCallsClient.__init__).parameters
    if list(sync_parameters) != list(async_parameters):
        raise ValueError("CallsClient and AsyncCallsClient take different arguments: the table covers both")
    described = docstring_args(CallsClient)
    arguments = []
    for name, parameter in sync_parameters.items():
        if name == "self":
            continue
        if name not in described:
            raise ValueError(f"CallsClient's docstring does not describe {name} under Args")
        arguments.append((name, parameter.default, described[name]))
    return arguments


def render_settings() -> str:
    """The settings table of ``CallsClient`` and ``AsyncCallsClient``."""
    rows = ["| argument | default | what for |", "|---|---|---|"]
    for name, default, text in client_arguments():
        rows.append(f"| `{name}` | {markdown(render_default(name, default))} | {markdown(text)} |")
    return "\n".join(rows)


def request_option_docs() -> dict[str, tuple[str, str]]:
    """(annotation, attribute docstring) of each ``RequestOptions`` key, read from its source."""
    from sendbird_calls import RequestOptions

    source = inspect.getsource(RequestOptions)
    body = ast.parse(source).body[0]
    assert isinstance(body, ast.ClassDef)
    found: dict[str, tuple[str, str]] = {}
    statements = body.body
    for index, statement in enumerate(statements):
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            following = statements[index + 1] if index + 1 < len(statements) else None
            doc = ""
            if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
                doc = " ".join(str(following.value.value).split())
            found[statement.target.id] = (ast.unparse(statement.annotation), doc)
    keys = set(RequestOptions.__optional_keys__ | RequestOptions.__required_keys__)
    if set(found) != keys:
        raise ValueError(f"RequestOptions' source and keys disagree: {sorted(found)} vs {sorted(keys)}")
    missing = [key for key, (_, doc) in found.items() if not doc]
    if missing:
        raise ValueError(f"RequestOptions keys without a docstring: {missing}")
    return found


def render_request_options() -> str:
    """The ``request_options`` keys, each with its type and meaning."""
    rows = ["| key | type | what for |", "|---|---|---|"]
    for key, (annotation, doc) in request_option_docs().items():
        rows.append(f"| `{key}` | `{markdown(annotation)}` | {markdown(doc)} |")
    return "\n".join(rows)


RENDERERS: Mapping[str, Callable[[], str]] = {
    "install": render_install,
    "settings": render_settings,
    "request-options": render_request_options,
}


def blocks_in(text: str) -> dict[str, str]:
    """The body of each generated block of a file, by name (without the trailing newline)."""
    return {match["name"]: match["body"].rstrip("\n") for match in _BLOCK.finditer(text)}


def rendered(text: str) -> str:
    """``text`` with every generated block rendered anew (an unknown block name is an error)."""

    def replace(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in RENDERERS:
            raise ValueError(f"unknown generated block {name!r} (known: {sorted(RENDERERS)})")
        return f"{match.group(1)}{RENDERERS[name]()}\n{match.group(4)}"

    return _BLOCK.sub(replace, text)


def stale_files() -> list[Path]:
    """The files whose blocks differ from their rendering."""
    return [path for path in FILES if rendered(path.read_text(encoding="utf-8")) != path.read_text(encoding="utf-8")]


def rewrite() -> list[Path]:
    """Renders every block in place; returns the files that changed."""
    changed = stale_files()
    for path in changed:
        path.write_text(rendered(path.read_text(encoding="utf-8")), encoding="utf-8")
    return changed
