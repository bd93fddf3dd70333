// Runs the engine tests (tests/engine) inside real Pyodide under Node, offline.
//
// Why: the engine ships to browsers on Pyodide (Python 3.14, emscripten), not
// on the CPython that runs pytest. This proves the same tests pass there.
// The network is forbidden: fetch throws for anything but a local file, and
// loadPackage is replaced, because under Node Pyodide would otherwise quietly
// download packages from a CDN. Any attempt counts as a failure.
//
// Usage: node tests/pyodide/run_engine_tests.mjs [stdlib zip]
// (with a stdlib zip, e.g. the site's trimmed one, Pyodide boots with that instead)
// Output: each failure, then a final line exactly "N passed, M failed";
// exit code 1 on any failure.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const PYODIDE_DIR = path.join(ROOT, "node_modules", "pyodide");
const HOME = "/home/pyodide";
const networkAttempts = [];

function forbid(what) {
  networkAttempts.push(what);
  throw new Error(`Netwerk is verboden in deze test: ${what}`);
}

// Only file: URLs are served (from disk); everything else is refused.
globalThis.fetch = async (resource) => {
  const url = String(resource?.url ?? resource);
  if (url.startsWith("file:")) {
    return new Response(readFileSync(fileURLToPath(url)));
  }
  return forbid(`fetch ${url}`);
};

function exampleData() {
  // The real example content as the build hands it to the engine.
  const venv = path.join(ROOT, ".venv", "bin", "python");
  const python = existsSync(venv) ? venv : "python3";
  const code =
    "import datetime, json\n" +
    "from inspiratiebox.content.load import load_content\n" +
    "from inspiratiebox.bundle.widgetdata import widget_data\n" +
    "content, _ = load_content('content', 'docs', today=datetime.date(2026, 11, 23))\n" +
    "print(json.dumps(widget_data(content), ensure_ascii=False))\n";
  return execFileSync(python, ["-c", code], { cwd: ROOT, encoding: "utf-8" });
}

function copyPythonFiles(pyodide, fromDir, toDir, keep) {
  pyodide.FS.mkdirTree(toDir);
  let count = 0;
  for (const name of readdirSync(fromDir).sort()) {
    if (name.endsWith(".py") && keep(name)) {
      pyodide.FS.writeFile(`${toDir}/${name}`, readFileSync(path.join(fromDir, name)));
      count += 1;
    }
  }
  return count;
}

async function main() {
  const data = exampleData();
  const { loadPyodide } = await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.mjs")).href);
  const stdlibZip = process.argv[2];
  const options = { indexURL: PYODIDE_DIR + path.sep };
  if (stdlibZip) options.stdLibURL = pathToFileURL(path.resolve(stdlibZip)).href;
  const pyodide = await loadPyodide(options);
  pyodide.loadPackage = async (names) => forbid(`loadPackage ${names}`);
  pyodide.loadPackagesFromImports = async () => forbid("loadPackagesFromImports");

  const engineFiles = copyPythonFiles(pyodide, path.join(ROOT, "widget", "wijzer"), `${HOME}/widget/wijzer`, () => true);
  const testFiles = copyPythonFiles(
    pyodide,
    path.join(ROOT, "tests", "engine"),
    `${HOME}/tests/engine`,
    (name) => name !== "conftest.py" && !name.startsWith("test_cpython_"),
  );
  copyPythonFiles(pyodide, HERE, `${HOME}/tests/pyodide`, (name) => name === "runner.py");
  pyodide.FS.writeFile("/tmp/example.json", data);
  if (!engineFiles || !testFiles) {
    throw new Error("geen engine- of testbestanden gevonden");
  }

  const [passed, failed, about] = pyodide
    .runPython(`
import os, sys
sys.dont_write_bytecode = True
sys.path[:0] = ["${HOME}/widget", "${HOME}/tests/engine", "${HOME}/tests/pyodide"]
os.environ["WIJZER_EXAMPLE_DATA"] = "/tmp/example.json"
import runner
passed, failed = runner.main("${HOME}/tests/engine")
import wijzer
about = f"Python {sys.version.split()[0]} on {sys.platform}; wijzer from {os.path.dirname(wijzer.__file__)}"
[passed, failed, about]
`)
    .toJs();
  console.log(about);
  for (const attempt of networkAttempts) {
    console.log(`FAILED network attempt: ${attempt}`);
  }
  const failures = failed + networkAttempts.length;
  console.log(`${passed} passed, ${failures} failed`);
  process.exitCode = failures ? 1 : 0;
}

main().catch((error) => {
  console.log(`FAILED the run itself: ${error?.stack ?? error}`);
  for (const attempt of networkAttempts) {
    console.log(`FAILED network attempt: ${attempt}`);
  }
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});
