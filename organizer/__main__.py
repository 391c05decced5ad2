"""Allows ``python -m organizer``."""

import sys

from organizer.cli.main import main

sys.exit(main())
