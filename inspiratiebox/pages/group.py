"""The group placement page for staff: the wijzer's questions, filled in for
one candidate after another, and the places the script writes to.

The questions are the wijzer's own form (form.questions), so the answers mean
the same on both pages. What the script cannot know is rendered here: the
largest group the engine places at once, where the desk mode page is, and
each current vacancy's title, organisation and page as seen from this page
(the widget data holds addresses relative to the wijzer page). The proposal
itself comes from the engine (wijzer.allocate) in the browser.
"""

from __future__ import annotations

import datetime as dt

from inspiratiebox.bundle.contract import DATA, GROUP
from inspiratiebox.pages import form, vacancies
from inspiratiebox.pages.html import relative_url
from inspiratiebox.pages.html import text as _e

PLACEHOLDER = "<!-- groepsplaatsing -->"
PAGE = "hulpmiddelen/groepsplaatsing.md"
DESK_MODE_PAGE = "hulpmiddelen/loketmodus.md"
ENTRY = "group.js"
STYLES = "group.css"
# The most candidates one allocate request may hold: the worker refuses more
# (MAX_CANDIDATES in widget/web/worker.js); the page stops the group there first.
MAXIMUM = 60
LABEL_LENGTH = 20  # initials or a nickname, not a name


def vacancy_names(content, today: dt.date, *, directory_urls: bool = True) -> str:
    """Each vacancy current on `today` as the proposal names it: its title
    linked to its page (relative to this page) and its organisation, as
    escaped HTML in an inert <template> the script copies from."""
    rows = []
    for path, (org, vacancy) in vacancies.current_pages(content, today).items():
        page = relative_url(PAGE, path, directory_urls=directory_urls)
        rows.append(
            f'<p data-vacature="{_e(vacancy["id"])}"><a href="{_e(page)}">{_e(vacancy.get("titel"))}</a>'
            f'<span>{_e(org.get("naam"))}</span></p>'
        )
    return f'<template id="{GROUP["vacancies"]}">{"".join(rows)}</template>'


def _label_field(input_id: str) -> str:
    hint = f"{input_id}-uitleg"
    return (
        f'<p class="groep-veld"><label for="{input_id}">Korte naam (mag leeg blijven)</label>'
        f'<span class="wijzer-uitleg" id="{hint}">Bijvoorbeeld initialen of een bijnaam, hoogstens {LABEL_LENGTH} tekens. '
        f"Hij blijft op deze pagina en gaat nergens heen.</span>"
        f'<input type="text" id="{input_id}" maxlength="{LABEL_LENGTH}" autocomplete="off" aria-describedby="{hint}"></p>'
    )


def _link_form() -> str:
    hint = f"{GROUP['link']}-uitleg"
    return f"""<form class="groep-linkformulier" id="{GROUP['linkForm']}" method="dialog" novalidate aria-labelledby="groep-link-titel">
<h3 id="groep-link-titel">Met de link van de kandidaat</h3>
<p class="groep-veld"><label for="{GROUP['link']}">Link met antwoorden</label>
<span class="wijzer-uitleg" id="{hint}">De link die de kandidaat in de Vrijwilligerswijzer maakte met "Link naar je antwoorden". Hij eindigt op #antwoorden= en een lange reeks tekens.</span>
<input type="text" id="{GROUP['link']}" autocomplete="off" spellcheck="false" aria-describedby="{hint} {GROUP['linkMessage']}"></p>
<p class="groep-melding" id="{GROUP['linkMessage']}"></p>
{_label_field(GROUP['linkLabel'])}
<button type="submit" class="md-button">Voeg toe met de link</button>
</form>"""


def _questions_form(content) -> str:
    fieldsets, _ = form.questions(content)
    return f"""<form class="groep-formulier" id="{GROUP['form']}" method="dialog" novalidate aria-labelledby="{GROUP['formTitle']}">
<h3 id="{GROUP['formTitle']}" tabindex="-1">Of vul de vragen in met de kandidaat</h3>
{fieldsets}
{_label_field(GROUP['label'])}
<div class="groep-knoppen">
<button type="submit" class="md-button md-button--primary" id="{GROUP['add']}">Voeg toe</button>
<button type="button" class="md-button" id="{GROUP['cancel']}" hidden>Annuleer</button>
</div>
</form>"""


def render(content, today: dt.date, assets_url: str, modules: tuple[str, ...] = (), *, directory_urls: bool = True) -> str:
    """The page's widget and its script (form.page_script); `assets_url` is
    the folder of widget/web in the site, relative to this page."""
    desk_mode = relative_url(PAGE, DESK_MODE_PAGE, directory_urls=directory_urls)
    tools = relative_url(PAGE, "hulpmiddelen/index.md", directory_urls=directory_urls)
    states = GROUP["states"]
    base = _e(assets_url)
    return f"""<link rel="stylesheet" href="{base}{STYLES}">
<div class="wijzer groep" id="{GROUP['root']}" {DATA['state']}="{states['loading']}" {GROUP['maximum']}="{MAXIMUM}" {GROUP['deskMode']}="{_e(desk_mode)}">
<p class="wijzer-geen-js"><strong>Je browser voert geen JavaScript uit.</strong> Daarom werkt de groepsplaatsing hier niet. Gebruik de <a href="{_e(tools)}">andere hulpmiddelen</a> op papier.</p>
<p class="wijzer-status" id="{GROUP['status']}" role="status">De rekenmodule wordt geladen…</p>
<div class="wijzer-fout" id="{GROUP['error']}" hidden><p><strong>Er ging iets mis: de groepsplaatsing werkt nu niet.</strong> Je groep blijft staan. Laad de pagina opnieuw en voeg de kandidaten weer toe met hun links, of zoek per kandidaat in de Vrijwilligerswijzer.</p></div>
<section class="groep-toevoegen" aria-labelledby="groep-toevoegen-titel">
<h2 id="groep-toevoegen-titel">Voeg een kandidaat toe</h2>
{_link_form()}
{_questions_form(content)}
</section>
<section class="groep-groep" aria-labelledby="{GROUP['listTitle']}">
<h2 id="{GROUP['listTitle']}" tabindex="-1">De groep</h2>
<p id="{GROUP['count']}">Er staat nog niemand in de groep.</p>
<ol class="groep-lijst" id="{GROUP['list']}"></ol>
<p class="groep-knoppen"><button type="button" class="md-button md-button--primary" id="{GROUP['propose']}">Stel een plaatsing voor</button></p>
</section>
<section class="groep-voorstel" id="{GROUP['proposal']}" hidden></section>
</div>
{vacancy_names(content, today, directory_urls=directory_urls)}
{form.page_script(assets_url, modules, entry=ENTRY)}
"""
