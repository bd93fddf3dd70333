"""A phone's slower CPU for the whole of Chromium, workers included.

Chromium's own CPU throttling (Emulation.setCPUThrottlingRate) slows only a
page's main thread: on a worker it answers "Operation is only supported for
pages, not workers". The wijzer runs Pyodide in a worker, so that throttle
would flatter it against a plain page that runs Pyodide on its main thread.
Where the machine allows it (root and a writable cgroup cpu controller),
Chromium therefore runs on one core with 1/rate of that core's time, in slices
of 10 ms: every thread runs at most `rate` times slower, the same for both
pages. Elsewhere the bench falls back to Chromium's throttle and says so.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

PERIOD_US = 10_000
CGROUP_V1 = Path("/sys/fs/cgroup/cpu")
CGROUP_V2 = Path("/sys/fs/cgroup")


def _limit(group: Path, rate: int) -> Path | None:
    """Create the cgroup with the quota; return the file that admits a process."""
    quota = max(1000, PERIOD_US // rate)
    if (CGROUP_V1 / "cpu.cfs_quota_us").exists():
        (group / "cpu.cfs_period_us").write_text(str(PERIOD_US))
        (group / "cpu.cfs_quota_us").write_text(str(quota))
        return group / "cgroup.procs"
    if "cpu" in (CGROUP_V2 / "cgroup.subtree_control").read_text().split():
        (group / "cpu.max").write_text(f"{quota} {PERIOD_US}")
        return group / "cgroup.procs"
    return None


def _parent() -> Path | None:
    for base in (CGROUP_V1, CGROUP_V2):
        if (base / "cgroup.procs").exists() and os.access(base, os.W_OK):
            return base
    return None


@contextlib.contextmanager
def slowed_chromium(chromium: str, rate: int):
    """Yield (executable, how): a wrapper that starts Chromium inside the slow
    cgroup, or (chromium, None) when this machine cannot do that."""
    parent = _parent()
    if parent is None or not shutil.which("taskset"):
        yield chromium, None
        return
    group = parent / f"inspiratiebox-bench-{os.getpid()}"
    try:
        group.mkdir(exist_ok=True)
        procs = _limit(group, rate)
    except OSError:
        procs = None
    if procs is None:
        with contextlib.suppress(OSError):
            group.rmdir()
        yield chromium, None
        return
    with tempfile.TemporaryDirectory() as tmp:
        wrapper = Path(tmp) / "chromium-slow"
        wrapper.write_text(f'#!/bin/sh\necho $$ > "{procs}"\nexec taskset -c 0 "{chromium}" "$@"\n', encoding="utf-8")
        wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
        try:
            yield str(wrapper), f"cgroup: één kern, 1/{rate} van de rekentijd"
        finally:
            for _ in range(50):  # Chromium's processes take a moment to exit
                try:
                    group.rmdir()
                    break
                except OSError:
                    time.sleep(0.1)
