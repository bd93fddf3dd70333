"""A spreadsheet may come from anyone: its size is checked before it is
read, an .xlsx that unpacks to far more than it is is refused before
openpyxl unpacks it, and rows and cells are counted while reading. Each
limit is a message with the row or the part, never a traceback. The big
files are made here; the limits that would need minutes to reach are
lowered for the test."""

from __future__ import annotations

import io
import random
import re
import zipfile

import openpyxl
from fixed_dates import BUILD_DATE

from inspiratiebox.kit import sheet
from inspiratiebox.kit.importer import run

from .conftest import HEADER, example_row, write_csv

SHEET_XML = "xl/worksheets/sheet1.xml"


def _import(path, site_root, capsys):
    code = run(path, site_root, today=BUILD_DATE, dry_run=True)
    return code, capsys.readouterr().out


def _workbook(rows) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    data = io.BytesIO()
    workbook.save(data)
    return data.getvalue()


def _with_sheet_xml(data: bytes, change) -> bytes:
    """The workbook with its sheet's XML replaced by change(xml)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            content = source.read(part.filename)
            target.writestr(part, change(content) if part.filename == SHEET_XML else content)
    return out.getvalue()


def _big_cell(n_chars: int):
    """A change that adds a row with one cell of `n_chars` letters."""
    cell = b'<row r="9"><c r="A9" t="inlineStr"><is><t>' + b"a" * n_chars + b"</t></is></c></row>"
    return lambda xml: xml.replace(b"</sheetData>", cell + b"</sheetData>")


def test_a_csv_over_the_size_limit_is_refused_unread(site_root, tmp_path, capsys):
    path = tmp_path / "groot.csv"
    path.write_bytes(b"organisatie\n" + b"x\n" * (sheet.MAX_FILE_BYTES // 2 + 10))
    code, out = _import(path, site_root, capsys)
    assert code == 1 and "5 MB groot" in out and "importeer ze na elkaar" in out


def test_rows_past_the_limit_are_refused_with_the_row(site_root, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sheet, "MAX_ROWS", 3)
    path = write_csv(tmp_path / "rijen.csv", [example_row(organisatie="club", id=f"club-{i}") for i in range(4)])
    code, out = _import(path, site_root, capsys)
    assert code == 1 and "Rij 5: de import leest hoogstens 3 rijen" in out


def test_a_zip_bomb_named_xlsx_is_refused_before_openpyxl_reads_it(site_root, tmp_path, capsys):
    """One cell of 31 MB packs into about 30 kB."""
    bomb = _with_sheet_xml(_workbook([HEADER]), _big_cell(sheet.MAX_UNPACKED_BYTES + 1_000_000))
    path = tmp_path / "bom.xlsx"
    path.write_bytes(bomb)
    assert path.stat().st_size < 100_000
    code, out = _import(path, site_root, capsys)
    assert code == 1 and "Uitgepakt is dit Excel-bestand 31 MB groot" in out


def test_a_part_packed_suspiciously_tight_is_refused(site_root, tmp_path, capsys):
    bomb = _with_sheet_xml(_workbook([HEADER]), _big_cell(3_000_000))
    path = tmp_path / "dicht.xlsx"
    path.write_bytes(bomb)
    code, out = _import(path, site_root, capsys)
    assert code == 1 and SHEET_XML in out and "keer zijn grootte" in out


def test_cells_are_counted_while_reading_and_a_lying_dimension_does_not_count(site_root, tmp_path, capsys, monkeypatch):
    rows = [HEADER] + [list(example_row(organisatie="club", id=f"club-{i}").values()) for i in range(3)]
    lying = _with_sheet_xml(_workbook(rows), lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml))
    path = tmp_path / "liegt.xlsx"
    path.write_bytes(lying)
    code, out = _import(path, site_root, capsys)
    assert code == 0, out
    monkeypatch.setattr(sheet, "MAX_CELLS", 2 * len(HEADER) + 5)
    code, out = _import(path, site_root, capsys)
    assert code == 1 and "Rij 3: tot hier telt het blad meer dan" in out


def test_random_bytes_named_xlsx_get_the_advice_to_save_again(site_root, tmp_path, capsys):
    path = tmp_path / "ruis.xlsx"
    path.write_bytes(random.Random(1).randbytes(5000))
    code, out = _import(path, site_root, capsys)
    assert code == 1 and "Sla het opnieuw op in Excel" in out


def test_cells_over_a_field_limit_are_named_by_row_and_column(site_root, tmp_path, capsys):
    rows = [
        example_row(organisatie="club", id="club-1", begeleiding="9" * 5000),
        example_row(organisatie="club", id="club-2", beschrijving="woord " * 3400),
        example_row(organisatie="o" * 3_000, id="club-3"),
    ]
    code, out = _import(write_csv(tmp_path / "lang.csv", rows), site_root, capsys)
    assert code == 1
    assert "rij 2, kolom 'begeleiding': Bij 'begeleiding' hoort een geheel getal. Een getal van 5000 cijfers" in out
    assert "rij 3, kolom 'beschrijving': Deze tekst is 20.399 tekens lang" in out
    assert "rij 4, kolom 'organisatie': Deze id is 3.000 tekens lang; hoogstens 100" in out
    assert max(len(line) for line in out.splitlines()) < 500


def test_a_line_break_in_the_organisation_name_stays_out_of_the_file_comment(site_root, tmp_path, capsys):
    row = example_row(organisatie="club", id="club-1", organisatie_naam="Club\nvacatures: []")
    assert run(write_csv(tmp_path / "naam.csv", [row]), site_root, today=BUILD_DATE) == 0, capsys.readouterr().out
    first = (site_root / "content/organisaties/club.yml").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# Club vacatures: []: gemaakt met 'make import'")
