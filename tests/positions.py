"""Where a marker stands in a fixture, as (line, column).

Tests name the text a message is about instead of a fixed line number, so a
line added to a fixture moves the expected position with it, and the test
still proves the message points at the right place. Lines and columns are
1-based, like `Problem.line` and `Problem.column`; the column is that of
the marker's first character. Text may be str or bytes (for files that are
not UTF-8).
"""

from __future__ import annotations

from pathlib import Path


def position_of(text: str | bytes, marker: str | bytes, occurrence: int = 1, within: str | bytes = "") -> tuple[int, int]:
    """The position of the `occurrence`-th marker, counted from where `within`
    first starts: a short marker such as a value then needs no line of its
    own to be unique. A missing marker fails the test, so a changed fixture
    cannot silently move the expectation."""
    start = text.find(within) if within else 0
    assert start >= 0, f"{within!r} is not in {text!r}"
    start -= 1
    for _ in range(occurrence):
        start = text.find(marker, start + 1)
        assert start >= 0, f"{marker!r} occurs fewer than {occurrence} time(s) in {text!r}"
    newline = "\n" if isinstance(text, str) else b"\n"
    line_start = text.rfind(newline, 0, start) + 1
    return text.count(newline, 0, start) + 1, start - line_start + 1


def position_in(path: Path, marker: str | bytes, occurrence: int = 1, within: str | bytes = "") -> tuple[int, int]:
    """`position_of` in a file as written, read as bytes for a bytes marker."""
    text = path.read_bytes() if isinstance(marker, bytes) else path.read_text(encoding="utf-8")
    return position_of(text, marker, occurrence, within)


def location(root: Path, name: str, marker: str | bytes, occurrence: int = 1, within: str | bytes = "") -> str:
    """`name:line:column` as messages begin, for the marker in `root / name`."""
    line, column = position_in(root / name, marker, occurrence, within)
    return f"{name}:{line}:{column}"
