"""Write one organisation's cells as a readable YAML file, remembering for
every line which spreadsheet cell it came from.

The import does not check cells itself: it writes the file a person would
have written, lets the normal loader check it, and uses the line tags to
turn `file:line:column` back into `rij N, kolom 'x'`. So the written style
must keep each value's meaning: plain where YAML reads plain text as text,
double quotes otherwise (and always for phone-like text starting with a
digit), `>-` for long text and `|-` for text with line breaks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from inspiratiebox.content import schema
from inspiratiebox.kit.columns import split_list, split_parts
from inspiratiebox.content.validate import JA, NEE, NUMBER_LIKE

WIDTH = 78
_STR = "tag:yaml.org,2002:str"
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_WORD = re.compile(r"[\w-]+")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_YES = JA | {"waar"}  # Dutch Excel writes WAAR/ONWAAR in a CSV
_NO = NEE | {"onwaar"}


@dataclass(frozen=True)
class Tag:
    """The cell a line came from; `value_column` is where its value starts,
    so a message at the key of a block can be told from one at a value."""

    row: int
    column: str
    value_column: int


@dataclass
class Cell:
    text: str
    row: int
    column: str


@dataclass
class Document:
    lines: list[str] = field(default_factory=list)
    tags: list[Tag | None] = field(default_factory=list)

    def add(self, line: str, tag: Tag | None = None) -> None:
        self.lines.append(line)
        self.tags.append(tag)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def normal_date(text: str) -> str:
    """DD-MM-JJJJ and DD/MM/JJJJ as JJJJ-MM-DD, when that date exists."""
    match = _DMY.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return text
    return text


def quote(text: str) -> str:
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _reads_as_text(text: str) -> bool:
    return Resolver().resolve(ScalarNode, text, (True, False)) == _STR


def plain_or_quoted(text: str, flow: bool = False) -> str:
    safe = (
        text
        and text == text.strip()
        and "\n" not in text and "\t" not in text
        and text[0] not in _INDICATORS
        and not text[0].isdigit() and text[0] not in "+."
        and ": " not in text and " #" not in text and not text.endswith(":")
        and not (flow and any(c in text for c in ",[]{}"))
        and not NUMBER_LIKE.fullmatch(text)
        and _reads_as_text(text)
    )
    return text if safe else quote(text)


def _word(text: str, flow: bool = False) -> str:
    """A vocabulary value: plain when it is one word YAML reads as text."""
    return text if _WORD.fullmatch(text) and _reads_as_text(text) else quote(text)


def scalar(f: schema.Field, text: str, flow: bool = False) -> str:
    """One value on one line, written so the loader reads what was typed."""
    kind = f.kind
    if kind == "janee":
        low = text.lower()
        return "ja" if low in _YES else "nee" if low in _NO else quote(text)
    if kind == "getal":
        return str(int(text)) if re.fullmatch(r"[-+]?\d+", text) else quote(text)
    if kind == "datum":
        date = normal_date(text)
        return date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else quote(text)
    if kind in ("keuze", "id"):
        return _word(text, flow)
    return plain_or_quoted(text, flow)


def _fold(text: str, room: int) -> list[str] | None:
    """Lines for a `>-` block that fold back into exactly `text`: breaks
    only at a single space, which folding turns back into that space."""
    if "\n" in text or "  " in text or "\t" in text:
        return None
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > room:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


def _literal_ok(text: str) -> bool:
    return all(line == line.strip() for line in text.split("\n"))


def write_field(doc: Document, indent: str, key_prefix: str, f: schema.Field, cell: Cell) -> None:
    """Write `key: value` (or a block) for one cell; an empty cell of a
    required field is written as an empty key so the loader's message
    'is leeg, maar het is verplicht' points at this cell."""
    head = f"{indent}{key_prefix}{f.name}:"
    tag = Tag(cell.row, cell.column, len(head) + 2)
    text = cell.text
    if f.kind in ("keuzes", "lijst"):
        items = split_list(text, f.kind)
        if f.kind == "keuzes":
            values = [_word(item, flow=True) for item in items]
        else:
            values = [quote(item) for item in items]
        doc.add(f"{head} [{', '.join(values)}]" if items else head, tag)
        return
    if f.kind == "objecten":
        doc.add(head, tag)
        for item in split_list(text, "objecten"):
            parts = split_parts(item)
            pairs = [
                f"{sub.name}: {scalar(sub, part, flow=True)}" if part else f"{sub.name}: "
                for sub, part in zip(f.fields, parts)
            ]
            lead = " " * len(indent + key_prefix) + "  - "
            doc.add(f"{lead}{{{', '.join(pairs)}}}", Tag(cell.row, cell.column, len(lead) + 1))
        return
    if not text:
        doc.add(head, tag)
        return
    body = " " * len(indent + key_prefix) + "  "
    if f.kind in ("tekst", "markdown") and "\n" in text and _literal_ok(text):
        doc.add(f"{head} |-", tag)
        for line in text.split("\n"):
            doc.add(f"{body}{line}" if line else "", tag)
        return
    value = scalar(f, text)
    if f.kind in ("tekst", "markdown") and len(head) + 1 + len(value) > WIDTH:
        lines = _fold(text, WIDTH - len(body))
        if lines and len(lines) > 1:
            doc.add(f"{head} >-", tag)
            for line in lines:
                doc.add(f"{body}{line}", tag)
            return
    doc.add(f"{head} {value}", tag)
