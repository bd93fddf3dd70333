"""Driving the Vrijwilligerswijzer into each of its states, for the
accessibility and privacy tests.

Which answers give no, one or many results, or a near miss, is asked of the
engine itself on CPython with the data the site ships, so the tests follow
the example content instead of hard-coding it.
"""

from __future__ import annotations

import itertools
import json
import sys

from fixed_dates import BUILD_DATE

from inspiratiebox.bundle.contract import IDS

WIJZER = "vrijwilligerswijzer/"
SLOW = 120_000  # ms: Pyodide boots in seconds, but the machine is shared
DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
PARTS = ("ochtend", "middag", "avond")


def engine(root, built_site):
    sys.path.insert(0, str(root / "widget"))
    import wijzer

    data = json.loads((built_site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
    return lambda answers: wijzer.match(answers, data, BUILD_DATE.isoformat())


def _candidates():
    for nederlands in ("goed", "weinig"):
        for slot, support, age in itertools.product(
            [f"{d}_{p}" for d in DAYS for p in PARTS], (0, 3, 2), ("21_64", "onder_16")
        ):
            yield {"momenten": [slot], "begeleiding": support, "leeftijd": age, "nederlands": nederlands}


def answers_for(match) -> dict:
    """{"none"|"one"|"many"|"near": answers} found by asking the engine."""
    kinds = {
        "none": lambda r: not r["resultaten"] and not r["bijna"],
        "one": lambda r: len(r["resultaten"]) == 1,
        "many": lambda r: len(r["resultaten"]) >= 3,
        "near": lambda r: bool(r["bijna"]),
    }
    found = {}
    for answers in _candidates():
        result = match(answers)
        for kind, test in kinds.items():
            if kind not in found and test(result):
                found[kind] = answers
        if len(found) == len(kinds):
            break
    return found


def wait_state(page, wanted: str):
    page.wait_for_function(f"s => document.getElementById('{IDS['root']}').dataset.state === s", arg=wanted, timeout=SLOW)


def fill(page, answers: dict):
    """Tick the boxes for these answers (the form is the source of truth)."""
    page.evaluate(
        f"""answers => {{
          for (const input of document.querySelectorAll('#{IDS['form']} fieldset input')) {{
            const v = answers[input.name];
            const wanted = Array.isArray(v) ? v.map(String) : v == null ? [] : [String(v)];
            input.checked = wanted.includes(input.value);
          }}
        }}""",
        answers,
    )


def show_results(page, answers: dict):
    page.evaluate(f"() => document.getElementById('{IDS['clear']}').click()")
    page.evaluate(f"() => document.querySelector('#{IDS['clearConfirm']} button').click()")  # "Ja, wis alles"
    fill(page, answers)
    page.evaluate(f"() => document.getElementById('{IDS['form']}').requestSubmit(document.getElementById('{IDS['show']}'))")
    wait_state(page, "results")
