"""Measure which standard library files the widget uses in Pyodide.

`python -m tools.bench.stdlib_usage` prints the list;
`--write` stores it in inspiratiebox/bundle/stdlib_used.txt, from which the build
trims Pyodide's standard library. It runs Node with the full archive on a
freshly built site, so the list follows the engine as it is now.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from inspiratiebox import bundle
from inspiratiebox.cli import main as cli

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("stdlib_usage.mjs")
# Answer sets that walk the engine's paths: nothing, every gate, near misses.
ANSWERS = [
    {},
    {"motieven": ["sociaal", "waarden"], "interesses": ["buurt"], "taken": ["met_mensen"], "momenten": ["flexibel"],
     "nederlands": "goed", "begeleiding": 1},
    {"nederlands": "weinig", "begeleiding": 3, "momenten": ["ma_ochtend"], "leeftijd": "16-17"},
    {"begeleiding": "x", "onbekend": [1, 2], "momenten": "geen lijst", "plaats": "thuis"},
]


def measure(site_dir: Path, stdlib_zip: Path | None = None, answers=ANSWERS) -> dict:
    """Boot Pyodide under Node on `site_dir`'s engine and data; see the .mjs."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(answers, handle)
    args = ["node", str(SCRIPT), str(ROOT), str(site_dir), handle.name]
    if stdlib_zip:
        args.append(str(stdlib_zip))
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    finally:
        Path(handle.name).unlink(missing_ok=True)
    if done.returncode:
        raise RuntimeError(f"Node faalde ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        if cli(["build", "--site-dir", str(site)]):
            return 1
        used = measure(site)["after"]
    header = [line for line in bundle.STDLIB_USED.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    if "--write" in argv:
        bundle.STDLIB_USED.write_text("\n".join(header + used) + "\n", encoding="utf-8")
        print(f"{len(used)} bestanden geschreven naar {bundle.STDLIB_USED}")
    else:
        print("\n".join(used))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
