"""pytest fixtures for the mock: ``calls_mock`` (in-process), ``calls_mock_server`` (real HTTP), and
``calls_client``/``async_calls_client``, clients of ``calls_mock``'s application ready to use.

Registered through the ``pytest11`` entry point, so it loads in every pytest run where the
package is installed: it imports nothing heavy at import time, and works without the ``mock``
extra until a fixture is used (which then fails with the install hint). Configure a test's mock
with ``@pytest.mark.calls_mock(seed=1, calls=1000, ...)`` (any ``create_app`` option).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ..client import AsyncCallsClient, CallsClient
    from .harness import CallsMock, CallsMockServer

MARKER = "calls_mock"
_MOCK_MODULES = ("starlette", "uvicorn", "jsonschema", "jsonschema_rs", "yaml")


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker that configures the mock fixtures."""
    config.addinivalue_line(
        "markers", f"{MARKER}(**options): create_app options of the calls_mock/calls_mock_server fixtures"
    )


def _app_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker(MARKER)
    return dict(marker.kwargs) if marker is not None else {}


def _require_mock_extra() -> None:
    import importlib

    missing: list[str] = []
    for name in _MOCK_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        pytest.fail(
            f"the calls_mock fixtures need the mock extra (missing: {', '.join(missing)}): "
            "pip install 'sendbird-calls[mock]'",
            pytrace=False,
        )


@pytest.fixture
def calls_mock(request: pytest.FixtureRequest) -> Iterator[CallsMock]:
    """A fresh in-process mock: ``.base_url``, ``.chat_base_url``, ``.app_id``, ``.api_token``,
    ``.client()``/``.async_client()`` bound to the app, and ``.state``/``.faults``/``.requests``."""
    _require_mock_extra()
    from .harness import CallsMock

    with CallsMock(**_app_options(request)) as mock:
        yield mock


@pytest.fixture
def calls_mock_server(request: pytest.FixtureRequest) -> Iterator[CallsMockServer]:
    """A fresh mock served by uvicorn on a free loopback port: ``.base_url`` is ``http://127.0.0.1:PORT/v1``."""
    _require_mock_extra()
    from .harness import CallsMockServer

    with CallsMockServer(**_app_options(request)) as server:
        yield server


@pytest.fixture
def calls_client(calls_mock: CallsMock) -> Iterator[CallsClient]:
    """A ``CallsClient`` of ``calls_mock``'s application, sending in-process; closed after the test."""
    with calls_mock.calls_client() as client:
        yield client


@pytest.fixture
def async_calls_client(calls_mock: CallsMock) -> AsyncCallsClient:
    """An ``AsyncCallsClient`` of ``calls_mock``'s application, sending in-process (a plain fixture, so it
    works under any async test plugin; the in-process transport holds no connection to close)."""
    return calls_mock.async_calls_client()
