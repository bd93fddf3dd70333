"""The desk mode of the wijzer (docs/hulpmiddelen/loketmodus.md): the
wijzer's questionnaire for a coordinator and a candidate together, the
places widget/web/desk.js writes to, and the referral sheet's fixed parts.

The questions are the wijzer's own (form.questions), so both pages ask the
same thing. The sheet's agreements are read from the referrer-agreement
tool (docs/hulpmiddelen/afspraken-doorverwijzers.md): its numbered sections
and their checklist items, so a municipality that edits that page edits the
sheet too. What the candidate may share follows the questions the form
asks: an item for a question the municipality left out would promise
something the desk never heard.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from inspiratiebox.bundle.contract import DATA, DESK, STATES
from inspiratiebox.content import schema
from inspiratiebox.pages import desk, form
from inspiratiebox.pages.html import relative_url, render_markdown, url_scheme
from inspiratiebox.pages.html import text as _e

PLACEHOLDER = "<!-- loketmodus -->"
PAGE = "hulpmiddelen/loketmodus.md"
AGREEMENTS_PAGE = "hulpmiddelen/afspraken-doorverwijzers.md"
ENTRY = "desk.js"

FORM_TEXTS = form.FormTexts(
    name="Vragen van de loketmodus",
    remember="Bewaar op dit toestel",
    remember_hint=(
        "Dan bewaart alleen deze browser (in zijn localStorage) de antwoorden, de voorstellen en de getypte namen, "
        "tot je op Wis alles klikt."
    ),
    show="Zoek voorstellen",
    clear="Wis alles",
)

# What the candidate may agree to share: (the questions it depends on, the
# item as the candidate reads it). None: always on the sheet.
CONSENT = (
    (None, "Mijn naam, telefoon en e-mail."),
    (("motieven", "interesses", "taken", "momenten", "tijd", "plaats", "setting"),
     "Wat ik wil doen, waar en wanneer ik kan (mijn antwoorden)."),
    (("begeleiding",), "Hoeveel hulp ik nodig heb bij het werk."),
    (("nederlands",), "Hoe goed ik Nederlands spreek."),
    (("rekening",), "Wat ik nodig heb om te kunnen werken, bijvoorbeeld een rolstoel of een rustige plek."),
    (("leeftijd",), "Hoe oud ik ben."),
    (("situatie",), "Of ik een uitkering of een leefloon krijg."),
    (("hulp",), "Wie mij al helpt, bijvoorbeeld een maatschappelijk werker of een jobcoach."),
)

# The people on the sheet whose names are written by hand, or typed in.
NAMES = (
    ("kandidaat_naam", "Naam van de kandidaat"),
    ("kandidaat_contact", "Telefoon of e-mail van de kandidaat"),
    ("doorverwijzer_naam", "Naam en dienst van de doorverwijzer"),
    ("doorverwijzer_contact", "Telefoon of e-mail van de doorverwijzer"),
)
SIGNATURES = ("De kandidaat", "Het loket", "De organisatie", "De doorverwijzer")

_SECTION = re.compile(r"^##\s+(\d+)\.\s+(.+?)\s*$")
_ITEM = re.compile(r"^[-*]\s+(.*)$")


def agreements(markdown: str) -> list[tuple[str, list[str]]]:
    """(heading, [item as Markdown]) for every numbered section ("## 1. ...")
    of the referrer-agreement page, with the list items under it; other
    sections and the fill-in tables stay out."""
    found: list[tuple[str, list[str]]] = []
    items: list[str] | None = None
    for line in markdown.splitlines():
        if line.startswith("#"):
            heading = _SECTION.match(line)
            items = [] if heading else None
            if heading:
                found.append((f"{heading.group(1)}. {heading.group(2)}", items))
        elif items is not None and _ITEM.match(line):
            items.append(_ITEM.match(line).group(1))
        elif items is not None and items and line.startswith("  ") and line.strip():
            items[-1] += " " + line.strip()
    return found


def _rewrite(href: str) -> str:
    """A link in the agreement page, as it works from the desk page."""
    if url_scheme(href) or href.startswith(("#", "/")):
        return href
    path, _, anchor = href.partition("#")
    if not path.endswith(".md"):
        return href
    target = posixpath.normpath(posixpath.join(posixpath.dirname(AGREEMENTS_PAGE), path))
    return relative_url(PAGE, target + (f"#{anchor}" if anchor else ""))


def _inline(markdown: str) -> str:
    html = render_markdown(markdown, _rewrite)
    return html[3:-4] if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1 else html


def _agreements_html(docs_dir: Path) -> str:
    source = docs_dir / AGREEMENTS_PAGE
    link = f'<a href="{_e(relative_url(PAGE, AGREEMENTS_PAGE))}">Afspraken met doorverwijzers</a>'
    sections = agreements(source.read_text(encoding="utf-8")) if source.is_file() else []
    parts = [f'<p>Uit de checklist {link}. Loket, organisatie en doorverwijzer houden zich hieraan.</p>']
    for heading, items in sections:
        listed = "".join(f"<li>{_inline(item)}</li>" for item in items)
        parts.append(f'<div class="fiche-afspraak"><h4>{_e(heading)}</h4><ul>{listed}</ul></div>')
    return '<div class="fiche-afspraken">' + "".join(parts) + "</div>"


def _consent_html(asked: set[str]) -> str:
    rows = []
    for number, (needs, item) in enumerate(CONSENT):
        if needs is not None and not asked.intersection(needs):
            continue
        box = f"{DESK['sheet']}-deel-{number}"
        rows.append(f'<li><input type="checkbox" id="{box}"><label for="{box}">{_e(item)}</label></li>')
    return (
        "<p>Kruis aan wat het loket mag doorgeven aan de organisatie en de doorverwijzer. "
        "Wat je niet aankruist, geven we niet door.</p>"
        f'<ul class="fiche-toestemming">{"".join(rows)}</ul>'
    )


def _names_html() -> str:
    typing = f"{DESK['sheet']}-typ"
    rows = "".join(
        f'<div class="fiche-naam"><label for="{DESK["sheet"]}-{key}">{_e(label)}</label>'
        f'<input type="text" id="{DESK["sheet"]}-{key}" name="{key}" autocomplete="off" hidden>'
        f'<span class="fiche-lijn" data-fiche-naam="{key}"></span></div>'
        for key, label in NAMES
    )
    return (
        f'<p class="fiche-scherm"><input type="checkbox" id="{typing}" data-fiche-typ><label for="{typing}">Typ namen in</label> '
        "<span class=\"wijzer-uitleg\">Anders schrijf je ze met de hand op het papier.</span></p>"
        f'<div class="fiche-namen">{rows}</div>'
    )


def _signatures_html() -> str:
    boxes = "".join(
        f'<div class="fiche-handtekening"><p><strong>{_e(who)}</strong></p>'
        '<p>Naam: <span class="fiche-lijn"></span></p><p>Datum: <span class="fiche-lijn"></span></p>'
        '<p>Handtekening: <span class="fiche-lijn"></span></p></div>'
        for who in SIGNATURES
    )
    return f'<div class="fiche-handtekeningen">{boxes}</div>'


def _vacancy_html() -> str:
    fields = (("titel", "Vacature"), ("organisatie", "Organisatie"), ("adres", "Adres"),
              ("contact", "Contact"), ("begeleiding", "Begeleiding"))
    rows = "".join(f'<div><dt>{_e(label)}</dt><dd data-fiche-veld="{key}"></dd></div>' for key, label in fields)
    rows += '<div><dt>Startdatum</dt><dd><span class="fiche-lijn"></span></dd></div>'
    return f'<dl class="fiche-gegevens">{rows}</dl>'


def sheet_template(content, docs_dir: Path) -> str:
    """The referral sheet without its vacancy: desk.js clones it per proposal."""
    asked = {v.get("id") for v in (content.wijzer.get("vragen") or []) if v.get("id") in schema.VRAGEN}
    naam = desk.details(content.gemeente)["naam"] or desk.DEFAULT_NAME
    return f"""<template id="{DESK['sheetTemplate']}"><article class="fiche" aria-labelledby="{DESK['sheet']}-titel">
<h2 id="{DESK['sheet']}-titel" tabindex="-1">Doorverwijsfiche</h2>
<p>Van {_e(naam)}. De kandidaat kiest zelf of hij of zij dit werk wil doen, en wat we delen.</p>
<h3>De vacature</h3>{_vacancy_html()}
<h3>Wie</h3>{_names_html()}
<h3>Wat ik wil delen</h3>{_consent_html(asked)}
<h3>Onze afspraken</h3>{_agreements_html(docs_dir)}
<h3>Wie volgt op, en wanneer</h3>
<div class="fiche-namen"><div class="fiche-naam"><span>Wie volgt op</span><span class="fiche-lijn"></span></div>
<div class="fiche-naam"><span>Eerste gesprek na de start op</span><span class="fiche-lijn"></span></div></div>
<p class="fiche-scherm"><a data-fiche-opvolgplan>Maak een opvolgplan</a></p>
<h3>Handtekeningen</h3>{_signatures_html()}
<div class="wijzer-knoppen fiche-scherm">
<button type="button" class="md-button md-button--primary" data-fiche-actie="druk">Druk de fiche af</button>
<button type="button" class="md-button" data-fiche-actie="sluit">Sluit de fiche</button>
</div>
</article></template>"""


def render(content, docs_dir: Path, script_url: str | None = None, modules: tuple[str, ...] = ()) -> str:
    """The desk mode's widget on PAGE; `docs_dir` holds the agreement page."""
    fieldsets, total = form.questions(content)
    vacancies_from = relative_url(PAGE, "vrijwilligerswijzer.md")
    script = form.page_script(script_url, modules, entry=ENTRY) if script_url else ""
    return f"""<div class="wijzer loketmodus" id="{DESK['root']}" {DATA['state']}="{STATES['loading']}" {DATA['questions']}="{total}" {DESK['vacancyBase']}="{_e(vacancies_from)}">
<p class="wijzer-geen-js"><strong>Je browser voert geen JavaScript uit.</strong> Daarom werkt de loketmodus hier niet. Gebruik de <a href="{_e(relative_url(PAGE, "hulpmiddelen/intakegesprek.md"))}">checklist intakegesprek</a> op papier.</p>
<p class="wijzer-status" id="{DESK['status']}" role="status">De loketmodus wordt geladen…</p>
<div class="wijzer-melding" id="{DESK['notice']}" role="status"></div>
<div class="wijzer-fout" id="{DESK['error']}" hidden><p><strong>De loketmodus werkt nu niet.</strong> De antwoorden blijven staan. Laad de pagina opnieuw, of zoek in de <a href="{_e(relative_url(PAGE, "vacatures.md"))}">lijst van vacatures</a>.</p></div>
{form.render_form(fieldsets, FORM_TEXTS)}
<section class="wijzer-resultaten loketmodus-resultaten" id="{DESK['results']}" hidden></section>
<section class="loketmodus-voorstellen" id="{DESK['proposals']}" aria-labelledby="{DESK['proposalsTitle']}">
<h2 id="{DESK['proposalsTitle']}" tabindex="-1">Voorstellen</h2>
<p class="wijzer-melding" id="{DESK['markNotice']}" role="status"></p>
<p class="loketmodus-geen">Nog geen voorstel gekozen. Kies hoogstens drie vacatures met de knop "Kies als voorstel".</p>
<ol></ol>
</section>
<section class="loketmodus-fiche" id="{DESK['sheet']}" hidden></section>
{sheet_template(content, docs_dir)}
</div>{script}"""

