"""Turn the benchmark's results into text: a Markdown table for the terminal
and the Prestaties page, and the JSON next to it."""

from __future__ import annotations

import re

BEGIN = "<!-- bench:begin -->"
END = "<!-- bench:end -->"


def fmt_ms(value) -> str:
    if value is None:
        return "–"
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms"


def fmt_bytes(value) -> str:
    if value is None:
        return "–"
    if value >= 1_000_000:
        return f"{value / 1_000_000:.2f} MB"
    if value >= 1000:
        return f"{value / 1000:.1f} kB"
    return f"{value:.0f} B"


def fmt_ratio(value) -> str:
    return "–" if value is None else f"{value:.2f}×"


def table(header: list[str], rows: list[list]) -> str:
    """A Markdown table; cells are turned into text and '|' is escaped."""
    def cell(value) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"rij met {len(row)} cellen, kop met {len(header)}")
        lines.append("| " + " | ".join(cell(v) for v in row) + " |")
    return "\n".join(lines)


def replace_between_markers(text: str, block: str) -> str:
    """Put `block` between the bench markers of a page, keeping the rest.
    A page without markers gets them appended at the end."""
    new = f"{BEGIN}\n{block.strip()}\n{END}"
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if pattern.search(text):
        return pattern.sub(lambda _m: new, text, count=1)
    return text.rstrip("\n") + "\n\n" + new + "\n"
