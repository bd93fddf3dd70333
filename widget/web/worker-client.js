// The engine runs in a worker (worker.js): this starts it, sends requests
// and reports readiness, answers and failure. Only the latest request's
// answer is delivered; older ones are stale.

export function startEngine({ onReady, onResult, onFailure }) {
  let worker = null;
  let requestId = 0;
  try {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  } catch (error) {
    console.error(error);
    onFailure();
    return null;
  }
  worker.addEventListener("error", (event) => { console.error(event.message || event); onFailure(); });
  worker.addEventListener("message", (event) => {
    const message = event.data || {};
    if (message.type === "ready") onReady();
    else if (message.type === "result" && message.id === requestId) onResult(message.result);
    else if (message.type === "error") { console.error(message.detail); onFailure(); }
  });
  return {
    ask(answers) {
      requestId += 1;
      worker.postMessage({ type: "match", id: requestId, answers, today: localToday() });
    },
    /** An answer still on its way is now stale. */
    drop() { requestId += 1; },
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
