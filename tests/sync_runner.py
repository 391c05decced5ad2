"""A task runner that runs each task at once, on the GUI thread (like Picard's fake pool).

For GUI tests where waiting for a background thread adds nothing: the work, then its
``done`` (or its error), happen before ``run`` returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from organizer.gui.tasks import TaskRunner

T = TypeVar("T")


class SyncTaskRunner(TaskRunner):
    def run(
        self,
        func: Callable[[], T],
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> None:
        try:
            result = func()
        except Exception as exc:  # noqa: BLE001 - every error reaches its handler, as on the pool
            (on_error or self.on_unhandled_error)(exc)
            return
        if on_done is not None:
            on_done(result)
