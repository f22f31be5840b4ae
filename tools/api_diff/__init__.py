"""api-diff: what a change of the spec (and of the Python API) breaks for users, against a base.

``make api-diff`` compares the working tree with the last release (``openapi/releases/<version>.yaml``)
or ``BASE=<git ref or spec file>``; ``make check-api`` holds the version and the changelog to the
result. The modules: ``load`` (the base and the new side), ``schemas`` (reading specs), ``spec_diff``
(spec-level changes), ``python_diff`` (griffe), ``report`` (Markdown, changelog entries),
``versioning`` (the version policy and the changelog check), ``cli``.
"""

from tools.api_diff.changes import CannotCompareError, Change
from tools.api_diff.spec_diff import diff_specs

__all__ = ["CannotCompareError", "Change", "diff_specs"]
