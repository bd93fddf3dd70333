"""The site itself: build time (example content and ten times as much) and
what a content page and the widget page cost a visitor, by file type."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import tempfile
import time
from pathlib import Path

from inspiratiebox.cli import main as cli

ROOT = Path(__file__).resolve().parents[2]
COPY = ("mkdocs.yml", "content", "docs", "overrides", "widget", "inspiratiebox")
CONTENT_PAGE = "leidraden/matchen/"


def _quiet_build(root: Path, site: Path) -> float | None:
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = cli(["--root", str(root), "build", "--site-dir", str(site)])
    return time.perf_counter() - start if code == 0 else None


def multiply_content(content: Path, times: int) -> None:
    """Add (times - 1) renamed copies of every organisation with its vacancies,
    and of every practice example, so the build has `times` as much to do."""
    for folder in ("organisaties", "voorbeelden"):
        for path in sorted((content / folder).glob("*.yml")):
            text = path.read_text(encoding="utf-8")
            for copy in range(2, times + 1):
                new = re.sub(r"^(\s*- id: )(\S+)", lambda m, copy=copy: f"{m[1]}{m[2]}-kopie{copy}", text, flags=re.M)
                new = re.sub(r"^(naam|titel): (.+)$", lambda m, copy=copy: f"{m[1]}: {json.dumps(m[2].strip().strip(chr(34)) + f' (kopie {copy})', ensure_ascii=False)}", new, count=1, flags=re.M)
                (path.parent / f"{path.stem}-kopie{copy}.yml").write_text(new, encoding="utf-8")


def build_times(times: int = 10) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        example = _quiet_build(ROOT, tmp / "site-voorbeeld")
        big = tmp / "groot"
        big.mkdir()
        for name in COPY:
            source = ROOT / name
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, big / name)
        (big / "node_modules").symlink_to(ROOT / "node_modules")
        multiply_content(big / "content", times)
        vacancies = sum(1 for p in (big / "content" / "organisaties").glob("*.yml")
                        for line in p.read_text(encoding="utf-8").splitlines() if line.startswith("  - id: "))
        large = _quiet_build(big, tmp / "site-groot")
    return {"voorbeeld_s": example, f"x{times}_s": large, f"x{times}_vacatures": vacancies}


def kind(url: str, content_type: str) -> str:
    path = url.split("?", 1)[0]
    for suffix, name in ((".wasm", "wasm"), (".zip", "zip"), (".mjs", "js"), (".js", "js"), (".css", "css"),
                         (".json", "json"), (".html", "html"), (".svg", "afbeelding"), (".png", "afbeelding")):
        if path.endswith(suffix):
            return name
    if "html" in content_type or path.endswith("/"):
        return "html"
    return "ander"


def page_weight(browser, url: str, wait_ready: bool) -> dict:
    """Bytes (gzip, as transferred) and requests of one cold page load."""
    context = browser.new_context(service_workers="block")
    seen = []
    context.on("requestfinished", lambda request: seen.append(request))
    page = context.new_page()
    page.goto(url, wait_until="load", timeout=240_000)
    if wait_ready:
        page.wait_for_function("() => document.getElementById('wijzer').dataset.state === 'ready'", timeout=240_000)
    page.wait_for_timeout(1500)  # late fetches (search index) count too
    by_kind: dict[str, dict] = {}
    pyodide = False
    for request in seen:
        sizes = request.sizes()
        response = request.response()
        name = kind(request.url, (response.headers.get("content-type", "") if response else ""))
        entry = by_kind.setdefault(name, {"bytes": 0, "requests": 0})
        entry["bytes"] += sizes.get("responseBodySize", 0) + sizes.get("responseHeadersSize", 0)
        entry["requests"] += 1
        pyodide = pyodide or "pyodide" in request.url
    context.close()
    return {"per_soort": by_kind, "bytes": sum(e["bytes"] for e in by_kind.values()),
            "requests": sum(e["requests"] for e in by_kind.values()), "laadt_pyodide": pyodide}
