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
import shutil
import zipfile
from pathlib import Path

from .widgetdata import widget_data

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
WEB_INLINED = ("boot.js",)  # widget/web files the build puts into the page instead (form.py)
# Read from the npm package but not copied: the site ships trimmed versions.
PYODIDE_SOURCES = ("python_stdlib.zip", "pyodide-lock.json")
STDLIB_TRIMMED = "python_stdlib.min.zip"
LOCK_TRIMMED = "pyodide-lock.min.json"
STDLIB_USED = Path(__file__).with_name("stdlib_used.txt")
# The safety margin on top of the measured list: whole packages Pyodide itself
# leans on (an event loop task or an error report may import a submodule later
# than the measurement saw), the codecs a text may plausibly need, and a few
# small modules the engine's stdlib calls can reach on rarer paths.
STDLIB_WHOLE_PACKAGES = ("_pyodide", "asyncio", "collections", "concurrent", "json", "pyodide", "re", "string")
STDLIB_EXTRA = (
    "encodings/ascii.py", "encodings/latin_1.py", "encodings/utf_8_sig.py",
    "encodings/utf_16.py", "encodings/utf_16_le.py", "encodings/utf_16_be.py",
    "encodings/utf_32.py", "encodings/utf_32_le.py", "encodings/utf_32_be.py",
    "encodings/unicode_escape.py", "encodings/raw_unicode_escape.py", "encodings/cp1252.py",
    "_strptime.py", "pprint.py", "numbers.py",
)
# A fixed timestamp and mode make the archive byte-identical between builds,
# so a rebuild without engine changes gives the same file (and cache entry).
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class BundleError(Exception):
    """The bundle cannot be written; the message says in Dutch what to do."""


def _copy_if_changed(source: Path, target: Path) -> None:
    """`mkdocs serve` rebuilds on every edit; skipping unchanged multi-megabyte
    files keeps that quick."""
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
    _write_if_changed(target / STDLIB_TRIMMED, trimmed_stdlib((source / "python_stdlib.zip").read_bytes(), stdlib_used()))
    _write_if_changed(target / LOCK_TRIMMED, empty_lockfile((source / "pyodide-lock.json").read_bytes()))


def stdlib_used(path: Path = STDLIB_USED) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def stdlib_keep(names, used) -> list[str]:
    """The archive entries the widget needs: measured files, the margin, the
    packages' __init__ files and the directory entries leading to them."""
    names = set(names)
    keep = {n for n in set(used) | set(STDLIB_EXTRA) if n in names}
    keep |= {n for n in names if n.split("/", 1)[0] in STDLIB_WHOLE_PACKAGES and not n.endswith("/")}
    for name in list(keep):
        parts = name.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folder = "/".join(parts[:depth])
            keep |= {n for n in (f"{folder}/", f"{folder}/__init__.py") if n in names}
    return sorted(keep)


def trimmed_stdlib(source: bytes, used) -> bytes:
    """Pyodide's standard library cut down to what the widget imports.

    Pyodide fetches the whole 2.5 MB archive at every cold start; the widget
    uses about a third of it, and on a phone's connection bytes are time.
    Same input, same bytes: entries sorted, fixed timestamps, maximum deflate.
    """
    from io import BytesIO

    with zipfile.ZipFile(BytesIO(source)) as original:
        keep = stdlib_keep(original.namelist(), used)
        buffer = BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name in keep:
                info = zipfile.ZipInfo(name, _ZIP_TIME)
                info.create_system = 3
                if name.endswith("/"):
                    info.external_attr = (0o40755 << 16) | 0x10
                    archive.writestr(info, b"")
                    continue
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                data = original.read(name)
                if name.endswith(".py"):
                    data = without_comment_lines(data)
                archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def _nested_fstrings(source: str) -> bool:
    """Python 3.12+ lets an f-string nest the same quotes; the build's older
    tokenizer would then misread where strings end. Such files stay as they are."""
    import io
    import tokenize

    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and token.string[:3].lower().lstrip("rb").startswith("f"):
            body = token.string.replace("{{", "").replace("}}", "")
            if body.count("{") != body.count("}"):
                return True
    return False


def without_comment_lines(data: bytes) -> bytes:
    """Comment-only lines emptied (about a tenth of the bytes on the phone's
    link). Lines stay where they are, so tracebacks point to the right line;
    the first two lines (coding cookie) and any file the tokenizer cannot read
    with certainty are kept exactly."""
    import io
    import tokenize

    try:
        source = data.decode("utf-8")
        if _nested_fstrings(source):
            return data
        comments = {
            token.start[0]
            for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type == tokenize.COMMENT and token.line.lstrip().startswith("#") and token.start[0] > 2
        }
    except (UnicodeDecodeError, SyntaxError, tokenize.TokenError, IndentationError):
        return data
    lines = source.splitlines(keepends=True)
    for number in comments:
        line = lines[number - 1]
        lines[number - 1] = line[len(line.rstrip("\r\n")):]
    return "".join(lines).encode("utf-8")


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
    from io import BytesIO

    files = engine_files(engine_dir)
    if not any(p.name == "__init__.py" and p.parent == engine_dir for p in files):
        raise BundleError(f"De engine ontbreekt: {engine_dir / '__init__.py'} bestaat niet.")
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{engine_dir.name}/{path.relative_to(engine_dir).as_posix()}", _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def _write_if_changed(target: Path, data: bytes) -> None:
    if not target.exists() or target.read_bytes() != data:
        target.write_bytes(data)


def write(content, site_dir, root) -> None:
    site_dir, root = Path(site_dir), Path(root)
    assets = site_dir / "assets"
    copy_pyodide(root / "node_modules", assets / "pyodide")
    target = assets / "wijzer"
    target.mkdir(parents=True, exist_ok=True)
    _write_if_changed(target / "engine.zip", engine_zip(root / "widget" / "wijzer"))
    data = json.dumps(widget_data(content), ensure_ascii=False, separators=(",", ":"))
    _write_if_changed(target / "data.json", data.encode("utf-8"))
    web = root / "widget" / "web"
    for path in sorted(web.iterdir()):
        if path.is_file() and path.name not in WEB_INLINED:
            _copy_if_changed(path, target / path.name)
