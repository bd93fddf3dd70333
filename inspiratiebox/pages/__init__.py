"""The pages made from content: practice examples, tips, vacancies (the
list, and a page per current vacancy), the organisations' capacity for staff,
the legal pages and the field reference.

`generate` returns {src_uri: Markdown} for MkDocs to add as generated files.
Each page is a `# Title` line and HTML blocks built from escaped or sanitised
content (see html.py); links between pages are computed here because MkDocs
does not rewrite links inside HTML blocks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspiratiebox.pages import capacity, examples, legal, reference, tips, vacancies, vacancy
from inspiratiebox.pages.vacancies import render_desk, render_vacancies  # reused by the wijzer page

__all__ = ["generate", "render_desk", "render_vacancies"]


def generate(
    content,
    *,
    today: dt.date,
    docs_dir: Path | None = None,
    directory_urls: bool = True,
) -> dict[str, str]:
    """`docs_dir` defaults to docs/ next to content/ (for guideline titles);
    `today` is the build date, which decides which vacancies are current."""
    docs_dir = Path(docs_dir) if docs_dir else Path(content.root).parent / "docs"
    pages = examples.generate(content, directory_urls=directory_urls)
    titles = {str(e["id"]): examples.title_of(e) for e in content.voorbeelden if isinstance(e, dict) and e.get("id")}
    pages[tips.PAGE] = tips.render(content.tips, titles, docs_dir, directory_urls=directory_urls)
    pages[vacancies.PAGE] = vacancies.render_page(content, today, directory_urls=directory_urls)
    pages.update(vacancy.generate(content, today, directory_urls=directory_urls))  # a page per current vacancy
    pages[capacity.PAGE] = capacity.render_page(content, today, directory_urls=directory_urls)  # for staff
    pages[reference.PAGE] = reference.render()  # from the schema, so it never drifts
    pages.update(legal.generate(content))
    return pages
