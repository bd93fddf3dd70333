"""What every field kind can do, and the default way of doing it.

A kind (tekst, getal, keuzes ...) is a stateless object that knows, for a
field of that kind, how a YAML node is checked, what a left-out field holds,
how the field is explained in Dutch, how it is shown on the reference page,
and how it travels through a spreadsheet cell into an imported YAML file.
The `Field` in schema.py says which kind a field is; everything else asks
the kind, so a kind's rules cannot drift apart between those places.
"""

from __future__ import annotations

from inspiratiebox.content import amounts
from inspiratiebox.content.kinds import words

INVALID = object()  # a value that failed its check; the caller uses the default
LIST_SEPARATOR = ";"  # between the items of one spreadsheet cell
PART_SEPARATOR = ":"  # between the parts of one block in a cell


class Kind:
    """A scalar kind written on one line. Subclasses set `name`, the words
    of the reference page and the checks; the rest is shared."""

    name = ""
    words = ""  # the reference page's "Soort"
    fallback = ""  # the reference page's example when the schema gives none
    example_style = None  # how a reference example is written: None (as is), "text" or "word"
    groups = False  # a block of sub-fields (object) rather than a value
    # The most characters one value may have. Checked before anything else
    # reads the value, so a value of megabytes is never matched, suggested
    # for or repeated in a message, and a page never has to render it.
    max_length: int | None = 200

    # --- content files ----------------------------------------------------

    def check(self, checker, node, f):
        """The checked value of `node`, or INVALID after reporting why."""
        raise NotImplementedError

    def default(self):
        """The value of a left-out optional field, so consumers never guess."""
        return None

    def length_limit(self, f) -> int | None:
        """The most characters a value (or an item of a list) of `f` may have."""
        return self.max_length

    def too_long(self, f, value: str, limit: int) -> str:
        """The message for a value over `length_limit`: how long, how long it
        may be, and what to do."""
        return (
            f"Deze waarde is {amounts.number(len(value))} tekens lang; bij '{f.name}' mogen hoogstens "
            f"{amounts.number(limit)} tekens. {self.expected(f)}"
        ).rstrip()

    def expected(self, f) -> str:
        """What the field wants, in words, for the end of a message."""
        return ""

    @staticmethod
    def example_tail(f) -> str:
        return f" Bijvoorbeeld: {f.name}: {f.example}" if f.example else ""

    # --- the reference page -------------------------------------------------

    def kind_text(self, f) -> str:
        return self.words

    def example_value(self, f) -> str:
        """The value part of `name: value` on the reference page."""
        value = f.example or self.fallback_value(f)
        if self.example_style is None or value.startswith(("[", '"', "'")):
            return value
        return self.quote_example(value)

    def fallback_value(self, f) -> str:
        return self.fallback

    def quote_example(self, value: str) -> str:
        if self.example_style == "word":
            return words.word(value)
        return words.plain_or_quoted(value)

    def example_lines(self, f, field_lines) -> list[str]:
        """`name: value` lines for the field; `field_lines` renders a sub-field."""
        value = self.example_value(f)
        if value.startswith("|\n"):
            return [f"{f.name}: |"] + indent(value[2:].split("\n"))
        return [f"{f.name}: {value}"]

    def nest(self, lines: list[str]) -> list[str]:
        """The lines of a sub-field as they stand under a field of this kind."""
        return indent(lines)

    # --- spreadsheet cells -------------------------------------------------------

    def to_cell(self, f, value) -> str:
        """How a checked value is written in a cell: the inverse of the import."""
        if value is None or value == [] or value == "":
            return ""
        return self.cell_text(f, value)

    def cell_text(self, f, value) -> str:
        return str(value)

    def example_cell(self, f) -> str:
        return f.example

    def what_to_write(self, f) -> str:
        """What a cell of this field holds, in words, for the template."""
        return ""

    def read_cell(self, text: str):
        """The cell as the importer reads it before writing YAML."""
        return text

    # --- YAML written by the importer ----------------------------------------------

    def yaml_scalar(self, f, text: str, flow: bool = False) -> str:
        """One value on one line, written so the loader reads what was typed."""
        return words.plain_or_quoted(text, flow)

    def write_yaml(self, out, f, text: str) -> None:
        """Write the field's cell through `out` (a yamlwriter.FieldOut)."""
        if text:
            out.line(self.yaml_scalar(f, text))
        else:
            out.empty()


INDENT = "  "


def indent(lines: list[str]) -> list[str]:
    return [INDENT + line if line else "" for line in lines]


def as_item(lines: list[str]) -> list[str]:
    """Lines of one list item: `- ` before the first, the rest lined up under it."""
    if not lines:
        return []
    return [INDENT + "- " + lines[0]] + [INDENT * 2 + line if line else "" for line in lines[1:]]
