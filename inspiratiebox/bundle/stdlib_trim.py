"""Pyodide's standard library cut down to what the Vrijwilligerswijzer imports.

Pyodide fetches the whole 2.5 MB archive at every cold start; the widget uses
about a third of it, and on a phone's connection bytes are time. What stays
is made leaner without changing what the code does: comment-only lines and
docstrings are emptied in place, so every line keeps its number and a
traceback still points to the right line.
"""

from __future__ import annotations

import io
import tokenize
import zipfile
from pathlib import Path

from inspiratiebox.bundle.archive import deterministic_zip

STDLIB_USED = Path(__file__).with_name("stdlib_used.txt")
# The safety margin on top of the measured list: whole packages Pyodide itself
# leans on (an event loop task or an error report may import a submodule later
# than the measurement saw), the codecs a text may plausibly need, and a few
# small modules the engine's stdlib calls can reach on rarer paths.
STDLIB_WHOLE_PACKAGES = ("_pyodide", "asyncio", "collections", "concurrent", "json", "pyodide", "re", "string")
STDLIB_EXTRA = (
    "encodings/ascii.py", "encodings/latin_1.py", "encodings/utf_8_sig.py",
    "encodings/utf_16.py", "encodings/utf_16_le.py", "encodings/utf_16_be.py",
    "encodings/utf_32.py", "encodings/utf_32_le.py", "encodings/utf_32_be.py",
    "encodings/unicode_escape.py", "encodings/raw_unicode_escape.py", "encodings/cp1252.py",
    "_strptime.py", "pprint.py", "numbers.py",
)
_STATEMENT_START = (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
_STATEMENT_END = (tokenize.NEWLINE, tokenize.ENDMARKER)


def stdlib_used(path: Path = STDLIB_USED) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def stdlib_keep(names, used) -> list[str]:
    """The archive entries the widget needs: measured files, the margin, the
    packages' __init__ files and the directory entries leading to them."""
    names = set(names)
    keep = {n for n in set(used) | set(STDLIB_EXTRA) if n in names}
    keep |= {n for n in names if n.split("/", 1)[0] in STDLIB_WHOLE_PACKAGES and not n.endswith("/")}
    for name in list(keep):
        parts = name.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folder = "/".join(parts[:depth])
            keep |= {n for n in (f"{folder}/", f"{folder}/__init__.py") if n in names}
    return sorted(keep)


def archive(entries: dict) -> bytes:
    """A zip of `entries` at maximum deflate: same entries, same bytes."""
    return deterministic_zip(entries, compresslevel=9)


def trimmed_sources(source: bytes, used) -> dict:
    """The kept entries of Pyodide's archive, each .py file made lean."""
    with zipfile.ZipFile(io.BytesIO(source)) as original:
        entries = {name: original.read(name) for name in stdlib_keep(original.namelist(), used)}
    return {name: lean_source(data) if name.endswith(".py") else data for name, data in entries.items()}


def trimmed_stdlib(source: bytes, used) -> bytes:
    """The trimmed archive with sources only (inspiratiebox/stdlib_pyc.py
    precompiles part of it for the site)."""
    return archive(trimmed_sources(source, used))


def _tokens(source: str):
    """The tokens of `source`, or None where the build's tokenizer may misread
    it: Python 3.12+ lets an f-string nest its own quotes, and this older
    tokenizer would then see strings end in the wrong place."""
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    for token in tokens:
        if token.type == tokenize.STRING and token.string[:3].lower().lstrip("rb").startswith("f"):
            body = token.string.replace("{{", "").replace("}}", "")
            if body.count("{") != body.count("}"):
                return None
    return tokens


def _string_statements(tokens):
    """Expression statements that are one plain string literal: docstrings and
    their look-alikes, which at most set __doc__ (what -OO drops).
    Byte strings, f-strings and implicit concatenations are left alone."""
    code = [t for t in tokens if t.type not in (tokenize.NL, tokenize.COMMENT)]
    for before, token, after in zip([None] + code, code, code[1:], strict=False):
        if token.type != tokenize.STRING or not (after.type in _STATEMENT_END or after.string == ";"):
            continue
        if not (before is None or before.type in _STATEMENT_START or before.string == ";"):
            continue
        prefix = token.string[: len(token.string) - len(token.string.lstrip("rRuUbBfF"))].lower()
        if "b" not in prefix and "f" not in prefix:
            yield token


def _emptied(lines: list, token) -> None:
    """An empty string over the same lines (`""` continued by backslashes to
    `""`), so the statement and all that follows keep their line numbers."""
    (first, start), (last, end) = token.start, token.end
    empty = '""' if first == last else '""' + "\\\n" * (last - first) + '""'
    joined = lines[first - 1][:start] + empty + lines[last - 1][end:]
    lines[first - 1:last] = io.StringIO(joined).readlines()


def lean_source(data: bytes, comments: bool = True, docstrings: bool = True) -> bytes:
    """Comment-only lines and docstrings emptied (together about a third of
    the bytes on the phone's link). Lines stay where they are; the first two
    lines keep their comments (coding cookie) and any file the tokenizer cannot
    read with certainty is kept exactly."""
    try:
        source = data.decode("utf-8")
        tokens = _tokens(source)
    except (UnicodeDecodeError, SyntaxError, tokenize.TokenError, IndentationError):
        return data
    if tokens is None:
        return data
    lines = io.StringIO(source).readlines()  # split as the tokenizer counts lines
    if docstrings:
        for token in reversed(list(_string_statements(tokens))):
            _emptied(lines, token)
    if comments:
        for token in tokens:
            if token.type == tokenize.COMMENT and token.line.lstrip().startswith("#") and token.start[0] > 2:
                line = lines[token.start[0] - 1]
                lines[token.start[0] - 1] = line[len(line.rstrip("\r\n")):]
    return "".join(lines).encode("utf-8")


def without_comment_lines(data: bytes) -> bytes:
    return lean_source(data, docstrings=False)


def without_docstrings(data: bytes) -> bytes:
    return lean_source(data, comments=False)
