"""What the MkDocs hook calls: load, configure, add pages, finish the build."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

from . import bundle, form, pages
from .load import load_content
from .model import Content


class ContentError(Exception):
    """Content has errors; the message lists them all, in Dutch."""


def load_or_explain(content_dir: Path, docs_dir: Path) -> Content:
    content, problems = load_content(content_dir, docs_dir)
    for warning in (p for p in problems if p.warning):
        print(warning)
    errors = [p for p in problems if not p.warning]
    if errors or content is None:
        lines = "\n".join(str(p) for p in errors)
        raise ContentError(
            f"De inhoud in {content_dir.name}/ bevat {len(errors)} fout(en). "
            f"De site is niet gebouwd; de vorige versie blijft staan.\n{lines}"
        )
    return content


def configure(config, content: Content):
    naam = content.gemeente["naam"]
    config.site_name = f"Inspiratiebox vrijwilligerswerk · {naam}"
    if content.gemeente.get("logo"):
        config.theme["logo"] = content.gemeente["logo"]
    return config


def add_generated_pages(files, config, content: Content):
    for src_uri, markdown in pages.generate(content).items():
        files.append(File.generated(config, src_uri, content=markdown))
    return files


def page_content(html: str, page, content: Content) -> str:
    if form.PLACEHOLDER in html:
        html = html.replace(form.PLACEHOLDER, form.render(content))
    return html


def post_build(config, content: Content) -> None:
    bundle.write(content, Path(config.site_dir), Path(config.config_file_path).parent)
