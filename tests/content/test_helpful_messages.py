"""Messages that help: no hint that is itself an impossible date, a hint for
an Excel date number, and invisible or look-alike letters named with their
place, so the editor sees what the eye cannot."""

from __future__ import annotations

import pytest

ORG = "content/organisaties/buurthuis.yml"
UNTIL = "    geldig_tot: 2027-06-30\n"


@pytest.mark.parametrize("written, wanted, unwanted", [
    ("31/02/2027", "31 februari 2027 bestaat niet", "2027-02-31"),
    ("2027/13/01", "geen maand 13", "2027-13-01"),
    ("30/06/2027", "2027-06-30", None),
    ("46568", "Bedoelde je 2027-06-30?", None),
])
def test_a_date_hint_is_a_date_that_exists_or_says_why_not(tree, written, wanted, unwanted):
    tree.replace(ORG, UNTIL, f'    geldig_tot: "{written}"\n')
    message = tree.one_error().message
    assert wanted in message
    if unwanted:
        assert unwanted not in message


@pytest.mark.parametrize("org_id, named", [
    ("buurt\u200bhuis", "een onzichtbaar teken (U+200B) op plaats 6"),
    ("buurthu\u0456s", "de letter '\u0456' (U+0456) op plaats 8, uit het Cyrillische alfabet"),
])
def test_an_id_with_invisible_or_look_alike_letters_names_them_and_their_place(tree, org_id, named):
    tree.replace(ORG, "  - id: onthaal\n", f"  - id: \"{org_id}\"\n")
    message = tree.one_error().message
    assert named in message and "Typ de id opnieuw" in message
    assert "Bijvoorbeeld" not in message, "a suggestion would look the same as what was typed"
