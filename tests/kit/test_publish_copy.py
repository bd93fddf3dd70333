"""A municipality's copy: `repository` set in gemeente.yml and the public
address passed as SITE_URL, as the CI files do. One real build of a copy of
the project checks the edit links, the repository link without any request
to the forge's API, and the 404 page under a subpath."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "site"))
import htmlscan  # noqa: E402
from fixed_dates import BUILD_DATE  # noqa: E402

from inspiratiebox.pages import repository, vacancies  # noqa: E402

REPO = "https://github.com/gemeente-voorbeeld/vrijwilligers"
PUBLIC = "https://gemeente-voorbeeld.github.io/vrijwilligers/"
COPIED = ("content", "docs", "overrides", "widget", "mkdocs.yml", "package.json")


@pytest.fixture(scope="module")
def copy_site(root, tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("kopie")
    project = base / "project"
    for name in COPIED:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, project / name)
    for name in ("node_modules", "inspiratiebox"):
        os.symlink(root / name, project / name)
    gemeente = project / "content" / "gemeente.yml"
    gemeente.write_text(gemeente.read_text(encoding="utf-8") + f"repository: {REPO}\n", encoding="utf-8")
    site = base / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1", "SITE_URL": PUBLIC}
    result = subprocess.run(
        [sys.executable, "-m", "inspiratiebox", "--root", str(project), "build", "--site-dir", str(site), "--datum", BUILD_DATE.isoformat()],
        cwd=root, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    return site


def edit_links(page) -> list[str]:
    return [a.attrs["href"] for a in page.find("a") if a.attrs.get("rel") == "edit"]


def test_hand_written_pages_link_to_their_markdown_file(copy_site):
    for name, source in (("index.html", "index.md"), ("zelf-hosten/index.html", "zelf-hosten.md"),
                         ("leidraden/matchen/index.html", "leidraden/matchen.md")):
        links = edit_links(htmlscan.parse(copy_site / name))
        assert links == [f"{REPO}/edit/main/docs/{source}"], (name, links)


def test_generated_pages_link_to_the_yaml_they_come_from(copy_site, example, root):
    assert example.voorbeelden
    for item in example.voorbeelden:
        source = f"content/voorbeelden/{item['id']}.yml"
        assert (root / source).is_file()
        links = edit_links(htmlscan.parse(copy_site / "praktijkvoorbeelden" / item["id"] / "index.html"))
        assert links == [f"{REPO}/edit/main/{source}"], (item["id"], links)
    assert edit_links(htmlscan.parse(copy_site / "tips" / "index.html")) == [f"{REPO}/edit/main/content/tips.yml"]


def test_pages_made_from_many_files_have_no_edit_link(copy_site):
    for name in ("vacatures/index.html", "praktijkvoorbeelden/index.html", "hulpmiddelen/draagkracht/index.html"):
        assert edit_links(htmlscan.parse(copy_site / name)) == [], name


def test_the_capacity_page_opens_each_organisation_file_in_the_editor(copy_site, example, root):
    page = htmlscan.parse(copy_site / "hulpmiddelen" / "draagkracht" / "index.html")
    hrefs = [a.attrs["href"] for a in page.find("a") if "/edit/" in a.attrs.get("href", "")]
    expected = [f"{REPO}/edit/main/content/organisaties/{org['id']}.yml"
                for org in sorted(example.organisaties, key=lambda o: o["naam"].casefold())]
    assert hrefs == expected
    assert all((root / href[len(f"{REPO}/edit/main/"):]).is_file() for href in hrefs)


def test_a_generated_page_keeps_one_front_matter_block_with_its_edit_link(copy_site, example):
    """The edit address joins the page's own front matter: a second block would show as text."""
    org, vacancy = next((o, v) for o, v in example.vacatures() if vacancies.is_current(v, BUILD_DATE))
    page = htmlscan.parse(copy_site / "vacatures" / vacancy["id"] / "index.html")
    assert "title:" not in page.text and "edit_url" not in page.text
    assert edit_links(page) == [f"{REPO}/edit/main/content/organisaties/{org['id']}.yml"]
    staff = htmlscan.parse(copy_site / "hulpmiddelen" / "draagkracht" / "index.html")
    assert [m.attrs["content"] for m in staff.find("meta") if m.attrs.get("name") == "robots"] == ["noindex, nofollow"]


def test_the_repository_link_makes_no_request_to_the_forge(copy_site):
    pages = sorted(copy_site.rglob("*.html"))
    for path in pages:
        page = htmlscan.parse(path)
        assert not [e for e in page.elements if e.attrs.get("data-md-component") == "source"], path
    header = htmlscan.parse(copy_site / "index.html")
    sources = [a for a in header.find("a") if "md-source" in a.attrs.get("class", "").split()]
    assert sources and all(a.attrs["href"] == REPO for a in sources)


def test_the_404_page_links_under_the_public_subpath(copy_site):
    page = htmlscan.parse(copy_site / "404.html")
    urls = [e.attrs["href"] for e in page.find("link") if e.attrs.get("href")]
    urls += [e.attrs["src"] for e in page.find("script") if e.attrs.get("src")]
    assert urls
    for url in urls:
        absolute = urljoin(PUBLIC + "een/pagina/die/niet/bestaat/", url)
        assert absolute.startswith(PUBLIC), url
        relative = absolute[len(PUBLIC):].split("?")[0]
        assert (copy_site / relative).is_file(), url


def test_the_404_page_leads_home_under_the_public_subpath(copy_site):
    html = (copy_site / "404.html").read_text(encoding="utf-8")
    home = re.search(r'<a href="([^"]*)">startpagina</a>', html).group(1)
    assert urljoin(PUBLIC + "een/pagina/die/niet/bestaat/", home) == PUBLIC


@pytest.mark.parametrize("value, url, name, edit", [
    (REPO, REPO, "GitHub", "edit/main/docs/"),
    (REPO + ".git", REPO, "GitHub", "edit/main/docs/"),
    (REPO + "/", REPO, "GitHub", "edit/main/docs/"),
    ("https://gitlab.com/gemeente/sub/site", "https://gitlab.com/gemeente/sub/site", "GitLab", "-/edit/main/docs/"),
    ("https://gitlab.voorbeeld.be/vrijwilligers", "https://gitlab.voorbeeld.be/vrijwilligers", "GitLab", "-/edit/main/docs/"),
    ("https://codeberg.org/gemeente/site", "https://codeberg.org/gemeente/site", "codeberg.org", None),
])
def test_a_repository_address_is_rebuilt_from_its_parts_with_its_forge_and_edit_path(value, url, name, edit):
    assert repository.parse(value) == repository.Repository(url, name, edit)


@pytest.mark.parametrize("value", [
    None, "", "javascript:alert(1)", "http://github.com/a/b", "https://github.com/",
    'https://evil.example/?q="><script>alert(1)</script>', "https://user@github.com/a/b",
])
def test_unusable_repository_addresses_give_no_links(value):
    assert repository.parse(value) is None


def test_a_repository_path_cannot_break_out_of_an_attribute():
    parsed = repository.parse('https://github.com/a/b"onmouseover=alert(1)')
    assert parsed is not None
    assert not set(parsed.url) & set("\"'<> ")
