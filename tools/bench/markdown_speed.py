"""How long the site takes to render the worst Markdown a field may hold.

A Markdown field holds at most kinds.Markdown.max_length characters. Each
case fills one field to that length with text Python-Markdown used to
rescan for every character (unclosed brackets, backticks, tags, runs of *,
one short line after another), so a slow case shows up here, not as a
build that never ends. Also runnable alone: `python -m tools.bench.markdown_speed`.
"""

from __future__ import annotations

import sys
import time

from inspiratiebox.content import kinds
from inspiratiebox.pages.html import render_markdown

from .stats import median

LENGTH = kinds.KINDS["markdown"].max_length
TARGET_MS = 1000  # every case, well within the time a build may spend on one field

# name -> what is repeated up to LENGTH characters (a prefix, the repeated part, an ending)
CASES = {
    "gewone alinea": ("", "Je helpt mee in de winkel en zet koffie. ", ""),
    "open haken [": ("", "[", ""),
    "open beeldlinks ![": ("", "![", ""),
    "haken met woorden [a ": ("", "[a ", ""),
    "links zonder einde [a](": ("", "[a](", ""),
    "links met titel zonder einde": ("", '[]("x)', ""),
    "backticks `": ("", "\\``  ", "]"),
    "sterretjes *": ("", "*", ""),
    "vet na een tag <b>_**": ("<b>_", "**", ""),
    "geneste nadruk *_": ("", "*_", "x"),
    "open tags <x ": ("", "<x ", ""),
    "tags en commentaar": ("", "><!<b>* ---<!--", "<!}==="),
    "kleiner-dan <": ("", "<", ""),
    "pipes |": ("", "|", ""),
    "regels met ---": ("", "---\n", ""),
    "koppen met ===": ("", "a\n===\n", ""),
    "koppen met #": ("", "\n#\n1. ]", '"'),
    "linkdefinities zonder einde": ("http://x.be ", "\n[a]:", "<a  \n"),
    "lange linkdefinitie": ("\n> [a]:<", ":(", "# ~"),
    "lijst in lijst - - -": ("", "- ", "> ==="),
    "citaat in citaat > > >": ("", "> ", ""),
}


def case_text(prefix: str, body: str, ending: str, length: int = LENGTH) -> str:
    """The case as one field of exactly `length` characters."""
    text = prefix + body * (length // len(body) + 1)
    return text[: length - len(ending)] + ending


def measure(runs: int = 3, log=lambda message: None) -> list[dict]:
    """One row per case: the median of `runs` renders, in ms."""
    rows = []
    for name, parts in CASES.items():
        text = case_text(*parts)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            render_markdown(text)
            times.append((time.perf_counter() - start) * 1000)
        rows.append({"geval": name, "tekens": len(text), "ms": median(times)})
        log(f"  {name}: {rows[-1]['ms']:.0f} ms")
    return rows


if __name__ == "__main__":
    results = measure(log=print)
    sys.exit(0 if all(row["ms"] <= TARGET_MS for row in results) else 1)
