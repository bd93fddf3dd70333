"""A page per current vacancy: vacatures/<id>.md, with every fact in plain
Dutch and a schema.org JobPosting, so a search engine can show it.

Only vacancies current on the build date get a page (vacancies.current_pages);
an expired one has none, and nothing links to one. The pages are not listed in
the navigation one by one: the Vacatures page links each title to its page.
"""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser

from inspiratiebox.content import schema
from inspiratiebox.content.wording import as_date, as_dict, date_text
from inspiratiebox.pages import desk, vacancies
from inspiratiebox.pages.examples import front_matter
from inspiratiebox.pages.html import link, markdown_text, relative_url, render_markdown, safe_url, text

DESK_HEADING = "Vragen? Het loket helpt je."
# In JSON inside <script>, "<" and ">" are written as \u003c and \u003e (and
# "&" as \u0026): then neither "</script>" nor "<!--" can end or bend the
# block, whatever content holds, and the JSON still reads the same.
_JSON_IN_HTML = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def generate(content, today: dt.date, *, directory_urls: bool = True) -> dict[str, str]:
    """{src path: Markdown} for every vacancy current on `today`."""
    return {
        path: render_page(content, org, vacancy, path, directory_urls=directory_urls)
        for path, (org, vacancy) in vacancies.current_pages(content, today).items()
    }


def render_page(content, org: dict, vacancy: dict, src: str, *, directory_urls: bool = True) -> str:
    gemeente = as_dict(content.gemeente)
    title = str(vacancy.get("titel") or vacancy.get("id") or "Vacature")
    out = [*front_matter(title), f"# {markdown_text(title)}", ""]
    if gemeente.get("fictief"):
        out += [f'<p class="ib-fictief-melding" role="note">{text(vacancies.FICTIEF)}</p>', ""]
    out += [_intro(vacancy, org), ""]
    out += ["## Wat je moet weten", "", _facts(org, vacancy, gemeente.get("regio")), ""]
    out += ["## De organisatie", "", _organisation(org), ""]
    out += ["## Interesse?", "", _contact(org), ""]
    out += [f"## {DESK_HEADING}", "", desk.render_section(gemeente, level=3), ""]
    out += [_links(src, vacancy, directory_urls), ""]
    out += [json_ld_block(job_posting(org, vacancy, gemeente)), ""]
    return "\n".join(out)


def _intro(vacancy: dict, org: dict) -> str:
    parts = []
    if vacancy.get("samenvatting"):
        parts.append(f'<p class="ib-samenvatting">{text(vacancy["samenvatting"])}</p>')
    description = render_markdown(vacancy.get("beschrijving"))
    if description:
        parts.append(f'<div class="ib-md">{description}</div>')
    if org.get("naam"):
        parts.append(f"<p>Bij {text(org['naam'])}.</p>")
    return f'<div class="ib-vacature-kop">{"".join(parts)}</div>'


def _facts(org: dict, vacancy: dict, regio) -> str:
    rows = vacancies.fact_rows(vacancy, regio, org, every_access_fact=True)
    if vacancy.get("geldig_tot"):
        rows.append(("Loopt tot", text(date_text(vacancy["geldig_tot"]))))
    if vacancy.get("laatst_nagekeken"):
        rows.append(("Laatst nagekeken", text(date_text(vacancy["laatst_nagekeken"]))))
    return vacancies.facts_list(rows)


def _organisation(org: dict) -> str:
    rows = []
    if org.get("naam"):
        rows.append(("Naam", text(org["naam"])))
    if org.get("beschrijving"):
        rows.append(("Over de organisatie", text(org["beschrijving"])))
    if org.get("adres"):
        rows.append(("Adres", text(org["adres"])))
    if org.get("deelgemeente"):
        rows.append(("Deelgemeente", text(org["deelgemeente"])))
    website = safe_url(org.get("website"))
    if website:
        rows.append(("Website", link(website, website)))
    return vacancies.facts_list(rows, "ib-gegevens") if rows else "<p>Over deze organisatie staat nog niets op de site.</p>"


def _contact(org: dict) -> str:
    contact = as_dict(org.get("contact"))
    who = contact.get("naam") or org.get("naam") or "de organisatie"
    how = vacancies.contact_links(contact.get("telefoon"), contact.get("email"))
    if not how:
        return f'<p class="ib-interesse">Neem contact op met {text(who)}, of vraag het aan het loket.</p>'
    return f'<p class="ib-interesse">Neem contact op met {text(who)}: {" of ".join(how)}.</p>'


def _links(src: str, vacancy: dict, directory_urls: bool) -> str:
    anchor = f"#{vacancy['id']}" if vacancy.get("id") else ""
    back = relative_url(src, vacancies.PAGE + anchor, directory_urls=directory_urls)
    wijzer = relative_url(src, vacancies.WIJZER_PAGE, directory_urls=directory_urls)
    return (
        f'<p class="ib-terug">{link(back, "Alle vacatures", external=False)} · '
        f'{link(wijzer, "Zoek wat bij je past met de Vrijwilligerswijzer", external=False)}</p>'
    )


# --- schema.org JobPosting ------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def plain_text(html: str) -> str:
    """The text of sanitised HTML, whitespace collapsed."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())


def _iso(value) -> str | None:
    day = as_date(value)
    return day.isoformat() if day else None


def job_posting(org: dict, vacancy: dict, gemeente: dict) -> dict:
    """The vacancy as a schema.org JobPosting for volunteers. No contact
    person: a name typed in content is never put in machine-read data."""
    summary = str(vacancy.get("samenvatting") or "")
    description = " ".join(p for p in (summary, plain_text(render_markdown(vacancy.get("beschrijving")))) if p)
    hiring = {"@type": "Organization", "name": str(org.get("naam") or "")}
    if safe_url(org.get("website")):
        hiring["sameAs"] = safe_url(org.get("website"))
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": str(vacancy.get("titel") or vacancy.get("id") or ""),
        "description": description or str(vacancy.get("titel") or ""),
        "datePosted": _iso(vacancy.get("laatst_nagekeken")),
        "validThrough": _iso(vacancy.get("geldig_tot")),
        "employmentType": "VOLUNTEER",
        "hiringOrganization": hiring,
        "directApply": False,
    }
    posting.update(_location(org, vacancy, gemeente))
    return {k: v for k, v in posting.items() if v is not None}


def _location(org: dict, vacancy: dict, gemeente: dict) -> dict:
    """A place when the work has one, and TELECOMMUTE when it can (also) be
    done from home; the country comes from the municipality's region."""
    country = gemeente.get("regio") if gemeente.get("regio") in schema.REGIOS else None
    address = {"@type": "PostalAddress"}
    area = vacancy.get("deelgemeente") or org.get("deelgemeente")
    for key, value in (("streetAddress", org.get("adres")), ("addressLocality", area), ("addressCountry", country)):
        if value:
            address[key] = str(value)
    found = {}
    if vacancy.get("van_thuis"):
        found["jobLocationType"] = "TELECOMMUTE"
        if country:
            found["applicantLocationRequirements"] = {"@type": "Country", "name": country}
    if org.get("adres") or area or not found:
        found["jobLocation"] = {"@type": "Place", "address": address}
    return found


def json_ld_block(data: dict) -> str:
    """A <script type="application/ld+json"> data block: the browser never
    runs it, and the policy in site/csp.py leaves it unhashed."""
    body = json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_IN_HTML)
    return f'<script type="application/ld+json">\n{body}\n</script>'
