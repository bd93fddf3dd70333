"""The phone profile's CPU slowdown reaches every thread, not only a page's
main thread (tests/bench: tools/bench/slowcpu.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from tools.bench import slowcpu

# Stands in for Chromium: a process with a second thread that spins for a
# while and reports how much CPU it got per second of wall time, and which
# cpu cgroup it ended up in.
SPINNER = textwrap.dedent("""\
    import json, threading, time
    def spin(out):
        wall, cpu = time.perf_counter(), time.thread_time()
        while time.perf_counter() - wall < 1.5:
            pass
        share = (time.thread_time() - cpu) / (time.perf_counter() - wall)
        group = [line for line in open("/proc/thread-self/cgroup") if ":cpu" in line]
        out.append({"share": share, "tid": threading.get_native_id(), "group": group})
    out = []
    worker = threading.Thread(target=spin, args=(out,))
    worker.start(); worker.join()
    print(json.dumps(out[0]))
""")


def test_descendants_are_found_through_proc():
    child = subprocess.Popen([sys.executable, "-c", "import subprocess, sys, time; "
                              "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)']); "
                              "print(p.pid, flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        grandchild = int(child.stdout.readline())
        assert {child.pid, grandchild} <= slowcpu._children({child.pid})
    finally:
        subprocess.run(["pkill", "-P", str(child.pid)], check=False)
        child.kill()
        child.wait()


def test_without_a_writable_cgroup_the_browser_runs_unchanged(monkeypatch, tmp_path):
    monkeypatch.setattr(slowcpu, "CGROUP_V1", tmp_path / "nowhere")
    with slowcpu.slowed_chromium("/usr/bin/chromium", 4) as (executable, how):
        assert (executable, how) == ("/usr/bin/chromium", None)


@pytest.mark.skipif(not slowcpu.available(), reason="needs root and a cgroup v1 cpu controller")
def test_a_second_thread_gets_at_most_a_quarter_of_a_core(tmp_path):
    program = tmp_path / "spinner"
    program.write_text(f"#!{sys.executable}\n{SPINNER}", encoding="utf-8")
    program.chmod(0o755)
    with slowcpu.slowed_chromium(str(program), 4) as (executable, how):
        assert executable != str(program) and "1/4" in how
        seen = json.loads(subprocess.run([executable], capture_output=True, text=True, check=True, timeout=60).stdout)
    assert any(line.rstrip().endswith(f"/t{seen['tid']}") for line in seen["group"]), seen["group"]
    assert seen["share"] < 0.3, f"the thread got {seen['share']:.0%} of a core"
    leftovers = [p for p in slowcpu.CGROUP_V1.glob("inspiratiebox-bench-*")]
    assert leftovers == []
