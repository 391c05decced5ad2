"""Allows ``python -m organizer`` and is the frozen bundle's entry point."""

import multiprocessing
import sys

from organizer.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
