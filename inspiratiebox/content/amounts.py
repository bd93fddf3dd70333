"""How a message writes a count and a file size: the Dutch way, so an editor
reads 20.000 tekens and 1,3 MB. Alone in a module because the YAML reader
needs them too, and the field kinds import the YAML reader."""

from __future__ import annotations


def number(n: int) -> str:
    """20.000, not 20000 or 20,000."""
    return f"{n:,}".replace(",", ".")


def characters(n: int) -> str:
    """1 teken, 20.000 tekens."""
    return f"{number(n)} {'teken' if n == 1 else 'tekens'}"


def size(n_bytes: int) -> str:
    """950 kB, 1 MB, 1,3 MB, 1,5 GB."""
    if n_bytes < 1_000_000:
        return f"{max(1, round(n_bytes / 1000))} kB"
    value, unit = (n_bytes / 1_000_000, "MB") if n_bytes < 1_000_000_000 else (n_bytes / 1_000_000_000, "GB")
    return f"{value:.1f}".replace(".", ",").removesuffix(",0") + f" {unit}"
