"""What the MkDocs hook calls: load, configure, add pages, finish the build."""

from __future__ import annotations

import datetime as dt
import os
from html import escape
from pathlib import Path

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from inspiratiebox import bundle, pages
from inspiratiebox.pages import form, identity, repository, vacancies
from inspiratiebox.kit import opendata, template as sheet_template
from inspiratiebox.content.load import load_content
from inspiratiebox.content.model import Content


SHOWN_WARNINGS: set[str] = set()


class ContentError(Exception):
    """Content has errors; the message lists them all, in Dutch."""


def load_or_explain(content_dir: Path, docs_dir: Path) -> Content:
    content, problems = load_content(content_dir, docs_dir)
    for warning in (str(p) for p in problems if p.warning):
        if warning not in SHOWN_WARNINGS:  # `build` already printed them once
            SHOWN_WARNINGS.add(warning)
            print(warning)
    errors = [p for p in problems if not p.warning]
    if errors or content is None:
        lines = "\n".join(str(p) for p in errors)
        raise ContentError(
            f"De inhoud in {content_dir.name}/ bevat {len(errors)} fout(en). "
            f"De site is niet gebouwd; de vorige versie blijft staan.\n{lines}"
        )
    return content


COLOUR_CSS = "assets/gemeente.css"
DESK_PLACEHOLDER = "<!-- loket -->"  # in docs/index.md: the desk's details


def configure(config, content: Content):
    gemeente = content.gemeente
    # Material prints site_name unescaped in places (aria-label, <title>): escape it here.
    config.site_name = escape(f"Inspiratiebox vrijwilligerswerk · {gemeente['naam']}", quote=False).replace('"', "&quot;")
    if gemeente.get("logo"):
        config.theme["logo"] = gemeente["logo"]
    config.extra["gemeente"] = {"naam": gemeente["naam"], "fictief": bool(gemeente.get("fictief"))}
    if COLOUR_CSS not in config.extra_css:
        config.extra_css.insert(0, COLOUR_CSS)
    config.extra["loket"] = identity.footer_desk(gemeente)  # overrides/partials/footer.html
    repository.configure(config, gemeente.get("repository"))
    published_at = identity.site_url(os.environ.get(identity.SITE_URL_VARIABLE))
    if published_at:
        config.site_url = published_at
    return config


def colour_css(colour: str) -> str:
    """Material reads its palette from CSS variables; the municipality's colour
    replaces the primary and accent colours (its contrast is checked on load)."""
    return (
        ":root, [data-md-color-scheme=default] {\n"
        f"  --md-primary-fg-color: {colour};\n"
        f"  --md-primary-fg-color--light: {colour};\n"
        f"  --md-primary-fg-color--dark: {colour};\n"
        "  --md-primary-bg-color: #ffffff;\n"
        f"  --md-accent-fg-color: {colour};\n"
        f"  --md-typeset-a-color: {colour};\n"
        "}\n"
    )


def add_generated_pages(files, config, content: Content):
    sources = repository.sources(content, Path(config.docs_dir))  # for 'Wijzig deze pagina'
    for src_uri, markdown in pages.generate(content, docs_dir=Path(config.docs_dir), directory_urls=config.use_directory_urls).items():
        file = File.generated(config, src_uri, content=markdown)
        file.edit_uri = sources.get(src_uri)
        files.append(file)
    files.append(File.generated(config, COLOUR_CSS, content=colour_css(content.gemeente["kleur"])))
    for path, data in opendata.files(content, dt.date.today(), site_url=config.site_url, directory_urls=config.use_directory_urls).items():
        files.append(File.generated(config, path, content=data))
    return files


def page_content(html: str, page, content: Content) -> str:
    if form.PLACEHOLDER in html:
        html = html.replace(form.PLACEHOLDER, form.render(content, dt.date.today()))
    if sheet_template.PLACEHOLDER in html:
        html = html.replace(sheet_template.PLACEHOLDER, sheet_template.reference_html())
    if DESK_PLACEHOLDER in html:
        html = html.replace(DESK_PLACEHOLDER, vacancies.render_desk(content, level=2))
    return html


def post_page(output: str, page) -> str:
    if 'id="wijzer"' in (page.content or ""):  # the form rendered here
        output = form.add_page_script(output, get_relative_url(form.WEB_PATH, page.url))
    return output


def post_build(config, content: Content) -> None:
    bundle.write(content, Path(config.site_dir), Path(config.config_file_path).parent)
