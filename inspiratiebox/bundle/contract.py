"""The page contract: the DOM ids, data attributes and shared answer values
that the build, the wijzer's script, the benchmark and the tests agree on.

One hand-kept source, widget/web/contract.json; the answer values come from
the engine's own vocabulary (widget/wijzer/vocab.py), so no second literal
exists. The bundle writes the same contract as an ES module (contract.js)
next to the script, which imports it.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import MappingProxyType

from inspiratiebox.content import schema

WIDGET = Path(__file__).resolve().parents[2] / "widget"
SOURCE = WIDGET / "web" / "contract.json"
MODULE_NAME = "contract.js"


def load() -> dict:
    """The whole contract as plain data: the JSON plus the answer values."""
    contract = json.loads(SOURCE.read_text(encoding="utf-8"))
    vocab = schema.engine_vocab()
    contract["answers"] = {"thuis": vocab.THUIS, "flexibel": vocab.FLEXIBEL, "overal": vocab.OVERAL}
    return contract


def as_module(contract: dict) -> str:
    """The contract as the ES module the script imports."""
    body = json.dumps(contract, ensure_ascii=False, indent=2, sort_keys=True)
    return f"// Written by the build from widget/web/contract.json: do not edit.\nexport default Object.freeze({body});\n"


_CONTRACT = load()
IDS = MappingProxyType(_CONTRACT["ids"])
DESK = MappingProxyType(_CONTRACT["desk"])  # the desk mode's page (hulpmiddelen/loketmodus)
DATA = MappingProxyType(_CONTRACT["data"])
STATES = MappingProxyType(_CONTRACT["states"])
ANSWERS = MappingProxyType(_CONTRACT["answers"])
GROUP = MappingProxyType(_CONTRACT["group"])  # the group placement page (pages/group.py, group.js)
