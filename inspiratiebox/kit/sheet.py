"""Read a CSV or Excel file into rows of cell texts.

Everything becomes text here, so the import checks a cell exactly as the
validator checks a YAML value. Excel's own cell types are turned into the
text a person would have typed: a date cell into JJJJ-MM-DD, TRUE into ja,
12.0 into 12. Row numbers are the ones the spreadsheet shows (header = 1).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

EXTENSIONS = (".csv", ".xlsx")
# Line breaks YAML would also see as line breaks, and characters that are
# never meant in a cell (controls, a stray byte order mark).
_BREAKS = re.compile(r"\r\n|[\r\x85\u2028\u2029]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufeff]")


class SheetError(Exception):
    """The file cannot be read as a table at all; the message is Dutch."""


@dataclass
class Sheet:
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (row number, cells)


def clean(text: str) -> str:
    return _INVISIBLE.sub("", _BREAKS.sub("\n", text)).strip()


def read(path: Path) -> Sheet:
    if path.suffix.lower() == ".xlsx":
        return _read_xlsx(path)
    return _read_csv(path)


def _read_csv(path: Path) -> Sheet:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SheetError(
            "Dit bestand is niet opgeslagen als UTF-8, dus letters als ë en é zouden fout "
            "overkomen. Kies in Excel 'Opslaan als' en dan 'CSV UTF-8 (gescheiden door "
            "lijstscheidingsteken)'."
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = []
    try:
        for record in reader:
            records.append([clean(cell) for cell in record])
    except csv.Error:
        raise SheetError(
            f"Rij {len(records) + 1} kan niet gelezen worden: er staat een aanhalingsteken of een teken "
            "dat niet klopt. Open het bestand opnieuw in Excel en sla het op als CSV UTF-8."
        ) from None
    return _sheet(records)


def _read_xlsx(path: Path) -> Sheet:
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable file gets the same advice
        raise SheetError(
            "Dit bestand kan niet als Excel-bestand (.xlsx) gelezen worden. Is het beschadigd, "
            "of is het een ander soort bestand met .xlsx als naam? Sla het opnieuw op in Excel."
        ) from None
    try:
        sheet = workbook.worksheets[0]
        records = [[_cell_text(cell.value) for cell in row] for row in sheet.iter_rows()]
    finally:
        workbook.close()
    return _sheet(records)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean(str(value))


def _sheet(records: list[list[str]]) -> Sheet:
    if not records or not any(records[0]):
        raise SheetError(
            "De eerste rij is leeg. Daar horen de kolomnamen, zoals in het sjabloon "
            "sjabloon-vacatures.csv."
        )
    width = len(records[0])
    while width and not records[0][width - 1]:
        width -= 1
    result = Sheet(header=records[0][:width])
    for number, cells in enumerate(records[1:], start=2):
        if any(cells):
            result.rows.append((number, cells))
    return result
