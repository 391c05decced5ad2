"""Run a function off the GUI thread and get its result or error back on the GUI thread.

Modelled on Anki's CollectionOp and Picard's run_task: one place where background work
starts, and one place where its outcome returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry the outcome back there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable, Generic[T]):
    def __init__(self, func: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self.func = func
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # noqa: BLE001 - every error must reach the GUI
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Starts background tasks and keeps their relays alive until they report."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()
        self.on_unhandled_error: Callable[[BaseException], None] = self._log_error

    @staticmethod
    def _log_error(exc: BaseException) -> None:
        log.error("background task failed", exc_info=exc)

    def run(
        self,
        func: Callable[[], T],
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        @Slot(object)
        def done(result: T) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            (on_error or self.on_unhandled_error)(exc)

        relay.succeeded.connect(done)
        relay.failed.connect(failed)
        self.pool.start(_Runnable(func, relay))

    def pending(self) -> int:
        return len(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running tasks (used at shutdown and in tests)."""
        return self.pool.waitForDone(msecs)
