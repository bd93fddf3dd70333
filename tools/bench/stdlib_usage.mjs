// Which standard library files does the Vrijwilligerswijzer really use?
//
// Boots Pyodide under Node with the FULL standard library, then does what the
// worker does (unpack the engine, parse the data, one match per answer set)
// and prints, as JSON, the results and every module in sys.modules that came from the stdlib
// zip: after boot alone, and after the engine ran. inspiratiebox/bundle/
// builds the trimmed stdlib from that list plus a safety margin.
//
// Usage: node stdlib_usage.mjs <root> <built site> <answers.json> [stdlib zip]
// (with a stdlib zip it boots with that one instead: to check a trimmed zip)
// The network is refused: only file: URLs are read.

import { readFileSync } from "node:fs";
import path from "node:path";

import { loadOfflinePyodide } from "../../inspiratiebox/bundle/offline_pyodide.mjs";

const [root, siteDir, answersFile, stdlibFile] = process.argv.slice(2);
const pyodide = await loadOfflinePyodide(path.join(root, "node_modules", "pyodide"), stdlibFile);

const SNAPSHOT = `
import sys, json
def _stdlib_files():
    found = set()
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None) or ""
        marker = file.find(".zip/")
        if marker >= 0:  # a precompiled module counts as its source file
            found.add(file[marker + 5:].removesuffix(".pyc") + ".py" if file.endswith(".pyc") else file[marker + 5:])
    return sorted(found)
`;
pyodide.runPython(SNAPSHOT);
const boot = pyodide.runPython("json.dumps(_stdlib_files())");
// As widget/web/worker.js does: unpack the engine archive, parse the data.
const wijzerDir = path.join(siteDir, "assets", "wijzer");
pyodide.unpackArchive(new Uint8Array(readFileSync(path.join(wijzerDir, "engine.zip"))), "zip", {
  extractDir: "/home/pyodide/vrijwilligerswijzer",
});
pyodide.globals.set("_data_json", readFileSync(path.join(wijzerDir, "data.json"), "utf-8"));
pyodide.globals.set("_answers_json", readFileSync(answersFile, "utf-8"));
pyodide.runPython(`
import json, sys
sys.path.insert(0, "/home/pyodide/vrijwilligerswijzer")
import wijzer
_data = json.loads(_data_json)
_results = [json.dumps(wijzer.match(_answers, _data, "2026-03-02"), ensure_ascii=False)
            for _answers in json.loads(_answers_json)]
`);
// An error raised in Python must still reach JavaScript as a readable message
// (Pyodide formats it with the traceback module, which must be in the zip).
let errorReport = "";
try {
  pyodide.runPython("1 / 0");
} catch (error) {
  errorReport = String(error.message ?? error);
}
const after = pyodide.runPython("json.dumps(_stdlib_files())");
const results = pyodide.runPython("json.dumps([json.loads(r) for r in _results])");
const python = pyodide.runPython("import sys; sys.platform + ' ' + sys.version.split()[0]");
console.log(JSON.stringify({ python, boot: JSON.parse(boot), after: JSON.parse(after), results: JSON.parse(results), errorReport }));
