"""One broken field at a time: the Dutch message and where it points."""

from __future__ import annotations

import pytest
from positions import position_in

ORG = "content/organisaties/buurthuis.yml"
GEM = "content/gemeente.yml"
WIJ = "content/wijzer.yml"
TIP = "content/tips.yml"
VB = "content/voorbeelden/een-voorbeeld.yml"

# (file, old, new, marker: the text in `new` the error points at, fragments of the message)
CASES = [
    # YAML 1.1 surprises where text is expected
    pytest.param(ORG, "    titel: Onthaal", "    titel: NO", "NO",
                 ["ja/nee-waarde 'nee'", 'aanhalingstekens', 'titel: "NO"'], id="bool-in-text"),
    pytest.param(ORG, "    titel: Onthaal", "    titel: on", "on", ["ja/nee-waarde 'ja'", 'titel: "on"'], id="on-in-text"),
    pytest.param(ORG, "    titel: Onthaal", "    titel: 9:30", "9:30",
                 ["570", "zestigtallen", 'titel: "9:30"'], id="sexagesimal"),
    pytest.param(ORG, '  telefoon: "09 222 33 44"', "  telefoon: 01234", "01234",
                 ["668", "octaal", 'telefoon: "01234"'], id="octal"),
    pytest.param(ORG, '  telefoon: "09 222 33 44"', "  telefoon: 092223344", "092223344",
                 ["lijkt op een getal", 'telefoon: "092223344"'], id="phone-number"),
    pytest.param(ORG, '  telefoon: "09 222 33 44"', "  telefoon: 1.5", "1.5",
                 ["als een getal", 'telefoon: "1.5"'], id="float-in-text"),
    pytest.param(VB, "plaats: Gent", "plaats: 2026-01-01", "2026", ["als een datum", 'plaats: "2026-01-01"'], id="date-in-text"),
    pytest.param(GEM, "    - \"maandag: 9.00 tot 12.00 uur\"", "    - 9:00", "9:00", ["540", '"9:00"'], id="time-in-list"),
    # unknown and missing fields
    pytest.param(ORG, "    uren: 2_tot_4\n", "", "id: onthaal",
                 ["verplichte veld 'uren' ontbreekt", "minder_dan_2, 2_tot_4, 4_tot_8, meer_dan_8"], id="missing-required"),
    pytest.param(ORG, "    titel: Onthaal", "    titel:", "titel", ["'titel' is leeg"], id="empty-required"),
    pytest.param(GEM, 'kleur: "#1d5a8e"', "kleur: #1d5a8e", "kleur",
                 ["alles na # een opmerking", 'kleur: "#1d5a8e"'], id="colour-as-comment"),
    # keuze / keuzes
    pytest.param(ORG, "    uren: 2_tot_4", "    uren: 2-4", "2-4",
                 ["'2-4' is geen geldige waarde voor 'uren'", "Mogelijke waarden: minder_dan_2, 2_tot_4, 4_tot_8, meer_dan_8"],
                 id="keuze-unknown"),
    pytest.param(GEM, "regio: BE", "regio: be", "be", ["Bedoelde je 'BE'?", "BE, NL"], id="keuze-case"),
    pytest.param(ORG, "    momenten: [di_ochtend]", "    momenten: [di_ochtend, dinsdag]", "dinsdag",
                 ["'dinsdag'", "dag_dagdeel", "za_ochtend"], id="keuzes-moment"),
    pytest.param(ORG, "    sectoren: [buurt]", "    sectoren: buurt", "buurt",
                 ["hoort een lijst", "sectoren: [buurt]"], id="keuzes-not-a-list"),
    pytest.param(ORG, "    sectoren: [buurt]", "    sectoren: [buurt, buurt]", "buurt]", ["twee keer"], id="keuzes-twice"),
    pytest.param(ORG, "    sectoren: [buurt]", "    sectoren: []", "[]", ["minstens één waarde"], id="keuzes-empty"),
    # getal
    pytest.param(ORG, "    begeleiding: 1", "    begeleiding: 5", "5", ["van 0 tot en met 3"], id="getal-range"),
    pytest.param(ORG, "    plaatsen: 2", "    plaatsen: 010", "010", ["octaal", "wordt 8", "plaatsen: 10"], id="getal-octal"),
    pytest.param(ORG, "    plaatsen: 2", "    plaatsen: twee", "twee", ["geheel getal", "'twee' is geen getal"], id="getal-word"),
    pytest.param(ORG, "    plaatsen: 2", "    plaatsen: 1.5", "1.5", ["met een komma"], id="getal-float"),
    pytest.param(WIJ, "  motieven: 3", "  motieven: ja", "ja", ["geheel getal", "0 tot en met 10"], id="getal-bool"),
    # janee
    pytest.param(ORG, "    begeleiding: 1", "    begeleiding: 1\n    duo_mogelijk: misschien", "misschien",
                 ["ja of nee", "'misschien'"], id="janee-other"),
    # datum
    pytest.param(ORG, "    geldig_tot: 2027-06-30", "    geldig_tot: 30-06-2027", "30-06-2027",
                 ["JJJJ-MM-DD", "2027-06-30"], id="date-day-first"),
    pytest.param(ORG, "    geldig_tot: 2027-06-30", "    geldig_tot: 2027-6-3", "2027", ["2027-06-03"], id="date-padding"),
    pytest.param(ORG, "    geldig_tot: 2027-06-30", "    geldig_tot: 2027-02-30", "2027", ["bestaat niet"], id="date-impossible"),
    pytest.param(ORG, "    geldig_tot: 2027-06-30", "    geldig_tot: volgend jaar", "volgend", ["JJJJ-MM-DD"], id="date-words"),
    # url, email, kleur, id
    pytest.param(ORG, "deelgemeente: Noord", "deelgemeente: Noord\nwebsite: www.voorbeeld.be", "www",
                 ["geen volledig webadres", "https://www.voorbeeld.be"], id="url-scheme"),
    pytest.param(ORG, "deelgemeente: Noord", "deelgemeente: Noord\nwebsite: javascript:alert(1)", "javascript",
                 ["geen volledig webadres"], id="url-javascript"),
    pytest.param(ORG, "  email: buurthuis@voorbeeld.be", "  email: buurthuis.voorbeeld.be", "buurthuis",
                 ["geen geldig e-mailadres"], id="email"),
    pytest.param(GEM, 'kleur: "#1d5a8e"', 'kleur: "#ffcc00"', '"', ["contrast", "4,5"], id="colour-contrast"),
    pytest.param(GEM, 'kleur: "#1d5a8e"', 'kleur: "blauw"', '"', ["geen kleurcode", "#rrggbb"], id="colour-word"),
    pytest.param(GEM, 'kleur: "#1d5a8e"', 'kleur: "#15a"', '"', ['"#1155aa"'], id="colour-short"),
    pytest.param(ORG, "  - id: onthaal", "  - id: Onthaal Koffie", "Onthaal",
                 ["kleine letters", "id: onthaal-koffie"], id="id-format"),
    # tekst length, object shape, objecten items
    pytest.param(ORG, "    samenvatting: Je schenkt koffie.", "    samenvatting: " + "a" * 125, "a" * 125,
                 ["125 tekens", "hoogstens 120", "5 tekens korter"], id="text-too-long"),
    pytest.param(ORG, 'contact:\n  naam: Onthaal\n  telefoon: "09 222 33 44"\n  email: buurthuis@voorbeeld.be',
                 "contact: Onthaal", "Onthaal",
                 ["horen velden"], id="object-not-mapping"),
    pytest.param(TIP, "  - tekst: Leer van anderen.\n    thema: matching\n    zie: voorbeelden/een-voorbeeld\n",
                 "  - Leer van anderen.\n", "Leer", ["blok met velden"], id="objecten-item-text"),
    pytest.param(GEM, 'naam: Gemeente Test', 'naam: !foo Gemeente', "!foo", ["tag"], id="custom-tag"),
]


@pytest.mark.parametrize(("name", "old", "new", "marker", "fragments"), CASES)
def test_a_broken_field_is_one_dutch_error_at_its_value(tree, name, old, new, marker, fragments):
    tree.replace(name, old, new)
    problem = tree.one_error()
    assert (problem.file, problem.line, problem.column) == (name, *position_in(tree.base / name, marker, within=new)), str(problem)
    for fragment in fragments:
        assert fragment in problem.message, str(problem)


def test_unknown_key_suggests_the_nearest_field_in_one_message(tree):
    tree.replace(ORG, "    samenvatting:", "    samenvating:")
    problem = tree.one_error()  # not also "samenvatting ontbreekt": the suggestion says it
    assert (problem.line, problem.column) == position_in(tree.base / ORG, "samenvating")
    assert "Onbekend veld 'samenvating'. Bedoelde je 'samenvatting'?" in problem.message


def test_missing_field_is_reported_when_no_key_resembles_it(tree):
    tree.replace(ORG, "    samenvatting: Je schenkt koffie.\n", "")
    problem = tree.one_error()
    assert (problem.line, problem.column) == position_in(tree.base / ORG, "id: onthaal")
    assert "'samenvatting' ontbreekt" in problem.message


def test_unknown_key_without_a_near_one_lists_the_fields(tree):
    tree.replace(VB, "plaats: Gent", "plaats: Gent\nxyz: 1")
    problem = tree.one_error()
    assert (problem.line, problem.column) == position_in(tree.base / VB, "xyz")
    assert "Bedoelde" not in problem.message
    assert "Mogelijke velden hier: titel, plaats, land" in problem.message


def test_janee_accepts_dutch_and_english_words(tree):
    tree.replace(ORG, "    begeleiding: 1", "    begeleiding: 1\n    duo_mogelijk: Ja\n    eenmalig: NEE\n    van_thuis: yes\n"
                 "    nederlands_oefenen: 'false'")
    content, problems = tree.load()
    assert problems == []
    vac = content.organisaties[0]["vacatures"][0]
    assert (vac["duo_mogelijk"], vac["eenmalig"], vac["van_thuis"], vac["nederlands_oefenen"]) == (True, False, True, False)


def test_quoted_values_that_look_like_other_types_are_text(tree):
    tree.replace(ORG, '  telefoon: "09 222 33 44"', "  telefoon: '092223344'")
    tree.replace(ORG, "    titel: Onthaal", '    titel: "NO"')
    content, problems = tree.load()
    assert problems == []
    org = content.organisaties[0]
    assert org["contact"]["telefoon"] == "092223344"
    assert org["vacatures"][0]["titel"] == "NO"


def test_a_file_with_three_mistakes_reports_all_three(tree):
    tree.replace(ORG, "    titel: Onthaal", "    titel: yes")
    tree.replace(ORG, "    uren: 2_tot_4", "    uren: veel")
    tree.replace(ORG, "    plaatsen: 2", "    plaatsen: 1000")
    errors = tree.errors()
    assert [(p.file, p.line) for p in errors] == [(ORG, position_in(tree.base / ORG, marker)[0]) for marker in ("yes", "veel", "1000")]


def test_errors_in_several_files_are_reported_together(tree):
    tree.replace(GEM, "regio: BE", "regio: FR")
    tree.replace(WIJ, "  tijd: 1", "  tijd: 11")
    tree.replace(VB, "land: BE", "land: DE")
    assert sorted(p.file for p in tree.errors()) == sorted([GEM, WIJ, VB])


def test_a_refused_value_falls_back_to_its_empty_default(tree):
    tree.replace(ORG, "    uren: 2_tot_4", "    uren: veel")
    content, problems = tree.load()
    assert len(problems) == 1
    assert content.organisaties[0]["vacatures"][0]["uren"] is None
