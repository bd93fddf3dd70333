"""The guidelines (docs/leidraden/): sourced, linked, and discreet.

A coordinator who reads a guideline must be able to check what it rests on,
go on to a practice example and a tip, and never meet the first name of a
person the sources quote. These tests read the Markdown as written, so they
fail on the page that breaks the rule, with the reason in Dutch.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from inspiratiebox.content import schema

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
GUIDES = DOCS / "leidraden"
EXAMPLES = ROOT / "content" / "voorbeelden"

GUIDELINES = (
    "lokaal-vrijwilligerswerk-ondersteunen",
    "matchen",
    "kwetsbare-vrijwilligers",
    "ketensamenwerking",
    "samenwerken-met-organisaties",
    "preventieprojecten",
)

# The five source texts, by title (the first line of each seed file).
SEED_TITLES = (
    "Hoe pakken we de inschakeling van kwetsbare vrijwilligers aan?",
    "Wie het kleine niet eert",
    "Kwetsbare vrijwilligers: Meedoen gaat niet vanzelf",
    "Inzet van vrijwilligers",
    "Samenwerking tussen vrijwilligersorganisaties en gemeenten: wat zijn voorwaarden voor succes?",
)

# First names of the people the sources quote; pages name organisations only.
QUOTED_FIRST_NAMES = ("Marleen", "Margot", "Mohammed", "Geert", "Viviana", "Jowan", "Robert", "Anne-Marie")

EXAMPLE_LINK = re.compile(r"\]\(\.\./praktijkvoorbeelden/([^)#/]+)\.md(?:#[^)]*)?\)")
TIP_LINK = re.compile(r"\]\(\.\./tips\.md#([^)]+)\)")
MD_LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")
H2 = re.compile(r"^## +(.+?)\s*$", re.MULTILINE)


def text_of(slug: str) -> str:
    return (GUIDES / f"{slug}.md").read_text(encoding="utf-8")


def section(text: str, title: str) -> str | None:
    """The body under `## title`, up to the next level-2 heading."""
    headings = list(H2.finditer(text))
    for i, match in enumerate(headings):
        if match.group(1) == title:
            end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
            return text[match.end():end]
    return None


def example_ids(text: str) -> list[str]:
    return EXAMPLE_LINK.findall(text)


def tip_themes(text: str) -> list[str]:
    return TIP_LINK.findall(text)


# --- the helpers themselves -------------------------------------------------


def test_section_reads_up_to_the_next_heading_only():
    text = "# T\n\n## Inleiding\n\nA\n\n## Bronnen\n\n- bron\n\n### Sub\n\nnog\n\n## Daarna\n\nX\n"
    assert section(text, "Bronnen").split() == ["-", "bron", "###", "Sub", "nog"]
    assert section(text, "Ontbreekt") is None


def test_link_patterns_catch_example_and_tip_links_but_not_look_alikes():
    text = (
        "[a](../praktijkvoorbeelden/de-wilg.md) [b](../praktijkvoorbeelden/index.md#x) "
        "[c](praktijkvoorbeelden/fout.md) [d](../tips.md#matching) [e](../tips.md)"
    )
    assert example_ids(text) == ["de-wilg", "index"]
    assert tip_themes(text) == ["matching"]


# --- every guideline ---------------------------------------------------------


@pytest.mark.parametrize("slug", GUIDELINES)
def test_guideline_exists_and_is_more_than_a_stub(slug):
    path = GUIDES / f"{slug}.md"
    assert path.is_file(), f"docs/leidraden/{slug}.md ontbreekt"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), f"{slug}: de pagina begint niet met een titel (# ...)"
    assert len(re.findall(r"\w+", text)) >= 400, f"{slug}: de leidraad is te kort om bruikbaar te zijn"
    assert len(H2.findall(text)) >= 4, f"{slug}: deel de leidraad op in tussenkopjes (## ...)"


@pytest.mark.parametrize("slug", GUIDELINES)
def test_guideline_ends_with_sources_naming_a_seed(slug):
    text = text_of(slug)
    headings = H2.findall(text)
    assert headings and headings[-1] == "Bronnen", f"{slug}: de laatste sectie moet '## Bronnen' zijn"
    sources = section(text, "Bronnen")
    named = [title for title in SEED_TITLES if title in sources]
    assert named, f"{slug}: '## Bronnen' noemt geen van de vijf brontitels"


@pytest.mark.parametrize("slug", GUIDELINES)
def test_guideline_links_to_existing_practice_examples(slug):
    ids = example_ids(text_of(slug))
    assert ids, f"{slug}: link naar minstens één praktijkvoorbeeld (../praktijkvoorbeelden/<id>.md)"
    missing = sorted({i for i in ids if i != "index" and not (EXAMPLES / f"{i}.yml").is_file()})
    assert not missing, f"{slug}: deze praktijkvoorbeelden bestaan niet in content/voorbeelden/: {missing}"


@pytest.mark.parametrize("slug", GUIDELINES)
def test_guideline_links_to_tip_themes_that_exist(slug):
    themes = tip_themes(text_of(slug))
    assert themes, f"{slug}: link naar minstens één thema bij de tips (../tips.md#<thema>)"
    unknown = sorted(set(themes) - set(schema.THEMAS))
    assert not unknown, f"{slug}: onbekende thema's {unknown}; kies uit {sorted(schema.THEMAS)}"


@pytest.mark.parametrize("slug", [*GUIDELINES, "index"])
def test_links_to_hand_written_pages_resolve(slug):
    """Links to generated pages (examples, tips) are checked above and by the
    strict build; here, every other .md link must point at a file in docs/."""
    path = GUIDES / f"{slug}.md"
    broken = []
    for target in MD_LINK.findall(path.read_text(encoding="utf-8")):
        resolved = (path.parent / target).resolve()
        generated = resolved.parent.name == "praktijkvoorbeelden" or resolved.name in {"tips.md", "vacatures.md"}
        if not generated and not resolved.is_file():
            broken.append(target)
    assert not broken, f"{slug}: links naar pagina's die niet bestaan: {broken}"


@pytest.mark.parametrize("path", sorted(GUIDES.glob("*.md")) + sorted((DOCS / "hulpmiddelen").glob("*.md")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_guidelines_and_tools_name_organisations_not_quoted_people(path):
    text = path.read_text(encoding="utf-8")
    found = [name for name in QUOTED_FIRST_NAMES if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    assert not found, f"{path.name}: noem organisaties, geen voornamen van geciteerde mensen: {found}"


def test_matching_guideline_ties_in_the_wijzer_and_the_tools():
    text = text_of("matchen")
    assert "](../vrijwilligerswijzer.md)" in text, "matchen: link naar de Vrijwilligerswijzer als gespreksopener"
    for tool in ("intakegesprek", "evaluatiegesprek", "draagkrachtscan"):
        assert f"](../hulpmiddelen/{tool}.md)" in text, f"matchen: link naar het hulpmiddel {tool}"


def test_overview_lists_every_guideline_and_tool():
    text = (GUIDES / "index.md").read_text(encoding="utf-8")
    for slug in GUIDELINES:
        assert f"]({slug}.md)" in text, f"leidraden/index.md: {slug} ontbreekt in het overzicht"
    for tool in sorted((DOCS / "hulpmiddelen").glob("*.md")):
        if tool.stem != "index":
            assert f"](../hulpmiddelen/{tool.name})" in text, f"leidraden/index.md: hulpmiddel {tool.stem} ontbreekt"


def test_every_guideline_is_in_the_navigation():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    guides = sorted(GUIDES.glob("*.md"))
    assert guides  # the loop checks something
    for path in guides:
        assert f"leidraden/{path.name}" in nav, f"mkdocs.yml: leidraden/{path.name} staat niet in de navigatie"
