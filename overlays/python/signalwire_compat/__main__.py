"""``python -m signalwire_compat``: the command-line tool."""

import sys

from .cli import main

sys.exit(main())
