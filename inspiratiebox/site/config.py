"""The generator config for the staging folder, made from the project's
mkdocs.yml and gemeente.yml.

mkdocs.yml stays the file a person reads and edits (navigation, theme,
Markdown extensions). What comes from content/ (the site's name, logo,
colour, desk, repository) is filled in here, in plain data, so neither a
hook nor a plugin has to change the config while the generator runs.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from inspiratiebox.pages import identity, repository

# Keys that only make sense for the project's own mkdocs.yml, not for a
# generated copy: the staging folder is the docs, and nothing is watched.
_DROPPED = ("hooks", "watch")


def generator_config(root: Path, content, docs: Path, site_url: str | None, *, extra_css: str) -> dict:
    """The project's mkdocs.yml with the staging docs and the municipality's
    details. Paths stay relative: the staging folder holds docs/ and the
    theme's overrides beside its config."""
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in _DROPPED:
        config.pop(key, None)
    gemeente = content.gemeente
    config["docs_dir"] = docs.name  # beside the config, as every generator expects
    # Material escapes site_name in one attribute and prints it raw in others,
    # so it is passed as written: the check refuses < > " ` and character
    # references in the name (rules._site_name), and a bare & is valid HTML.
    config["site_name"] = f"Inspiratiebox vrijwilligerswerk · {gemeente['naam']}"
    theme = config.setdefault("theme", {})
    if gemeente.get("logo"):
        theme["logo"] = gemeente["logo"]
    extra = config.setdefault("extra", {})
    extra["gemeente"] = {"naam": gemeente["naam"], "fictief": bool(gemeente.get("fictief"))}
    extra["loket"] = identity.footer_desk(gemeente)  # overrides/partials/footer.html
    config["extra_css"] = [extra_css, *[c for c in config.get("extra_css", []) if c != extra_css]]
    config.update(repository.config_values(gemeente.get("repository")))
    if site_url:
        config["site_url"] = site_url
    return config


def write_config(path: Path, config: dict) -> None:
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
