"""The staging folder: docs/ as the site generator will read it.

Everything the build derives from content/ is written here as plain files
before any generator runs: the generated pages, the placeholders in the
hand-written pages filled in, the colour stylesheet, the open data, the
wijzer's assets and a generator config for this folder. So the generator needs no plugin or hook,
and any generator that reads `mkdocs.yml` (MkDocs-Material, Zensical) builds
the same pages.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import shutil
from dataclasses import dataclass
from pathlib import Path

from inspiratiebox import bundle, pages
from inspiratiebox.kit import opendata
from inspiratiebox.kit import template as sheet_template
from inspiratiebox.pages import deskmode, followup, form, group, repository, vacancies
from inspiratiebox.site.config import generator_config, write_config

COLOUR_CSS = "assets/gemeente.css"
DESK_PLACEHOLDER = "<!-- loket -->"  # in docs/index.md: the desk's details
CONFIG_FILE = "mkdocs.yml"
OVERRIDES = "overrides"  # the theme's custom_dir in mkdocs.yml


@dataclass(frozen=True)
class Staged:
    """Where the staged site's config and docs are."""

    config: Path
    docs: Path


def stage(root: Path, content, folder: Path, today: dt.date, site_url: str | None) -> Staged:
    """Write the staging folder for `root`'s docs and `content` into `folder`."""
    docs = folder / "docs"
    # Hidden files are never published (MkDocs skips them) and are not checked.
    shutil.copytree(root / "docs", docs, ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(root / OVERRIDES, folder / OVERRIDES)
    _fill_placeholders(docs, content, today)
    config = generator_config(root, content, docs, site_url, extra_css=COLOUR_CSS)
    directory_urls = bool(config.get("use_directory_urls", True))
    sources = repository.sources(content, root / "docs")
    edit = repository.edit_link(content.gemeente.get("repository"))
    made = pages.generate(content, docs_dir=root / "docs", today=today, directory_urls=directory_urls)
    for src_uri, markdown in made.items():
        _write(docs / src_uri, _with_edit_url(markdown, edit, sources.get(src_uri)))
    _write(docs / COLOUR_CSS, colour_css(content.gemeente["kleur"]))
    for path, data in opendata.files(content, today, site_url=site_url, directory_urls=directory_urls).items():
        _write(docs / path, data)
    # The wijzer's assets, Pyodide's runtime among them; its cards link to
    # the pages of the vacancies current today.
    links = vacancies.page_links(content, today, vacancies.WIJZER_PAGE, directory_urls=directory_urls)
    bundle.write(content, docs, root, pages=links)
    write_config(folder / CONFIG_FILE, config)
    return Staged(folder / CONFIG_FILE, docs)


def planned_files(root: Path, content, today: dt.date) -> dict[str, str]:
    """What the build adds to docs/, for the check of links in docs/: each
    generated page with its Markdown, and the other files it writes ("")."""
    planned = dict.fromkeys(opendata.files(content, today, site_url=None), "")
    planned[COLOUR_CSS] = ""
    planned.update(pages.generate(content, docs_dir=root / "docs", today=today))
    return planned


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _with_edit_url(markdown: str, edit, source: str | None) -> str:
    """A generated page's edit link names the content file it is made from
    (overrides/partials/actions.html reads it); an overview made from many
    files gets none, rather than a link to a Markdown file that is not there.
    A page with its own front matter gets the line inside it: MkDocs reads
    one block only, and a second would show as text."""
    if edit is None:
        return markdown
    line = f'edit_url: "{edit(source) if source else ""}"\n'
    if markdown.startswith("---\n"):
        return "---\n" + line + markdown[len("---\n"):]
    return f"---\n{line}---\n\n{markdown}"


def _fill_placeholders(docs: Path, content, today: dt.date) -> None:
    """The hand-written pages that hold a placeholder get the HTML it stands
    for, as a raw HTML block; the wijzer page also gets its script."""
    for page in sorted(docs.rglob("*.md")):
        markdown = page.read_text(encoding="utf-8")
        filled = fill_placeholders(markdown, content, today, page.relative_to(docs).as_posix())
        if filled != markdown:
            page.write_text(filled, encoding="utf-8")


def fill_placeholders(markdown: str, content, today: dt.date, src_uri: str) -> str:
    """`markdown` of the page `src_uri` with each placeholder replaced."""
    if form.PLACEHOLDER in markdown:
        url = assets_url(form.WEB_PATH, src_uri)
        widget = form.render(content, today, script_url=url, modules=bundle.page_modules(content.root.parent))
        markdown = markdown.replace(form.PLACEHOLDER, _block(widget))
    if group.PLACEHOLDER in markdown:
        url = assets_url(form.WEB_PATH, src_uri)
        widget = group.render(content, today, url, bundle.page_modules(content.root.parent, group.ENTRY))
        markdown = markdown.replace(group.PLACEHOLDER, _block(widget))
    if deskmode.PLACEHOLDER in markdown:
        url = assets_url(form.WEB_PATH, src_uri)
        modules = bundle.page_modules(content.root.parent, deskmode.ENTRY)
        widget = deskmode.render(content, Path(content.root).parent / "docs", script_url=url, modules=modules)
        markdown = markdown.replace(deskmode.PLACEHOLDER, _block(widget))
    if sheet_template.PLACEHOLDER in markdown:
        markdown = markdown.replace(sheet_template.PLACEHOLDER, _block(sheet_template.reference_html()))
    if followup.PLACEHOLDER in markdown:
        plan = followup.render(content.opvolging, assets_url(followup.WEB_PATH, src_uri))
        markdown = markdown.replace(followup.PLACEHOLDER, _block(plan))
    if DESK_PLACEHOLDER in markdown:
        markdown = markdown.replace(DESK_PLACEHOLDER, _block(pages.render_desk(content, level=2)))
    return markdown


def _block(html: str) -> str:
    """Blank lines around raw HTML keep Markdown from reading it as a paragraph."""
    return f"\n\n{html.strip()}\n\n"


def assets_url(path: str, src_uri: str) -> str:
    """`path` (under the site root) relative to the page built from `src_uri`,
    with directory URLs: docs/a/b.md is served at a/b/, index.md at its folder."""
    stem = posixpath.splitext(src_uri)[0]
    folder = posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem
    relative = posixpath.relpath(path, folder or ".")
    return relative.rstrip("/") + "/" if path.endswith("/") else relative


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
