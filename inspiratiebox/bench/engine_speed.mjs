// Engine speed inside Pyodide under Node: ranks generated vacancy sets.
// Usage: node engine_speed.mjs <root> <stdlib zip> <data-100.json> ...
// Prints one JSON line: [{n, ms: [..], daarna_ms: [..], prepare_ms: [..], peak_bytes}] measured in Python
// (time.perf_counter, tracemalloc). The network is refused.
import { readFileSync } from "node:fs";
import path from "node:path";

import { loadOfflinePyodide } from "../offline_pyodide.mjs";

const [root, stdlib, ...files] = process.argv.slice(2);
const pyodide = await loadOfflinePyodide(path.join(root, "node_modules", "pyodide"), stdlib);
const engineDir = path.join(root, "widget", "wijzer");
pyodide.FS.mkdirTree("/home/pyodide/engine/wijzer");
for (const name of (await import("node:fs")).readdirSync(engineDir)) {
  if (name.endsWith(".py")) pyodide.FS.writeFile(`/home/pyodide/engine/wijzer/${name}`, readFileSync(path.join(engineDir, name)));
}
pyodide.runPython(`
import json, sys, time, tracemalloc
sys.path.insert(0, "/home/pyodide/engine")
import wijzer
def _timed(call, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times
def _bench(data_json, answers_json, repeat):
    data, answers = json.loads(data_json), json.loads(answers_json)
    prepared = wijzer.prepare(data)
    out = {
        "ms": _timed(lambda: wijzer.match(answers, data, "2026-03-02"), repeat),
        "daarna_ms": _timed(lambda: wijzer.match(answers, prepared, "2026-03-02"), repeat),
        "prepare_ms": _timed(lambda: wijzer.prepare(data), repeat),
    }
    tracemalloc.start()
    wijzer.match(answers, data, "2026-03-02")
    out["peak_bytes"] = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return json.dumps(out)
`);
const bench = pyodide.globals.get("_bench");
const out = [];
for (const file of files) {
  const { n, data, answers, repeat } = JSON.parse(readFileSync(file, "utf-8"));
  out.push({ n, ...JSON.parse(bench(JSON.stringify(data), JSON.stringify(answers), repeat)) });
}
console.log(JSON.stringify(out));
