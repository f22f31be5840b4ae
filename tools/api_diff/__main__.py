"""``python -m tools.api_diff``: see ``tools/api_diff/cli.py``."""

import sys

from tools.api_diff.cli import main

sys.exit(main(sys.argv[1:]))
