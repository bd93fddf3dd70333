"""The spreadsheet import: what goes in comes out through the loader, every
problem is reported as `rij N, kolom 'x'`, and a wrong file writes nothing."""

from __future__ import annotations

import datetime as dt

from fixed_dates import BUILD_DATE

from inspiratiebox.content.load import load_content
from inspiratiebox.kit.importer import run

from .conftest import HEADER, example_row, snapshot, write_csv

TODAY = dt.date(2026, 11, 23)


def _org(site_root, org_id):
    content, problems = load_content(site_root / "content", site_root / "docs", today=TODAY)
    errors = [p for p in problems if not p.warning]
    assert content is not None and errors == []
    return next(o for o in content.organisaties if o["id"] == org_id)


def test_good_csv_imports_and_loads_as_it_went_in(site_root, tmp_path, capsys):
    rows = [
        example_row(organisatie="de-nieuwe-buurt", organisatie_naam="De Nieuwe Buurt", id="koffie-nieuwe-buurt",
                    vereisten="minimumleeftijd:moet:16; rijbewijs:pluspunt", momenten="ma_ochtend;za_ochtend"),
        example_row(organisatie="de-nieuwe-buurt", organisatie_naam="", id="tuin-nieuwe-buurt", titel="Tuinieren",
                    momenten="", flexibel="ja", geldig_tot="30/06/2027", eenmalig="", deeltaken="",
                    organisatie_contact_telefoon=""),
    ]
    path = write_csv(tmp_path / "vacatures.csv", rows)
    assert run(path, site_root, today=BUILD_DATE) == 0
    out = capsys.readouterr().out
    assert "content/organisaties/de-nieuwe-buurt.yml: nieuw, 2 vacature(s)." in out
    assert "30/06/2027 werd 2027-06-30" in out
    org = _org(site_root, "de-nieuwe-buurt")
    assert org["naam"] == "De Nieuwe Buurt"
    assert org["contact"] == {"naam": "Onthaal", "telefoon": "09 123 45 67", "email": "info@voorbeeld.be"}
    assert org["draagkracht"] == {"maximum": 2, "nu": 1, "ervaring_met": ["anderstaligen"]}
    first, second = org["vacatures"]
    assert first["id"] == "koffie-nieuwe-buurt"
    assert first["momenten"] == ["ma_ochtend", "za_ochtend"]
    assert first["flexibel"] is False and first["nederlands_oefenen"] is True
    assert first["vereisten"] == [
        {"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 16},
        {"soort": "rijbewijs", "nodig": "pluspunt", "leeftijd": None},
    ]
    assert first["deeltaken"] == ["tafels klaarzetten"]
    assert first["motieven"] == ["sociaal", "waarden"]
    assert first["plaatsen"] == 2 and first["begeleiding"] == 1
    assert first["geldig_tot"] == dt.date(2027, 6, 30)
    assert second["titel"] == "Tuinieren" and second["momenten"] == [] and second["flexibel"] is True
    assert second["geldig_tot"] == dt.date(2027, 6, 30)
    text = (site_root / "content/organisaties/de-nieuwe-buurt.yml").read_text(encoding="utf-8")
    assert text.startswith("# De Nieuwe Buurt: gemaakt met 'make import'")
    assert 'telefoon: "09 123 45 67"' in text and "flexibel: ja" in text


def test_tricky_texts_keep_their_meaning(site_root, tmp_path):
    long = " ".join(["Je helpt bezoekers: koffie, thee & een #babbel."] * 6)
    values = {
        "titel": "NO",
        "samenvatting": 'Let op: "echt" #1 - 9:30',
        "beschrijving": "Eerste alinea.\n\n- punt een\n- punt twee",
        "organisatie_beschrijving": long,
        "organisatie_contact_naam": "0498123456",
        "deeltaken": "a, b en c; [haakjes]; ja",
    }
    path = write_csv(tmp_path / "v.csv", [example_row(organisatie="lastig", id="lastige-tekst", **values)])
    assert run(path, site_root, today=BUILD_DATE) == 0
    org = _org(site_root, "lastig")
    vacancy = org["vacatures"][0]
    assert vacancy["titel"] == "NO"
    assert vacancy["samenvatting"] == 'Let op: "echt" #1 - 9:30'
    assert vacancy["beschrijving"] == "Eerste alinea.\n\n- punt een\n- punt twee"
    assert vacancy["deeltaken"] == ["a, b en c", "[haakjes]", "ja"]
    assert org["beschrijving"] == long
    assert org["contact"]["naam"] == "0498123456"
    assert ">-" in (site_root / "content/organisaties/lastig.yml").read_text(encoding="utf-8")


def test_problems_in_rows_3_and_14_are_all_reported_and_nothing_is_written(site_root, tmp_path, capsys):
    rows = [example_row(organisatie="veel-rijen", id=f"vacature-{n}") for n in range(2, 15)]
    rows[3 - 2]["uren"] = "veel"
    rows[14 - 2]["plaatsen"] = "twee"
    path = write_csv(tmp_path / "vacatures.csv", rows)
    before = snapshot(site_root / "content")
    assert run(path, site_root, today=BUILD_DATE) == 1
    captured = capsys.readouterr()
    lines = [line for line in captured.out.splitlines() if line.startswith("rij ")]
    assert lines[0].startswith("rij 3, kolom 'uren': 'veel' is geen geldige waarde voor 'uren'.")
    assert "Mogelijke waarden: minder_dan_2, 2_tot_4, 4_tot_8, meer_dan_8." in lines[0]
    assert lines[1].startswith("rij 14, kolom 'plaatsen': Bij 'plaatsen' hoort een geheel getal. 'twee' is geen getal.")
    assert len(lines) == 2
    assert "Er is niets geschreven" in captured.err
    assert snapshot(site_root / "content") == before


def test_rules_across_rows_point_at_rows(site_root, tmp_path, capsys):
    rows = [
        example_row(organisatie="een", id="zelfde-id"),
        example_row(organisatie="twee", organisatie_naam="Twee", id="zelfde-id"),
        example_row(organisatie="twee", organisatie_naam="Twee", id="nooit", momenten="", flexibel="nee",
                    deelgemeente="Centrumm"),
    ]
    assert run(write_csv(tmp_path / "v.csv", rows), site_root, today=BUILD_DATE) == 1
    out = capsys.readouterr().out
    assert "rij 3, kolom 'id': De vacature-id 'zelfde-id' is al gebruikt." in out
    assert "De eerste staat in rij 2, kolom 'id'." in out
    assert "rij 4: Deze vacature zegt niet wanneer het werk gebeurt." in out
    assert "rij 4, kolom 'deelgemeente': 'Centrumm' is geen deelgemeente" in out
    assert "Bedoelde je 'Centrum'?" in out


def test_semicolon_and_bom_give_the_same_files_as_commas(site_root, tmp_path):
    rows = [example_row(organisatie="scheiding", id="scheiding-1", organisatie_naam="Café Ëlla")]
    results = []
    for name, delimiter, bom in (("komma.csv", ",", False), ("puntkomma.csv", ";", False), ("bom.csv", ";", True)):
        assert run(write_csv(tmp_path / name, rows, delimiter=delimiter, bom=bom), site_root, today=BUILD_DATE) == 0
        text = (site_root / "content/organisaties/scheiding.yml").read_text(encoding="utf-8")
        results.append(text.split("\n", 1)[1])  # the first line names the source file
    assert results[0] == results[1] == results[2]
    assert "naam: Café Ëlla" in results[0]


def test_xlsx_round_trip_with_real_cell_types(site_root, tmp_path):
    import openpyxl

    row = example_row(organisatie="excel", id="excel-vacature")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    values = [row[name] for name in HEADER]
    values[HEADER.index("geldig_tot")] = dt.datetime(2027, 3, 1)
    values[HEADER.index("laatst_nagekeken")] = dt.date(2026, 11, 1)
    values[HEADER.index("plaatsen")] = 3
    values[HEADER.index("begeleiding")] = 2.0
    values[HEADER.index("duo_mogelijk")] = False
    sheet.append(values)
    workbook.create_sheet("Andere")["A1"] = "wordt niet gelezen"
    workbook.save(tmp_path / "v.xlsx")
    assert run(tmp_path / "v.xlsx", site_root, today=BUILD_DATE) == 0
    vacancy = _org(site_root, "excel")["vacatures"][0]
    assert vacancy["geldig_tot"] == dt.date(2027, 3, 1)
    assert vacancy["laatst_nagekeken"] == dt.date(2026, 11, 1)
    assert (vacancy["plaatsen"], vacancy["begeleiding"], vacancy["duo_mogelijk"]) == (3, 2, False)


def test_organisation_cells_that_disagree_between_rows_are_an_error(site_root, tmp_path, capsys):
    rows = [
        example_row(organisatie="oneens", id="a-1"),
        example_row(organisatie="oneens", id="a-2", organisatie_naam="Andere naam", organisatie_draagkracht_maximum=""),
    ]
    before = snapshot(site_root / "content")
    assert run(write_csv(tmp_path / "v.csv", rows), site_root, today=BUILD_DATE) == 1
    out = capsys.readouterr().out
    assert "rij 3, kolom 'organisatie_naam': 'Andere naam' verschilt van rij 2 ('Buurthuis De Linde')." in out
    assert "organisatie_draagkracht_maximum" not in out  # an empty cell takes the value of the rows above
    assert snapshot(site_root / "content") == before


def test_unknown_column_suggests_the_nearest(site_root, tmp_path, capsys):
    header = ["titell" if name == "titel" else name for name in HEADER]
    row = example_row(titell="Iets")
    assert run(write_csv(tmp_path / "v.csv", [row], header=header), site_root, today=BUILD_DATE) == 1
    out = capsys.readouterr().out
    assert "rij 1, kolom 'titell': Onbekende kolom. Bedoelde je 'titel'?" in out
    assert "De verplichte kolom 'titel' ontbreekt" not in out


def test_a_missing_required_column_is_an_error(site_root, tmp_path, capsys):
    header = [name for name in HEADER if name != "uren"]
    assert run(write_csv(tmp_path / "v.csv", [example_row()], header=header), site_root, today=BUILD_DATE) == 1
    assert "rij 1: De verplichte kolom 'uren' ontbreekt. Hoeveel uur per week." in capsys.readouterr().out


def test_wrong_organisation_id_and_empty_required_cell(site_root, tmp_path, capsys):
    rows = [example_row(organisatie="Mijn Club", id="x-1"), example_row(organisatie="club", id="x-2", titel="")]
    assert run(write_csv(tmp_path / "v.csv", rows), site_root, today=BUILD_DATE) == 1
    out = capsys.readouterr().out
    assert "rij 2, kolom 'organisatie': 'Mijn Club' is geen geldige id" in out and "Bijvoorbeeld: mijn-club" in out
    assert "rij 3, kolom 'titel': Het veld 'titel' is leeg, maar het is verplicht." in out


def test_too_many_parts_in_requirements(site_root, tmp_path, capsys):
    rows = [example_row(organisatie="club", id="x-1", vereisten="minimumleeftijd:moet:18:jaar")]
    assert run(write_csv(tmp_path / "v.csv", rows), site_root, today=BUILD_DATE) == 1
    assert "rij 2, kolom 'vereisten': 'minimumleeftijd:moet:18:jaar' heeft te veel delen." in capsys.readouterr().out


def test_replaces_only_organisations_in_the_sheet(site_root, tmp_path):
    folder = site_root / "content/organisaties"
    untouched = snapshot(folder)
    untouched.pop("buurthuis-de-linde.yml")
    rows = [example_row(organisatie="buurthuis-de-linde", id="enige-vacature")]
    assert run(write_csv(tmp_path / "v.csv", rows), site_root, today=BUILD_DATE) == 0
    after = snapshot(folder)
    assert [v["id"] for v in _org(site_root, "buurthuis-de-linde")["vacatures"]] == ["enige-vacature"]
    assert {k: v for k, v in after.items() if k != "buurthuis-de-linde.yml"} == untouched
    assert not [name for name in after if name.startswith(".")]  # no temporary file left


def test_dry_run_writes_nothing(site_root, tmp_path, capsys):
    before = snapshot(site_root / "content")
    path = write_csv(tmp_path / "v.csv", [example_row(organisatie="proef", id="proef-1")])
    assert run(path, site_root, today=BUILD_DATE, dry_run=True) == 0
    assert "Proef: het bestand is in orde" in capsys.readouterr().out
    assert snapshot(site_root / "content") == before


def test_access_facts_come_in_one_column_per_need_and_an_empty_cell_stays_unknown(site_root, tmp_path, capsys):
    row = example_row(organisatie="toegang", organisatie_naam="Toegang", id="toegang-test",
                      toegankelijkheid_rolstoel="nee", toegankelijkheid_zittend="ja", toegankelijkheid_rustig="")
    assert run(write_csv(tmp_path / "vacatures.csv", [row]), site_root, today=BUILD_DATE) == 0, capsys.readouterr().out
    text = (site_root / "content/organisaties/toegang.yml").read_text(encoding="utf-8")
    assert "toegankelijkheid:\n      rolstoel: nee\n      zittend: ja\n" in text
    facts = _org(site_root, "toegang")["vacatures"][0]["toegankelijkheid"]
    assert facts["rolstoel"] == "nee" and facts["zittend"] == "ja" and facts["rustig"] is None


def test_an_access_fact_that_is_not_ja_or_nee_points_at_its_cell(site_root, tmp_path, capsys):
    row = example_row(organisatie="toegang", organisatie_naam="Toegang", id="toegang-test", toegankelijkheid_rolstoel="soms")
    assert run(write_csv(tmp_path / "vacatures.csv", [row]), site_root, today=BUILD_DATE) != 0
    out = capsys.readouterr().out
    assert "rij 2, kolom 'toegankelijkheid_rolstoel': 'soms' is geen geldige waarde" in out and "ja, nee, onbekend" in out
