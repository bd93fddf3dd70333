"""Writes the Vrijwilligerswijzer's static bundle into the built site.

The browser needs four things from its own origin only: the Pyodide core
(copied from the pinned npm package, never a CDN), the engine as a zip that
Pyodide unpacks without micropip, the data the build derived from content/,
and the plain ES modules of widget/web. The paths written here are the ones
widget/web/worker.js resolves relative to itself, so the site works under
any subpath.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from inspiratiebox.bundle import contract
from inspiratiebox.bundle.archive import deterministic_zip
from inspiratiebox.bundle.stdlib_pyc import PycError, stdlib_archive
from inspiratiebox.bundle.stdlib_trim import (  # noqa: F401  (re-exported: tests and the bench use these names)
    STDLIB_USED,
    lean_source,
    stdlib_keep,
    stdlib_used,
    trimmed_stdlib,
    without_comment_lines,
)
from inspiratiebox.bundle.widgetdata import widget_data

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# Read from the npm package but not copied: the site ships trimmed versions.
PYODIDE_SOURCES = ("python_stdlib.zip", "pyodide-lock.json")
STDLIB_TRIMMED = "python_stdlib.min.zip"
LOCK_TRIMMED = "pyodide-lock.min.json"


class BundleError(Exception):
    """The bundle cannot be written; the message says in Dutch what to do."""


def _copy_if_changed(source: Path, target: Path) -> None:
    """Writing into an existing folder (a caller's own staging, a second
    write) leaves unchanged multi-megabyte files alone, so it stays quick."""
    if target.exists():
        s, t = source.stat(), target.stat()
        if s.st_size == t.st_size and int(s.st_mtime) == int(t.st_mtime):
            return
    shutil.copy2(source, target)


def copy_pyodide(node_modules: Path, target: Path) -> None:
    source = node_modules / "pyodide"
    missing = [name for name in PYODIDE_FILES + PYODIDE_SOURCES if not (source / name).is_file()]
    if missing:
        raise BundleError(
            f"Pyodide ontbreekt in {source} ({', '.join(missing)}). "
            "De Vrijwilligerswijzer heeft het nodig: voer eerst make setup uit."
        )
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        _copy_if_changed(source / name, target / name)
    try:
        stdlib = stdlib_archive((source / "python_stdlib.zip").read_bytes(), stdlib_used(), source)
    except PycError as error:
        raise BundleError(str(error)) from None
    _write_if_changed(target / STDLIB_TRIMMED, stdlib)
    _write_if_changed(target / LOCK_TRIMMED, empty_lockfile((source / "pyodide-lock.json").read_bytes()))


def empty_lockfile(lock: bytes) -> bytes:
    """The lock file without its package list (120 kB): the widget loads no
    packages, and Pyodide only checks the ABI in `info` at boot."""
    info = json.loads(lock)["info"]
    return json.dumps({"info": info, "packages": {}}, sort_keys=True, separators=(",", ":")).encode("utf-8")


def engine_files(engine_dir: Path) -> list[Path]:
    return sorted(
        (p for p in engine_dir.rglob("*.py") if "__pycache__" not in p.parts),
        key=lambda p: p.relative_to(engine_dir).as_posix(),
    )


def engine_zip(engine_dir: Path) -> bytes:
    """The engine package as a deterministic zip with `wijzer/` at its top."""
    files = engine_files(engine_dir)
    if not any(p.name == "__init__.py" and p.parent == engine_dir for p in files):
        raise BundleError(f"De engine ontbreekt: {engine_dir / '__init__.py'} bestaat niet.")
    return deterministic_zip(
        {f"{engine_dir.name}/{path.relative_to(engine_dir).as_posix()}": path.read_bytes() for path in files}
    )


def _write_if_changed(target: Path, data: bytes) -> None:
    if not target.exists() or target.read_bytes() != data:
        target.write_bytes(data)


ENTRY = "wijzer.js"  # the page loads it; it imports the other modules
WORKER = "worker.js"  # started by the page script, not imported


_IMPORT = re.compile(r'^import .* from "\./([\w.-]+\.js)";$', re.M)


def page_modules(root: Path, entry: str = ENTRY) -> tuple[str, ...]:
    """The ES modules `entry` imports, directly or not (each page preloads
    only its own): read from the import lines of widget/web, plus the
    contract the build writes."""
    web = Path(root) / "widget" / "web"
    found: set[str] = set()
    todo = [entry]
    while todo:
        source = web / todo.pop()
        if not source.is_file():
            continue
        for name in _IMPORT.findall(source.read_text(encoding="utf-8")):
            if name not in found and name != contract.MODULE_NAME:
                found.add(name)
                todo.append(name)
    return tuple(sorted((found - {entry, WORKER}) | {contract.MODULE_NAME}))


def write(content, site_dir, root, *, pages: dict[str, str] | None = None) -> None:
    """`pages`: {vacancy id: URL of its page from the wijzer page}, see widget_data."""
    site_dir, root = Path(site_dir), Path(root)
    assets = site_dir / "assets"
    copy_pyodide(root / "node_modules", assets / "pyodide")
    target = assets / "wijzer"
    target.mkdir(parents=True, exist_ok=True)
    _write_if_changed(target / "engine.zip", engine_zip(root / "widget" / "wijzer"))
    data = json.dumps(widget_data(content, pages), ensure_ascii=False, separators=(",", ":"))
    _write_if_changed(target / "data.json", data.encode("utf-8"))
    web = root / "widget" / "web"
    for path in sorted(web.iterdir()):
        if path.is_file():
            _copy_if_changed(path, target / path.name)
    _write_if_changed(target / contract.MODULE_NAME, contract.as_module(contract.load()).encode("utf-8"))
