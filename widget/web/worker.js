// The Vrijwilligerswijzer's worker: runs the Python engine on Pyodide, off the
// main thread so the form stays responsive while Python boots.
// It starts the three downloads at once (Pyodide, engine archive, data) and
// only passes messages; every decision is made by the engine in Python.
//
// Messages in:  {type: "match", id, answers, today}    the candidate's wijzer: wijzer.match
//               {type: "desk", id, answers, today}     desk mode: wijzer.desk
//               {type: "allocate", id, candidates, today}  group placement:
//                 wijzer.allocate; candidates is a list of at most 60 answer objects
// Messages out: {type: "ready"} | {type: "result", id, result}
//               {type: "error", stage, id, detail}: every failure is reported,
//               the page's watchdog (worker-client.js) covers a hang.

const here = (path) => new URL(path, import.meta.url).href;
const INDEX_URL = here("../pyodide/");
const ENGINE_DIR = "/home/pyodide/vrijwilligerswijzer";

async function fetchOk(url, how) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return how === "json" ? response.text() : response.arrayBuffer();
}

async function boot() {
  const pyodidePromise = import(here("../pyodide/pyodide.mjs")).then(({ loadPyodide }) =>
    loadPyodide({
      indexURL: INDEX_URL,
      // Packages (never loaded) would otherwise default to a CDN.
      packageBaseUrl: INDEX_URL,
      // Trimmed at build time (inspiratiebox/bundle/): the standard library
      // the engine uses (0.7 MB instead of 2.5 MB) and a lock file without
      // the package list we never load.
      stdLibURL: here("../pyodide/python_stdlib.min.zip"),
      lockFileURL: here("../pyodide/pyodide-lock.min.json"),
      stdout: () => {},
      stderr: (text) => console.warn(text),
    }),
  );
  const enginePromise = fetchOk(here("engine.zip"));
  const dataPromise = fetchOk(here("data.json"), "json");
  const [pyodide, engine, data] = await Promise.all([pyodidePromise, enginePromise, dataPromise]);
  pyodide.unpackArchive(engine, "zip", { extractDir: ENGINE_DIR });
  pyodide.globals.set("_wijzer_data_json", data);
  // JSON strings cross the boundary both ways: no proxies to leak or convert.
  pyodide.runPython(`
import json, sys
sys.path.insert(0, ${JSON.stringify(ENGINE_DIR)})
import wijzer
# Read and check the data once, while the visitor is still answering:
# every search after that only ranks (wijzer.prepare).
_wijzer_data = wijzer.prepare(json.loads(_wijzer_data_json))
del _wijzer_data_json

_wijzer_calls = {"match": wijzer.match, "desk": wijzer.desk, "allocate": getattr(wijzer, "allocate", None)}

def _wijzer_run(kind, payload_json, today):
    return json.dumps(_wijzer_calls[kind](json.loads(payload_json), _wijzer_data, today), ensure_ascii=False)
`);
  return pyodide.globals.get("_wijzer_run");
}

// The group page sends one answer object per candidate; more than this is
// not a group from one course and would keep the engine busy too long.
const MAX_CANDIDATES = 60;

const isPlainObject = (value) => Boolean(value) && typeof value === "object" && !Array.isArray(value);

// Each request type: what it sends to Python, checked before Python sees it.
const PAYLOADS = {
  match: (message) => {
    if (!isPlainObject(message.answers)) throw new TypeError("answers must be an object");
    return message.answers;
  },
  allocate: (message) => {
    const { candidates } = message;
    if (!Array.isArray(candidates) || candidates.length > MAX_CANDIDATES || !candidates.every(isPlainObject)) {
      throw new TypeError(`candidates must be a list of at most ${MAX_CANDIDATES} objects`);
    }
    return candidates;
  },
};
PAYLOADS.desk = PAYLOADS.match;

const report = (stage, error, id) => {
  try { postMessage({ type: "error", stage, id, detail: String(error && error.stack ? error.stack : error) }); } catch { /* the page is gone */ }
};

// Whatever escapes below still reaches the page, which then shows the desk.
addEventListener("error", (event) => report("worker", event.message || event.error));
addEventListener("unhandledrejection", (event) => report("worker", event.reason));

const ready = boot();

ready.then(
  () => postMessage({ type: "ready" }),
  (error) => report("laden", error),
);

addEventListener("message", async (event) => {
  const message = event.data || {};
  if (!Object.hasOwn(PAYLOADS, message.type)) return;
  try {
    const payload = PAYLOADS[message.type](message);
    const run = await ready;
    const result = JSON.parse(run(message.type, JSON.stringify(payload), String(message.today || "")));
    postMessage({ type: "result", id: message.id, result });
  } catch (error) {
    report("zoeken", error, message.id);
  }
});
