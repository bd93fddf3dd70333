"""The tips: enough of them, every theme covered, every link pointing somewhere.

A tip's `zie` becomes a link on the tips page, so a target that does not exist
would send a reader to a 404.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from inspiratiebox.content import schema

ROOT = Path(__file__).resolve().parents[2]
TIPS_FILE = ROOT / "content" / "tips.yml"
GUIDELINES = (
    "lokaal-vrijwilligerswerk-ondersteunen", "matchen", "kwetsbare-vrijwilligers",
    "ketensamenwerking", "samenwerken-met-organisaties", "preventieprojecten",
)
MAXIMUM = next(f.maximum for f in schema.TIP if f.name == "tekst")


@pytest.fixture(scope="module")
def tips() -> list[dict]:
    data = yaml.safe_load(TIPS_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and set(data) == {"tips"}
    assert isinstance(data["tips"], list)
    return data["tips"]


def test_there_are_at_least_thirty_tips(tips):
    assert len(tips) >= 30


def test_every_theme_has_a_tip(tips):
    unused = set(schema.THEMAS) - {t["thema"] for t in tips}
    assert not unused, f"thema's zonder tip: {sorted(unused)}"


def test_each_tip_is_short_text_with_a_known_theme(tips):
    for tip in tips:
        assert set(tip) == {f.name for f in schema.TIP}, tip
        assert isinstance(tip["tekst"], str) and tip["tekst"].strip(), tip
        assert len(tip["tekst"]) <= MAXIMUM, tip["tekst"]
        assert tip["thema"] in schema.THEMAS, tip


def test_no_tip_is_repeated(tips):
    texts = [" ".join(t["tekst"].lower().split()) for t in tips]
    assert len(texts) == len(set(texts))


def _target_exists(zie: str) -> bool:
    kind, _, name = zie.partition("/")
    if kind == "voorbeelden":
        return (ROOT / "content" / "voorbeelden" / f"{name}.yml").is_file()
    if kind == "leidraden":
        return name in GUIDELINES and (ROOT / "docs" / "leidraden" / f"{name}.md").is_file()
    return False


def test_every_zie_target_exists(tips):
    broken = [t["zie"] for t in tips if not _target_exists(t["zie"])]
    assert not broken, f"tips verwijzen naar iets wat niet bestaat: {broken}"


def test_target_check_rejects_unknown_pages():
    assert _target_exists("leidraden/matchen")
    assert not _target_exists("leidraden/bestaat-niet")
    assert not _target_exists("voorbeelden/bestaat-niet")
    assert not _target_exists("vacatures")
