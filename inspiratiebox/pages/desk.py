"""The desk ("loket") from gemeente.yml, in every shape the site shows it.

One reading of the desk's details (`details`), and one renderer per place it
appears: the section on the Vacatures page and below the wijzer, the way to
reach it in the wijzer's error text and the accessibility statement, the
footer's data, and the template the wijzer's script shows next to its
results. Each starts from the same details, so the places cannot disagree.
"""

from __future__ import annotations

from inspiratiebox.bundle.contract import IDS
from inspiratiebox.content.wording import as_dict, as_list
from inspiratiebox.pages.html import email_href, link, safe_url, tel_href, text

DEFAULT_NAME = "Het vrijwilligersloket"


def _plain(value) -> str:
    return str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""


def details(gemeente) -> dict:
    """The desk as plain strings with ready, safe hrefs ("" when absent):
    links are made safe here, because escaping alone does not stop a
    `javascript:` address."""
    loket = as_dict(as_dict(gemeente).get("loket"))
    telefoon, email = _plain(loket.get("telefoon")), _plain(loket.get("email"))
    return {
        "naam": _plain(loket.get("naam")),
        "adres": _plain(loket.get("adres")),
        "openingsuren": [_plain(h) for h in as_list(loket.get("openingsuren")) if _plain(h)],
        "telefoon": telefoon,
        "telefoon_href": tel_href(telefoon) or "",
        "email": email,
        "email_href": email_href(email) or "",
        "afspraak_href": safe_url(loket.get("afspraak")) or "",
    }


def _heading(level: int, inner: str, id_: str) -> str:
    level = max(1, min(6, level))
    return f'<h{level} id="{text(id_)}">{inner}</h{level}>'


def _local_link(href: str, label: str) -> str:
    return link(href, label, external=False)


def render_section(gemeente, level: int = 2) -> str:
    """Where a candidate can go with questions, as a section with a heading
    of the level the page needs (2 on a page, 3 below the wijzer)."""
    desk = details(gemeente)
    rows = []
    if desk["adres"]:
        rows.append(f"<div><dt>Adres</dt><dd>{text(desk['adres'])}</dd></div>")
    hours = "".join(f"<li>{text(h)}</li>" for h in desk["openingsuren"])
    if hours:
        rows.append(f"<div><dt>Open</dt><dd><ul>{hours}</ul></dd></div>")
    if desk["telefoon"]:
        rows.append(f"<div><dt>Telefoon</dt><dd>{_local_link(desk['telefoon_href'], desk['telefoon'])}</dd></div>")
    if desk["email"]:
        rows.append(f"<div><dt>E-mail</dt><dd>{_local_link(desk['email_href'], desk['email'])}</dd></div>")
    afspraak = desk["afspraak_href"]
    appointment = f'<p class="ib-afspraak">{link(afspraak, "Maak een afspraak")}</p>' if afspraak else ""
    return (
        '<section class="ib-loket" aria-labelledby="ib-loket">'
        + _heading(level, text(desk["naam"] or DEFAULT_NAME), "ib-loket")
        + "<p>Twijfel je of zoek je iets anders? Kom langs, bel of mail. "
        "We zoeken samen met jou wat bij je past.</p>"
        + (f'<dl class="ib-gegevens">{"".join(rows)}</dl>' if rows else "")
        + appointment
        + "</section>"
    )


def reach_links(gemeente) -> list[str]:
    """The desk's phone and e-mail as links (or text without a safe href)."""
    desk = details(gemeente)
    return [
        _local_link(desk[f"{kind}_href"], desk[kind])
        for kind in ("telefoon", "email") if desk[kind]
    ]


def render_template(gemeente) -> str:
    """The desk as the wijzer shows it below its results: a <template> the
    script clones, adding only the engine's reason. No whitespace between
    the elements, so the shown text is the text of the details alone."""
    desk = details(gemeente)
    parts = []
    if desk["naam"]:
        parts.append(f'<p class="wijzer-loket-naam">{text(desk["naam"])}</p>')
    if desk["adres"]:
        parts.append(f"<p>{text(desk['adres'])}</p>")
    if desk["openingsuren"]:
        parts.append("<ul>" + "".join(f"<li>{text(h)}</li>" for h in desk["openingsuren"]) + "</ul>")
    reach = reach_links(gemeente)
    if reach:
        parts.append('<p class="wijzer-contact">Contact: ' + " · ".join(reach) + "</p>")
    if desk["afspraak_href"]:
        parts.append(f'<p><a href="{text(desk["afspraak_href"])}">Maak een afspraak</a></p>')
    return f'<template id="{IDS["deskTemplate"]}"><div class="wijzer-loket">{"".join(parts)}</div></template>'
