// Engine speed inside Pyodide under Node: runs a timing module of this folder
// (engine_timing: one candidate ranked; placement_timing: a group placed) on
// each case file. Usage: node engine_speed.mjs <root> <stdlib zip> <module> <case.json> ...
// Prints one JSON line: [{n, ...what the module's measure_case returns}],
// measured in Python (time.perf_counter, tracemalloc). The network is refused.
import { readFileSync } from "node:fs";
import path from "node:path";

import { loadOfflinePyodide } from "../../inspiratiebox/bundle/offline_pyodide.mjs";

const [root, stdlib, timing, ...files] = process.argv.slice(2);
const pyodide = await loadOfflinePyodide(path.join(root, "node_modules", "pyodide"), stdlib);
const engineDir = path.join(root, "widget", "wijzer");
pyodide.FS.mkdirTree("/home/pyodide/engine/wijzer");
for (const name of (await import("node:fs")).readdirSync(engineDir)) {
  if (name.endsWith(".py")) pyodide.FS.writeFile(`/home/pyodide/engine/wijzer/${name}`, readFileSync(path.join(engineDir, name)));
}
pyodide.FS.writeFile(`/home/pyodide/engine/${timing}.py`, readFileSync(new URL(`./${timing}.py`, import.meta.url)));
pyodide.runPython(`
import importlib, json, sys
sys.path.insert(0, "/home/pyodide/engine")
import wijzer
_timing = importlib.import_module(${JSON.stringify(timing)})
def _bench(case_json):
    return json.dumps(_timing.measure_case(wijzer, json.loads(case_json)))
`);
const bench = pyodide.globals.get("_bench");
const out = [];
for (const file of files) {
  const text = readFileSync(file, "utf-8");
  out.push({ n: JSON.parse(text).n, ...JSON.parse(bench(text)) });
}
console.log(JSON.stringify(out));
