"""The data the Vrijwilligerswijzer receives: content/ reduced to what the
engine needs, as JSON-ready dicts (dates as ISO strings).

This is the contract between the build and the engine in widget/wijzer:
  {"gemeente": {naam, regio, deelgemeenten, dichtbij, loket{...}},
   "organisaties": [{id, naam, beschrijving, website, adres, deelgemeente,
                     contact{telefoon, email} (never a name: the file is public),
                     draagkracht{maximum, nu, ervaring_met}}],
   "vacatures": [{<every vacancy field of the schema>, "organisatie": <org id>,
                  "pagina": <URL of the vacancy's own page, relative to the
                             wijzer page; only on vacancies current on the
                             build date, which are the ones with a page>}],
   "wijzer": {vragen, gewichten, soorten}}
Every vacancy is included, expired ones too: expiry is the engine's gate,
decided against the date the browser passes in.
"""

from __future__ import annotations

import datetime as dt

from inspiratiebox.content.model import Content


def _plain(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _published(org: dict) -> dict:
    """The organisation without its vacancies and without the contact's name:
    the file is public, and a contact is a role and a shared address."""
    contact = {k: v for k, v in (org.get("contact") or {}).items() if k != "naam"}
    return {**{k: v for k, v in org.items() if k != "vacatures"}, "contact": contact}


def widget_data(content: Content, pages: dict[str, str] | None = None) -> dict:
    """`pages` is {vacancy id: its page's URL relative to the wijzer page},
    made by the build for the vacancies current on its date (the pages room
    knows where pages are; this one only passes the URL on)."""
    pages = pages or {}
    gemeente = {k: content.gemeente[k] for k in ("naam", "regio", "deelgemeenten", "dichtbij", "loket")}
    organisaties = [_published(org) for org in content.organisaties]
    vacatures = [
        {**vac, "organisatie": org["id"], **({"pagina": pages[vac["id"]]} if vac.get("id") in pages else {})}
        for org, vac in content.vacatures()
    ]
    wijzer = {k: content.wijzer[k] for k in ("vragen", "gewichten", "soorten")}
    return _plain({"gemeente": gemeente, "organisaties": organisaties, "vacatures": vacatures, "wijzer": wijzer})
