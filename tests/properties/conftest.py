"""Puts widget/ on the path so the properties import `wijzer` as the browser
does, and the project root so the strategies can read the content schema.

Unlike tests/engine, these tests use Hypothesis and run on CPython only.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for folder in (ROOT / "widget", ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
