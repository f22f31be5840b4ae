"""Serve the mock over HTTP: ``python -m sendbird_calls.mock --port 8080`` (``--port 0``: any free port).

Prints the base URLs to give the client (the real port when 0 was asked), then serves until
interrupted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .state import DEFAULT_CALLS, DEFAULT_USERS


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m sendbird_calls.mock", description="Serve a mock of the Sendbird Calls Platform API v1."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port; 0 picks a free one (default: 8080)")
    parser.add_argument("--app-id", default="mock-app", help="application ID (default: mock-app)")
    parser.add_argument("--api-token", default="mock-token", help="master API token (default: mock-token)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic data (default: 0)")
    parser.add_argument("--users", type=int, default=DEFAULT_USERS, help=f"seeded users (default: {DEFAULT_USERS})")
    parser.add_argument(
        "--calls", type=int, default=DEFAULT_CALLS, help=f"seeded direct calls (default: {DEFAULT_CALLS})"
    )
    parser.add_argument(
        "--no-validate-responses", action="store_true", help="skip checking answers against the spec (faster)"
    )
    parser.add_argument(
        "--drift", action="store_true", help="answer with drift from the spec (mock.drift), to try verify-spec"
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (default: warning)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the app, bind the port, print the URLs, serve."""
    args = parse_args(argv)
    import uvicorn

    from .app import create_app
    from .harness import bind_socket

    app = create_app(
        app_id=args.app_id,
        api_token=args.api_token,
        seed=args.seed,
        users=args.users,
        calls=args.calls,
        validate_responses=not args.no_validate_responses,
    )
    if args.drift:
        from .drift import with_drift

        app = with_drift(app)
    sock = bind_socket(args.host, args.port)
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Sendbird Calls mock of application {args.app_id!r}", flush=True)
    print(f"  base_url:      http://{host}:{port}/v1", flush=True)
    print(f"  chat_base_url: http://{host}:{port}/v3  (secondary API tokens)", flush=True)
    print(f"  spec:          http://{host}:{port}/openapi.json", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level=args.log_level, lifespan="off"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
