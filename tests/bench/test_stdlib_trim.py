"""The trimmed standard library: what it keeps, that it is deterministic,
and that emptying comment lines never touches code or strings."""

from __future__ import annotations

import io
import zipfile

from inspiratiebox import bundle


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
