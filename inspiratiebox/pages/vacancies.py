"""The desk and the current vacancies, as HTML.

Used twice: on the Vacatures page, and as the Vrijwilligerswijzer's fallback
for visitors without JavaScript; so the functions take the heading level and
return plain HTML that needs no Markdown around it.
"""

from __future__ import annotations

import datetime as dt

from inspiratiebox.content import schema
from inspiratiebox.content.wording import as_date, as_dict, as_int, as_list, count, date_text, join, label, labels
from inspiratiebox.pages import desk
from inspiratiebox.pages.html import email_href, link, relative_url, render_markdown, safe_url, tel_href, text

PAGE = "vacatures.md"
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


def _h(level: int, inner: str, id_: str | None = None) -> str:
    level = max(1, min(6, level))
    attribute = f' id="{text(id_)}"' if id_ else ""
    return f"<h{level}{attribute}>{inner}</h{level}>"


def _contact_links(phone, email) -> list[str]:
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


def place(vacancy: dict) -> str:
    where = [str(vacancy["deelgemeente"])] if vacancy.get("deelgemeente") else []
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


def _facts(vacancy: dict, regio) -> str:
    nederlands = label(schema.NEDERLANDS_NODIG, vacancy.get("nederlands")) if vacancy.get("nederlands") else ""
    dutch = [nederlands, schema.CRITERIA["nederlands_oefenen"] if vacancy.get("nederlands_oefenen") else ""]
    begeleiding = vacancy.get("begeleiding")
    support = [label(schema.BEGELEIDING_AANBOD, as_int(begeleiding)) if begeleiding is not None else ""]
    if vacancy.get("duo_mogelijk"):
        support.append("Je kunt starten in een duo, samen met een ervaren vrijwilliger.")
    places = as_int(vacancy.get("plaatsen"), -1)
    rows = [
        ("Waar", text(place(vacancy))),
        ("Wanneer", text(moments(vacancy))),
        ("Hoeveel tijd", text(label(schema.UREN, vacancy.get("uren")).capitalize() if vacancy.get("uren") else "")),
        ("Hoe vaak", text("Eén keer of een kort project" if vacancy.get("eenmalig") else "Regelmatig")),
        ("Soort werk", _list(labels(schema.TAKEN, vacancy.get("taken")))),
        ("Samenwerken", _list(labels(schema.SETTINGS, vacancy.get("setting")))),
        ("Nederlands", _list(dutch)),
        ("Toegankelijk", _list(labels(schema.TOEGANKELIJKHEID, vacancy.get("toegankelijkheid")))),
        ("Begeleiding", _list(support)),
        ("Deeltaken", _list(str(t) for t in as_list(vacancy.get("deeltaken")))),
        ("Wat je nodig hebt", _list(requirement(v, regio) for v in as_list(vacancy.get("vereisten")))),
        ("Plaatsen", text(
            "Op dit moment zijn alle plaatsen ingevuld" if places == 0
            else f"Nog {count(places, 'plaats', 'plaatsen')} vrij" if places > 0 else "")),
    ]
    body = "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in rows if value)
    return f'<dl class="ib-feiten">{body}</dl>'


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


def render_vacancy(org: dict, vacancy: dict, regio, level: int) -> str:
    vid = vacancy.get("id")
    title = vacancy.get("titel") or "Vacature"
    parts = [_h(level, text(title))]
    if vacancy.get("samenvatting"):
        parts.append(f'<p class="ib-samenvatting">{text(vacancy["samenvatting"])}</p>')
    description = render_markdown(vacancy.get("beschrijving"))
    if description:
        parts.append(f'<div class="ib-md">{description}</div>')
    parts.append(_facts(vacancy, regio))
    contact = as_dict(org.get("contact"))
    who = contact.get("naam") or org.get("naam") or "de organisatie"
    how = _contact_links(contact.get("telefoon"), contact.get("email"))
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


def render_organisation(org: dict, current: list[dict], regio, level: int) -> str:
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
    reach = ([text(contact["naam"])] if contact.get("naam") else []) + _contact_links(contact.get("telefoon"), contact.get("email"))
    if reach:
        rows.append(("Contact", ", ".join(reach)))
    if rows:
        parts.append('<dl class="ib-gegevens">' + "".join(f"<div><dt>{n}</dt><dd>{v}</dd></div>" for n, v in rows) + "</dl>")
    if current:
        parts += [render_vacancy(org, v, regio, level + 1) for v in current]
    else:
        parts.append(
            '<p class="ib-geen">Deze organisatie heeft op dit moment geen open vacatures. '
            "Je kunt haar wel contacteren, of langsgaan bij het loket.</p>"
        )
    return f'<section class="ib-organisatie">{"".join(parts)}</section>'


def render_vacancies(content, today: dt.date, level: int = 2, notice: bool = True) -> str:
    """Every organisation with its current vacancies (expired ones left out).

    `notice=False` when the caller already says the content is fictional.
    """
    gemeente = as_dict(content.gemeente)
    regio = gemeente.get("regio")
    parts = []
    if notice and gemeente.get("fictief"):
        parts.append(f'<p class="ib-fictief-melding" role="note">{text(FICTIEF)}</p>')
    organisations = [o for o in as_list(content.organisaties) if isinstance(o, dict)]
    if not organisations:
        parts.append("<p>Er staan nog geen organisaties op deze site. Het loket helpt je graag verder.</p>")
    for org in organisations:
        parts.append(render_organisation(org, current_vacancies(org, today), regio, level))
    return f'<div class="ib-vacatures">{"".join(parts)}</div>'


def render_page(content, today: dt.date, *, directory_urls: bool = True) -> str:
    wijzer = relative_url(PAGE, "vrijwilligerswijzer.md", directory_urls=directory_urls)
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
        render_desk(content),
        "",
        render_overview(content, today),
        "",
        render_vacancies(content, today, notice=False),
        "",
        OPEN_DATA,
        "",
    ])
