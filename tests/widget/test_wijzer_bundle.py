"""The widget bundle written into the site: Pyodide core, engine zip, data, web files."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import pytest

from inspiratiebox import bundle
from inspiratiebox.bundle import contract
from inspiratiebox.bundle.widgetdata import widget_data


@pytest.fixture(scope="module")
def written(example, root, tmp_path_factory):
    site = tmp_path_factory.mktemp("bundle") / "site"
    bundle.write(example, site, root)
    return site


def test_all_files_are_in_place(written, root):
    for name in bundle.PYODIDE_FILES:
        copied = written / "assets" / "pyodide" / name
        assert copied.read_bytes() == (root / "node_modules" / "pyodide" / name).read_bytes()
    web = sorted(p.name for p in (root / "widget" / "web").iterdir() if p.is_file())
    assert {"wijzer.js", "worker.js", "wijzer.css"} <= set(web)
    for name in web:
        assert (written / "assets" / "wijzer" / name).read_bytes() == (root / "widget" / "web" / name).read_bytes()


def test_data_is_the_widget_contract(written, example):
    data = json.loads((written / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(widget_data(example)))


def test_engine_zip_is_deterministic(root, tmp_path):
    """Same sources, same bytes, whatever the files' timestamps."""
    engine = tmp_path / "wijzer"
    shutil.copytree(root / "widget" / "wijzer", engine, ignore=shutil.ignore_patterns("__pycache__"))
    first = bundle.engine_zip(engine)
    for path in engine.rglob("*.py"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    assert bundle.engine_zip(engine) == first
    names = zipfile.ZipFile(io.BytesIO(first)).namelist()
    assert names == sorted(names)
    assert "wijzer/__init__.py" in names and all(n.endswith(".py") for n in names)
    assert not [n for n in names if "__pycache__" in n]


def test_engine_zip_changes_with_the_engine(root, tmp_path):
    engine = tmp_path / "wijzer"
    shutil.copytree(root / "widget" / "wijzer", engine, ignore=shutil.ignore_patterns("__pycache__"))
    before = bundle.engine_zip(engine)
    (engine / "extra.py").write_text("X = 1\n")
    assert bundle.engine_zip(engine) != before


def test_engine_zip_imports_on_cpython(written, tmp_path):
    """Unpacked on its own, the archive is the whole engine: it imports and matches."""
    with zipfile.ZipFile(written / "assets" / "wijzer" / "engine.zip") as archive:
        archive.extractall(tmp_path / "unpacked")
    script = (
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import wijzer\n"
        "assert wijzer.__file__.startswith(sys.argv[1]), wijzer.__file__\n"
        "data = json.load(open(sys.argv[2], encoding='utf-8'))\n"
        "result = wijzer.match({'begeleiding': 3}, data, '2026-01-15')\n"
        "print(json.dumps(result))\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", script, str(tmp_path / "unpacked"), str(written / "assets" / "wijzer" / "data.json")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["loket"]["aanbevolen"] is True


def test_missing_pyodide_says_what_to_do(example, root, tmp_path):
    fake_root = tmp_path / "repo"
    shutil.copytree(root / "widget", fake_root / "widget", ignore=shutil.ignore_patterns("__pycache__"))
    with pytest.raises(bundle.BundleError, match="make setup"):
        bundle.write(example, tmp_path / "site", fake_root)


def test_missing_engine_is_a_clear_error(tmp_path):
    (tmp_path / "wijzer").mkdir()
    with pytest.raises(bundle.BundleError, match="engine"):
        bundle.engine_zip(tmp_path / "wijzer")


def test_a_second_write_changes_nothing(written, example, root):
    before = {p: p.stat().st_mtime_ns for p in written.rglob("*") if p.is_file()}
    bundle.write(example, written, root)
    after = {p: p.stat().st_mtime_ns for p in written.rglob("*") if p.is_file()}
    assert after == before


def test_web_files_use_only_relative_urls(root):
    scripts = sorted((root / "widget" / "web").glob("*.js"))
    assert len(scripts) > 3, "the wijzer's script is split into modules"
    for path in scripts:
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://", source), path.name
        for target in re.findall(r"(?:new URL\(|here\()\s*[\"'`]([^\"'`]+)", source):
            assert not target.startswith("/") and ":" not in target, f"{path.name}: {target} is not relative"
        assert "innerHTML" not in source and "eval(" not in source


def test_the_script_reads_the_page_contract_the_build_reads(written):
    """contract.js is written from contract.json and the engine's vocabulary:
    the script, the build and the tests share one source."""
    source = (written / "assets" / "wijzer" / contract.MODULE_NAME).read_text(encoding="utf-8")
    body = source[source.index("Object.freeze(") + len("Object.freeze("): source.rindex(");")]
    assert json.loads(body) == contract.load()
    assert dict(contract.ANSWERS) == {"thuis": "thuis", "flexibel": "flexibel", "overal": ""}


def test_every_module_imports_only_its_neighbours_in_the_bundle(written):
    """Plain ES modules from the same folder: they load under any subpath
    and within the CSP's script-src 'self'."""
    shipped = {p.name for p in (written / "assets" / "wijzer").iterdir()}
    modules = sorted((written / "assets" / "wijzer").glob("*.js"))
    assert len(modules) > 3 and "wijzer.js" in shipped
    for path in modules:
        for target in re.findall(r"^import .* from \"([^\"]+)\";$", path.read_text(encoding="utf-8"), re.M):
            assert target.startswith("./") and "/" not in target[2:], f"{path.name}: {target}"
            assert target[2:] in shipped, f"{path.name} imports {target}, which the bundle lacks"


def test_every_text_the_script_writes_is_in_i18n(root):
    """Dutch words in quotes outside the i18n objects (i18n.js, and the desk
    mode's desk-i18n.js) would be texts nobody finds."""
    words = re.compile(r"[\"`][^\"`]*\b(je|jouw|wijzer wordt|Vraag|Wis|antwoorden zijn|Bijvoorbeeld|Contact)\b[^\"`]*[\"`]")
    scripts = sorted((root / "widget" / "web").glob("*.js"))
    assert len(scripts) > 3, "the wijzer's script is split into modules"
    for path in scripts:
        if path.name.endswith("i18n.js") or path.name == "worker.js":
            continue
        source = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("//"))
        assert not words.search(source), f"{path.name}: {words.search(source).group(0)}"
