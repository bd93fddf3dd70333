"""'Wijzig deze pagina' links to the municipality's copy on GitHub or GitLab.

MkDocs builds an edit link from `repo_url` + `edit_uri` + the page's source
path. The repository comes from content typed by hand, and Material prints
both the repository and the edit link into attributes without escaping, so
the address is rebuilt from its parts here: only a plain https host and a
percent-encoded path get through. Generated pages get the content file they
are made from as their source, so the link opens the YAML file to edit.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

from inspiratiebox.content import schema
from inspiratiebox.pages import examples, tips, vacancies
from inspiratiebox.pages.html import safe_url

BRANCH = "main"
EDIT_PATHS = {  # where a forge's editor for the docs/ folder lives, under the repository
    "GitHub": f"edit/{BRANCH}/docs/",
    "GitLab": f"-/edit/{BRANCH}/docs/",
}
_HOST = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:[0-9]{1,5})?")


@dataclass(frozen=True)
class Repository:
    url: str  # https://host/owner/name, nothing that needs escaping
    name: str  # what Material shows next to the icon: GitHub, GitLab or the host
    edit_uri: str | None  # None for a forge whose edit address is unknown


def parse(value) -> Repository | None:
    """The repository behind a `repository` value, or None if there is none.

    GitHub is github.com; GitLab is gitlab.com or any host whose name has a
    "gitlab" label (a municipality's own GitLab). On another forge the header
    still links to the repository, without edit links.
    """
    url = safe_url(value, schemes=("https",))
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.netloc.lower()
    path = unquote(parts.path).strip("/")
    if path.endswith(".git"):
        path = path[: -len(".git")]
    if not _HOST.fullmatch(host) or not path.strip("/"):
        return None
    clean = f"https://{host}/{quote(path, safe='/-._~')}"
    labels = host.split(":")[0].split(".")
    if host == "github.com":
        name = "GitHub"
    elif "gitlab" in labels:
        name = "GitLab"
    else:
        return Repository(clean, host.split(":")[0], None)
    return Repository(clean, name, EDIT_PATHS[name])


def config_values(value) -> dict:
    """The generator's repository options for the `repository` value: the
    header links to the repository, and each page gets an edit link."""
    repository = parse(value)
    if repository is None:
        return {}
    found = {"repo_url": repository.url, "repo_name": repository.name}
    if repository.edit_uri:
        found["edit_uri"] = repository.edit_uri
    return found


def edit_link(value):
    """A function from a source path (relative to docs/) to its edit address,
    joined as MkDocs joins `repo_url` and `edit_uri`; None without a forge."""
    repository = parse(value)
    if repository is None or repository.edit_uri is None:
        return None
    base = f"{repository.url}/{repository.edit_uri}"
    return lambda source: urljoin(base, source)


def file_edit_link(value, path: str) -> str | None:
    """The web editor's address for a file of the project (`path` from the
    project root, such as content/organisaties/x.yml); None without a forge.
    The edit paths point into docs/, which sits at the root."""
    edit = edit_link(value)
    return edit(f"../{path}") if edit else None


def sources(content, docs_dir: Path) -> dict[str, str]:
    """{generated page: its content file, relative to docs/} for the pages made
    from one file (a vacancy's page: its organisation's file). Overviews made from many files (the practice examples
    index, the vacancies) are left out: they get no edit link."""
    root = Path(content.root)

    def relative(pattern: str, name: str = "") -> str:
        return Path(os.path.relpath(root / pattern.replace("*", name), docs_dir)).as_posix()

    found = {tips.PAGE: relative(schema.FILES["tips"].pattern)}
    for example in content.voorbeelden:
        if isinstance(example, dict) and example.get("id"):
            found[examples.page_path(example)] = relative(schema.FILES["voorbeeld"].pattern, str(example["id"]))
    for org, vacancy in content.vacatures():
        path = vacancies.page_path(vacancy)
        if path and isinstance(org, dict) and org.get("id") and path not in found:
            found[path] = relative(schema.FILES["organisatie"].pattern, str(org["id"]))
    return found
