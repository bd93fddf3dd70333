"""A tiny runner for the engine tests inside Pyodide, where pytest is not installed.

It runs every `test_*` function of every `test_*.py` module in a folder, in
file and definition order, except `test_cpython_*` modules (those need the
build package, which never ships to the browser). A module that fails to
import counts as one failure, so a broken file can never pass silently.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import traceback
from pathlib import Path

CPYTHON_ONLY = "test_cpython_"


def engine_test_modules(folder: Path) -> list:
    return sorted(
        p.stem for p in Path(folder).glob("test_*.py") if not p.stem.startswith(CPYTHON_ONLY)
    )


def engine_test_functions(module) -> list:
    return [
        (name, value)
        for name, value in vars(module).items()
        if name.startswith("test_") and inspect.isfunction(value) and value.__module__ == module.__name__
    ]


def main(folder) -> tuple:
    """Run the folder's tests; print each failure; return (passed, failed)."""
    folder = Path(folder)
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    passed = failed = 0
    for module_name in engine_test_modules(folder):
        try:
            module = importlib.import_module(module_name)
        except BaseException:
            failed += 1
            print(f"FAILED {module_name} (import)\n{traceback.format_exc()}")
            continue
        for name, function in engine_test_functions(module):
            try:
                function()
            except BaseException:
                failed += 1
                print(f"FAILED {module_name}::{name}\n{traceback.format_exc()}")
            else:
                passed += 1
    return passed, failed
