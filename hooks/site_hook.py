"""MkDocs hook: a thin bridge into the inspiratiebox package.

All work happens in plain functions so another generator could call them;
this file only hands MkDocs' events over.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from inspiratiebox import bundle, site
from inspiratiebox.site import csp

_state: dict = {}


def on_startup(command, dirty):
    # `mkdocs serve` injects a live-reload inline script that no hash can
    # match, so while serving the page policy allows inline scripts (see
    # inspiratiebox/site/csp.py). A build never passes here with "serve".
    _state["serving"] = command == "serve"


def on_config(config):
    root = Path(config.config_file_path).parent
    try:
        _state["content"] = site.load_or_explain(root / "content", root / "docs")
    except site.ContentError as error:
        raise PluginError(str(error)) from None
    return site.configure(config, _state["content"])


def on_files(files, config):
    return site.add_generated_pages(files, config, _state["content"])


def on_page_content(html, page, config, files):
    return site.page_content(html, page, _state["content"])


def on_post_page(output, page, config):
    output = site.post_page(output, page)
    return csp.add_policy(output, page.content or "", serving=_state.get("serving", False))


def on_post_template(output, template_name, config):
    # Static theme pages (404.html) pass here instead of on_post_page.
    if not template_name.endswith(".html"):
        return output
    return csp.add_policy(output, serving=_state.get("serving", False))


def on_post_build(config):
    try:
        site.post_build(config, _state["content"])
    except bundle.BundleError as error:
        raise PluginError(str(error)) from None
