"""How much the open window works when nobody touches it: CPU and file opens over 30 s idle.

Starts the real window (in a child process, on the platform of ``QT_QPA_PLATFORM``,
offscreen by default) on a fresh copy of the demo case, waits until every document is
read, clicks through a few documents as a person would, lets it settle, then measures for
``--seconds``:

- the CPU time of the window's whole process tree (the window and its reader processes),
  from ``/proc/PID/stat``, as a share of one core;
- how many times a file under the case folder was opened, counted with inotify
  (``IN_OPEN`` on every folder of the case; opening a folder to list it is not counted).

Targets (issue 14): at most 2 % of one core, and no file opens.

Usage: python bench/bench_idle.py [--seconds 30] [--clicks 4]
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401  (sets up sys.path and the offscreen platform)

TARGET_CPU_PERCENT = 2.0
IN_OPEN = 0x20
IN_ISDIR = 0x40000000
READY = "READY"


# --- the child: the window itself -----------------------------------------------------
def run_window(folder: Path, db_path: Path, clicks: int) -> int:
    """The window on ``folder``; prints READY once read, clicked through and settled."""
    from PySide6.QtCore import QTimer
    from sqlalchemy.engine import URL

    from organizer.gui.launch import make_application
    from organizer.gui.shell import AppShell
    from organizer.services import cases
    from organizer.services.demo import demo_profile
    from organizer.storage.database import open_database

    app = make_application()
    db = open_database(URL.create("sqlite", database=str(db_path)))
    case = cases.create_case(db, folder, demo_profile())
    shell = AppShell(app, db, remember=False)  # type: ignore[arg-type]
    window = shell.open_case(case)
    state = {"clicked": 0, "quiet_since": 0.0}

    def read_everything() -> bool:
        snapshot = window.snapshot
        return (
            snapshot is not None
            and bool(snapshot.documents)
            and all(d.status != "pending" for d in snapshot.documents)
            and window.controller.watcher is not None
            and window.controller.watcher.state.value == "watching"
        )

    def step() -> None:
        if not read_everything():
            return
        rows = window.documents_filter.rowCount()
        if state["clicked"] < min(clicks, rows):
            window.documents_view.selectRow(int(state["clicked"]))
            state["clicked"] += 1
            return
        if not state["quiet_since"]:
            state["quiet_since"] = time.monotonic()
        elif time.monotonic() - state["quiet_since"] > 3:
            timer.stop()
            print(READY, flush=True)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(1000)
    code = app.exec()  # type: ignore[attr-defined]
    shell.close()
    db.dispose()
    return int(code)


# --- the parent: measuring ------------------------------------------------------------
def tree_pids(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def tree_cpu_seconds(root: int) -> float:
    """User + system time of the tree, counting children that already ended."""
    ticks = 0
    for pid in tree_pids(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


class OpenCounter:
    """Counts IN_OPEN events on files in every folder below ``root``."""

    def __init__(self, root: Path) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = libc.inotify_init1(os.O_NONBLOCK)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        for folder in [root, *(p for p in root.rglob("*") if p.is_dir())]:
            libc.inotify_add_watch(self.fd, os.fsencode(folder), IN_OPEN)
        self.opens = 0
        self.names: dict[str, int] = {}

    def drain(self, timeout: float) -> None:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return
        data = os.read(self.fd, 65536)
        offset = 0
        while offset < len(data):
            _wd, mask, _cookie, size = struct.unpack_from("iIII", data, offset)
            name = data[offset + 16 : offset + 16 + size].rstrip(b"\0").decode(errors="replace")
            offset += 16 + size
            if mask & IN_OPEN and not mask & IN_ISDIR:
                self.opens += 1
                self.names[name] = self.names.get(name, 0) + 1

    def close(self) -> None:
        os.close(self.fd)


def measure(seconds: float, clicks: int) -> int:
    from organizer.services.demo import make_demo_copy

    work = Path(tempfile.mkdtemp(prefix="organizer-bench-idle-"))
    demo = make_demo_copy(work)
    env = dict(os.environ, ORGANIZER_DATA_DIR=str(work / "data"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, __file__, "--child", str(demo.folder), str(demo.db_path)]
    command += ["--clicks", str(clicks)]
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        started = time.monotonic()
        for line in child.stdout:
            if line.strip() == READY:
                break
        else:
            print("PROBLEM: the window ended before it was ready", file=sys.stderr)
            return 1
        print(
            f"window ready (all read, {clicks} documents clicked) after "
            f"{time.monotonic() - started:.1f} s; measuring {seconds:.0f} s idle"
        )
        counter = OpenCounter(demo.folder)
        cpu_before = tree_cpu_seconds(child.pid)
        t0 = time.monotonic()
        while time.monotonic() - t0 < seconds:
            counter.drain(0.5)
        cpu = tree_cpu_seconds(child.pid) - cpu_before
        wall = time.monotonic() - t0
        counter.drain(0)
        counter.close()
        share = 100 * cpu / wall
        print(f"processes in the tree: {len(tree_pids(child.pid))}")
        print(
            f"CPU: {cpu:.2f} s in {wall:.1f} s = {share:.1f} % of one core "
            f"(target <= {TARGET_CPU_PERCENT:.0f} %): "
            f"{'met' if share <= TARGET_CPU_PERCENT else 'MISSED'}"
        )
        print(
            f"file opens under the case folder: {counter.opens} (target 0): "
            f"{'met' if counter.opens == 0 else 'MISSED'}"
        )
        for name, count in sorted(counter.names.items(), key=lambda kv: -kv[1])[:5]:
            print(f"  {count:>4}  {name}")
        return 0
    finally:
        child.terminate()
        try:
            child.wait(15)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clicks", type=int, default=4)
    parser.add_argument("--child", nargs=2, metavar=("FOLDER", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return run_window(Path(args.child[0]), Path(args.child[1]), args.clicks)
    return measure(args.seconds, args.clicks)


if __name__ == "__main__":
    sys.exit(main())
