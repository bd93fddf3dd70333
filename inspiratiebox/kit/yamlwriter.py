"""Write one organisation's cells as a readable YAML file, remembering for
every line which spreadsheet cell it came from.

The import does not check cells itself: it writes the file a person would
have written, lets the normal loader check it, and uses the line tags to
turn `file:line:column` back into `rij N, kolom 'x'`. So the written style
must keep each value's meaning: plain where YAML reads plain text as text,
quoted otherwise (and always for phone-like text starting with a digit),
`>-` for long text and `|-` for text with line breaks. What a value looks
like in YAML is each field kind's decision (content/kinds/); this module
lays out the lines and tags them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from inspiratiebox.content import kinds, schema
from inspiratiebox.content.kinds.values import Datum
from inspiratiebox.content.kinds.words import plain_or_quoted, quoted

WIDTH = 78
quote = quoted  # one quoting rule for messages, the reference page and the import


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
    return Datum().read_cell(text)


def scalar(f: schema.Field, text: str, flow: bool = False) -> str:
    """One value on one line, written so the loader reads what was typed."""
    return kinds.of(f).yaml_scalar(f, text, flow)


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


@dataclass
class FieldOut:
    """Where a kind writes one field: the `key:` head, the cell's tag and
    the indentation of lines under the key. Kinds choose the shape (one
    line, a flow list, blocks, a text block); this class lays it out."""

    doc: Document
    head: str
    cell: Cell
    body: str

    @property
    def tag(self) -> Tag:
        return Tag(self.cell.row, self.cell.column, len(self.head) + 2)

    def empty(self) -> None:
        """An empty key, so the loader's 'is leeg, maar het is verplicht'
        points at this cell."""
        self.doc.add(self.head, self.tag)

    def line(self, value: str) -> None:
        self.doc.add(f"{self.head} {value}", self.tag)

    def flow_list(self, values: list[str]) -> None:
        self.doc.add(f"{self.head} [{', '.join(values)}]" if values else self.head, self.tag)

    def blocks(self, blocks: list[str]) -> None:
        """One `- {...}` line per block, each tagged where its `{` starts."""
        self.doc.add(self.head, self.tag)
        lead = self.body + "- "
        for block in blocks:
            self.doc.add(f"{lead}{block}", Tag(self.cell.row, self.cell.column, len(lead) + 1))

    def text(self, text: str, value: str) -> None:
        """Text with line breaks as `|-`, long text folded as `>-`, else `value`."""
        if "\n" in text and _literal_ok(text):
            self.doc.add(f"{self.head} |-", self.tag)
            for line in text.split("\n"):
                self.doc.add(f"{self.body}{line}" if line else "", self.tag)
            return
        if len(self.head) + 1 + len(value) > WIDTH:
            lines = _fold(text, WIDTH - len(self.body))
            if lines and len(lines) > 1:
                self.doc.add(f"{self.head} >-", self.tag)
                for line in lines:
                    self.doc.add(f"{self.body}{line}", self.tag)
                return
        self.line(value)


def write_field(doc: Document, indent: str, key_prefix: str, f: schema.Field, cell: Cell) -> None:
    """Write `key: value` (or a block) for one cell, in the shape its kind
    chooses; an empty cell of a required field becomes an empty key."""
    body = " " * len(indent + key_prefix) + "  "
    out = FieldOut(doc, f"{indent}{key_prefix}{f.name}:", cell, body)
    kinds.of(f).write_yaml(out, f, cell.text)


__all__ = ["Cell", "Document", "FieldOut", "Tag", "normal_date", "plain_or_quoted", "quote", "scalar", "write_field"]
