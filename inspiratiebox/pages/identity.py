"""What every page shows of the municipality beyond its name, logo and colour:
the desk in the footer, and the address the site is published at.

The footer is a Jinja partial (overrides/partials/footer.html). MkDocs'
Jinja does not autoescape, so the template escapes each value with `| e`;
links are made safe here, because escaping alone does not stop a
`javascript:` address.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from inspiratiebox.pages import desk
from inspiratiebox.pages.html import safe_url


def footer_desk(gemeente: dict) -> dict:
    """The desk from gemeente.yml as plain strings, with ready, safe hrefs."""
    details = desk.details(gemeente)
    return {**details, "naam": details["naam"] or desk.DEFAULT_NAME}


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
