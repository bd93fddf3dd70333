// Compiles standard library sources to .pyc inside Pyodide itself, at build time.
//
// A .pyc only loads in the Python version that wrote it, and the build's own
// Python is older than Pyodide's 3.14, so the pinned npm package does the
// compiling under Node (offline: only file: URLs are read).
//
// Usage: node stdlib_pyc.mjs <pyodide dir> <sources.zip> <out.zip>
// Writes, for every .py in sources.zip whose module Pyodide does not already
// carry frozen (those never load from the archive), `name.pyc`: unchecked-hash
// (no timestamp: same source, same bytes), compiled under the path the module
// has in Pyodide's archive, so tracebacks name the same file and line.
// Column ranges are left out (PYTHONNODEBUGRANGES): they only feed the ^^^
// markers under a source line, and a file without source shows none anyway.

import { readFileSync, writeFileSync } from "node:fs";

import { loadOfflinePyodide } from "./offline_pyodide.mjs";

const [pyodideDir, sourcesZip, outZip] = process.argv.slice(2);
const pyodide = await loadOfflinePyodide(pyodideDir, null, { env: { PYTHONNODEBUGRANGES: "1" } });
pyodide.FS.writeFile("/tmp/sources.zip", readFileSync(sourcesZip));
pyodide.runPython(`
import _imp, sys, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc
from importlib.util import source_hash

assert list(compile("x", "", "eval").co_positions())[0][2:] == (None, None), "column ranges still on"
prefix = next(p for p in sys.path if p.endswith(".zip")) + "/"
with zipfile.ZipFile("/tmp/sources.zip") as sources, zipfile.ZipFile("/tmp/out.zip", "w") as out:
    for name in sorted(sources.namelist()):
        module = name.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        if not name.endswith(".py") or _imp.is_frozen(module):
            continue
        source = sources.read(name)
        code = compile(source, prefix + name, "exec", dont_inherit=True, optimize=0)
        pyc = _code_to_hash_pyc(code, source_hash(source), checked=False)
        out.writestr(zipfile.ZipInfo(name + "c", (1980, 1, 1, 0, 0, 0)), pyc)
`);
writeFileSync(outZip, pyodide.FS.readFile("/tmp/out.zip"));
