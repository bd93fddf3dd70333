"""The desk and the current vacancies, as HTML.

Used twice: on the Vacatures page, and as the Vrijwilligerswijzer's fallback
for visitors without JavaScript; so the functions take the heading level and
return plain HTML that needs no Markdown around it.
"""

from __future__ import annotations

import datetime as dt

from inspiratiebox.content import schema
from inspiratiebox.content.kinds.text import ID_PATTERN
from inspiratiebox.content.wording import access_states, as_date, as_dict, as_int, as_list, count, date_text, join, label, labels
from inspiratiebox.pages import desk
from inspiratiebox.pages.html import email_href, link, relative_url, render_markdown, safe_url, tel_href, text

PAGE = "vacatures.md"
WIJZER_PAGE = "vrijwilligerswijzer.md"  # docs/vrijwilligerswijzer.md, which shows this list too
PAGES = "vacatures"  # each current vacancy's own page: vacatures/<id>.md
FICTIEF = (
    "Let op: de organisaties en vacatures hieronder zijn verzonnen voorbeelden. "
    "Ze tonen hoe deze site werkt. Neem geen contact op met deze adressen."
)
# Markdown, so MkDocs checks and rewrites the links (files from opendata.py).
OPEN_DATA = (
    "Deze vacatures zijn ook open data, vrij te gebruiken (CC0): "
    "[vacatures.json](open-data/vacatures.json) en [vacatures.csv](open-data/vacatures.csv). "
    "Uitleg over elk veld staat op de pagina [Open data](open-data.md)."
)
FICTIEF_PAGINA = (
    "Let op: het loket, de organisaties en de vacatures op deze pagina zijn verzonnen voorbeelden. "
    "Ze tonen hoe deze site werkt. Neem geen contact op met deze adressen."
)


# How an access fact reads on a vacancy's page.
ACCESS_STATES = {"ja": "ja", "nee": "nee", "onbekend": "niet bekend. Vraag het aan de organisatie."}


def _h(level: int, inner: str, id_: str | None = None) -> str:
    level = max(1, min(6, level))
    attribute = f' id="{text(id_)}"' if id_ else ""
    return f"<h{level}{attribute}>{inner}</h{level}>"


def contact_links(phone, email) -> list[str]:
    parts = []
    if phone:
        parts.append(link(tel_href(phone), phone, external=False))
    if email:
        parts.append(link(email_href(email), email, external=False))
    return parts


def render_desk(content, level: int = 2) -> str:
    """Where a candidate can go with questions: the desk from gemeente.yml."""
    return desk.render_section(content.gemeente, level)


def is_current(vacancy: dict, today: dt.date) -> bool:
    """Not past its `geldig_tot`; an unreadable date keeps it visible."""
    until = as_date(vacancy.get("geldig_tot"))
    return until is None or until >= today


def page_path(vacancy: dict) -> str | None:
    """The source path of a vacancy's own page; None for an id that cannot
    be a file name (or "index", which would take the Vacatures page's place)."""
    vid = vacancy.get("id") if isinstance(vacancy, dict) else None
    if not isinstance(vid, str) or not ID_PATTERN.fullmatch(vid) or vid == "index":
        return None
    return f"{PAGES}/{vid}.md"


def current_pages(content, today: dt.date) -> dict[str, tuple[dict, dict]]:
    """{page path: (organisation, vacancy)} for every vacancy current on
    `today`: only these get a page, and only these are linked to one. The
    first of two vacancies with one id wins (the content check forbids it)."""
    found: dict[str, tuple[dict, dict]] = {}
    for org in as_list(content.organisaties):
        if not isinstance(org, dict):
            continue
        for vacancy in current_vacancies(org, today):
            path = page_path(vacancy)
            if path and path not in found:
                found[path] = (org, vacancy)
    return found


def page_links(content, today: dt.date, from_page: str, *, directory_urls: bool = True) -> dict[str, str]:
    """{vacancy id: URL of its page relative to `from_page`}, current ones only."""
    return {
        str(vacancy["id"]): relative_url(from_page, path, directory_urls=directory_urls)
        for path, (_, vacancy) in current_pages(content, today).items()
    }


def access_facts(value) -> list[tuple[str, str]]:
    """(label, "ja" | "nee" | "onbekend") for every need (wording.access_states)."""
    return [(label(schema.TOEGANKELIJKHEID, k), state) for k, state in access_states(value).items()]


def moments(vacancy: dict) -> str:
    """"dinsdagochtend en vrijdagmiddag", or "wanneer het jou past"."""
    slots = [m for m in as_list(vacancy.get("momenten")) if isinstance(m, str)]
    if vacancy.get("flexibel") or not slots:
        return "Wanneer het jou past"
    words = []
    for slot in slots:
        day, _, part = slot.partition("_")
        if day in schema.DAGEN and part in schema.DAGDELEN:
            words.append(schema.DAGEN[day] + schema.DAGDELEN[part])
        else:
            words.append(label(schema.MOMENTEN, slot))
    text_ = join(words)
    return text_[:1].upper() + text_[1:]


def place(vacancy: dict, org: dict | None = None) -> str:
    """Where the work is; with `org`, its area stands in for a vacancy without one."""
    area = vacancy.get("deelgemeente") or as_dict(org).get("deelgemeente")
    where = [str(area)] if area else []
    if vacancy.get("van_thuis"):
        where.append("van thuis uit")
    return join(where) if where else "Vraag het aan de organisatie"


def requirement(item: dict, regio) -> str:
    """"Uittreksel uit het strafregister (verplicht)": the word depends on the region."""
    item = as_dict(item)
    soort = item.get("soort")
    if soort == "goed_gedrag":
        name = schema.GOED_GEDRAG.get(regio, schema.VEREISTEN["goed_gedrag"])
    elif soort == "minimumleeftijd" and as_int(item.get("leeftijd"), 0):
        name = f"Minstens {as_int(item.get('leeftijd'))} jaar"
    else:
        name = label(schema.VEREISTEN, soort)
    nodig = label(schema.NODIG, item.get("nodig")) if item.get("nodig") else ""
    return f"{name} ({nodig})" if nodig else name


def _list(items) -> str:
    """One item as text, more as a list: a lone bullet reads oddly."""
    items = [i for i in items if i]
    if len(items) < 2:
        return text(items[0]) if items else ""
    return "<ul>" + "".join(f"<li>{text(i)}</li>" for i in items) + "</ul>"


def fact_rows(vacancy: dict, regio, org: dict | None = None, *, every_access_fact: bool = False) -> list[tuple[str, str]]:
    """(name, HTML) of every fact a vacancy states, in reading order; empty
    ones left out. On the overview, access lists what is met; on the
    vacancy's own page (`every_access_fact`) each need says ja, nee or
    niet bekend."""
    nederlands = label(schema.NEDERLANDS_NODIG, vacancy.get("nederlands")) if vacancy.get("nederlands") else ""
    dutch = [nederlands, schema.CRITERIA["nederlands_oefenen"] if vacancy.get("nederlands_oefenen") else ""]
    begeleiding = vacancy.get("begeleiding")
    support = [label(schema.BEGELEIDING_AANBOD, as_int(begeleiding)) if begeleiding is not None else ""]
    if vacancy.get("duo_mogelijk"):
        support.append("Je kunt starten in een duo, samen met een ervaren vrijwilliger.")
    places = as_int(vacancy.get("plaatsen"), -1)
    rows = [
        ("Waar", text(place(vacancy, org))),
        ("Wanneer", text(moments(vacancy))),
        ("Hoeveel tijd", text(label(schema.UREN, vacancy.get("uren")).capitalize() if vacancy.get("uren") else "")),
        ("Hoe vaak", text("Eén keer of een kort project" if vacancy.get("eenmalig") else "Regelmatig")),
        ("Soort werk", _list(labels(schema.TAKEN, vacancy.get("taken")))),
        ("Samenwerken", _list(labels(schema.SETTINGS, vacancy.get("setting")))),
        ("Nederlands", _list(dutch)),
        ("Toegankelijk", _access(vacancy.get("toegankelijkheid"), every_access_fact)),
        ("Begeleiding", _list(support)),
        ("Deeltaken", _list(str(t) for t in as_list(vacancy.get("deeltaken")))),
        ("Wat je nodig hebt", _list(requirement(v, regio) for v in as_list(vacancy.get("vereisten")))),
        ("Plaatsen", text(
            "Op dit moment zijn alle plaatsen ingevuld" if places == 0
            else f"Nog {count(places, 'plaats', 'plaatsen')} vrij" if places > 0 else "")),
    ]
    return [(name, value) for name, value in rows if value]


def _access(value, every: bool) -> str:
    facts = access_facts(value)
    if not every:
        return _list(name for name, state in facts if state == "ja")
    return _list(f"{name}: {ACCESS_STATES[state]}" for name, state in facts)


def facts_list(rows: list[tuple[str, str]], css: str = "ib-feiten") -> str:
    """(name, HTML) rows as a definition list; the names are the page's own words."""
    body = "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in rows)
    return f'<dl class="{css}">{body}</dl>'


def _facts(vacancy: dict, regio) -> str:
    return facts_list(fact_rows(vacancy, regio))


def current_vacancies(org: dict, today: dt.date) -> list[dict]:
    return [v for v in as_list(org.get("vacatures")) if isinstance(v, dict) and is_current(v, today)]


def render_overview(content, today: dt.date) -> str:
    """A jump list of the organisations: the page is long."""
    items = []
    for org in as_list(content.organisaties):
        if isinstance(org, dict) and org.get("id"):
            n = len(current_vacancies(org, today))
            label_ = count(n, "vacature", "vacatures") if n else "geen open vacatures"
            items.append(f'<li><a href="#organisatie-{text(org["id"])}">{text(org.get("naam") or org["id"])}</a> ({text(label_)})</li>')
    if not items:
        return ""
    return f'<nav class="ib-overzicht" aria-label="Organisaties"><p>Organisaties op deze pagina:</p><ul>{"".join(items)}</ul></nav>'


def render_vacancy(org: dict, vacancy: dict, regio, level: int, href: str | None = None) -> str:
    """One vacancy on a list; `href` is its own page, which its title links to."""
    vid = vacancy.get("id")
    title = vacancy.get("titel") or "Vacature"
    parts = [_h(level, link(href, title, external=False))]
    if vacancy.get("samenvatting"):
        parts.append(f'<p class="ib-samenvatting">{text(vacancy["samenvatting"])}</p>')
    description = render_markdown(vacancy.get("beschrijving"))
    if description:
        parts.append(f'<div class="ib-md">{description}</div>')
    parts.append(_facts(vacancy, regio))
    contact = as_dict(org.get("contact"))
    who = contact.get("naam") or org.get("naam") or "de organisatie"
    how = contact_links(contact.get("telefoon"), contact.get("email"))
    parts.append(
        f'<p class="ib-interesse">Interesse? Neem contact op met {text(who)}'
        + (f": {' of '.join(how)}" if how else "") + ".</p>"
    )
    checked = []
    if vacancy.get("geldig_tot"):
        checked.append(f"Loopt tot {text(date_text(vacancy['geldig_tot']))}.")
    if vacancy.get("laatst_nagekeken"):
        checked.append(f"Laatst nagekeken op {text(date_text(vacancy['laatst_nagekeken']))}.")
    if checked:
        parts.append(f'<p class="ib-datum">{" ".join(checked)}</p>')
    id_attribute = f' id="{text(vid)}"' if vid else ""
    return f'<article class="ib-vacature"{id_attribute}>{"".join(parts)}</article>'


def render_organisation(org: dict, current: list[dict], regio, level: int, links: dict | None = None) -> str:
    naam = org.get("naam") or "Organisatie"
    parts = [_h(level, text(naam), f"organisatie-{org['id']}" if org.get("id") else None)]
    if org.get("beschrijving"):
        parts.append(f"<p>{text(org['beschrijving'])}</p>")
    rows = []
    if org.get("deelgemeente"):
        rows.append(("Waar", text(org["deelgemeente"])))
    if org.get("adres"):
        rows.append(("Adres", text(org["adres"])))
    website = safe_url(org.get("website"))
    if website:
        rows.append(("Website", link(website, website)))
    contact = as_dict(org.get("contact"))
    reach = ([text(contact["naam"])] if contact.get("naam") else []) + contact_links(contact.get("telefoon"), contact.get("email"))
    if reach:
        rows.append(("Contact", ", ".join(reach)))
    if rows:
        parts.append(facts_list(rows, "ib-gegevens"))
    if current:
        parts += [render_vacancy(org, v, regio, level + 1, as_dict(links).get(v.get("id"))) for v in current]
    else:
        parts.append(
            '<p class="ib-geen">Deze organisatie heeft op dit moment geen open vacatures. '
            "Je kunt haar wel contacteren, of langsgaan bij het loket.</p>"
        )
    return f'<section class="ib-organisatie">{"".join(parts)}</section>'


def render_vacancies(
    content, today: dt.date, level: int = 2, notice: bool = True, *, page: str = PAGE, directory_urls: bool = True,
) -> str:
    """Every organisation with its current vacancies (expired ones left out),
    each title a link to the vacancy's own page, relative to `page` (the
    source path of the page this list is shown on).

    `notice=False` when the caller already says the content is fictional.
    """
    links = page_links(content, today, page, directory_urls=directory_urls)
    gemeente = as_dict(content.gemeente)
    regio = gemeente.get("regio")
    parts = []
    if notice and gemeente.get("fictief"):
        parts.append(f'<p class="ib-fictief-melding" role="note">{text(FICTIEF)}</p>')
    organisations = [o for o in as_list(content.organisaties) if isinstance(o, dict)]
    if not organisations:
        parts.append("<p>Er staan nog geen organisaties op deze site. Het loket helpt je graag verder.</p>")
    for org in organisations:
        parts.append(render_organisation(org, current_vacancies(org, today), regio, level, links))
    return f'<div class="ib-vacatures">{"".join(parts)}</div>'


def render_page(content, today: dt.date, *, directory_urls: bool = True) -> str:
    wijzer = relative_url(PAGE, WIJZER_PAGE, directory_urls=directory_urls)
    fictief = as_dict(content.gemeente).get("fictief")
    return "\n".join([
        "# Vacatures",
        "",
        f'<p class="ib-fictief-melding" role="note">{text(FICTIEF_PAGINA)}</p>' if fictief else "",
        "",
        "<p>Hier vind je organisaties die vrijwilligers zoeken, met hun vacatures. "
        f"Wil je weten wat bij jou past? Probeer de {link(wijzer, 'Vrijwilligerswijzer', external=False)} "
        "of ga langs bij het loket.</p>",
        "",
        "<p>Elke vacature heeft ook een eigen pagina, die zoekmachines kunnen tonen: klik op de titel.</p>",
        "",
        render_desk(content),
        "",
        render_overview(content, today),
        "",
        render_vacancies(content, today, notice=False, directory_urls=directory_urls),
        "",
        OPEN_DATA,
        "",
    ])
