"""How fast the engine ranks many vacancies, in CPython and in Pyodide.

The example data is multiplied to 100, 1,000 and 10,000 vacancies (copies of
the real ones with new ids and slightly varied hours and slots), so the
engine does the work it does in a real municipality, only more of it.

Two times per size, because the worker reads the data once while the
engine loads (wijzer.prepare) and then only ranks:
- "eerste keer" (cpython_ms, pyodide_ms): match() on the raw data, which
  reads it and ranks; what every search costs when nothing was prepared;
- "daarna" (*_daarna_ms): match() on the prepared data, what a visitor
  waits for after pressing the button. prepare_ms is the reading alone,
  which the worker adds to the time until the engine is ready.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from . import engine_timing
from .stats import median

SIZES = (100, 1000, 10_000)
CANDIDATE = {"motieven": ["sociaal", "waarden"], "interesses": ["buurt", "cultuur"], "taken": ["met_mensen"],
             "momenten": ["ma_ochtend", "wo_middag", "za_ochtend"], "nederlands": "basis", "begeleiding": 1}
ROOT = Path(__file__).resolve().parents[2]


def generated(data: dict, n: int) -> dict:
    """`data` with exactly n vacancies, cycled from the real ones."""
    source = data["vacatures"]
    if not source:
        raise ValueError("de voorbeelddata heeft geen vacatures")
    out = copy.deepcopy(data)
    out["vacatures"] = []
    for index in range(n):
        vacancy = copy.deepcopy(source[index % len(source)])
        vacancy["id"] = f"{vacancy.get('id', 'v')}-{index}"
        vacancy["titel"] = f"{vacancy.get('titel', 'Vacature')} {index}"
        out["vacatures"].append(vacancy)
    return out


def _cpython(data: dict, repeat: int) -> dict:
    sys.path.insert(0, str(ROOT / "widget"))
    import wijzer

    return engine_timing.measure(wijzer, data, CANDIDATE, repeat)


def in_pyodide(timing: str, stdlib_zip: Path, files: list):
    """Runs a timing module of this folder on case files in Pyodide (engine_speed.mjs)."""
    return subprocess.run(["node", str(Path(__file__).with_name("engine_speed.mjs")), str(ROOT), str(stdlib_zip), timing, *files],
                          capture_output=True, text=True, timeout=1800)


def measure(base_data: dict, stdlib_zip: Path, repeat: int = 5) -> list[dict]:
    """Per size: medians in ms and peak bytes; see the module docstring for the keys."""
    rows, files = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            data = generated(base_data, n)
            cp = _cpython(data, repeat)
            rows.append({"n": n, "cpython_ms": median(cp["ms"]), "cpython_daarna_ms": median(cp["daarna_ms"]),
                         "cpython_prepare_ms": median(cp["prepare_ms"]), "cpython_peak": cp["peak_bytes"]})
            file = Path(tmp) / f"data-{n}.json"
            file.write_text(json.dumps({"n": n, "data": data, "answers": CANDIDATE, "repeat": repeat}), encoding="utf-8")
            files.append(str(file))
        done = in_pyodide("engine_timing", stdlib_zip, files)
    if done.returncode:
        for row in rows:
            row.update(pyodide_ms=None, pyodide_daarna_ms=None, pyodide_prepare_ms=None, pyodide_peak=None)
        rows[0]["fout"] = (done.stdout + done.stderr)[-300:]
        return rows
    for row, py in zip(rows, json.loads(done.stdout.strip().splitlines()[-1]), strict=True):
        row.update(pyodide_ms=median(py["ms"]), pyodide_daarna_ms=median(py["daarna_ms"]),
                   pyodide_prepare_ms=median(py["prepare_ms"]), pyodide_peak=py["peak_bytes"])
    return rows
