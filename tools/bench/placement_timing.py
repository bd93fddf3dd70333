"""Times one group placement (wijzer.allocate). The same file runs in CPython
and, copied into Pyodide by engine_speed.mjs, under Node. Stdlib only."""

import time

TODAY = "2026-03-02"


def measure_case(wijzer, case: dict) -> dict:
    """ms per run of allocate() on prepared data, as the worker calls it, and how many got a proposal."""
    prepared = wijzer.prepare(case["data"])
    times, result = [], None
    for _ in range(case["repeat"]):
        start = time.perf_counter()
        result = wijzer.allocate(case["candidates"], prepared, TODAY)
        times.append((time.perf_counter() - start) * 1000)
    placed = sum(1 for entry in result["toewijzing"] if entry["vacature"])
    return {"ms": times, "voorstellen": placed}
