"""Links, anchors and the navigation of docs/: named with file and line, in Dutch."""

from __future__ import annotations

import pytest


def test_the_small_project_has_no_problem(project):
    assert project.messages() == []


def test_a_broken_link_is_named_with_its_file_line_and_a_suggestion(project):
    project.page("over.md", "# Over ons\n\nEerst tekst.\n\nZie [de start](indx.md).\n")
    assert project.messages() == [
        "docs/over.md:5:16: De link 'indx.md' wijst naar docs/indx.md, maar dat bestand is er niet. "
        "Bedoelde je 'index.md'? Verbeter de link, of maak het bestand aan."
    ]


def test_a_link_to_a_page_the_build_makes_is_fine_and_so_is_its_heading(project):
    project.page("over.md", "# Over\n\nZie [tips](tips.md), [samen](tips.md#samenwerking) en [data](open-data/vacatures.csv).\n")
    assert project.messages() == []


def test_a_link_to_a_part_that_is_not_there_is_named_on_a_made_page_and_on_the_same_page(project):
    project.page("over.md", "# Over\n\n## Wie we zijn\n\n[a](tips.md#samenwerkin) [b](#wie-we-zijn) [c](#wie)\n")
    messages = project.messages()
    assert len(messages) == 2, messages
    assert messages[0].startswith("docs/over.md:5:5: De link 'tips.md#samenwerkin' wijst naar het deel '#samenwerkin'")
    assert "Bedoelde je 'samenwerking'?" in messages[0]
    assert messages[1].startswith("docs/over.md:5:48: De link '#wie'")


def test_an_anchor_set_by_hand_or_in_html_counts(project):
    project.page("over.md", '# Over\n\n## Wie {#wie}\n\n<div id="kader">x</div>\n\n[a](#wie) [b](#kader)\n')
    assert project.messages() == []


@pytest.mark.parametrize(("link", "says"), [
    ("leidraden/", "wijst naar een map of een adres, niet naar een bestand. Link naar de pagina zelf, met .md erachter: 'leidraden.md'"),
    ("/over/", "begint met een /"),
    ("../../geheim.md", "gaat buiten de map docs/"),
])
def test_a_link_the_site_cannot_follow_says_what_to_write(project, link, says):
    project.page("index.md", f"# Home\n\n[x]({link})\n")
    (message,) = project.messages()
    assert message.startswith(f"docs/index.md:3:5: De link '{link}'") and says in message


def test_a_link_to_a_folder_with_an_index_suggests_that_index(project):
    project.page("leidraden/index.md", "# Leidraden\n")
    project.page("index.md", "# Home\n\n[x](leidraden/)\n")
    assert project.messages()[0].endswith("'leidraden/index.md'.")


def test_a_link_written_in_html_to_a_page_is_told_to_use_markdown(project):
    project.page("index.md", '# Home\n\n<p><a href="over.md">over</a></p>\n')
    (message,) = project.messages()
    assert message.startswith("docs/index.md:3:13: In HTML wordt de link 'over.md' niet omgezet")


def test_links_are_not_followed_when_the_content_has_errors(project):
    """Without the pages made from content, a link to them cannot be judged."""
    project.page("index.md", "# Home\n\n[x](tips.md) [y](bestaat-niet.md)\n")
    assert project.messages(generated=None) == []


def test_a_nav_entry_without_a_page_is_named_with_its_line_in_mkdocs_yml(project):
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - Tips: tips.md\n", "  - Tips: tips.md\n  - Weg: weg.md\n"))
    assert project.messages() == [
        "mkdocs.yml:11:10: In de navigatie (nav) staat 'weg.md', maar die pagina is er niet. "
        "Maak docs/weg.md aan, verbeter de naam, of haal de regel weg."
    ]


def test_a_missing_favicon_in_the_theme_is_named(project):
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "theme:\n  name: material\n  favicon: assets/icoon.png\n")
    (message,) = project.messages()
    assert message.startswith("mkdocs.yml:13:12: Het bestand docs/assets/icoon.png (favicon in theme) bestaat niet.")


def test_a_page_the_build_makes_itself_is_not_replaced_in_silence(project):
    project.page("tips.md", "# Mijn tips\n")
    (message,) = project.messages()
    assert message.startswith("docs/tips.md:1:1: Deze pagina maakt de site zelf al, uit content/.")
