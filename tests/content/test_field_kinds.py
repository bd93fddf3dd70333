"""Each field kind is one class that reads, checks and writes its values:
a value written to a spreadsheet cell, imported as YAML and checked again
comes back unchanged, for every kind the schema uses."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from inspiratiebox.content import kinds, schema
from inspiratiebox.content.kinds import words
from inspiratiebox.content.refs import REF_KINDS
from inspiratiebox.content.validate import Checker, Spots
from inspiratiebox.kit.yamlwriter import Cell, Document, write_field


def _walk(fields):
    for f in fields:
        yield f
        yield from _walk(f.fields)


SCHEMA_FIELDS = tuple(f for file_kind in schema.FILES.values() for f in _walk(file_kind.fields))


def _field_of_kind(kind: str):
    """A schema field of this kind; for a list of blocks the one the
    spreadsheet has, a vacancy's requirements."""
    if kind == "objecten":
        return next(f for f in schema.VACATURE if f.fields is schema.VEREISTE)
    return next((f for f in SCHEMA_FIELDS if f.kind == kind), None) or schema.Field("veld", kind, "Hulp.")

# One value per kind that a person could type, including the awkward ones:
# a phone number with a leading 0, a text with a colon and quotes, a date.
VALUES = {
    "tekst": 'Let op: "echt" #1 - 09 123',
    "markdown": "Een **vette** zin.\nEn een tweede regel.",
    "getal": 18,
    "janee": True,
    "datum": dt.date(2027, 6, 30),
    "url": "https://www.voorbeeld.be/pad?x=1",
    "email": "info@voorbeeld.be",
    "telefoon": "09 123 45 67",
    "kleur": "#1d5a8e",
    "id": "buurthuis-de-linde",
}


def _sample(f):
    if f.kind in VALUES:
        return VALUES[f.kind]
    first = next(iter(f.choices or {"a": "a"}))
    if f.kind == "keuze":
        return first
    if f.kind == "keuzes":
        return list(f.choices)[:2]
    if f.kind == "lijst":
        return ["maandag: 9.00 tot 12.00 uur", "een tweede punt"]
    if f.kind == "objecten":
        return [{sub.name: _sample(sub) if sub.required else kinds.of(sub).default() for sub in f.fields}]
    raise AssertionError(f"no sample for {f.kind}")


def _check(text: str, f):
    checker = Checker("x.yml", text, Spots())
    data = checker.mapping(yaml.compose(text), (f,))
    return data[f.name], [p.message for p in checker.problems]


def test_every_kind_the_schema_uses_has_a_class():
    used = {f.kind for f in SCHEMA_FIELDS}
    assert used <= set(kinds.KINDS)
    assert all(kinds.of(f).name == f.kind for f in SCHEMA_FIELDS)


def test_an_unknown_kind_name_fails_loudly():
    with pytest.raises(ValueError, match="unknown kind"):
        kinds.of(schema.Field("x", "tekstje", "Hulp."))


@pytest.mark.parametrize("kind", sorted(k for k in kinds.KINDS if not kinds.KINDS[k].groups))
def test_a_value_comes_back_unchanged_through_a_cell_and_the_imported_yaml(kind):
    f = _field_of_kind(kind)
    value = _sample(f)
    cell = kinds.of(f).to_cell(f, value)
    doc = Document()
    write_field(doc, "", "", f, Cell(cell, 2, f.name))
    checked, problems = _check(doc.text(), f)
    assert problems == []
    assert checked == value


def test_only_a_block_of_fields_has_no_cell_of_its_own():
    assert [k for k, kind in kinds.KINDS.items() if kind.groups] == ["object", "feiten"]


def test_each_kind_gives_its_empty_default_afresh():
    for kind in kinds.KINDS.values():
        first, second = kind.default(), kind.default()
        assert first == second and (first is None or first is False or first is not second)


def test_a_spreadsheet_may_say_waar_and_onwaar_but_a_content_file_may_not():
    f = _field_of_kind("janee")
    assert [kinds.of(f).yaml_scalar(f, t) for t in ("WAAR", "onwaar", "Ja", "no")] == ["ja", "nee", "ja", "nee"]
    assert words.yes_or_no("WAAR") is None
    _, problems = _check(f"{f.name}: waar\n", f)
    assert problems and "hoort ja of nee" in problems[0]


def test_the_checker_and_the_importer_read_the_same_whole_numbers():
    f = _field_of_kind("getal")
    for text in ("18", "+18", "٣", "18.0", "1e2"):
        read = words.integer(text)
        written = kinds.of(f).yaml_scalar(f, text)
        assert (written == str(read)) if read is not None else written.startswith('"')


def test_one_quoting_rule_reads_back_as_the_same_text():
    for text in ['zeg "hallo"', "l'eau", 'beide \' en "', "twee\nregels", "a\\b", "09 123 45 67", "#1d5a8e"]:
        assert yaml.safe_load(f"x: {words.quoted(text)}") == {"x": text}
    assert words.quoted('zeg "hallo"') == "'zeg \"hallo\"'"
    assert words.quoted("0498123456") == '"0498123456"'


def test_plain_text_is_only_written_plain_when_every_reader_keeps_it_text():
    for text in ["Onthaal", "Marktplein 1, 9999 Voorbeeld", "Gemeente Voorbeeld"]:
        assert words.plain_or_quoted(text) == text
    for text in ["09 123 45 67", "yes", "9:30", "a: b", "#rood", "2027-06-30", "~", "1e3"]:
        assert words.plain_or_quoted(text) != text
        assert yaml.safe_load(f"x: {words.plain_or_quoted(text)}") == {"x": text}


def test_every_reference_kind_has_a_description_and_a_rule():
    used = {f.ref for f in SCHEMA_FIELDS if f.ref}
    assert used <= set(REF_KINDS)
    for ref in REF_KINDS.values():
        assert ref.description and callable(ref.problem)
