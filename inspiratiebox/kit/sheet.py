"""Read a CSV or Excel file into rows of cell texts.

Everything becomes text here, so the import checks a cell exactly as the
validator checks a YAML value. Excel's own cell types are turned into the
text a person would have typed: a date cell into JJJJ-MM-DD, TRUE into ja,
12.0 into 12. Row numbers are the ones the spreadsheet shows (header = 1).

A sheet may come from anyone, so its size is checked before it is read: the
file, and for .xlsx (a zip of XML files) what it unpacks to, from the zip's
own table of contents, before openpyxl unpacks anything. Python's zipfile
never returns more than that table says, so a part cannot lie its way past
the check. The sheet is then streamed (openpyxl's read-only mode), counting
rows and cells and stopping at the limit.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from inspiratiebox.content import amounts

EXTENSIONS = (".csv", ".xlsx")
MAX_FILE_BYTES = 5_000_000  # as saved; 5,000 vacancies in the template are about 1 MB
MAX_UNPACKED_BYTES = 30_000_000  # an .xlsx unpacked; those 5,000 vacancies are 12 MB
MAX_RATIO = 100  # unpacked / packed for one part of an .xlsx; real sheets stay under 20
_RATIO_FROM = 1_000_000  # small parts may pack as tightly as they like
MAX_ROWS = 5_000  # vacancies, under the row of column names
MAX_CELLS = 250_000  # rows x columns read; 5,000 rows of the template's columns fit
_SPLIT = (
    "Verdeel de rijen over meer bestanden, met alle rijen van één organisatie in hetzelfde "
    "bestand, en importeer ze na elkaar."
)
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
    n_bytes = path.stat().st_size
    if n_bytes > MAX_FILE_BYTES:
        raise SheetError(
            f"Dit bestand is {amounts.size(n_bytes)} groot; de import leest bestanden tot "
            f"{amounts.size(MAX_FILE_BYTES)}. {_SPLIT}"
        )
    if path.suffix.lower() == ".xlsx":
        return _read_xlsx(path)
    return _read_csv(path)


class _Counter:
    """Counts rows and cells as they are read and stops at the limits, with
    the row where the limit was passed."""

    def __init__(self) -> None:
        self.cells = 0

    def add(self, row: int, cells: list, filled: bool) -> None:
        if filled and row > MAX_ROWS + 1:
            raise SheetError(
                f"Rij {amounts.number(row)}: de import leest hoogstens {amounts.number(MAX_ROWS)} rijen onder de "
                f"kolomnamen. {_SPLIT}"
            )
        self.cells += max(1, len(cells))  # an empty row costs reading too
        if self.cells > MAX_CELLS:
            raise SheetError(
                f"Rij {amounts.number(row)}: tot hier telt het blad meer dan {amounts.number(MAX_CELLS)} cellen "
                f"(rijen maal kolommen). Haal lege kolommen en rijen weg. Is het dan nog te groot: {_SPLIT}"
            )


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
    counter = _Counter()
    try:
        for record in reader:
            counter.add(len(records) + 1, record, any(record))
            records.append([clean(cell) for cell in record])
    except csv.Error as error:
        if "field larger" in str(error):
            raise SheetError(
                f"Rij {len(records) + 1}: een cel is langer dan {amounts.number(csv.field_size_limit())} tekens. "
                "Staat er ergens een aanhalingsteken (\") dat niet wordt gesloten? Dan loopt de cel tot het "
                "einde van het bestand."
            ) from None
        raise SheetError(
            f"Rij {len(records) + 1} kan niet gelezen worden: er staat een aanhalingsteken of een teken "
            "dat niet klopt. Open het bestand opnieuw in Excel en sla het op als CSV UTF-8."
        ) from None
    return _sheet(records)


_NOT_XLSX = (
    "Dit bestand kan niet als Excel-bestand (.xlsx) gelezen worden. Is het beschadigd, "
    "of is het een ander soort bestand met .xlsx als naam? Sla het opnieuw op in Excel."
)


def _read_xlsx(path: Path) -> Sheet:
    import openpyxl

    _check_unpacked(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable file gets the same advice
        raise SheetError(_NOT_XLSX) from None
    records = []
    counter = _Counter()
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # the size a file states may lie; count what is there
        for row in sheet.iter_rows(values_only=True):
            cells = [_cell_text(value) for value in row]
            counter.add(len(records) + 1, cells, any(cells))
            records.append(cells)
    except SheetError:
        raise
    except Exception:  # noqa: BLE001 - a broken sheet inside a good zip
        raise SheetError(_NOT_XLSX) from None
    finally:
        workbook.close()
    return _sheet(records)


def _check_unpacked(path: Path) -> None:
    """Refuse an .xlsx that unpacks to too much, or has a part packed so
    tightly (a zip bomb) that it is no spreadsheet someone saved."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise SheetError(_NOT_XLSX) from None
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED_BYTES:
        raise SheetError(
            f"Uitgepakt is dit Excel-bestand {amounts.size(unpacked)} groot; de import leest tot "
            f"{amounts.size(MAX_UNPACKED_BYTES)}. Haal lege rijen, opmaak en afbeeldingen weg. Is het dan "
            f"nog te groot: {_SPLIT}"
        )
    for part in parts:
        if part.file_size > _RATIO_FROM and part.file_size > MAX_RATIO * max(1, part.compress_size):
            raise SheetError(
                f"Een deel van dit Excel-bestand ({part.filename}) pakt uit tot "
                f"{amounts.number(part.file_size // max(1, part.compress_size))} keer zijn grootte. Zo ziet een "
                "bestand eruit dat gemaakt is om programma's te laten vastlopen, niet een opgeslagen "
                "rekenblad. Sla de tabel opnieuw op in Excel of LibreOffice, of als CSV UTF-8."
            )


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
