"""The ``organizer`` command: one entry point for the window and every subcommand."""
