"""`make check` and `make build` report docs/ like content/; what MkDocs
itself warns about is shown in Dutch with its file."""

from __future__ import annotations

import json
import shutil

import pytest
from fixed_dates import BUILD_DATE

from inspiratiebox.cli import main
from inspiratiebox.site.generator import GeneratorError, run_mkdocs

DATE = ["--datum", BUILD_DATE.isoformat()]


@pytest.fixture
def copy(root, tmp_path):
    """The example project's content, pages and config: enough to check."""
    for name in ("content", "docs"):
        shutil.copytree(root / name, tmp_path / name)
    shutil.copy2(root / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def test_check_names_a_broken_link_in_docs_and_fails(copy, capsys):
    over = copy / "docs" / "over.md"
    over.write_text(over.read_text(encoding="utf-8") + "\nLees ook [de tips](tip.md).\n", encoding="utf-8")
    assert main(["--root", str(copy), "check", *DATE]) == 1
    out, err = capsys.readouterr()
    line = len(over.read_text(encoding="utf-8").splitlines())
    assert f"docs/over.md:{line}:20: De link 'tip.md' wijst naar docs/tip.md, maar dat bestand is er niet. Bedoelde je 'tips.md'?" in out
    assert "1 fout(en) in content/ of docs/" in err


def test_build_stops_on_a_script_in_docs_and_keeps_the_old_site(copy, capsys):
    site = copy / "site"
    site.mkdir()
    (site / "index.html").write_text("vorige versie", encoding="utf-8")
    (copy / "docs" / "over.md").write_text('# Over\n\n<script src="assets/filters.js"></script>\n', encoding="utf-8")
    assert main(["--root", str(copy), "build", "--site-dir", str(site), *DATE]) == 1
    assert "docs/over.md:3:1: Een <script> in een pagina mag niet" in capsys.readouterr().out
    assert (site / "index.html").read_text(encoding="utf-8") == "vorige versie"


def test_a_logo_path_with_a_quote_is_refused_before_it_reaches_a_page(copy, capsys):
    gemeente = copy / "content" / "gemeente.yml"
    text = gemeente.read_text(encoding="utf-8")
    gemeente.write_text(text.replace("logo: assets/logo.svg", "logo: 'assets/x\"><script src=evil.js>'"), encoding="utf-8")
    assert main(["--root", str(copy), "check", *DATE]) == 1
    assert "bevat tekens die in een webadres niet veilig zijn" in capsys.readouterr().out


def test_a_logo_that_is_not_a_picture_is_refused(copy, capsys):
    gemeente = copy / "content" / "gemeente.yml"
    gemeente.write_text(gemeente.read_text(encoding="utf-8").replace("logo: assets/logo.svg", "logo: assets/filters.js"), encoding="utf-8")
    assert main(["--root", str(copy), "check", *DATE]) == 1
    assert "'assets/filters.js' is geen afbeelding." in capsys.readouterr().out


@pytest.mark.parametrize(("name", "fine"), [
    ("Stad & OCMW Voorbeeld", True),
    ("Sint-Job-in-'t-Goor", True),
    ("Stad &amp; OCMW", False),
    ("Stad <b>Groot</b>", False),
    ('Gemeente "Voorbeeld"', False),
])
def test_the_municipality_name_may_hold_what_reads_the_same_in_every_attribute(copy, capsys, name, fine):
    gemeente = copy / "content" / "gemeente.yml"
    text = gemeente.read_text(encoding="utf-8")
    assert "\nnaam: Gemeente Voorbeeld\n" in text
    gemeente.write_text(text.replace("\nnaam: Gemeente Voorbeeld\n", f"\nnaam: {json.dumps(name)}\n", 1), encoding="utf-8")
    assert (main(["--root", str(copy), "check", *DATE]) == 0) is fine
    assert ("kan daar zo niet in" in capsys.readouterr().out) is not fine


def test_a_warning_of_mkdocs_is_shown_in_dutch_with_its_file(tmp_path):
    """A link the check cannot see (one MkDocs resolves differently) still
    stops the build with a message an editor can act on."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Start\n\n[weg](weg.md)\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    with pytest.raises(GeneratorError) as stopped:
        run_mkdocs(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert str(stopped.value).splitlines() == [
        "MkDocs stopte bij 1 waarschuwing(en):",
        "- docs/index.md: de link 'weg.md' wijst naar een bestand dat er niet is. Verbeter de link, of maak het bestand aan.",
    ]
