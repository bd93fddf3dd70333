"""The practice examples: all present, well-formed, sourced, and discreet.

Other pages link to the examples by id, so a missing file is a broken link.
Each example must say which seed text it rests on, and the site names
organisations, never the first names of the coordinators the sources quote.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from fixed_dates import BUILD_DATE

from inspiratiebox.content import schema

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "content" / "voorbeelden"
SEEDS = ROOT.parent / "shared" / "seeds"

IDS = (
    "ocmw-wichelen", "gent-vluchtelingen", "servicepunt-antwerpen", "knokke-heist",
    "roeselare-vok-opstap", "ocmw-antwerpen", "huis-van-het-nederlands",
    "ocmw-genk-vdab", "brussel-antwerpen-loket", "mol-extern-beleid", "de-wilg",
    "mikado-sante-partners", "haags-steunsysteem", "enschede-solidariteitspact",
    "almere-achter-de-voordeur", "maastricht-budgetkring", "almere-humanitas-oss",
)

# The five source texts, by title (the first line of each seed file).
SEED_TITLES = (
    "Hoe pakken we de inschakeling van kwetsbare vrijwilligers aan?",
    "Wie het kleine niet eert…",
    "Kwetsbare vrijwilligers: Meedoen gaat niet vanzelf",
    "Inzet van vrijwilligers",
    "Samenwerking tussen vrijwilligersorganisaties en gemeenten: wat zijn voorwaarden voor succes?",
)

# First names of the people the seeds quote; the site must not repeat them.
QUOTED_FIRST_NAMES = ("Marleen", "Margot", "Mohammed", "Geert", "Viviana", "Jowan", "Robert", "Anne-Marie")

NAME_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, QUOTED_FIRST_NAMES)) + r")(?![\w-])")

FIELDS = {f.name: f for f in schema.VOORBEELD}


def normalise(title: str) -> str:
    return re.sub(r"\s+", " ", title.replace("…", "...")).strip().lower()


def load(example_id: str) -> dict:
    return yaml.safe_load((EXAMPLES / f"{example_id}.yml").read_text(encoding="utf-8"))


def test_every_linked_example_exists():
    missing = [i for i in IDS if not (EXAMPLES / f"{i}.yml").is_file()]
    assert not missing, f"praktijkvoorbeelden ontbreken: {missing}"


def test_seed_titles_match_the_seed_files():
    """Keeps SEED_TITLES honest while the seeds are at hand."""
    if not SEEDS.is_dir():
        pytest.skip(f"geen bronteksten in {SEEDS}")
    first_lines = {
        normalise(p.read_text(encoding="utf-8").splitlines()[0]) for p in SEEDS.glob("*.txt")
    }
    assert {normalise(t) for t in SEED_TITLES} == first_lines


@pytest.mark.parametrize("example_id", IDS)
def test_example_follows_the_schema(example_id):
    data = load(example_id)
    assert isinstance(data, dict)
    unknown = set(data) - set(FIELDS)
    assert not unknown, f"onbekende velden: {unknown}"
    for name, f in FIELDS.items():
        if f.required:
            assert data.get(name) not in (None, "", []), f"{name} ontbreekt"
    assert data["land"] in schema.REGIOS
    assert set(data["themas"]) <= set(schema.THEMAS), data["themas"]
    assert set(data["doelgroepen"]) <= set(schema.DOELGROEPEN), data["doelgroepen"]
    for name in ("titel", "plaats", "samenvatting", "wat", "wie", "hoe"):
        assert isinstance(data[name], str), name
    assert len(data["titel"]) <= FIELDS["titel"].maximum
    assert len(data["samenvatting"]) <= FIELDS["samenvatting"].maximum
    assert data["samenvatting"].rstrip().endswith((".", "!", "?"))
    assert all(isinstance(p, str) and 0 < len(p) <= 200 for p in data["leerpunten"])


@pytest.mark.parametrize("example_id", IDS)
def test_example_names_its_seed_source(example_id):
    bron = load(example_id)["bron"]
    assert normalise(bron["titel"]) in {normalise(t) for t in SEED_TITLES}, bron["titel"]
    if bron.get("jaar") is not None:
        assert isinstance(bron["jaar"], int) and 1900 <= bron["jaar"] <= 2100


def _reader_facing_files() -> list[Path]:
    return sorted(ROOT.glob("content/**/*.yml")) + sorted(ROOT.glob("docs/**/*.md"))


def test_no_one_quoted_on_the_site_is_named_by_first_name():
    assert _reader_facing_files()  # the search below reads something
    found = [
        f"{p.relative_to(ROOT)}: {m.group(1)}"
        for p in _reader_facing_files()
        for m in NAME_PATTERN.finditer(p.read_text(encoding="utf-8", errors="replace"))
    ]
    assert not found, "voornamen van geciteerde personen gevonden:\n" + "\n".join(found)


def test_first_name_check_would_catch_a_name():
    assert NAME_PATTERN.search("Volgens Margot van het OCMW")
    assert NAME_PATTERN.search("zegt Anne-Marie.")
    assert not NAME_PATTERN.search("Margoten en Robertsons")


def test_the_loader_reports_no_errors_in_examples_or_tips():
    """The project's own validator has the last word on the schema."""
    from inspiratiebox.content.load import load_content

    _, problems = load_content(ROOT / "content", ROOT / "docs", today=BUILD_DATE)
    mine = [
        str(p) for p in problems
        if not p.warning and ("voorbeelden" in p.file or p.file.endswith("tips.yml"))
    ]
    assert not mine, "\n".join(mine)
