"""Whatever lands in content/ or in a spreadsheet, `make check` and
`make import` answer with problems, never with a traceback or silence.

Every problem names a file inside the project and a line and a column from
1; the importer names the row (and the column) or the file, and returns an
exit code. The alarm in `no_hang` turns a hang into a failure.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import tempfile
from pathlib import Path

from content_strategies import (
    CONTENT_FILES,
    LOADER,
    STRUCTURES,
    TEXT,
    csv_texts,
    dump,
    edited,
    no_hang,
    swapped,
    write_project,
    xlsx_bytes,
)
from fixed_dates import BUILD_DATE
from hypothesis import given
from hypothesis import strategies as st

from inspiratiebox.content.load import load_content
from inspiratiebox.kit.importer import run


@contextlib.contextmanager
def project():
    """A fresh minimal valid project; Hypothesis runs many examples in one test."""
    root = Path(tempfile.mkdtemp(prefix="eigenschap-"))
    try:
        write_project(root)
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def assert_loads_with_placed_problems(root: Path):
    with no_hang():
        _content, problems = load_content(root / "content", root / "docs", today=BUILD_DATE)
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1, problem
        assert isinstance(problem.message, str) and problem.message.strip(), problem
        assert (root / problem.file).resolve().is_relative_to(root.resolve()), problem
        assert len(problem.message) < 2000, problem  # a message repeats no megabytes
    return problems


CONTENT = st.one_of(
    st.binary(max_size=3000),
    TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    STRUCTURES.map(lambda v: dump(v).encode("utf-8", "surrogatepass")),
)


@LOADER
@given(name=st.sampled_from(CONTENT_FILES), data=CONTENT)
def test_any_bytes_text_or_yaml_in_a_content_file_gives_placed_problems(name, data):
    with project() as root:
        (root / name).write_bytes(data)
        assert_loads_with_placed_problems(root)


@LOADER
@given(data=st.data())
def test_a_valid_file_edited_anywhere_gives_placed_problems(data):
    name = data.draw(st.sampled_from(CONTENT_FILES))
    text = data.draw(st.one_of(swapped(name), edited(name)))
    with project() as root:
        (root / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        assert_loads_with_placed_problems(root)


_PLACED = re.compile(r"rij ([0-9.]+)(, kolom '.*?')?: .+", re.S)


def assert_imports_with_placed_problems(path: Path, root: Path):
    out, err = io.StringIO(), io.StringIO()
    with no_hang(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(path, root, today=BUILD_DATE, dry_run=True)
    assert code in (0, 1)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    if code == 1:
        assert lines, err.getvalue()
    for line in lines:
        placed = _PLACED.fullmatch(line)
        if placed:
            assert int(placed.group(1).replace(".", "")) >= 1, line
            continue
        assert line.startswith((f"{path.name}: ", "content/", "Fouten in andere bestanden", "Opmerking: ", "Proef: ")), line
    assert max(map(len, lines), default=0) < 3000


@LOADER
@given(text=csv_texts())
def test_any_csv_gives_an_exit_code_and_placed_problems(text):
    with project() as root:
        path = root / "vacatures.csv"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        assert_imports_with_placed_problems(path, root)


@LOADER
@given(data=xlsx_bytes())
def test_any_xlsx_or_bytes_named_xlsx_gives_an_exit_code_and_placed_problems(data):
    with project() as root:
        path = root / "vacatures.xlsx"
        path.write_bytes(data)
        assert_imports_with_placed_problems(path, root)
