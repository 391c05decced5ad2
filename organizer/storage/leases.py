"""One reader per case at a time: a lease row in the database, taken atomically.

Two ``organizer index`` runs on one case, or a run beside an open window, would both add
the same new files. Whoever reads a case's folder first takes its lease; the others are
told, in one line, that the case is being read elsewhere.

The lease is a row in ``case_leases`` (case, holder, host, process, heartbeat, expiry),
taken with one conditional upsert, so it works wherever the database is shared. Its
holder renews it every few seconds from a thread; a holder that crashed stops renewing,
and its lease runs out (at once when it was on this computer and its process is gone).
On PostgreSQL the lease also holds the server's advisory lock on the case, which the
server frees the moment its holder's connection goes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import secrets
import threading
import time
from typing import Any

from sqlalchemy import text

from organizer.core.errors import KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.records import LeaseInfo
from organizer.storage.database import Database

log = logging.getLogger(__name__)

# The first key of the server's advisory locks of case folders (the second is the case id).
ADVISORY_SPACE = 0x1C0
LEASE_SECONDS = 60.0
RENEW_SECONDS = 10.0


class CaseBusyError(KnownError):
    """Another run or window is reading this case's folder right now."""


def host_name() -> str:
    """This computer's name, from the system (never through the network functions)."""
    uname = getattr(os, "uname", None)
    return uname().nodename if uname is not None else platform.node()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def current_holder(db: Database, case_id: int) -> LeaseInfo | None:
    """Who holds the lease of the case now, or None (also when it ran out)."""
    with db.session() as session:
        row = session.execute(
            text("SELECT holder, host, pid, expires_at FROM case_leases WHERE case_id = :c"),
            {"c": case_id},
        ).first()
    if row is None or row.expires_at < time.time():
        return None
    return LeaseInfo(row.holder, row.host, row.pid, row.expires_at)


class CaseLease:
    """The right to read one case's folder; ``acquire`` it, ``release`` it when done."""

    def __init__(
        self,
        db: Database,
        case_id: int,
        holder: str,
        *,
        lease_seconds: float = LEASE_SECONDS,
        renew_seconds: float = RENEW_SECONDS,
    ) -> None:
        self.db = db
        self.case_id = case_id
        self.holder = holder
        self.host = host_name()
        self.pid = os.getpid()
        self.token = secrets.token_hex(16)
        self.lease_seconds = lease_seconds
        self.renew_seconds = renew_seconds
        self.held = False
        self.lost = False
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None
        self._advisory: Any = None  # PostgreSQL: the connection holding the advisory lock

    def acquire(self) -> None:
        """Take the lease, or raise CaseBusyError saying who has it."""
        if self.db.is_server:
            self._take_advisory_lock()
        try:
            self._take_row()
        except BaseException:
            self._drop_advisory_lock()
            raise

    def _take_advisory_lock(self) -> None:
        """PostgreSQL: the server's advisory lock, held by a connection of this lease's own.

        It goes with the connection, so a holder that crashed frees it at once.
        """
        raw = self.db.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", (ADVISORY_SPACE, self.case_id))
            row = cursor.fetchone()
            raw.commit()
        except BaseException:
            raw.invalidate()
            raise
        if row is None or not row[0]:
            raw.invalidate()
            other = current_holder(self.db, self.case_id)
            if other is not None and other.host == self.host:
                where = told(
                    QT_TRANSLATE_NOOP("errors", "elsewhere right now (by {0} on this computer)"),
                    other.holder,
                )
            elif other is not None:
                where = told(
                    QT_TRANSLATE_NOOP("errors", "on another computer right now (by {0} on {1})"),
                    other.holder,
                    other.host,
                )
            else:
                where = told(QT_TRANSLATE_NOOP("errors", "on another computer right now"))
            raise CaseBusyError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors", "This case is being read {0}. Try again when it has finished."
                    ),
                    where,
                )
            )
        self._advisory = raw

    def _drop_advisory_lock(self) -> None:
        raw, self._advisory = self._advisory, None
        if raw is None:
            return
        # Unlocked at once: a closed connection's locks are freed only when the server
        # notices, a moment later.
        with contextlib.suppress(Exception):
            cursor = raw.cursor()
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", (ADVISORY_SPACE, self.case_id))
            raw.commit()
        raw.invalidate()  # never back to the pool: it may still hold the lock

    def _take_row(self) -> None:
        now = time.time()
        with self.db.session() as session:
            row = session.execute(
                text(
                    "SELECT token, holder, host, pid, expires_at FROM case_leases "
                    "WHERE case_id = :c"
                ),
                {"c": self.case_id},
            ).first()
            # A holder on this computer whose process is gone left it behind: take it over.
            stale = (
                row.token
                if row is not None and row.host == self.host and not _pid_alive(row.pid)
                else ""
            )
            session.execute(
                text(
                    "INSERT INTO case_leases "
                    "(case_id, token, holder, host, pid, taken_at, heartbeat_at, expires_at) "
                    "VALUES (:c, :t, :holder, :host, :pid, :now, :now, :until) "
                    "ON CONFLICT (case_id) DO UPDATE SET token = excluded.token, "
                    "holder = excluded.holder, host = excluded.host, pid = excluded.pid, "
                    "taken_at = excluded.taken_at, heartbeat_at = excluded.heartbeat_at, "
                    "expires_at = excluded.expires_at "
                    "WHERE case_leases.expires_at < :now OR case_leases.token IN (:t, :stale)"
                ),
                {
                    "c": self.case_id,
                    "t": self.token,
                    "holder": self.holder,
                    "host": self.host,
                    "pid": self.pid,
                    "now": now,
                    "until": now + self.lease_seconds,
                    "stale": stale,
                },
            )
            owner = session.execute(
                text("SELECT token, holder, host, pid FROM case_leases WHERE case_id = :c"),
                {"c": self.case_id},
            ).one()
        if owner.token != self.token:
            where = (
                told(QT_TRANSLATE_NOOP("errors", "on this computer"))
                if owner.host == self.host
                else told(QT_TRANSLATE_NOOP("errors", "on {0}"), owner.host)
            )
            raise CaseBusyError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This case is being read elsewhere right now (by {0} {1}, "
                        "process {2}). Try again when it has finished.",
                    ),
                    owner.holder,
                    where,
                    str(owner.pid),
                )
            )
        self.held, self.lost = True, False
        self._start_heartbeat()

    def renew(self) -> bool:
        """Push the expiry forward; False when the lease was lost meanwhile."""
        now = time.time()
        with self.db.session() as session:
            result = session.execute(
                text(
                    "UPDATE case_leases SET heartbeat_at = :now, expires_at = :until "
                    "WHERE case_id = :c AND token = :t"
                ),
                {"c": self.case_id, "t": self.token, "now": now, "until": now + self.lease_seconds},
            )
            kept = bool(getattr(result, "rowcount", 0))
        if not kept:
            self.lost = True
            log.warning("the lease of case %s was taken over", self.case_id)
        return kept

    def release(self) -> None:
        self._stop.set()
        if self._beat is not None and self._beat is not threading.current_thread():
            self._beat.join(5)
        self._beat = None
        if not self.held:
            return
        self.held = False
        with contextlib.suppress(KnownError), self.db.session() as session:
            session.execute(
                text("DELETE FROM case_leases WHERE case_id = :c AND token = :t"),
                {"c": self.case_id, "t": self.token},
            )
        self._drop_advisory_lock()

    def _start_heartbeat(self) -> None:
        self._stop.clear()
        self._beat = threading.Thread(target=self._heartbeat, name="case-lease", daemon=True)
        self._beat.start()

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.renew_seconds):
            try:
                if not self.renew():
                    return
            except Exception:  # a busy or full disk: try again at the next beat
                log.warning("renewing the lease of case %s failed", self.case_id, exc_info=True)
