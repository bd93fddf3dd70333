"""How fast the engine places a group (wijzer.allocate), in CPython and in Pyodide.

Groups are generated with a fixed seed, so every run measures the same
groups: a realistic group against the example data and against 10,000
vacancies (engine_speed.generated), a group of the maximum size, and the
worst case measured while building the placement: everyone needs extra
support, so they all compete for the few organisations with room left.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

from . import engine_speed
from .stats import median

ROOT = engine_speed.ROOT
SECTORS = ("buurt", "cultuur", "natuur", "sport", "ouderen", "zorg_welzijn", "taal_nieuwkomers", "armoede")
TASKS = ("met_mensen", "praktisch", "organiseren", "buiten")
# (label, vacancies (None: the example data), candidates, share who need extra support, runs)
CASES = (
    ("Groep uit een taalcursus", None, 30, 0.4, 5),
    ("Grootste groep", None, 60, 0.2, 5),
    ("Iedereen extra begeleiding", None, 30, 1.0, 5),
    ("Groep uit een taalcursus", 10_000, 30, 0.4, 3),
    ("Iedereen extra begeleiding", 10_000, 30, 1.0, 3),
    ("Grootste groep", 10_000, 60, 0.2, 1),
)
# What a realistic group may take in the browser: the coordinator waits, but not long.
TARGET_MS = 2000


def group(size: int, extra_share: float, seed: int = 14) -> list:
    """Answer sets like a course group's: two interests, a task, some Dutch, a support need."""
    rng = random.Random(seed)
    people = []
    for _ in range(size):
        answers = {"interesses": rng.sample(SECTORS, 2), "taken": rng.sample(TASKS, 1)}
        answers["begeleiding"] = rng.choice((2, 3)) if rng.random() < extra_share else rng.choice((0, 1))
        if rng.random() < 0.5:
            answers["nederlands"] = rng.choice(("basis", "goed"))
        people.append(answers)
    return people


def _cases(base_data: dict) -> list:
    cases = []
    for label, vacancies, size, share, repeat in CASES:
        data = base_data if vacancies is None else engine_speed.generated(base_data, vacancies)
        cases.append({"geval": label, "n": len(data["vacatures"]), "kandidaten": size,
                      "extra": sum(1 for a in group(size, share) if a["begeleiding"] >= 2),
                      "data": data, "candidates": group(size, share), "repeat": repeat})
    return cases


def measure(base_data: dict, stdlib_zip: Path) -> list[dict]:
    """Per case: its size, median ms in CPython and in Pyodide, and how many got a proposal."""
    sys.path.insert(0, str(ROOT / "widget"))
    import wijzer

    from . import placement_timing

    rows, files = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for index, case in enumerate(_cases(base_data)):
            cp = placement_timing.measure_case(wijzer, case)
            rows.append({key: case[key] for key in ("geval", "n", "kandidaten", "extra")}
                        | {"voorstellen": cp["voorstellen"], "cpython_ms": median(cp["ms"])})
            file = Path(tmp) / f"groep-{index}.json"
            file.write_text(json.dumps(case), encoding="utf-8")
            files.append(str(file))
        done = engine_speed.in_pyodide("placement_timing", stdlib_zip, files)
    if done.returncode:
        for row in rows:
            row["pyodide_ms"] = None
        rows[0]["fout"] = (done.stdout + done.stderr)[-300:]
        return rows
    for row, py in zip(rows, json.loads(done.stdout.strip().splitlines()[-1]), strict=True):
        row["pyodide_ms"] = median(py["ms"])
    return rows
