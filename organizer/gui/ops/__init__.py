"""Every use case the window runs, as a named function run off the GUI thread.

In the manner of Anki's operations and Picard's ``run_task``: each function here takes the
database (and plain values), does its work through the services, and returns a plain
record. The controller runs them on the task runner and announces the outcome. Only this
package and ``gui/controller.py`` reach ``organizer.services``, ``organizer.jobs`` and
``organizer.storage`` (an import-linter contract in pyproject.toml says so).
"""
