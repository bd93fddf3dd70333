"""The capacity overview for staff: each organisation's draagkracht, its
current vacancies and when they were last checked, with a way to its file.

Nothing in the site counts placements: the wijzer reads `draagkracht.nu`
and `maximum` from content, so the coordinator keeps them right by hand.
This page shows the numbers as the wijzer reads them and explains that loop.
It is for staff, so its front matter keeps it out of search engines and out
of the site's own search.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from inspiratiebox.content import schema
from inspiratiebox.content.wording import as_date, as_dict, as_int, as_list, count, date_text, labels
from inspiratiebox.pages import repository, vacancies
from inspiratiebox.pages.examples import front_matter
from inspiratiebox.pages.html import link, relative_url, text

PAGE = "hulpmiddelen/draagkracht.md"
TITLE = "Draagkracht van de organisaties"
HOSTING_PAGE = "zelf-hosten.md"  # how a repository rebuilds the site by itself
STAFF_META = ("robots: noindex", "search:", "  exclude: true")  # see overrides/main.html


@dataclass(frozen=True)
class Capacity:
    """An organisation's draagkracht read as the engine reads it
    (widget/wijzer/offer.py): a missing or broken number counts as 0."""

    maximum: int
    nu: int

    @property
    def full(self) -> bool:
        """The engine's rule (Organisation.vol): no room left, or none at all."""
        return self.nu >= self.maximum

    @property
    def free(self) -> int:
        return max(0, self.maximum - self.nu)


def capacity_of(org: dict) -> Capacity:
    draagkracht = as_dict(org.get("draagkracht"))
    return Capacity(max(0, as_int(draagkracht.get("maximum"))), max(0, as_int(draagkracht.get("nu"))))


def content_file(content, org: dict) -> str:
    """The organisation's file from the project root: content/organisaties/<id>.yml."""
    pattern = schema.FILES["organisatie"].pattern.replace("*", str(org.get("id") or ""))
    return f"{Path(content.root).name}/{pattern}"


def organisations(content) -> list[dict]:
    found = [o for o in as_list(content.organisaties) if isinstance(o, dict)]
    return sorted(found, key=lambda o: (name_of(o).casefold(), str(o.get("id") or "")))


def name_of(org: dict) -> str:
    return str(org.get("naam") or org.get("id") or "Organisatie")


def is_stale(vacancy: dict, today: dt.date) -> bool:
    """The content check's threshold, shared with the engine (vocab.stale)."""
    checked = as_date(vacancy.get("laatst_nagekeken"))
    return checked is not None and schema.engine_vocab().stale(checked, today)


# --- the page ---------------------------------------------------------------------


def render_page(content, today: dt.date, *, directory_urls: bool = True) -> str:
    orgs = organisations(content)
    links = vacancies.page_links(content, today, PAGE, directory_urls=directory_urls)
    edits = as_dict(content.gemeente).get("repository")
    return "\n".join([
        *front_matter(TITLE, *STAFF_META),
        f"# {TITLE}", "",
        "<p>Deze pagina is voor het vrijwilligersloket en voor wie de site beheert. "
        "Ze toont per organisatie hoeveel vrijwilligers die extra begeleiding nodig hebben "
        "ze tegelijk kan begeleiden, hoeveel er nu zijn, en haar open vacatures. "
        "Kandidaten vinden deze pagina niet via de zoekfunctie.</p>", "",
        summary(orgs, today), "",
        "## Zo houd je de draagkracht juist", "",
        render_loop(edits, relative_url(PAGE, HOSTING_PAGE, directory_urls=directory_urls)), "",
        "## Overzicht", "",
        render_table(orgs, today), "",
        "## Per organisatie", "",
        *[render_organisation(org, content, today, links, edits) for org in orgs], "",
    ])


def summary(orgs: list[dict], today: dt.date) -> str:
    """The line a coordinator reads first: who is full, how much room is left."""
    if not orgs:
        return '<p class="ib-draagkracht-samenvatting">Er staan nog geen organisaties op de site.</p>'
    capacities = [capacity_of(o) for o in orgs]
    full = sum(1 for c in capacities if c.full and c.maximum > 0)
    none = sum(1 for c in capacities if c.maximum == 0)
    free = sum(c.free for c in capacities)
    parts = [f"{full} van de {len(orgs)} organisaties {'zit' if full == 1 else 'zitten'} vol."]
    if none:
        parts.append(f"{count(none, 'organisatie neemt', 'organisaties nemen')} geen vrijwilligers "
                     "die extra begeleiding nodig hebben.")
    parts.append(f"Samen is er nog plaats voor {count(free, 'vrijwilliger', 'vrijwilligers')} "
                 "die extra begeleiding nodig hebben.")
    stale = sum(1 for o in orgs for v in vacancies.current_vacancies(o, today) if is_stale(v, today))
    if stale:
        months = schema.engine_vocab().STALE_AFTER_MONTHS
        parts.append(f"{count(stale, 'open vacature is', 'open vacatures zijn')} meer dan {months} maanden "
                     "niet nagekeken.")
    return f'<p class="ib-draagkracht-samenvatting"><strong>{text(" ".join(parts))}</strong></p>'


def render_loop(edits, hosting_url: str) -> str:
    """The loop in plain words: a placement changes `nu`, a rebuild makes it live."""
    vanaf = schema.engine_vocab().EXTRA_BEGELEIDING_VANAF
    levels = " of ".join(name.split(":")[0].lower() for level, name in schema.BEGELEIDING_AANBOD.items() if level >= vanaf)
    where = (
        "Met de link <em>Pas aan</em> bij een organisatie open je haar bestand in de editor van de "
        "repository. Sla je wijziging daar op. Bouwt de repository de site zelf (zie "
        f"{link(hosting_url, 'Zelf hosten', external=False)}), dan staat ze enkele minuten later online."
        if repository.edit_link(edits) else
        "Elke organisatie heeft een eigen bestand in de map <code>content/organisaties/</code> "
        "van de site. De naam van het bestand staat hieronder bij de organisatie. Pas het bestand "
        "aan en bouw de site opnieuw."
    )
    steps = [
        "Plaats je iemand die extra begeleiding nodig heeft (in de wijzer: "
        f"{text(levels)}) bij een organisatie? Verhoog dan <code>nu</code> onder "
        "<code>draagkracht</code> in het bestand van die organisatie met 1.",
        "Stopt die vrijwilliger, of is de extra begeleiding niet meer nodig? Verlaag <code>nu</code> "
        "dan weer met 1.",
        "Is <code>nu</code> even groot als <code>maximum</code>, dan zit de organisatie vol. De "
        "Vrijwilligerswijzer stelt ze dan niet meer voor aan mensen die extra begeleiding nodig "
        "hebben. Andere kandidaten ziet ze nog wel.",
        "Je wijziging werkt pas nadat de site opnieuw gebouwd is. " + where,
    ]
    return "<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>"


def status_text(capacity: Capacity) -> str:
    if capacity.maximum == 0:
        return "Geen plaats"
    return "Vol" if capacity.full else str(capacity.free)


def _status(capacity: Capacity) -> str:
    """The state in words, in a marked box when there is no room: never colour alone."""
    css = "ib-draagkracht-status ib-draagkracht-vol" if capacity.full else "ib-draagkracht-status"
    return f'<span class="{css}">{text(status_text(capacity))}</span>'


def render_table(orgs: list[dict], today: dt.date) -> str:
    if not orgs:
        return ""
    rows = []
    for org in orgs:
        capacity = capacity_of(org)
        name = text(name_of(org))
        anchor = f'<a href="#{text(anchor_of(org))}">{name}</a>' if org.get("id") else name
        rows.append(
            f'<tr><th scope="row">{anchor}</th><td>{capacity.nu} van {capacity.maximum}</td>'
            f"<td>{_status(capacity)}</td><td>{len(vacancies.current_vacancies(org, today))}</td></tr>"
        )
    head = "".join(f'<th scope="col">{h}</th>' for h in ("Organisatie", "Bezet", "Nog vrij", "Open vacatures"))
    return (
        '<div class="ib-draagkracht-overzicht"><table>'
        "<caption>Plaatsen voor vrijwilligers die extra begeleiding nodig hebben, per organisatie: "
        "hoeveel er bezet zijn van het maximum, en hoeveel er nog vrij zijn</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def anchor_of(org: dict) -> str:
    return f"organisatie-{org.get('id')}"


def render_organisation(org: dict, content, today: dt.date, links: dict, edits) -> str:
    """One organisation as a card: state, experience, vacancies, contact, file."""
    capacity = capacity_of(org)
    name = name_of(org)
    current = vacancies.current_vacancies(org, today)
    rows = [
        ("Extra begeleiding", text(capacity_sentence(capacity))),
        ("Ervaring met", _labels(org)),
        ("Open vacatures", _vacancy_list(current, links, today)),
        ("Laatst nagekeken", text(checked_sentence(current, today))),
        ("Contact", ", ".join(vacancies.contact_links(*_reach(org))) or "Niet ingevuld"),
        ("Bestand", f"<code>{text(content_file(content, org))}</code>"),
    ]
    href = repository.file_edit_link(edits, content_file(content, org)) if org.get("id") else None
    edit = f'<p class="ib-pas-aan">{link(href, f"Pas aan: bestand van {name}")}</p>' if href else ""
    css = "ib-draagkracht-org ib-draagkracht-org-vol" if capacity.full else "ib-draagkracht-org"
    heading = f"<h3>{text(name)} {_status(capacity)}</h3>" if capacity.full else f"<h3>{text(name)}</h3>"
    id_attribute = f' id="{text(anchor_of(org))}"' if org.get("id") else ""
    return f'<section class="{css}"{id_attribute}>{heading}{vacancies.facts_list(rows, "ib-gegevens")}{edit}</section>'


def capacity_sentence(capacity: Capacity) -> str:
    if capacity.maximum == 0:
        return ("Deze organisatie neemt geen vrijwilligers die extra begeleiding nodig hebben (maximum 0). "
                "De wijzer stelt ze hen niet voor.")
    taken = f"Nu {capacity.nu}, hoogstens {capacity.maximum}."
    if capacity.full:
        return f"{taken} Vol: de wijzer stelt deze organisatie niet voor aan wie extra begeleiding nodig heeft."
    return f"{taken} Nog {count(capacity.free, 'plaats', 'plaatsen')} vrij."


def _labels(org: dict) -> str:
    items = "".join(f"<li>{text(t)}</li>" for t in labels(schema.DOELGROEPEN, as_dict(org.get("draagkracht")).get("ervaring_met")))
    return f'<ul class="ib-labels">{items}</ul>' if items else "Niet ingevuld"


def _reach(org: dict) -> tuple:
    """Phone and e-mail only: published data holds no person's name."""
    contact = as_dict(org.get("contact"))
    return contact.get("telefoon"), contact.get("email")


def _vacancy_list(current: list[dict], links: dict, today: dt.date) -> str:
    if not current:
        return "Geen open vacatures"
    items = []
    for vacancy in current:
        title = link(links.get(vacancy.get("id")), vacancy.get("titel") or vacancy.get("id") or "Vacature", external=False)
        facts = []
        places = as_int(vacancy.get("plaatsen"), -1)
        if places >= 0:
            facts.append(count(places, "plaats", "plaatsen") + " open")
        checked = vacancy.get("laatst_nagekeken")
        facts.append(f"nagekeken op {date_text(checked)}" if checked else "niet nagekeken")
        mark = ' <strong class="ib-draagkracht-oud">Te lang niet nagekeken</strong>' if is_stale(vacancy, today) else ""
        items.append(f"<li>{title} ({text(', '.join(facts))}){mark}</li>")
    return f"<ul>{''.join(items)}</ul>"


def checked_sentence(current: list[dict], today: dt.date) -> str:
    """The oldest check of the open vacancies, and whether it is too old."""
    dates = [d for d in (as_date(v.get("laatst_nagekeken")) for v in current) if d]
    if not dates:
        return "Geen open vacatures met een datum" if current else "Geen open vacatures"
    oldest = min(dates)
    sentence = f"De oudste open vacature is nagekeken op {date_text(oldest)}."
    if schema.engine_vocab().stale(oldest, today):
        months = schema.engine_vocab().STALE_AFTER_MONTHS
        sentence += f" Dat is meer dan {months} maanden geleden: vraag de organisatie of haar vacatures nog kloppen."
    return sentence
