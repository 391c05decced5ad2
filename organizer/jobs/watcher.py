"""Watching the case folder live and keeping the index equal to it.

Events from the operating system are only hints. A file is indexed once it has stopped
changing: the same size and modification time across checks about a second apart, and it
opens. A periodic light re-scan catches events that were dropped, and the observer is
restarted if it dies. When the folder itself can't be reached, indexing pauses (nothing is
marked missing because of it) and resumes when the folder returns.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from stat import S_ISREG

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from organizer.core.errors import FolderUnreachableError
from organizer.core.safe_open import opens
from organizer.jobs.indexer import Indexer
from organizer.jobs.scan import folder_reachable, on_disk, relative_path, scan_folder
from organizer.services.documents import ReconcileReport
from organizer.storage.leases import CaseBusyError

log = logging.getLogger(__name__)
# Harmless: watchdog's inotify thread re-adds the watch of a folder created and filled at
# once, and says so with this warning.
warnings.filterwarnings(
    "ignore", message="Callback with id .* already exists for watch", category=RuntimeWarning
)

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "ncpfs",
        "glusterfs",
        "ceph",
    }
)


IDLE_CHECK_S = 2.0

# The events that can mean a change. Opening, reading and closing a file unchanged (which
# the app itself does to show a document) are not asked for at all: with inotify they are
# left out of the kernel's event mask, so an idle window gets no events from its own reads.
# "Folder modified" is left out too: it only repeats what the file events already say.
CHANGE_EVENTS: tuple[type[FileSystemEvent], ...] = (
    FileCreatedEvent,
    FileModifiedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    FileClosedEvent,  # closed after writing
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
)


class WatchState(StrEnum):
    STARTING = "starting"
    WATCHING = "watching"
    INDEXING = "indexing"
    UNREACHABLE = "unreachable"
    STOPPED = "stopped"


def filesystem_type(path: Path) -> str | None:
    """The Linux filesystem type holding ``path``, from /proc/mounts; None elsewhere."""
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    target = str(path.resolve())
    best, best_type = "", None
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(
            best
        ):
            best, best_type = point, parts[2]
    return best_type


def wants_polling(path: Path) -> bool:
    """Network folders get no reliable events from the OS: poll them instead."""
    if os.environ.get("ORGANIZER_POLLING") == "1":
        return True
    return (filesystem_type(path) or "") in NETWORK_FILESYSTEMS


@dataclass(slots=True)
class _Candidate:
    size: int
    mtime_ns: int
    since: float
    closed: bool = False


@dataclass(slots=True)
class _Hints:
    """Paths the OS told us about, gathered from the observer's thread."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    files: set[str] = field(default_factory=set)
    folders: set[str] = field(default_factory=set)
    closed: set[str] = field(default_factory=set)

    def take(self) -> tuple[set[str], set[str], set[str]]:
        with self.lock:
            taken = (self.files, self.folders, self.closed)
            self.files, self.folders, self.closed = set(), set(), set()
            return taken


class _Handler(FileSystemEventHandler):
    def __init__(self, root: Path, hints: _Hints, wake: threading.Event) -> None:
        self.root = root
        self.hints = hints
        self.wake = wake

    def _note(self, raw: str | bytes, is_dir: bool, closed: bool = False) -> None:
        path = os.fsdecode(raw)
        relative = relative_path(self.root, path)
        if relative is None or relative == ".":
            return
        with self.hints.lock:
            if is_dir:
                self.hints.folders.add(relative)
            else:
                self.hints.files.add(relative)
                if closed:
                    self.hints.closed.add(relative)
        self.wake.set()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not isinstance(event, CHANGE_EVENTS):
            return  # an open, a read, a close without writing, a folder's own "modified"
        is_dir = event.is_directory
        self._note(event.src_path, is_dir, closed=isinstance(event, FileClosedEvent))
        dest = getattr(event, "dest_path", "")
        if dest:
            self._note(dest, is_dir or isinstance(event, DirMovedEvent))
        if isinstance(event, DirCreatedEvent | DirMovedEvent):
            self.wake.set()


class FolderWatcher:
    """Runs on its own thread: reconcile at start, then follow the folder live."""

    def __init__(
        self,
        indexer: Indexer,
        *,
        rescan_interval: float = 60.0,
        check_interval: float = 0.5,
        polling: bool | None = None,
        on_change: Callable[[ReconcileReport], None] | None = None,
        on_state: Callable[[WatchState], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.indexer = indexer
        self.root = indexer.root
        self.rescan_interval = rescan_interval
        self.check_interval = check_interval
        self.polling = wants_polling(self.root) if polling is None else polling
        self.on_change = on_change
        self.on_state = on_state
        self.on_error = on_error
        self.state = WatchState.STARTING
        self.observer: BaseObserver | None = None
        self.observer_restarts = 0
        self._hints = _Hints()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._candidates: dict[str, _Candidate] = {}
        # How often each path was looked at because of an event (diagnostics and tests):
        # a path the app only read must never show up here.
        self.looked_at: Counter[str] = Counter()
        self.full_passes = 0
        self._force_rescan = False
        self._thread = threading.Thread(target=self._run, name="folder-watcher", daemon=True)

    # --- lifecycle ------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)
        self._stop_observer()
        self.indexer.close()

    def hint(self, paths: Iterable[str]) -> None:
        """Look at these relative paths soon (files the app itself just copied in)."""
        with self._hints.lock:
            for path in paths:
                self._hints.files.add(path)
                self._hints.closed.add(path)
        self._wake.set()

    def rescan_now(self) -> None:
        """Ask for a full light re-scan at the next opportunity."""
        self._force_rescan = True
        self._wake.set()

    def _set_state(self, state: WatchState) -> None:
        if state != self.state:
            self.state = state
            log.info("watcher state: %s", state)
            if self.on_state is not None:
                self.on_state(state)

    def _start_observer(self) -> None:
        self._stop_observer()
        observer: BaseObserver = PollingObserver(timeout=2) if self.polling else Observer()
        self._schedule(observer)
        try:
            observer.start()
        except OSError as exc:  # e.g. the inotify watch limit: fall back to polling
            log.warning("folder events unavailable (%s); polling instead", exc)
            self.polling = True
            observer = PollingObserver(timeout=2)
            self._schedule(observer)
            observer.start()
        self.observer = observer

    def _schedule(self, observer: BaseObserver) -> None:
        observer.schedule(
            _Handler(self.root, self._hints, self._wake),
            str(self.root),
            recursive=True,
            event_filter=list(CHANGE_EVENTS),
        )

    def _stop_observer(self) -> None:
        if self.observer is not None:
            try:
                self.observer.stop()
                self.observer.join(5)
            except (RuntimeError, OSError):
                pass
            self.observer = None

    # --- the loop -------------------------------------------------------------------
    def _run(self) -> None:
        last_full = time.monotonic()
        self._force_rescan = True  # reconcile first thing
        while not self._stop.is_set():
            try:
                if not folder_reachable(self.root):
                    self._pause_until_back()
                    self._force_rescan = True
                    continue
                if self.observer is None or not self.observer.is_alive():
                    if self.observer is not None:
                        self.observer_restarts += 1
                        log.warning("folder observer stopped; restarting it")
                    self._start_observer()
                if self._force_rescan or time.monotonic() - last_full > self.rescan_interval:
                    # Only a first or asked-for pass says "indexing" at once; a periodic
                    # one says so only when it finds something, so an idle window rests.
                    announce, self._force_rescan = self._force_rescan, False
                    self._full_pass(announce)
                    last_full = time.monotonic()
                self._hinted_pass()
                self._set_state(WatchState.WATCHING)
            except FolderUnreachableError:
                continue  # the next turn pauses
            except CaseBusyError as exc:  # an `organizer index` run is reading it: wait
                log.info("%s", exc)
                self._force_rescan = True
                self._stop.wait(IDLE_CHECK_S)
                continue
            except Exception as exc:  # keep watching; report the problem
                log.exception("watcher turn failed")
                if self.on_error is not None:
                    self.on_error(exc)
            # Idle turns still come every couple of seconds: a cheap look at whether the
            # folder is reachable and the observer alive (a dead one sends no events).
            self._wake.wait(self.check_interval if self._candidates else IDLE_CHECK_S)
            self._wake.clear()
        self._set_state(WatchState.STOPPED)

    def _pause_until_back(self) -> None:
        self._set_state(WatchState.UNREACHABLE)
        self._stop_observer()
        self._candidates.clear()
        self._hints.take()
        while not self._stop.is_set() and not folder_reachable(self.root):
            self._stop.wait(self.check_interval)

    def _full_pass(self, announce: bool = True) -> None:
        self.full_passes += 1
        if announce:
            self._set_state(WatchState.INDEXING)
        report = self.indexer.reconcile()
        for path in self.indexer.unsettled:
            self._watch_candidate(path, time.monotonic())
        if report.changes or self._has_pending():
            self._set_state(WatchState.INDEXING)
            self.indexer.read_pending(self._stop)
        if report.changes and self.on_change is not None:
            self.on_change(report)

    def _watch_candidate(self, path: str, now: float, closed: bool = False) -> None:
        try:
            stat = on_disk(self.root, path).stat()
        except OSError:
            self._candidates[path] = _Candidate(-1, -1, now)  # gone: check removal below
            return
        known = self._candidates.get(path)
        if known is None or (known.size, known.mtime_ns) != (stat.st_size, stat.st_mtime_ns):
            self._candidates[path] = _Candidate(stat.st_size, stat.st_mtime_ns, now, closed)
        elif closed:
            known.closed = True

    def _hinted_pass(self) -> None:
        files, folders, closed = self._hints.take()
        now = time.monotonic()
        for folder in folders:
            if on_disk(self.root, folder).is_dir():
                try:
                    files |= set(scan_folder(self.root, below=folder).files)
                except FolderUnreachableError:
                    raise
                except OSError:
                    continue
            else:
                # A folder moved away or deleted: everything known below it.
                files |= {p for p in self.indexer_known_paths() if p.startswith(folder + "/")}
        self.looked_at.update(files)
        for path in files:
            self._watch_candidate(path, now, closed=path in closed)
        settled: set[str] = set()
        for path, candidate in list(self._candidates.items()):
            settle = 0.3 if candidate.closed else self.indexer.settings.settle_seconds
            regular = False
            try:
                stat = on_disk(self.root, path).stat()
                current = (stat.st_size, stat.st_mtime_ns)
                regular = S_ISREG(stat.st_mode)
            except OSError:
                current = (-1, -1)
            if current != (candidate.size, candidate.mtime_ns):
                self._candidates[path] = _Candidate(*current, now)
                continue
            if now - candidate.since < settle:
                continue
            # Pipes and devices are never opened; the indexer gives them their state.
            if regular and not opens(on_disk(self.root, path)):
                continue
            settled.add(path)
            del self._candidates[path]
        if not settled:
            return
        self._set_state(WatchState.INDEXING)
        report = self.indexer.reconcile(scope=settled, settled=True)
        self.indexer.read_pending(self._stop)
        if report.changes and self.on_change is not None:
            self.on_change(report)

    def indexer_known_paths(self) -> set[str]:
        from organizer.services import documents

        return set(documents.load_index(self.indexer.db, self.indexer.case.id))

    def _has_pending(self) -> bool:
        from organizer.services import documents

        return bool(documents.pending_documents(self.indexer.db, self.indexer.case.id))
