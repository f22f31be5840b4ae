"""``python -m sendbird_calls.cli``: the same as the ``sendbird-calls`` console script."""

import sys

from .app import main

sys.exit(main())
