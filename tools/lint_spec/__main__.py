"""``python -m tools.lint_spec SPEC``: see ``tools/lint_spec/cli.py``."""

import sys

from tools.lint_spec.cli import main

sys.exit(main(sys.argv[1:]))
