"""The one-page status sheet: ``data`` gathers it (from a case snapshot), ``render`` draws it.

The window and the command line both draw with ``render``, so the page is the same
everywhere.
"""
