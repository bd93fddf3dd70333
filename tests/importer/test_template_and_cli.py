"""The committed templates follow the schema, import cleanly, and the
command's exit codes: 0 imported, 1 problems in the file, 2 wrong use."""

from __future__ import annotations

import os
import subprocess
import sys

from fixed_dates import BUILD_DATE

from inspiratiebox.cli import main
from inspiratiebox.content import kinds, schema
from inspiratiebox.kit import template as sheet_template
from inspiratiebox.kit.columns import BY_NAME

from .conftest import example_row, snapshot, write_csv

REGENERATE = "Voer uit: python -m inspiratiebox.kit.template"


def test_csv_template_equals_what_the_schema_gives(root):
    committed = (root / "docs/assets/sjabloon-vacatures.csv").read_bytes().decode("utf-8")
    assert committed == sheet_template.csv_text(), REGENERATE


def test_xlsx_template_equals_what_the_schema_gives(root):
    import openpyxl

    workbook = openpyxl.load_workbook(root / "docs/assets/sjabloon-vacatures.xlsx")
    values = [["" if v is None else str(v) for v in row] for row in workbook.worksheets[0].iter_rows(values_only=True)]
    assert values == sheet_template.rows(), REGENERATE
    explained = [list(row) for row in workbook["Uitleg"].iter_rows(min_row=2, values_only=True)]
    assert [[("" if v is None else v) for v in row] for row in explained] == [list(r) for r in sheet_template.reference()]


def test_every_schema_field_of_a_vacancy_has_a_column():
    for f in schema.VACATURE:
        if kinds.of(f).groups:  # a block: one column per sub-field, named after both
            assert all(BY_NAME[f"{f.name}_{sub.name}"].field is sub for sub in f.fields)
        else:
            assert BY_NAME[f.name].field is f
    assert BY_NAME["organisatie_draagkracht_nu"].required
    assert not BY_NAME["organisatie_contact_email"].required


def test_templates_import_cleanly(root, site_root, capsys):
    written = []
    for name in ("sjabloon-vacatures.csv", "sjabloon-vacatures.xlsx"):
        assert main(["--root", str(site_root), "import", str(root / "docs/assets" / name)]) == 0, capsys.readouterr().out
        text = (site_root / "content/organisaties/buurthuis-de-linde.yml").read_text(encoding="utf-8")
        written.append(text.split("\n", 1)[1])  # the first line names the source file
    assert written[0] == written[1]
    assert "  - id: onthaal-buurthuis" in written[0] and "  - id: moestuin-buurthuis" in written[0]


def test_the_import_command_exits_2_on_wrong_usage_and_writes_nothing(site_root, tmp_path, capsys):
    before = snapshot(site_root / "content")
    base = ["--root", str(site_root), "import"]
    assert main(base) == 2
    assert "Geef het bestand mee" in capsys.readouterr().err
    assert main([*base, str(tmp_path / "bestaat-niet.csv")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    (tmp_path / "vacatures.ods").write_text("x", encoding="utf-8")
    assert main([*base, str(tmp_path / "vacatures.ods")]) == 2
    assert "geen .csv- of .xlsx-bestand" in capsys.readouterr().err
    (tmp_path / "kapot.xlsx").write_bytes(b"geen zip")
    assert main([*base, str(tmp_path / "kapot.xlsx")]) == 1
    assert "kan niet als Excel-bestand" in capsys.readouterr().out
    (tmp_path / "latin1.csv").write_bytes("organisatie;titel\nclub;Café\n".encode("latin-1"))
    assert main([*base, str(tmp_path / "latin1.csv")]) == 1
    assert "CSV UTF-8" in capsys.readouterr().out
    bad = write_csv(tmp_path / "fout.csv", [example_row(organisatie="club", uren="veel")])
    assert main([*base, str(bad)]) == 1
    good = write_csv(tmp_path / "goed.csv", [example_row(organisatie="club", id="club-1")])
    assert main([*base, "--proef", str(good)]) == 0
    assert snapshot(site_root / "content") == before
    assert main([*base, str(good)]) == 0
    assert (site_root / "content/organisaties/club.yml").is_file()
    assert main(["--root", str(site_root), "check"]) == 0


def test_make_import_without_file_says_so_in_dutch(root):
    env = {**os.environ, "MAKEFLAGS": ""}
    result = subprocess.run(["make", "-s", "import"], cwd=root, capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0
    assert "Geef het bestand mee" in result.stdout


def test_python_m_inspiratiebox_import_dry_run_checks_without_writing(root, site_root, tmp_path):
    good = write_csv(tmp_path / "goed.csv", [example_row(organisatie="club", id="club-1")])
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-m", "inspiratiebox", "--root", str(site_root), "import", str(good), "--dry-run"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Proef" in result.stdout


def test_docs_page_gets_the_column_table(root, example):
    from inspiratiebox.site.stage import fill_placeholders

    page = (root / "docs/vacatures-importeren.md").read_text(encoding="utf-8")
    assert sheet_template.PLACEHOLDER in page
    html = fill_placeholders(f"<p>x</p>\n{sheet_template.PLACEHOLDER}\n", example, BUILD_DATE, "vacatures-importeren.md")
    assert sheet_template.PLACEHOLDER not in html
    for column in BY_NAME:
        assert f"<td><code>{column}</code></td>" in html
    assert "Per punt soort:nodig:leeftijd" in html
