// Starts the Vrijwilligerswijzer's worker from <head>, before the page's
// stylesheets and scripts: Pyodide then downloads and compiles alongside the
// page instead of after it (the build inlines this file on the wijzer page
// only; its hash goes into the page's Content-Security-Policy).
// wijzer.js adopts the worker and the messages it sent in the meantime; when
// this did not run, wijzer.js starts the worker itself.
(() => {
  const canRun = typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function";
  if (!canRun || typeof Worker !== "function") return;
  const early = { events: [] };
  try {
    const url = new URL(document.currentScript.dataset.worker, document.baseURI);
    early.worker = new Worker(url, { type: "module" });
  } catch (error) {
    return; // wijzer.js tries again and tells the visitor if that fails too
  }
  early.keep = (event) => early.events.push(event);
  early.worker.addEventListener("message", early.keep);
  early.worker.addEventListener("error", early.keep);
  window.wijzerEarly = early;
})();
