"""The engine tests pass inside real Pyodide under Node, and all of them ran.

Comparing the count with what pytest collects on CPython makes a silently
empty or partial run fail, not pass.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "tests" / "pyodide" / "run_engine_tests.mjs"


def _engine_tests_on_cpython() -> int:
    """How many engine tests pytest collects, minus the CPython-only ones."""
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "tests/engine"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    return sum(
        1 for line in collected.splitlines()
        if "::test_" in line and "/test_cpython_" not in line.split("::")[0]
    )


def test_engine_tests_pass_inside_pyodide():
    node = shutil.which("node")
    assert node, "Node is nodig voor deze test (zie package.json)."
    run = subprocess.run([node, str(RUNNER)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    output = run.stdout + run.stderr
    lines = run.stdout.strip().splitlines()
    summary = re.fullmatch(r"(\d+) passed, (\d+) failed", lines[-1] if lines else "")
    assert summary, output
    passed, failed = int(summary[1]), int(summary[2])
    assert run.returncode == 0, output
    assert failed == 0, output
    assert "on emscripten" in run.stdout, output  # really Pyodide, not a local Python
    expected = _engine_tests_on_cpython()
    assert expected > 0
    assert passed == expected, f"Pyodide ran {passed} tests, CPython collects {expected}\n{output}"
