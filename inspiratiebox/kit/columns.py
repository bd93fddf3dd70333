"""The columns of the vacancy spreadsheet, derived from the schema.

One row is one vacancy. The organisation's fields come first, prefixed with
`organisatie_` and repeated on every row of that organisation; the column
`organisatie` holds its id, which becomes the file name. A field that is a
block of fields (contact, draagkracht) becomes one column per sub-field.
Nothing here lists a field by hand, so a field added to the schema becomes a
column, a template column and a documented column without a change here.

A cell is what a person types in Excel, so lists are written on one line:
values separated by `;`, and each requirement as its parts separated by `:`
in the order of the schema (`minimumleeftijd:moet:18`).
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from inspiratiebox.content import explain, schema

ORG_ID = "organisatie"
ORG_PREFIX = "organisatie_"
LIST_SEPARATOR = ";"
PART_SEPARATOR = ":"

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
        if f.kind == "object":
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


def split_list(text: str, kind: str) -> list[str]:
    """The items of a list cell. Vocabulary values never hold a comma, so
    `keuzes` also accept commas, as people often type them."""
    separators = (LIST_SEPARATOR, ",") if kind == "keuzes" else (LIST_SEPARATOR,)
    for separator in separators[1:]:
        text = text.replace(separator, LIST_SEPARATOR)
    return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]


def split_parts(item: str) -> list[str]:
    """The parts of one block in an `objecten` cell, like soort:nodig:leeftijd."""
    return [part.strip() for part in item.split(PART_SEPARATOR)]


def to_cell(field: schema.Field, value) -> str:
    """How a checked value is written in a cell: the inverse of the import,
    used for the template and to show what a cell holds."""
    if value is None or value == [] or value == "":
        return ""
    kind = field.kind
    if kind == "janee":
        return "ja" if value else "nee"
    if kind == "datum":
        return value.isoformat()
    if kind in ("keuzes", "lijst"):
        return f"{LIST_SEPARATOR} ".join(str(v) for v in value)
    if kind == "objecten":
        blocks = []
        for item in value:
            parts = [to_cell(f, item.get(f.name)) for f in field.fields]
            while parts and parts[-1] == "":
                parts.pop()
            blocks.append(PART_SEPARATOR.join(parts))
        return f"{LIST_SEPARATOR} ".join(blocks)
    return str(value)


def example_cell(field: schema.Field) -> str:
    """The schema's example of a field, written as a cell. Examples of lists
    are YAML flow lists (`[a, b]`), so they are read as YAML first."""
    if not field.example:
        return ""
    if field.kind in ("keuzes", "lijst"):
        return to_cell(field, yaml.safe_load(field.example))
    return field.example


def parts_form(field: schema.Field) -> str:
    """`soort:nodig:leeftijd`: how one block of an `objecten` cell is written."""
    return PART_SEPARATOR.join(f.name for f in field.fields)


def what_to_write(field: schema.Field) -> str:
    """What a cell of this field holds, in words, for the template and the
    documentation page. Built on explain.py's wording of the same fields."""
    kind = field.kind
    if kind in ("tekst", "markdown"):
        limit = f", hoogstens {field.maximum} tekens" if field.maximum else ""
        markdown = " (Markdown mag)" if kind == "markdown" else ""
        return f"Tekst{markdown}{limit}."
    if kind == "getal":
        return f"Een geheel getal van {field.minimum} tot en met {field.maximum}."
    if kind == "janee":
        return "ja of nee."
    if kind == "datum":
        return "Een datum: JJJJ-MM-DD. Ook DD-MM-JJJJ en DD/MM/JJJJ (dag eerst) worden gelezen."
    if kind == "url":
        return "Een webadres dat begint met https://."
    if kind == "email":
        return "Een e-mailadres."
    if kind == "id":
        return "Kleine letters, cijfers en streepjes (-), zonder spaties."
    if kind == "keuze":
        return f"Eén waarde. {explain.allowed(field.choices)}"
    if kind == "keuzes":
        return f"Eén of meer waarden, gescheiden door {LIST_SEPARATOR}. {explain.allowed(field.choices)}"
    if kind == "lijst":
        return f"Eén of meer punten, gescheiden door {LIST_SEPARATOR}."
    if kind == "objecten":
        parts = "; ".join(
            f"{f.name}: {explain.allowed(f.choices) if f.choices else f.help}" for f in field.fields
        )
        return (
            f"Per punt {parts_form(field)}, punten gescheiden door {LIST_SEPARATOR}. "
            f"Een deel dat niet nodig is, laat je weg. {parts}"
        )
    return ""
