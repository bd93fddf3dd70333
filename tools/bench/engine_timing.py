"""Times one candidate's ranking. The same file runs in CPython and, copied
into Pyodide by engine_speed.mjs, under Node: both columns measure alike.
Stdlib only, no package imports, for that reason."""

import time
import tracemalloc

TODAY = "2026-03-02"


def timed(call, repeat: int) -> list:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure(wijzer, data: dict, answers: dict, repeat: int) -> dict:
    """ms lists for a first call on raw data, a call on prepared data and the
    reading alone, and the first call's peak memory."""
    prepared = wijzer.prepare(data)
    out = {
        "ms": timed(lambda: wijzer.match(answers, data, TODAY), repeat),
        "daarna_ms": timed(lambda: wijzer.match(answers, prepared, TODAY), repeat),
        "prepare_ms": timed(lambda: wijzer.prepare(data), repeat),
    }
    tracemalloc.start()
    wijzer.match(answers, data, TODAY)
    out["peak_bytes"] = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return out


def measure_case(wijzer, case: dict) -> dict:
    """measure() on one case as engine_speed.mjs reads it from a file."""
    return measure(wijzer, case["data"], case["answers"], case["repeat"])
