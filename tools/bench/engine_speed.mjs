// Engine speed inside Pyodide under Node: ranks generated vacancy sets.
// Usage: node engine_speed.mjs <root> <stdlib zip> <data-100.json> ...
// Prints one JSON line: [{n, ms: [..], daarna_ms: [..], prepare_ms: [..], peak_bytes}] measured in Python
// (time.perf_counter, tracemalloc). The network is refused.
import { readFileSync } from "node:fs";
import path from "node:path";

import { loadOfflinePyodide } from "../../inspiratiebox/bundle/offline_pyodide.mjs";

const [root, stdlib, ...files] = process.argv.slice(2);
const pyodide = await loadOfflinePyodide(path.join(root, "node_modules", "pyodide"), stdlib);
const engineDir = path.join(root, "widget", "wijzer");
pyodide.FS.mkdirTree("/home/pyodide/engine/wijzer");
for (const name of (await import("node:fs")).readdirSync(engineDir)) {
  if (name.endsWith(".py")) pyodide.FS.writeFile(`/home/pyodide/engine/wijzer/${name}`, readFileSync(path.join(engineDir, name)));
}
pyodide.FS.writeFile("/home/pyodide/engine/engine_timing.py", readFileSync(new URL("./engine_timing.py", import.meta.url)));
pyodide.runPython(`
import json, sys
sys.path.insert(0, "/home/pyodide/engine")
import engine_timing, wijzer
def _bench(data_json, answers_json, repeat):
    return json.dumps(engine_timing.measure(wijzer, json.loads(data_json), json.loads(answers_json), repeat))
`);
const bench = pyodide.globals.get("_bench");
const out = [];
for (const file of files) {
  const { n, data, answers, repeat } = JSON.parse(readFileSync(file, "utf-8"));
  out.push({ n, ...JSON.parse(bench(JSON.stringify(data), JSON.stringify(answers), repeat)) });
}
console.log(JSON.stringify(out));
