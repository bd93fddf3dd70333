"""The printable tools (docs/hulpmiddelen/): present, complete, and rendered.

A tool is printed and filled in by hand, so it must cover what the brief asks
of it, its checklists must come out as real lists with boxes, and the print
stylesheet must be part of every page. The Markdown is rendered with the
extensions mkdocs.yml configures, so a checklist that Markdown would leave as
raw text fails here rather than on paper.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "docs" / "hulpmiddelen"
PRINT_CSS = ROOT / "docs" / "assets" / "print.css"

PAGES = ("index", "intakegesprek", "draagkrachtscan", "evaluatiegesprek", "afspraken-doorverwijzers")

# What each tool must cover (from the brief), as words a reader finds on it.
MUST_COVER = {
    "intakegesprek": (
        "Interesses", "Mogelijkheden", "Tijd", "Begeleiding", "Taal", "Praktische zaken",
        "Uitkering", "melden", "Afspraken", "Volgende stap", "Datum eerste opvolging",
    ),
    "draagkrachtscan": (
        "tegelijk", "Wie begeleidt", "Deeltaken", "nodig van de gemeente", "nu al",
    ),
    "evaluatiegesprek": (
        "2 tot 4 weken", "3 maanden", "Vragen voor de vrijwilliger", "Vragen voor de organisatie",
        "Signalen", "afronden", "overstappen",
    ),
    "afspraken-doorverwijzers": (
        "VDAB", "UWV", "OCMW", "psychiatrie", "detentie", "Vrijwilligheid", "toestemming",
        "Contactpersonen", "Opvolging", "Als het niet lukt",
    ),
}


def source(name: str) -> str:
    return (TOOLS / f"{name}.md").read_text(encoding="utf-8")


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name tags; their value does not matter here."""


_AnyTag.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTag)


def render(text: str) -> str:
    """Markdown to HTML with the extensions and options of mkdocs.yml."""
    names, configs = [], {}
    for entry in mkdocs_config().get("markdown_extensions", []):
        if isinstance(entry, dict):
            (name, options), = entry.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(entry)
    return markdown.markdown(text, extensions=names, extension_configs=configs)


def checklist_items(html: str) -> int:
    """List items inside the checklist blocks of rendered HTML."""
    count = 0
    for block in re.findall(r'<div class="ib-checklist">(.*?)</div>', html, re.DOTALL):
        count += block.count("<li>")
    return count


# --- the helpers themselves -------------------------------------------------


def test_render_turns_a_checklist_block_into_list_items():
    html = render('<div class="ib-checklist" markdown>\n\n- een\n- twee\n    - a\n    - b\n\n</div>\n')
    assert checklist_items(html) == 4
    assert "markdown" not in html


def test_checklist_count_ignores_lists_outside_a_checklist():
    assert checklist_items(render("- los\n- ook los\n")) == 0


# --- the pages ---------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_tool_page_exists_and_is_more_than_a_stub(name):
    path = TOOLS / f"{name}.md"
    assert path.is_file(), f"docs/hulpmiddelen/{name}.md ontbreekt"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), f"{name}: de pagina begint niet met een titel (# ...)"
    assert len(re.findall(r"\w+", text)) >= 250, f"{name}: te kort om als hulpmiddel te dienen"
    assert len(re.findall(r"^## ", text, re.MULTILINE)) >= 2, f"{name}: deel de pagina op met tussenkopjes"


@pytest.mark.parametrize("name", sorted(MUST_COVER))
def test_tool_covers_what_it_is_for(name):
    text = source(name)
    missing = [phrase for phrase in MUST_COVER[name] if phrase.lower() not in text.lower()]
    assert not missing, f"{name}: deze onderwerpen ontbreken: {missing}"


@pytest.mark.parametrize("name", sorted(MUST_COVER))
def test_checklists_render_as_lists_with_boxes(name):
    html = render(source(name))
    assert checklist_items(html) >= 10, f"{name}: te weinig punten om af te vinken"
    assert ' markdown' not in html, f"{name}: een blok met 'markdown' werd niet als Markdown verwerkt"
    assert "[ ]" not in html, f"{name}: '[ ]' verschijnt letterlijk; gebruik een ib-checklist-blok"


@pytest.mark.parametrize("name", sorted(MUST_COVER))
def test_form_tables_leave_an_empty_column_to_write_in(name):
    html = render(source(name))
    blocks = re.findall(r'<div class="ib-invulblad">(.*?)</div>', html, re.DOTALL)
    assert blocks, f"{name}: geen invulvak (ib-invulblad)"
    for block in blocks:
        rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*</tr>", block, re.DOTALL)
        assert rows, f"{name}: een invulvak zonder rijen"
        assert all(label.strip() and not blank.strip() for label, blank in rows), (
            f"{name}: elke rij van een invulvak heeft een label en een lege kolom om te schrijven"
        )


def test_index_explains_every_tool_and_how_to_print():
    text = source("index")
    for name in sorted(MUST_COVER):
        assert f"]({name}.md)" in text, f"hulpmiddelen/index.md: {name} ontbreekt"
    assert re.search(r"Ctrl\+P", text) and "Opslaan als PDF" in text, "hulpmiddelen/index.md: leg uit hoe je afdrukt"


def test_tools_link_back_to_their_guidelines():
    for name in sorted(MUST_COVER):
        assert "](../leidraden/" in source(name), f"{name}: link naar de leidraad waarop het hulpmiddel steunt"


# --- the print stylesheet -----------------------------------------------------


def test_print_stylesheet_is_loaded_on_every_page():
    assert "assets/print.css" in mkdocs_config()["extra_css"]
    assert PRINT_CSS.is_file()


def media_print_rules(css: str) -> list[tuple[str, str]]:
    """(selectors, declarations) of each rule inside `@media print { ... }`."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    start = re.search(r"@media\s+print\s*{", css)
    if not start:
        return []
    depth, i = 1, start.end()
    while depth and i < len(css):
        depth += {"{": 1, "}": -1}.get(css[i], 0)
        i += 1
    body = css[start.end():i - 1]
    return [(sel.strip(), decl) for sel, decl in re.findall(r"([^{}]+){([^{}]*)}", body)]


def test_media_print_rules_reads_only_the_print_block():
    css = "a { color: red }\n@media print { /* x */ .b, .c { display: none } li { break-inside: avoid } }\n.d { x: y }"
    assert media_print_rules(css) == [(".b, .c", " display: none "), ("li", " break-inside: avoid ")]
    assert media_print_rules("a { b: c }") == []


def test_print_stylesheet_hides_the_site_chrome_and_keeps_each_item_together():
    rules = media_print_rules(PRINT_CSS.read_text(encoding="utf-8"))
    assert rules, "print.css: geen @media print-blok"
    hidden = {s.strip() for sel, decl in rules if re.search(r"display:\s*none", decl) for s in sel.split(",")}
    for selector in (".md-header", ".md-sidebar", ".md-footer"):
        assert selector in hidden, f"print.css: {selector} wordt niet verborgen bij het afdrukken"
    together = {s.strip() for sel, decl in rules if re.search(r"break-inside:\s*avoid", decl) for s in sel.split(",")}
    assert {"li", "tr"} <= together, "print.css: een punt of een rij kan over twee bladzijden breken"
    # A whole list or table kept together jumps to the next sheet when it does
    # not fit, and leaves the sheet before it (even the first) nearly blank.
    assert not {"ul", "ol", "table"} & together, "print.css: hele lijsten samenhouden laat bladen leeg"
