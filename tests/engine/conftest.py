"""Puts widget/ on the path so the engine tests import `wijzer` as the browser
does, and the project root so the CPython-only tests can read the schema.

The engine tests themselves use no pytest features: the same files run
inside Pyodide under Node (tests/pyodide/run_engine_tests.mjs).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for folder in (ROOT / "widget", ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
