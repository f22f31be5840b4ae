"""``python -m tools.docs_site [--check]``: render the generated blocks of the README and the site in place.

With ``--check``, change nothing and exit 1 naming the files whose blocks are stale.
"""

from __future__ import annotations

import sys

from tools.docs_site import blocks


def main(argv: list[str]) -> int:
    """Rewrite (or with ``--check`` only list) the files whose generated blocks are stale."""
    if argv not in ([], ["--check"]):
        print("usage: python -m tools.docs_site [--check]", file=sys.stderr)
        return 2
    if argv == ["--check"]:
        stale = blocks.stale_files()
        for path in stale:
            print(f"error: {path.relative_to(blocks.ROOT)}: a generated block is stale; run python -m tools.docs_site")
        return 1 if stale else 0
    for path in blocks.rewrite():
        print(f"rewrote {path.relative_to(blocks.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
