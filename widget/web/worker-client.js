// The engine runs in a worker (worker.js): this starts it, sends requests
// and reports readiness, answers and failure. Only the latest request's
// answer is delivered; older ones are stale.
//
// A watchdog makes sure the visitor never waits in vain: a worker that does
// not say "ready" in time, or leaves a request unanswered, counts as broken
// (a hung download, a wasm that never starts, a Python that ran out of
// stack), and so do its error and messageerror events. The page then shows
// the desk's contact well within 20 seconds, and the answers stay. Tests
// move the page's clock (Playwright's clock) instead of waiting.

export const LIMITS = Object.freeze({
  readyMs: 19_000, // from starting the worker (after the first paint) to "ready"
  answerMs: 15_000, // from a request to its answer; the engine needs milliseconds
});

export function startEngine({ onReady, onResult, onFailure }) {
  let worker = null;
  let requestId = 0;
  let timer = null;
  let ready = false;
  let broken = false;
  const stopWatch = () => { clearTimeout(timer); timer = null; };
  const fail = (detail) => {
    if (broken) return;
    broken = true;
    stopWatch();
    console.error(detail);
    try { worker?.terminate(); } catch { /* already gone */ }
    onFailure();
  };
  const watch = (ms, what) => { stopWatch(); timer = setTimeout(() => fail(`${what}: no answer in ${ms} ms`), ms); };
  try {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  } catch (error) {
    fail(error);
    return null;
  }
  watch(LIMITS.readyMs, "ready");
  worker.addEventListener("error", (event) => fail(event.message || "worker error"));
  worker.addEventListener("messageerror", () => fail("messageerror"));
  worker.addEventListener("message", (event) => {
    const message = event.data || {};
    if (broken) return;
    if (message.type === "ready") { ready = true; stopWatch(); onReady(); }
    else if (message.type === "result" && message.id === requestId) { stopWatch(); onResult(message.result); }
    else if (message.type === "error") fail(message.detail);
  });
  // Every kind of request shares one counter: only the latest request's
  // answer is delivered, whatever its kind.
  const send = (type, body) => {
    if (broken) return;
    requestId += 1;
    watch(LIMITS.answerMs, type);
    try {
      worker.postMessage({ type, id: requestId, ...body, today: localToday() });
    } catch (error) {
      fail(error);
    }
  };
  return {
    /** The candidate's wijzer: wijzer.match. */
    ask(answers) { send("match", { answers }); },
    /** Desk mode: wijzer.desk, match's result with what the coordinator needs. */
    askDesk(answers) { send("desk", { answers }); },
    /** Group placement: wijzer.allocate, one proposal per candidate. */
    allocate(candidates) { send("allocate", { candidates }); },
    /** An answer still on its way is now stale. */
    drop() { requestId += 1; if (ready) stopWatch(); },
  };
}

function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Pyodide's start keeps a core busy for seconds: let the browser draw the
// form first. A page in a background tab gets no frames, hence the timer.
export function afterFirstPaint(run) {
  let done = false;
  const once = () => { if (!done) { done = true; run(); } };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}
