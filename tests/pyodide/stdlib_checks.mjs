// Checks inside Pyodide that the site's trimmed standard library behaves as
// the original does: prints one JSON line for tests/pyodide/test_stdlib_pyc.py.
//
// Usage: node stdlib_checks.mjs <root> <original zip> <lean sources zip> <site's trimmed zip>
//
// 1. On Pyodide's own (full) stdlib: every lean source parses to the same
//    tree as its original once string statements are set to "", and every
//    node keeps its first and last line (Python 3.14's parser: the build's
//    older Python cannot parse all of these files).
// 2. Booted on the site's archive: each function of each precompiled module
//    that got loaded starts on a `def`, `async def` or decorator line of the
//    original file (so line numbers in tracebacks are right), and an error
//    raised inside the standard library names the right file and line.
// The network is refused: only file: URLs are read.

import { readFileSync } from "node:fs";
import path from "node:path";

import { loadOfflinePyodide } from "../../inspiratiebox/bundle/offline_pyodide.mjs";

const [root, originalZip, leanZip, siteZip] = process.argv.slice(2);
const pyodideDir = path.join(root, "node_modules", "pyodide");
const full = await loadOfflinePyodide(pyodideDir);
full.FS.writeFile("/tmp/original.zip", readFileSync(originalZip));
full.FS.writeFile("/tmp/lean.zip", readFileSync(leanZip));
const syntax = JSON.parse(full.runPython(`
import ast, json, zipfile

def shape(source):
    tree = ast.parse(source)
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            node.value.value = ""
        if hasattr(node, "lineno"):
            lines.append((type(node).__name__, node.lineno, node.end_lineno))
    return ast.dump(tree), sorted(lines)

original, lean = zipfile.ZipFile("/tmp/original.zip"), zipfile.ZipFile("/tmp/lean.zip")
names = [n for n in lean.namelist() if n.endswith(".py")]
json.dumps({"checked": len(names), "differ": [n for n in names if shape(original.read(n)) != shape(lean.read(n))]})
`));

const site = await loadOfflinePyodide(pyodideDir, siteZip);
site.FS.writeFile("/tmp/original.zip", readFileSync(originalZip));
const runtime = JSON.parse(site.runPython(`
import inspect, json, sys, traceback, types, zipfile

original = zipfile.ZipFile("/tmp/original.zip")
precompiled, functions, wrong = [], 0, []
for name, module in sorted(sys.modules.items()):
    file = getattr(module, "__file__", None) or ""
    if ".zip/" not in file or not file.endswith(".pyc"):
        continue
    path = file.split(".zip/", 1)[1][:-1]
    precompiled.append(path)
    lines = original.read(path).decode("utf-8").splitlines()
    objects = [v for v in vars(module).values() if getattr(v, "__module__", None) == name]
    objects += [m for c in objects if isinstance(c, type) for m in vars(c).values()]
    for value in objects:
        code = getattr(inspect.unwrap(value) if callable(value) else value, "__code__", None)
        if not isinstance(code, types.CodeType) or not code.co_filename.endswith("/" + path):
            continue
        functions += 1
        line = lines[code.co_firstlineno - 1].strip()
        if not line.startswith(("def ", "async def ", "@")):
            wrong.append(f"{path}:{code.co_firstlineno} {code.co_name}: {line}")
try:
    json.loads(1)
except TypeError as error:
    frame = traceback.extract_tb(error.__traceback__)[-1]
json.dumps({"precompiled": precompiled, "functions": functions, "wrong": wrong,
            "raised_at": [frame.filename, frame.lineno]})
`));
console.log(JSON.stringify({ syntax, runtime }));
