"""House rules that keep the code readable, checked on the code itself.

Each rule is one a reviewer would otherwise have to enforce by eye: short
functions in Python and JavaScript, tests that never read today's date, and
a README that names every test folder.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_FUNCTION_LINES = 60
PYTHON_ROOTS = ("inspiratiebox", "widget", "tools", "tests")
JAVASCRIPT_ROOTS = ("widget/web", "docs/assets", "inspiratiebox", "tools", "tests")


def _files(roots, suffixes):
    for folder in roots:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in suffixes and "node_modules" not in path.parts and "__pycache__" not in path.parts:
                yield path


def python_functions(source: str):
    """(name, first line, length) of every function, nested ones included."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            yield node.name, first, node.end_lineno - first + 1


_JS_TOKEN = re.compile(r"//[^\n]*|/\*.*?\*/|`(?:\\.|[^`\\])*`|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|[{}]|\n", re.S)
_JS_HEAD = re.compile(r"(?:function\s*\*?\s*([\w$]*)\s*\([^)]*\)|(?:([\w$]+)\s*=\s*)?(?:async\s*)?\([^()]*\)\s*=>|([\w$]+)\s*\([^()]*\))\s*$")


def javascript_functions(source: str):
    """(name, first line, length) of every braced function body. A light
    tokenizer skips strings and comments, so braces inside them do not count;
    a block counts as a function when a function head stands right before it."""
    line, stack = 1, []
    last = 0
    for match in _JS_TOKEN.finditer(source):
        token = match.group(0)
        if token == "{":
            head = _JS_HEAD.search(source[max(last, match.start() - 300):match.start()])
            name = next((g for g in head.groups() if g), "(anonymous)") if head else None
            stack.append((name, line))
        elif token == "}" and stack:
            name, first = stack.pop()
            if name and name not in ("if", "for", "while", "switch", "catch"):
                yield name, first, line - first + 1
        line += token.count("\n")
        if token not in ("{", "}"):
            continue
        last = match.end()


def test_no_python_function_is_longer_than_sixty_lines():
    long = [
        f"{path.relative_to(ROOT)}:{first} {name} ({length} regels)"
        for path in _files(PYTHON_ROOTS, {".py"})
        for name, first, length in python_functions(path.read_text(encoding="utf-8"))
        if length > MAX_FUNCTION_LINES
    ]
    assert not long, "\n".join(long)


def test_no_javascript_function_is_longer_than_sixty_lines():
    long = [
        f"{path.relative_to(ROOT)}:{first} {name} ({length} regels)"
        for path in _files(JAVASCRIPT_ROOTS, {".js", ".mjs"})
        for name, first, length in javascript_functions(path.read_text(encoding="utf-8"))
        if length > MAX_FUNCTION_LINES
    ]
    assert not long, "\n".join(long)


def test_the_length_checks_find_a_long_function_in_either_language():
    body = "\n".join(f"  x{i} = {i};" for i in range(61))
    js = f"function lang() {{\n  const s = \"}}\";\n{body}\n}}\nconst kort = (a) => {{ return a; }};\n"
    assert [(n, length) for n, _, length in javascript_functions(js)] == [("lang", 64), ("kort", 1)]
    py = "def lang():\n" + "\n".join(f"    x{i} = {i}" for i in range(61)) + "\n"
    assert [(n, length) for n, _, length in python_functions(py)] == [("lang", 62)]


def test_no_test_reads_todays_date():
    pattern = re.compile(r"date\.today\(\)|datetime\.now\(|datetime\.today\(|new Date\(\)")
    here = Path(__file__).resolve()
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _files(("tests",), {".py", ".mjs", ".js"})
        if path != here
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not found, "Geef een vaste datum mee:\n" + "\n".join(found)


def test_the_readme_test_table_lists_every_test_folder():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    folders = sorted(p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name != "__pycache__")
    listed = set(re.findall(r"^\| `tests/([\w-]+)/` \|", readme, re.M))
    assert folders, "no test folders found"
    assert [f for f in folders if f not in listed] == []
    assert sorted(listed - set(folders)) == []


# Which room of inspiratiebox/ may import which (ARCHITECTURE.md): the flow
# never runs backwards.
ALLOWED_IMPORTS = {
    "content": set(),
    "pages": {"content", "bundle.contract"},
    "kit": {"content", "pages"},
    "bundle": {"content"},
    "docs": {"content"},
    "site": {"content", "pages", "kit", "bundle"},
}


def _imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("inspiratiebox."):
            found.add(node.module.removeprefix("inspiratiebox."))
        elif isinstance(node, ast.ImportFrom) and node.module == "inspiratiebox":
            found.update(alias.name for alias in node.names)
    return found


def test_each_room_of_the_build_imports_only_the_rooms_before_it():
    wrong = []
    for room, allowed in ALLOWED_IMPORTS.items():
        for path in sorted((ROOT / "inspiratiebox" / room).rglob("*.py")):
            for module in _imports_of(path):
                top = module.split(".")[0]
                if top != room and top not in allowed and module not in allowed:
                    wrong.append(f"{path.relative_to(ROOT)} importeert inspiratiebox.{module}")
    assert len(ALLOWED_IMPORTS) == len([p for p in (ROOT / "inspiratiebox").iterdir() if (p / "__init__.py").is_file()])
    assert wrong == []


def test_no_module_imports_from_above_its_own_package():
    """`from .. import x` breaks silently when a folder moves (and only when
    that code path runs); the build and the tools import by full name."""
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in _files(("inspiratiebox", "tools"), {".py"})
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level > 1
    ]
    assert found == []
