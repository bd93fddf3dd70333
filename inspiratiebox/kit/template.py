"""The template spreadsheet and the column table, both made from the schema.

Run `python -m inspiratiebox.kit.template` after a schema change: it
rewrites docs/assets/sjabloon-vacatures.csv and .xlsx (a test fails while
they differ from what the schema gives). The build puts the column table on
the page 'Vacatures importeren' in place of PLACEHOLDER.
"""

from __future__ import annotations

import csv
import io
from html import escape
from pathlib import Path

from inspiratiebox.content import amounts, schema
from inspiratiebox.kit.columns import COLUMNS, example_cell, what_to_write
from inspiratiebox.kit.sheet import MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES

PLACEHOLDER = "<!-- importkolommen -->"
NAME = "sjabloon-vacatures"

# Values the schema gives no example for, and a second vacancy of the same
# organisation, so the template shows how its columns repeat.
_FIRST = {
    "id": "onthaal-buurthuis",
    "titel": "Onthaal in het buurthuis",
    "vereisten": "goed_gedrag:moet; minimumleeftijd:moet:18",
    "beschrijving": "Je zet koffie en maakt een praatje met de bezoekers.",
    # Access facts: ja, nee, or empty for "we do not know".
    **{f"toegankelijkheid_{need}": "" for need in schema.TOEGANKELIJKHEID},
    "toegankelijkheid_rolstoel": "ja",
    "toegankelijkheid_zittend": "ja",
    "toegankelijkheid_rustig": "nee",
}
_SECOND = {
    "id": "moestuin-buurthuis",
    "titel": "Helpen in de moestuin",
    "samenvatting": "Je zaait, wiedt en oogst samen met buren in de moestuin.",
    "beschrijving": "",
    "sectoren": "natuur; buurt",
    "taken": "buiten; praktisch",
    "momenten": "",
    "flexibel": "ja",
    "nederlands": "geen",
    "vereisten": "",
    **{f"toegankelijkheid_{need}": "" for need in schema.TOEGANKELIJKHEID},
    "deeltaken": "water geven; onkruid wieden",
    "begeleiding": "0",
}


def rows() -> list[list[str]]:
    """The header and two example rows."""
    first = {c.name: example_cell(c.field) for c in COLUMNS}
    first.update(_FIRST)
    second = {**first, **_SECOND}
    return [[c.name for c in COLUMNS], [first[c.name] for c in COLUMNS], [second[c.name] for c in COLUMNS]]


def csv_text() -> str:
    """Semicolons and a byte order mark: Excel in Belgium and the Netherlands
    then opens the file by double-click with the right columns and letters."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows())
    return "\ufeff" + out.getvalue()


def reference() -> list[tuple[str, str, str, str]]:
    """(column, required, what it means and what to write, example) per column."""
    header, first, _second = rows()
    examples = dict(zip(header, first, strict=True))
    return [
        (c.name, "ja" if c.required else "nee", f"{c.field.help} {what_to_write(c.field)}", examples[c.name])
        for c in COLUMNS
    ]


def reference_html() -> str:
    head = "<tr><th>Kolom</th><th>Verplicht</th><th>Wat je invult</th><th>Voorbeeld</th></tr>"
    body = "".join(
        f"<tr><td><code>{escape(name)}</code></td><td>{escape(required)}</td>"
        f"<td>{escape(text)}</td><td>{escape(example)}</td></tr>"
        for name, required, text, example in reference()
    )
    return f"<table>\n<thead>{head}</thead>\n<tbody>{body}</tbody>\n</table>\n{limits_html()}"


def limits_html() -> str:
    """What the import reads at most, from the constants it checks."""
    n, size = amounts.number, amounts.size
    return (
        f"<p>De import leest een bestand tot {size(MAX_FILE_BYTES)}, met hoogstens "
        f"{n(MAX_ROWS)} rijen onder de kolomnamen en {n(MAX_CELLS)} cellen (rijen maal "
        f"kolommen). Een .xlsx-bestand mag uitgepakt hoogstens {size(MAX_UNPACKED_BYTES)} zijn. "
        "Is je bestand groter, verdeel de rijen dan over meer bestanden, met alle rijen van één "
        "organisatie in hetzelfde bestand, en importeer ze na elkaar. Hoe lang een cel mag zijn, staat "
        "bij de kolom: dezelfde grens als in <code>make check</code>.</p>"
    )


def write_xlsx(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Vacatures"
    for row in rows():
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    for column in sheet.columns:
        sheet.column_dimensions[column[0].column_letter].width = min(40, max(12, max(len(str(c.value or "")) for c in column) + 2))
    help_sheet = workbook.create_sheet("Uitleg")
    help_sheet.append(["Kolom", "Verplicht", "Wat je invult", "Voorbeeld"])
    for line in reference():
        help_sheet.append(list(line))
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    help_sheet.column_dimensions["A"].width = 36
    help_sheet.column_dimensions["C"].width = 90
    help_sheet.column_dimensions["D"].width = 40
    for row in help_sheet.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    workbook.save(path)


def write(assets: Path) -> list[Path]:
    assets.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = assets / f"{NAME}.csv", assets / f"{NAME}.xlsx"
    csv_path.write_text(csv_text(), encoding="utf-8", newline="")
    write_xlsx(xlsx_path)
    return [csv_path, xlsx_path]


if __name__ == "__main__":
    for written in write(Path(__file__).resolve().parents[2] / "docs" / "assets"):
        print(f"Geschreven: {written}")
