"""The columns of the vacancy spreadsheet, derived from the schema.

One row is one vacancy. The organisation's fields come first, prefixed with
`organisatie_` and repeated on every row of that organisation; the column
`organisatie` holds its id, which becomes the file name. A field that is a
block of fields (contact, draagkracht) becomes one column per sub-field.
Nothing here lists a field by hand, so a field added to the schema becomes a
column, a template column and a documented column without a change here.

A cell is what a person types in Excel, so lists are written on one line:
values separated by `;`, and each requirement as its parts separated by `:`
in the order of the schema (`minimumleeftijd:moet:18`). How each kind of
field is written in and read from a cell is the kind's own rule
(content/kinds/); this module only lays out the columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspiratiebox.content import kinds, schema
from inspiratiebox.content.kinds import LIST_SEPARATOR, PART_SEPARATOR, parts_form
from inspiratiebox.content.kinds.groups import Objecten

ORG_ID = "organisatie"
ORG_PREFIX = "organisatie_"

# The organisation id is no schema field: in content/ it is the file name.
ORG_ID_FIELD = schema.Field(
    ORG_ID, "id",
    "Korte naam van de organisatie met kleine letters, cijfers en streepjes. Het wordt de "
    "bestandsnaam in content/organisaties/. Rijen met dezelfde organisatie horen bij elkaar.",
    example="buurthuis-de-linde",
)
# The vacancies of an organisation are the rows, not a column.
VACANCIES = next(f for f in schema.ORGANISATIE if f.fields is schema.VACATURE)


@dataclass(frozen=True)
class Column:
    """One spreadsheet column: its header name and where its value goes.

    `path` are the field names from the organisation (level "organisatie")
    or from the vacancy (level "vacature"); empty for the organisation id.
    A column is required when its field and every block above it are.
    """

    name: str
    level: str
    path: tuple[str, ...]
    field: schema.Field
    required: bool


def _flatten(fields, level: str, prefix: str, path: tuple[str, ...], required: bool):
    for f in fields:
        if f is VACANCIES:
            continue
        if kinds.of(f).groups:
            yield from _flatten(f.fields, level, f"{prefix}{f.name}_", (*path, f.name), required and f.required)
        else:
            yield Column(prefix + f.name, level, (*path, f.name), f, required and f.required)


COLUMNS: tuple[Column, ...] = (
    Column(ORG_ID, "organisatie", (), ORG_ID_FIELD, True),
    *_flatten(schema.ORGANISATIE, "organisatie", ORG_PREFIX, (), True),
    *_flatten(schema.VACATURE, "vacature", "", (), True),
)
BY_NAME = {c.name: c for c in COLUMNS}
ORG_COLUMNS = tuple(c for c in COLUMNS if c.level == "organisatie" and c.name != ORG_ID)
VACANCY_COLUMNS = tuple(c for c in COLUMNS if c.level == "vacature")

assert len(BY_NAME) == len(COLUMNS), "two schema fields give the same column name"


def split_list(text: str, field: schema.Field) -> list[str]:
    """The items of a list cell, as the field's kind separates them."""
    return kinds.of(field).read_cell(text)


split_parts = Objecten.split_parts


def to_cell(field: schema.Field, value) -> str:
    """How a checked value is written in a cell: the inverse of the import,
    used for the template and to show what a cell holds."""
    return kinds.of(field).to_cell(field, value)


def example_cell(field: schema.Field) -> str:
    """The schema's example of a field, written as a cell."""
    return kinds.of(field).example_cell(field)


def what_to_write(field: schema.Field) -> str:
    """What a cell of this field holds, in words, for the template and the
    documentation page."""
    return kinds.of(field).what_to_write(field)


__all__ = [
    "BY_NAME", "COLUMNS", "Column", "LIST_SEPARATOR", "ORG_COLUMNS", "ORG_ID", "ORG_PREFIX",
    "PART_SEPARATOR", "VACANCY_COLUMNS", "example_cell", "parts_form", "split_list", "split_parts",
    "to_cell", "what_to_write",
]
