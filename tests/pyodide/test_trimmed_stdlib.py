"""The trimmed standard library the build writes is enough for the widget.

Pyodide boots under Node on the built site with python_stdlib.min.zip, unpacks
the engine, matches several answer sets and must give exactly what CPython
gives; a Python error must still arrive as a readable report. A second run
with the full archive lists what the engine imports now: each of those files
must be in the trimmed zip, so a new import in the engine fails here, not in
a visitor's browser.
"""

from __future__ import annotations

import json
import shutil
import sys
import zipfile

import pytest

from inspiratiebox import bundle
from tools.bench import stdlib_usage

pytestmark = pytest.mark.skipif(not shutil.which("node"), reason="Node is nodig voor deze test")


@pytest.fixture(scope="module")
def trimmed(built_site):
    return built_site / "assets" / "pyodide" / bundle.STDLIB_TRIMMED


@pytest.fixture(scope="module")
def on_trimmed(built_site, trimmed):
    return stdlib_usage.measure(built_site, trimmed)


def test_engine_gives_cpythons_results_on_the_trimmed_stdlib(on_trimmed, built_site, root):
    assert on_trimmed["python"].startswith("emscripten 3.14")
    sys.path.insert(0, str(root / "widget"))
    import wijzer

    data = json.loads((built_site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
    expected = [json.loads(json.dumps(wijzer.match(a, data, "2026-03-02"), ensure_ascii=False)) for a in stdlib_usage.ANSWERS]
    assert on_trimmed["results"] == expected
    assert any(r["resultaten"] for r in expected) and any(r["bijna"] for r in expected)


def test_python_errors_still_reach_javascript_readably(on_trimmed):
    assert "ZeroDivisionError: division by zero" in on_trimmed["errorReport"]
    assert "Traceback" in on_trimmed["errorReport"]


def test_every_file_the_engine_imports_now_is_in_the_trimmed_zip(built_site, trimmed):
    used = stdlib_usage.measure(built_site)["after"]
    assert "dataclasses.py" in used and "json/__init__.py" in used
    present = {name.removesuffix("c") for name in zipfile.ZipFile(trimmed).namelist()}  # x.py or x.pyc
    missing = sorted(set(used) - present)
    assert missing == [], f"regenerate with python -m tools.bench.stdlib_usage --write: {missing}"


def test_the_trimmed_zip_is_much_smaller_and_the_full_one_is_not_shipped(built_site, root, trimmed):
    full = root / "node_modules" / "pyodide" / "python_stdlib.zip"
    assert trimmed.stat().st_size < 0.5 * full.stat().st_size
    assert not (built_site / "assets" / "pyodide" / "python_stdlib.zip").exists()
    lock = json.loads((built_site / "assets" / "pyodide" / bundle.LOCK_TRIMMED).read_text(encoding="utf-8"))
    assert lock["packages"] == {} and lock["info"]["abi_version"]
