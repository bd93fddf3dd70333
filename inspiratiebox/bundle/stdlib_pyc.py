"""The trimmed standard library with its busiest modules precompiled (.pyc).

Pyodide imports the standard library from the archive and compiles every .py
it imports at each start: on a phone that is seconds of CPU before the engine
is ready. A .pyc skips that, but is about twice the bytes of its lean source,
and on the phone's link every 100 kB costs half a second. So the archive
gets .pyc files for the modules the widget really imports, those that save the
most compiling per extra byte first, within PYC_BUDGET extra bytes; the rest
stays source. Modules Pyodide carries frozen get none (they never load from
the archive). zipimport takes `name.pyc` before `name.py`; the .py is left
out, so a precompiled module's traceback lines show no source text.

Compiling happens in Pyodide under Node (stdlib_pyc.mjs), which takes a few
seconds, so the result is cached in node_modules/.cache, keyed on everything
it is made from.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path

from inspiratiebox.bundle import stdlib_trim

SCRIPT = Path(__file__).with_name("stdlib_pyc.mjs")
# Measured with Pyodide 314.0.7 under Node (engine ready, median of 9; the
# widget page's bytes against the plain page's as `make bench` counts them):
#   budget 0: 542 kB, 0.715x bytes, -7% time;  100 kB: 642 kB, 0.730x, -22%;
#   150 kB: 693 kB, 0.738x, -31%;  200 kB: 743 kB, 0.746x, -36%;
#   every module: 987 kB, 0.784x (over the 0.75x limit), -60%.
# Each 100 kB costs 0.5 s on the slow phone's link and saves about 0.3 s of
# CPU on the 2-core build machine, four times that on the phone's CPU.
PYC_BUDGET = 150_000
_CACHE_KEEP = 3


class PycError(Exception):
    """Precompiling failed; the message says in Dutch what to do."""


def deflated_size(data: bytes) -> int:
    """The bytes an entry takes in the archive (raw deflate, level 9)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return len(packer.compress(data) + packer.flush())


def compile_in_pyodide(sources: dict, pyodide_dir: Path) -> dict:
    """{name.pyc: bytes} for the .py files in `sources` Pyodide does not freeze."""
    node = shutil.which("node")
    if not node:
        raise PycError("Node.js ontbreekt; de build heeft het nodig om Pyodide te gebruiken. Voer make setup uit.")
    with tempfile.TemporaryDirectory() as tmp:
        given, made = Path(tmp) / "sources.zip", Path(tmp) / "pyc.zip"
        given.write_bytes(stdlib_trim.archive(sources))
        done = subprocess.run(
            [node, str(SCRIPT), str(pyodide_dir), str(given), str(made)],
            capture_output=True, text=True, timeout=600,
        )
        if done.returncode or not made.exists():
            raise PycError(
                f"Het voorvertalen van de Python-standaardbibliotheek in Pyodide mislukte ({done.returncode}):\n"
                f"{done.stderr[-1500:]}"
            )
        with zipfile.ZipFile(made) as archive:
            return {name: archive.read(name) for name in archive.namelist()}


def with_pyc(entries: dict, compiled: dict, budget: int = PYC_BUDGET) -> dict:
    """`entries` with a source swapped for its .pyc where that pays most:
    compiling costs time in proportion to the source's length, so the order is
    source bytes saved from compiling per extra archive byte; a .pyc that is
    not larger is always taken. Ties go by name, so the choice is stable."""
    scored = []
    for name, pyc in compiled.items():
        source_name = name.removesuffix("c")
        if not name.endswith(".pyc") or source_name not in entries:
            continue
        extra = deflated_size(pyc) - deflated_size(entries[source_name])
        score = float("inf") if extra <= 0 else len(entries[source_name]) / extra
        scored.append((-score, source_name, extra))
    result, spent = dict(entries), 0
    for _, source_name, extra in sorted(scored):
        if spent + max(extra, 0) > budget:
            continue
        spent += max(extra, 0)
        result[source_name + "c"] = compiled[source_name + "c"]
        del result[source_name]
    return result


def _cache_key(source: bytes, used, pyodide_dir: Path, budget: int) -> str:
    digest = hashlib.sha256(source)
    digest.update("\n".join(sorted(used)).encode("utf-8"))
    digest.update(str(budget).encode("ascii"))
    for path in (Path(stdlib_trim.__file__), Path(__file__), SCRIPT, pyodide_dir / "package.json"):
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:24]


def stdlib_archive(source: bytes, used, pyodide_dir: Path, budget: int = PYC_BUDGET) -> bytes:
    """The archive the site ships (see the module docstring); cached."""
    pyodide_dir = Path(pyodide_dir)
    cache = pyodide_dir.parent / ".cache" / "inspiratiebox"
    cached = cache / f"python_stdlib-{_cache_key(source, used, pyodide_dir, budget)}.zip"
    if cached.is_file():
        return cached.read_bytes()
    entries = stdlib_trim.trimmed_sources(source, used)
    wanted = set(used)
    candidates = {name: data for name, data in entries.items() if name in wanted and name.endswith(".py")}
    result = stdlib_trim.archive(with_pyc(entries, compile_in_pyodide(candidates, pyodide_dir), budget))
    _store(cache, cached, result)
    return result


def _store(cache: Path, target: Path, data: bytes) -> None:
    """Written atomically (tests build in parallel); only the newest few kept."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache, delete=False) as handle:
            handle.write(data)
        os.replace(handle.name, target)
        old = sorted(cache.glob("python_stdlib-*.zip"), key=lambda p: p.stat().st_mtime, reverse=True)
        for path in old[_CACHE_KEEP:]:
            path.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be written only costs time
