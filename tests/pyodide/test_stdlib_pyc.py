"""The site's standard library, made lean and partly precompiled, does what
Pyodide's own does: same code, same line numbers, .pyc files Pyodide loads,
the engine's whole test suite passing on it, and the same bytes every build.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile

import pytest

from inspiratiebox import bundle
from inspiratiebox.bundle import stdlib_pyc, stdlib_trim

pytestmark = pytest.mark.skipif(not shutil.which("node"), reason="Node is nodig voor deze test")


@pytest.fixture(scope="module")
def original(root):
    return root / "node_modules" / "pyodide" / "python_stdlib.zip"


@pytest.fixture(scope="module")
def trimmed(built_site):
    return built_site / "assets" / "pyodide" / bundle.STDLIB_TRIMMED


@pytest.fixture(scope="module")
def checks(root, original, trimmed, tmp_path_factory):
    lean = tmp_path_factory.mktemp("lean") / "lean.zip"
    lean.write_bytes(stdlib_trim.trimmed_stdlib(original.read_bytes(), stdlib_trim.stdlib_used()))
    script = root / "tests" / "pyodide" / "stdlib_checks.mjs"
    done = subprocess.run(["node", str(script), str(root), str(original), str(lean), str(trimmed)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_lean_sources_are_the_same_code_on_the_same_lines(checks):
    assert checks["syntax"]["checked"] > 150
    assert checks["syntax"]["differ"] == []


def test_precompiled_modules_load_and_keep_their_line_numbers(checks, original, trimmed):
    runtime = checks["runtime"]
    pycs = {name[:-1] for name in zipfile.ZipFile(trimmed).namelist() if name.endswith(".pyc")}
    assert runtime["precompiled"] and set(runtime["precompiled"]) <= pycs
    assert runtime["functions"] > 100 and runtime["wrong"] == []
    filename, line = runtime["raised_at"]
    assert filename == "/lib/python314.zip/json/__init__.py"
    source = zipfile.ZipFile(original).read("json/__init__.py").decode("utf-8").splitlines()
    assert "raise TypeError" in source[line - 1]


def test_the_archive_holds_each_module_once_and_no_pyc_for_frozen_ones(trimmed):
    archive = zipfile.ZipFile(trimmed)
    names = archive.namelist()
    pycs = [n for n in names if n.endswith(".pyc")]
    assert pycs and not [n for n in pycs if n[:-1] in names]
    assert not {"os.pyc", "codecs.pyc", "abc.pyc", "importlib/_bootstrap.pyc"} & set(pycs)  # frozen in Pyodide
    for name in pycs:
        header = archive.read(name)[:16]
        assert int.from_bytes(header[4:8], "little") == 0b01, name  # hash-based, never checked: no timestamp


def test_the_engine_tests_pass_on_the_sites_standard_library(root, trimmed):
    from test_engine_in_pyodide import RUNNER, _engine_tests_on_cpython

    run = subprocess.run(["node", str(RUNNER), str(trimmed)], cwd=root, capture_output=True, text=True, timeout=600)
    output = run.stdout + run.stderr
    assert run.returncode == 0 and "on emscripten" in run.stdout, output
    assert run.stdout.strip().splitlines()[-1] == f"{_engine_tests_on_cpython()} passed, 0 failed", output


def test_compiling_gives_the_same_bytes_every_time(original, root):
    sources = stdlib_trim.trimmed_sources(original.read_bytes(), ["json/decoder.py", "textwrap.py", "enum.py"])
    sources = {name: data for name, data in sources.items() if name.endswith(".py")}
    pyodide = root / "node_modules" / "pyodide"
    first = stdlib_pyc.compile_in_pyodide(sources, pyodide)
    assert set(first) >= {"json/decoder.pyc", "textwrap.pyc", "enum.pyc"}
    assert stdlib_pyc.compile_in_pyodide(sources, pyodide) == first
    archive = stdlib_trim.archive(stdlib_pyc.with_pyc(sources, first, 10**6))
    assert stdlib_trim.archive(stdlib_pyc.with_pyc(sources, first, 10**6)) == archive
    assert zipfile.ZipFile(io.BytesIO(archive)).testzip() is None
