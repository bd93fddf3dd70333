"""A phone's slower CPU for every thread of Chromium, workers included.

Chromium's own CPU throttling (Emulation.setCPUThrottlingRate) slows only a
page's main thread: on a worker it answers "Operation is only supported for
pages, not workers". The wijzer runs Pyodide in a worker, so that throttle
would flatter it against a plain page that runs Pyodide on its main thread.

Where the machine allows it (root and a writable cgroup v1 cpu controller),
the bench does what Chromium's throttle does, for every thread: each thread of
every Chromium process gets its own cgroup with 1/rate of a core, in slices of
10 ms. A watcher moves new threads into their own group as they appear (a new
thread shares its creator's quota for at most a few milliseconds). Elsewhere
the bench falls back to Chromium's throttle and says so.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from pathlib import Path

PERIOD_US = 10_000
CGROUP_V1 = Path("/sys/fs/cgroup/cpu")
SCAN_S = 0.005


def available() -> bool:
    return (CGROUP_V1 / "cpu.cfs_quota_us").exists() and os.access(CGROUP_V1, os.W_OK)


def _children(pids: set[int]) -> set[int]:
    """`pids` and all their descendants, from /proc."""
    parents = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat_line = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat_line.rsplit(")", 1)[1].split()[1])
    found, grew = set(pids), True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in found} - found
        found |= more
        grew = bool(more)
    return found & (set(parents) | pids)


class _Watcher:
    def __init__(self, pen: Path, rate: int, pidfile: Path):
        self.pen, self.quota, self.pidfile = pen, max(1000, PERIOD_US // rate), pidfile
        self.placed: set[int] = set()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _place(self, tid: int) -> None:
        group = self.pen / f"t{tid}"
        try:
            group.mkdir(exist_ok=True)
            (group / "cpu.cfs_period_us").write_text(str(PERIOD_US))
            (group / "cpu.cfs_quota_us").write_text(str(self.quota))
            (group / "tasks").write_text(str(tid))
        except OSError:
            pass  # the thread ended meanwhile
        self.placed.add(tid)

    def _run(self) -> None:
        while not self.stop.wait(SCAN_S):
            try:
                root = int(self.pidfile.read_text())
            except (OSError, ValueError):
                continue
            for pid in _children({root}):
                with contextlib.suppress(OSError):
                    for tid in map(int, os.listdir(f"/proc/{pid}/task")):
                        if tid not in self.placed:
                            self._place(tid)

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        for group in sorted(self.pen.glob("t*")):
            with contextlib.suppress(OSError):
                group.rmdir()
        with contextlib.suppress(OSError):
            self.pen.rmdir()


@contextlib.contextmanager
def slowed_chromium(chromium: str, rate: int):
    """Yield (executable, how): a wrapper whose Chromium runs every thread
    `rate` times slower, or (chromium, None) when this machine cannot."""
    if not available():
        yield chromium, None
        return
    pen = CGROUP_V1 / f"inspiratiebox-bench-{os.getpid()}"
    try:
        pen.mkdir(exist_ok=True)
    except OSError:
        yield chromium, None
        return
    with tempfile.TemporaryDirectory() as tmp:
        pidfile, wrapper = Path(tmp) / "pid", Path(tmp) / "chromium-slow"
        wrapper.write_text(f'#!/bin/sh\necho $$ > "{pidfile}"\nexec "{chromium}" "$@"\n', encoding="utf-8")
        wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
        watcher = _Watcher(pen, rate, pidfile)
        watcher.thread.start()
        try:
            yield str(wrapper), f"elke thread van Chromium (ook de workers) krijgt 1/{rate} van een kern (cgroup)"
        finally:
            watcher.close()
