"""The "Inhoud beheren" page is generated from the schema: every field,
nested ones too, with its kind, values, labels and a YAML example that parses."""

from __future__ import annotations

import dataclasses
import html
import re

import yaml

from inspiratiebox.pages import reference
from inspiratiebox.content import schema


def _walk(fields, path=()):
    for f in fields:
        yield path, f
        yield from _walk(f.fields, path + (f,))


def _all_fields(files):
    for key, kind in files.items():
        for path, f in _walk(kind.fields):
            yield key, path, f


def test_every_schema_field_is_on_the_built_page(built_site):
    page = (built_site / "inhoud-beheren" / "index.html").read_text(encoding="utf-8")
    missing = []
    for key, path, f in _all_fields(schema.FILES):
        anchor = reference._anchor(key, *[p.name for p in path], f.name)
        match = re.search(rf'id="{anchor}"><code>([^<]*)</code>', page)
        if not match or match.group(1) != f.name:
            missing.append(anchor)
    assert missing == []
    assert sum(1 for _ in _all_fields(schema.FILES)) > 90  # the walk really went deep


def test_the_stub_is_gone_and_the_page_is_in_the_nav(root, built_site):
    assert not (root / "docs" / "inhoud-beheren.md").exists()
    index = (built_site / "index.html").read_text(encoding="utf-8")
    assert "inhoud-beheren/" in index


def test_a_field_added_to_a_copy_of_the_schema_appears():
    extra = schema.Field("wachtwoordloos", "keuze", "Een veld dat alleen deze test kent.",
                         choices={"x1": "Eerste <keuze>", "x2": "Tweede"}, example="x2")
    loket = next(f for f in schema.GEMEENTE if f.name == "loket")
    new_loket = dataclasses.replace(loket, fields=loket.fields + (extra,))
    gemeente = tuple(new_loket if f.name == "loket" else f for f in schema.GEMEENTE)
    files = {**schema.FILES, "gemeente": dataclasses.replace(schema.FILES["gemeente"], fields=gemeente)}
    page = reference.render(files)
    assert 'id="veld-gemeente-loket-wachtwoordloos"' in page
    assert "Eerste &lt;keuze&gt;" in page and "<keuze>" not in page
    assert "loket:\n  wachtwoordloos: x2" in html.unescape(page)
    assert "wachtwoordloos" not in reference.render()


def test_the_reference_names_kinds_required_fields_and_values_in_plain_dutch():
    page = html.unescape(reference.render())
    assert "getal van 0 tot 3" in page  # begeleiding
    assert "datum JJJJ-MM-DD" in page
    assert "ja/nee" in page
    assert "nee, dit veld mag je weglaten" in page
    assert "ja, als je privacy invult" in page  # required inside an optional group
    for key, label in schema.SECTOREN.items():
        assert f"{key}</code>: {label}" in page


def test_every_example_is_valid_yaml_with_the_field_in_place():
    for key, path, f in _all_fields(schema.FILES):
        data = yaml.safe_load(reference.example_yaml(list(path), f))
        for parent in path:
            data = data[parent.name]
            if parent.kind == "objecten":
                data = data[0]
        assert f.name in data, (key, f.name)
        if f.kind == "tekst" and f.example:
            assert data[f.name] == f.example, (key, f.name)  # quoting kept it text


def test_phone_numbers_and_colours_are_quoted_in_examples():
    gemeente = {f.name: f for f in schema.GEMEENTE}
    loket = {f.name: f for f in gemeente["loket"].fields}
    assert reference.example_yaml([], gemeente["kleur"]) == 'kleur: "#1d5a8e"'
    assert reference.example_yaml([gemeente["loket"]], loket["telefoon"]) == 'loket:\n  telefoon: "09 123 45 67"'


def test_the_reference_explains_indenting_lists_and_make_check_to_non_programmers():
    page = reference.render()
    for words in ("Inspringen met spaties", "Lijsten met een streepje", "make check", "content/organisaties/"):
        assert words in page
