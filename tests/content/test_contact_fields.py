"""Contact fields become links: an e-mail address without mailto parameters
(they would add a hidden recipient), a phone number without letters or quotes."""

from __future__ import annotations

import pytest

ORG = "content/organisaties/buurthuis.yml"


@pytest.mark.parametrize("address", ["info@voorbeeld.be?bcc=iemand@elders.be", "info@voorbeeld.be?subject=hallo",
                                      "info@voorbeeld.be&cc=x%40elders.be"])
def test_an_email_with_mailto_parameters_is_refused_with_the_plain_address(tree, address):
    tree.replace(ORG, "  email: buurthuis@voorbeeld.be\n", f"  email: '{address}'\n")
    message = tree.one_error().message
    assert "email: info@voorbeeld.be" in message and "ontvanger" in message


def test_a_plain_email_address_is_kept(tree):
    tree.replace(ORG, "  email: buurthuis@voorbeeld.be\n", "  email: onthaal.buurthuis+vrijwilligers@voorbeeld.be\n")
    content, problems = tree.load()
    assert problems == []
    assert content.organisaties[0]["contact"]["email"] == "onthaal.buurthuis+vrijwilligers@voorbeeld.be"


@pytest.mark.parametrize("phone, hint", [
    ("09 222 33 44'", 'telefoon: "09 222 33 44"'),
    ("tel. 09 222 33 44", 'telefoon: "09 222 33 44"'),
    ("bel ons", None),
])
def test_a_phone_number_with_a_stray_quote_or_letters_is_refused_with_the_fix(tree, phone, hint):
    tree.replace(ORG, '  telefoon: "09 222 33 44"\n', f'  telefoon: "{phone}"\n')
    error = tree.one_error()
    assert error.file.endswith("buurthuis.yml") and error.line == 6
    assert "geen telefoonnummer" in error.message
    assert (hint in error.message) if hint else "Bedoelde je" not in error.message


@pytest.mark.parametrize("phone", ["+32 9 222 33 44", "(020) 555-1234", "09/222.33.44"])
def test_phone_numbers_as_people_write_them_are_kept(tree, phone):
    tree.replace(ORG, '  telefoon: "09 222 33 44"\n', f'  telefoon: "{phone}"\n')
    assert tree.load()[1] == []
