"""The current vacancies as open data: open-data/vacatures.json and .csv.

The JSON keeps close to the UK Volunteering Data Standard where it fits
(English names for an opportunity: title, description, organisation,
location, remote, availability slots such as "monday_morning", time
commitment, requirements, dates, contact), so tools built for that standard
need little mapping; what the standard lacks (Dutch needed, support offered,
motives, ...) has its own clear name. Values are the schema's codes; their
labels are listed on the "Inhoud beheren" page. Every key is documented on
docs/open-data.md, and a test holds the two together.

Vacancies past `geldig_tot` on the build date are left out, as on the
Vacatures page. Each one links to the Vacatures page (`url`) and to its own
page (`page_url`). The CSV has the same fields, one row per vacancy.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

from inspiratiebox.content.wording import access_states, as_date, as_dict, as_int, as_list
from inspiratiebox.pages import vacancies
from inspiratiebox.pages.vacancies import is_current

FOLDER = "open-data"
JSON_FILE = f"{FOLDER}/vacatures.json"
CSV_FILE = f"{FOLDER}/vacatures.csv"
LICENSE = "CC0-1.0"
LICENSE_URL = "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"
LIST_SEPARATOR = "; "
_PHONE = re.compile(r"[+\-]?[0-9][0-9 ./()\-]*")

DAYS = {  # schema.DAGEN -> the standard's weekday names
    "ma": "monday", "di": "tuesday", "wo": "wednesday", "do": "thursday",
    "vr": "friday", "za": "saturday", "zo": "sunday",
}
PARTS = {"ochtend": "morning", "middag": "afternoon", "avond": "evening"}


def slot(code) -> str | None:
    """"di_middag" -> "tuesday_afternoon"; None for anything else."""
    day, _, part = str(code).partition("_")
    if day in DAYS and part in PARTS:
        return f"{DAYS[day]}_{PARTS[part]}"
    return None


def _text(value) -> str | None:
    return None if value is None or value == "" else str(value)


def _codes(value) -> list[str]:
    return [str(v) for v in as_list(value) if isinstance(v, (str, int)) and not isinstance(v, bool)]


def _facts(vacancy: dict, state: str) -> list[str]:
    """The needs the vacancy says ja (or nee) to; a need it says nothing about is in neither."""
    return [need for need, said in access_states(vacancy.get("toegankelijkheid")).items() if said == state]


def _iso(value) -> str | None:
    day = as_date(value)
    return day.isoformat() if day else None


def _requirements(vacancy: dict) -> list[dict]:
    items = []
    for item in as_list(vacancy.get("vereisten")):
        item = as_dict(item)
        if not item.get("soort"):
            continue
        age = item.get("leeftijd")
        items.append({
            "type": str(item["soort"]),
            "mandatory": item.get("nodig") == "moet",
            "minimum_age": as_int(age) if item.get("soort") == "minimumleeftijd" and age is not None else None,
        })
    return items


def _minimum_age(requirements: list[dict]) -> int | None:
    ages = [r["minimum_age"] for r in requirements if r["mandatory"] and r["minimum_age"] is not None]
    return max(ages) if ages else None


def opportunity(org: dict, vacancy: dict, gemeente: dict, page_url: str, own_page: str | None = None) -> dict:
    """One vacancy in the open-data shape; every key always present.
    `page_url` is the Vacatures page, `own_page` the vacancy's own page."""
    contact = as_dict(org.get("contact"))
    requirements = _requirements(vacancy)
    flexible = bool(vacancy.get("flexibel"))
    vid = _text(vacancy.get("id"))
    return {
        "id": vid,
        "title": _text(vacancy.get("titel")),
        "summary": _text(vacancy.get("samenvatting")),
        "description": _text(vacancy.get("beschrijving")),
        "url": f"{page_url}#{vid}" if vid else page_url,
        "page_url": own_page,
        "organisation": {
            "id": _text(org.get("id")),
            "name": _text(org.get("naam")),
            "description": _text(org.get("beschrijving")),
            "url": _text(org.get("website")),
            "address": _text(org.get("adres")),
        },
        # No name: a contact is a role and a shared address, never a person.
        "contact": {
            "phone": _text(contact.get("telefoon")),
            "email": _text(contact.get("email")),
        },
        "location": {
            "area": _text(vacancy.get("deelgemeente")),
            "municipality": _text(gemeente.get("naam")),
            "country": _text(gemeente.get("regio")),
        },
        "remote": bool(vacancy.get("van_thuis")),
        "availability": {
            "flexible": flexible,
            "slots": [] if flexible else [s for s in map(slot, as_list(vacancy.get("momenten"))) if s],
        },
        "time_commitment": {
            "hours_per_week": _text(vacancy.get("uren")),
            "one_off": bool(vacancy.get("eenmalig")),
        },
        "requirements": requirements,
        "minimum_age": _minimum_age(requirements),
        "causes": _codes(vacancy.get("sectoren")),
        "activities": _codes(vacancy.get("taken")),
        "settings": _codes(vacancy.get("setting")),
        "dutch_needed": _text(vacancy.get("nederlands")),
        "dutch_practice": bool(vacancy.get("nederlands_oefenen")),
        "accessibility": _facts(vacancy, "ja"),
        "not_accessible": _facts(vacancy, "nee"),
        "support_offered": as_int(vacancy.get("begeleiding")) if vacancy.get("begeleiding") is not None else None,
        "duo_possible": bool(vacancy.get("duo_mogelijk")),
        "sub_tasks": [str(t) for t in as_list(vacancy.get("deeltaken"))],
        "motivations": _codes(vacancy.get("motieven")),
        "places": as_int(vacancy.get("plaatsen")) if vacancy.get("plaatsen") is not None else None,
        "end_date": _iso(vacancy.get("geldig_tot")),
        "last_checked": _iso(vacancy.get("laatst_nagekeken")),
    }


def vacancies_page_url(site_url: str | None, directory_urls: bool = True) -> str:
    """The Vacatures page: absolute when the site's address is known, else
    relative to the data files in open-data/."""
    path = "vacatures/" if directory_urls else "vacatures.html"
    if site_url:
        return site_url.rstrip("/") + "/" + path
    return "../" + path


def own_page_urls(content, today: dt.date, site_url: str | None, directory_urls: bool = True) -> dict[str, str]:
    """{vacancy id: address of its own page}: absolute when the site's address
    is known, else relative to the site's root (vacatures/<id>/)."""
    links = vacancies.page_links(content, today, "index.md", directory_urls=directory_urls)
    if site_url:
        return {vid: site_url.rstrip("/") + "/" + url for vid, url in links.items()}
    return links


def dataset(content, today: dt.date, *, site_url: str | None = None, directory_urls: bool = True) -> dict:
    gemeente = as_dict(content.gemeente)
    page_url = vacancies_page_url(site_url, directory_urls)
    own_pages = own_page_urls(content, today, site_url, directory_urls)
    items = []
    for org in as_list(content.organisaties):
        if not isinstance(org, dict):
            continue
        for vacancy in as_list(org.get("vacatures")):
            if isinstance(vacancy, dict) and is_current(vacancy, today):
                own = own_pages.get(vacancy.get("id")) if isinstance(vacancy.get("id"), str) else None
                items.append(opportunity(org, vacancy, gemeente, page_url, own))
    naam = _text(gemeente.get("naam")) or "de gemeente"
    return {
        "title": f"Vacatures voor vrijwilligers in {naam}",
        "publisher": naam,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "generated": today.isoformat(),
        "fictional": bool(gemeente.get("fictief")),
        "opportunities": items,
    }


def flatten(item: dict, prefix: str = "") -> dict[str, str]:
    """One opportunity as CSV cells: nested keys joined with a dot, lists
    joined with "; ", lists of objects split into one column per key."""
    cells: dict[str, str] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            cells.update(flatten(value, f"{name}."))
        elif key in LIST_OF_OBJECTS:
            for sub in LIST_OF_OBJECTS[key]:
                cells[f"{name}.{sub}"] = LIST_SEPARATOR.join(_cell(v.get(sub)) for v in value)
        elif isinstance(value, list):
            cells[name] = LIST_SEPARATOR.join(_cell(v) for v in value)
        else:
            cells[name] = _cell(value)
    return cells


# Lists of objects and their keys, so an empty list still gets its columns.
LIST_OF_OBJECTS = {"requirements": ("type", "mandatory", "minimum_age")}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return defuse(str(value))


def defuse(cell: str) -> str:
    """A leading ' before a cell a spreadsheet would run as a formula.

    Content may come from anyone's spreadsheet; "=HYPERLINK(...)" in a title
    must not become a live formula for whoever opens the CSV. A phone number
    such as +32 9 123 45 67 is left as it is.
    """
    if cell[:1] in ("=", "@", "\t", "\r") or (cell[:1] in ("+", "-") and not _PHONE.fullmatch(cell)):
        return "'" + cell
    return cell


def columns() -> list[str]:
    """The CSV header: the keys of an opportunity, flattened, in order."""
    return list(flatten(opportunity({}, {}, {}, "")))


def to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_csv(data: dict) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns(), lineterminator="\r\n")
    writer.writeheader()
    for item in data["opportunities"]:
        writer.writerow(flatten(item))
    return out.getvalue()


def files(content, today: dt.date, *, site_url: str | None = None, directory_urls: bool = True) -> dict[str, str]:
    """{path under site/: text} for the build to write."""
    data = dataset(content, today, site_url=site_url, directory_urls=directory_urls)
    return {JSON_FILE: to_json(data), CSV_FILE: to_csv(data)}

