"""The last step on the generated HTML: the security policy of every page.

The policy is computed on the final HTML, so it hashes exactly the inline
scripts the theme wrote. Scripts inside the page's content (its <article>)
are left unhashed on purpose: content must never run code.
"""

from __future__ import annotations

import re
from pathlib import Path

from inspiratiebox.site import csp

_ARTICLE = re.compile(r"<article\b[^>]*>|</article\s*>", re.I)


def finish(site_dir: Path) -> None:
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        page.write_text(csp.add_policy(html, page_content(html)), encoding="utf-8")


def page_content(html: str) -> str:
    """The outer <article> of a page (the theme puts the content there), with
    the <article> elements nested in it; "" for a page without one."""
    depth, start = 0, None
    for tag in _ARTICLE.finditer(html):
        closing = tag.group(0).startswith("</")
        if not closing:
            start = tag.start() if depth == 0 else start
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                return html[start:tag.end()]
    return ""
