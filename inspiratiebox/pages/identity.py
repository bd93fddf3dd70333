"""What every page shows of the municipality beyond its name, logo and colour:
the desk in the footer, and the address the site is published at.

The footer is a Jinja partial (overrides/partials/footer.html). MkDocs'
Jinja does not autoescape, so the template escapes each value with `| e`;
links are made safe here, because escaping alone does not stop a
`javascript:` address.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from inspiratiebox.pages.html import email_href, safe_url, tel_href
from inspiratiebox.content.wording import as_dict, as_list

SITE_URL_VARIABLE = "SITE_URL"


def footer_desk(gemeente: dict) -> dict:
    """The desk from gemeente.yml as plain strings, with ready, safe hrefs."""
    loket = as_dict(as_dict(gemeente).get("loket"))

    def plain(value) -> str:
        return str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""

    telefoon, email = plain(loket.get("telefoon")), plain(loket.get("email"))
    return {
        "naam": plain(loket.get("naam")) or "Het vrijwilligersloket",
        "adres": plain(loket.get("adres")),
        "openingsuren": [plain(h) for h in as_list(loket.get("openingsuren")) if plain(h)],
        "telefoon": telefoon,
        "telefoon_href": tel_href(telefoon) or "",
        "email": email,
        "email_href": email_href(email) or "",
        "afspraak_href": safe_url(loket.get("afspraak")) or "",
    }


def site_url(value: str | None) -> str | None:
    """The public address from the SITE_URL variable (set by the CI files),
    ending in a slash, or None when it is unset or unusable.

    Every link MkDocs writes is relative, except on the 404 page, which can be
    shown at any depth: with the address known, it links from the site's root
    (its path, e.g. /repository/ on GitHub Pages) instead of the host's root.
    """
    if not value or not value.strip():
        return None
    url = safe_url(value.strip())
    if not url:
        return None
    parts = urlsplit(url)
    if parts.query or parts.fragment or any(c in url for c in "\"'<>`"):
        return None
    return url if url.endswith("/") else url + "/"
