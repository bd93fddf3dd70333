"""The trimmed standard library: what it keeps, that it is deterministic,
and that emptying comment lines never touches code or strings."""

from __future__ import annotations

import io
import zipfile

from inspiratiebox import bundle
from inspiratiebox.bundle import stdlib_trim


def _zip(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


SOURCE = {
    "json/": "", "json/__init__.py": "X = 1\n", "json/tool.py": "\n",
    "email/": "", "email/__init__.py": "\n", "email/parser.py": "\n",
    "encodings/": "", "encodings/__init__.py": "\n", "encodings/utf_8.py": "\n",
    "encodings/cp437.py": "\n", "encodings/koi8_r.py": "\n",
    "deep/": "", "deep/pkg/": "", "deep/__init__.py": "\n", "deep/pkg/__init__.py": "\n", "deep/pkg/mod.py": "\n",
    "os.py": "# kept comment line 1\n# line 2\n# stripped\nimport sys  # inline stays\n",
}


def test_keeps_measured_files_the_margin_and_their_packages_only():
    keep = bundle.stdlib_keep(SOURCE, ["deep/pkg/mod.py", "encodings/utf_8.py", "os.py"])
    assert "deep/" in keep and "deep/__init__.py" in keep and "deep/pkg/__init__.py" in keep
    assert "json/tool.py" in keep  # json is kept whole (margin)
    assert "encodings/utf_8.py" in keep and "encodings/koi8_r.py" not in keep
    assert not [n for n in keep if n.startswith("email")]
    assert keep == sorted(keep)


def test_archive_is_deterministic_and_readable():
    first = bundle.trimmed_stdlib(_zip(SOURCE), ["os.py"])
    assert bundle.trimmed_stdlib(_zip(dict(reversed(list(SOURCE.items())))), ["os.py"]) == first
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert archive.testzip() is None
    assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert archive.read("os.py") == b"# kept comment line 1\n# line 2\n\nimport sys  # inline stays\n"


def test_comment_lines_are_emptied_but_strings_and_line_numbers_stay():
    source = 'A = 1\n"""doc"""\n# weg\n    # ook weg\nS = """\n# in een string\n"""\nT = "# ook geen commentaar"\n'
    out = bundle.without_comment_lines(source.encode()).decode()
    assert out.count("\n") == source.count("\n")
    assert "# weg" not in out and "# ook weg" not in out
    assert "# in een string" in out and '"# ook geen commentaar"' in out
    compile(out, "x.py", "exec")


def test_files_the_tokenizer_may_misread_are_left_alone():
    nested = 'x = {"a": 1}\n\n# comment\nprint(f"{x["a"]}")\n'
    assert bundle.without_comment_lines(nested.encode()) == nested.encode()
    assert bundle.without_comment_lines(b"\xff\xfe niet utf-8") == b"\xff\xfe niet utf-8"
    assert bundle.without_comment_lines(b'x = """open\n') == b'x = """open\n'


DOCUMENTED = '''"""Module doc
over two lines."""
from __future__ import annotations
import sys

def f(x):
    """Only a docstring
    and more."""

class C:
    r"""Raw doc."""; y = 1
    attr = 1
    """Attribute doc, also a no-op statement."""

    def g(self):
        s = """not a statement"""
        b"bytes statement"
        "implicit" "concatenation"
        return s

def h():
    return f"""{sys.version}"""
'''


def test_docstrings_become_empty_strings_on_the_same_lines():
    out = bundle.lean_source(DOCUMENTED.encode(), comments=False).decode()
    assert out.count("\n") == DOCUMENTED.count("\n")
    for gone in ("Module doc", "over two lines", "Only a docstring", "and more", "Raw doc", "Attribute doc"):
        assert gone not in out
    for kept in ('"""not a statement"""', 'b"bytes statement"', '"implicit" "concatenation"', 'f"""{sys.version}"""'):
        assert kept in out
    namespace = {}
    exec(compile(out, "m.py", "exec"), namespace)  # __future__ still first, bodies still bodies
    assert namespace["__doc__"] == "" and namespace["f"].__doc__ == "" and namespace["C"].__doc__ == ""
    assert namespace["C"].y == 1 and namespace["C"]().g() == "not a statement"
    # Every other line is untouched, so every statement keeps its line number.
    changed = [n for n, (a, b) in enumerate(zip(DOCUMENTED.splitlines(), out.splitlines(), strict=True), 1) if a != b]
    assert changed == [1, 2, 7, 8, 11, 13]


def test_without_docstrings_keeps_files_it_cannot_read_with_certainty():
    nested = '"""doc"""\nx = {"a": 1}\nprint(f"{x["a"]}")\n'
    assert stdlib_trim.without_docstrings(nested.encode()) == nested.encode()


def test_pyc_goes_where_it_saves_most_compiling_per_extra_byte_within_the_budget():
    import os

    from inspiratiebox.bundle import stdlib_pyc

    def noise(n):
        return os.urandom(n)  # incompressible: the deflated size is about n
    entries = {"a.py": b"x" * 40_000, "b.py": b"y" * 40_000, "c.py": b"z" * 1000, "d.py": noise(3000), "e/": b""}
    compiled = {"a.pyc": noise(2000), "b.pyc": noise(6000), "c.pyc": noise(3000), "d.pyc": noise(100)}
    def chosen(budget):
        return sorted(n for n in stdlib_pyc.with_pyc(entries, compiled, budget) if n.endswith(".pyc"))
    assert chosen(0) == ["d.pyc"]  # smaller than its source: always worth it
    assert chosen(3000) == ["a.pyc", "d.pyc"]  # a: 40 kB of source for ~2 kB extra
    assert chosen(9000) == ["a.pyc", "b.pyc", "d.pyc"]  # c saves least per byte and no longer fits
    assert chosen(10**6) == ["a.pyc", "b.pyc", "c.pyc", "d.pyc"]
    result = stdlib_pyc.with_pyc(entries, compiled, 3000)
    assert "a.py" not in result and result["a.pyc"] == compiled["a.pyc"] and result["b.py"] == entries["b.py"]
    assert result["e/"] == b""
