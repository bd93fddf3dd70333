"""The example content in the repository passes, and the model keeps its
contract: every schema field present, ids from file names, real dates."""

from __future__ import annotations

import datetime as dt

from fixed_dates import BUILD_DATE

from inspiratiebox.content import schema
from inspiratiebox.content.load import load_content


def test_repository_content_has_no_errors(root):
    content, problems = load_content(root / "content", root / "docs", today=BUILD_DATE)
    errors = [p for p in problems if not p.warning]
    assert errors == [], "\n".join(map(str, errors))
    assert content is not None and content.organisaties


def test_repository_content_follows_the_model_contract(root):
    content, _ = load_content(root / "content", root / "docs", today=BUILD_DATE)
    for org in content.organisaties:
        assert (root / "content" / "organisaties" / f"{org['id']}.yml").is_file()
        assert set(org) == {"id"} | {f.name for f in schema.ORGANISATIE}
        for vac in org["vacatures"]:
            assert set(vac) == {f.name for f in schema.VACATURE}
            assert isinstance(vac["geldig_tot"], dt.date)
            assert isinstance(vac["flexibel"], bool)
            assert isinstance(vac["vereisten"], list)
    for example in content.voorbeelden:
        assert set(example) == {"id"} | {f.name for f in schema.VOORBEELD}
    assert set(content.wijzer) == {f.name for f in schema.WIJZER}


def test_left_out_optional_fields_get_empty_values(tree):
    content, problems = tree.load()
    assert problems == []
    vac = content.organisaties[0]["vacatures"][0]
    assert vac["flexibel"] is False and vac["van_thuis"] is False
    assert vac["vereisten"] == [] and vac["deeltaken"] == [] and vac["toegankelijkheid"] is None
    assert vac["beschrijving"] is None and vac["deelgemeente"] is None
    assert content.organisaties[0]["website"] is None
    assert content.voorbeelden[0]["bron"] == {"titel": "Een bron", "uitgever": None, "jaar": None, "url": None}
    assert content.gemeente["fictief"] is False
    assert content.gemeente["loket"]["afspraak"] is None
    assert content.wijzer["intro"] is None
    assert content.wijzer["vragen"][0] == {"id": "motieven", "vraag": "Waarom wil je vrijwilligerswerk doen?", "uitleg": None}


def test_values_are_converted(tree):
    content, _ = tree.load()
    org = content.organisaties[0]
    assert org["id"] == "buurthuis" and content.voorbeelden[0]["id"] == "een-voorbeeld"
    vac = org["vacatures"][0]
    assert vac["geldig_tot"] == dt.date(2027, 6, 30)
    assert vac["plaatsen"] == 2 and vac["begeleiding"] == 1
    assert vac["momenten"] == ["di_ochtend"]
    assert content.gemeente["kleur"] == "#1d5a8e"
    assert content.tips[1]["zie"] == "voorbeelden/een-voorbeeld"


def test_paths_in_messages_are_relative_to_the_repository_root(tree, monkeypatch):
    tree.replace("content/gemeente.yml", "regio: BE", "regio: FR")
    monkeypatch.chdir(tree.base)
    _, problems = load_content("content", "docs", today=BUILD_DATE)  # strings, as a quick script passes them
    where = tree.position_of("content/gemeente.yml", "FR")
    assert [str(p).split(": ")[0] for p in problems] == ["content/gemeente.yml:{}:{}".format(*where)]
