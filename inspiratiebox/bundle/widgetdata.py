"""The data the Vrijwilligerswijzer receives: content/ reduced to what the
engine needs, as JSON-ready dicts (dates as ISO strings).

This is the contract between the build and the engine in widget/wijzer:
  {"gemeente": {naam, regio, deelgemeenten, loket{...}},
   "organisaties": [{id, naam, beschrijving, website, adres, deelgemeente,
                     contact{naam, telefoon, email},
                     draagkracht{maximum, nu, ervaring_met}}],
   "vacatures": [{<every vacancy field of the schema>, "organisatie": <org id>}],
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


def widget_data(content: Content) -> dict:
    gemeente = {k: content.gemeente[k] for k in ("naam", "regio", "deelgemeenten", "dichtbij", "loket")}
    organisaties = [{k: v for k, v in org.items() if k != "vacatures"} for org in content.organisaties]
    vacatures = [{**vac, "organisatie": org["id"]} for org, vac in content.vacatures()]
    wijzer = {k: content.wijzer[k] for k in ("vragen", "gewichten", "soorten")}
    return _plain({"gemeente": gemeente, "organisaties": organisaties, "vacatures": vacatures, "wijzer": wijzer})
