"""mkdocs hook (``hooks:`` in mkdocs.yml): the operations reference, rendered at build time from the table.

``docs/reference/operations.md`` holds the marker ``OPERATIONS_MARKER``; the hook replaces it with, per
tag, each operation's reference (mkdocstrings renders the method's docstring) followed by its runnable
example and the spec's answer (``operation_examples``), so a new operation in the spec appears with
its example and nothing on the page is written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # mkdocs loads hooks by file path; `tools` is imported from the checkout
    sys.path.insert(0, str(ROOT))

from tools.docs_site.operation_examples import render_reference  # noqa: E402

OPERATIONS_PAGE = "reference/operations.md"
OPERATIONS_MARKER = "<!-- operations: rendered by tools/docs_site/mkdocs_hooks.py -->"


def expand(markdown: str, src_uri: str) -> str:
    """The page's Markdown with the operations marker replaced (other pages unchanged)."""
    if src_uri != OPERATIONS_PAGE:
        return markdown
    if OPERATIONS_MARKER not in markdown:
        raise ValueError(f"{OPERATIONS_PAGE} lost its marker {OPERATIONS_MARKER!r}: the operations would not show")
    return markdown.replace(OPERATIONS_MARKER, render_reference())


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """mkdocs event: before a page's Markdown is converted."""
    return expand(markdown, page.file.src_uri)
