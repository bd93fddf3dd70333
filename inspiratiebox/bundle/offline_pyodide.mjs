// Pyodide under Node for the build and the benchmark scripts, from the pinned
// npm package and with the network refused: only file: URLs are read, so a
// stray loadPackage can never reach a CDN and skew (or leak from) a result.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// `stdlibFile`: boot with that standard library archive instead of the
// package's; `options`: more loadPyodide options (e.g. env).
export async function loadOfflinePyodide(pyodideDir, stdlibFile, options = {}) {
  globalThis.fetch = async (resource) => {
    const url = String(resource?.url ?? resource);
    if (url.startsWith("file:")) return new Response(readFileSync(fileURLToPath(url)));
    throw new Error(`network refused: ${url}`);
  };
  const dir = path.resolve(pyodideDir);
  const { loadPyodide } = await import(pathToFileURL(path.join(dir, "pyodide.mjs")).href);
  const settings = { indexURL: dir + path.sep, stdout: () => {}, ...options };
  if (stdlibFile) settings.stdLibURL = pathToFileURL(path.resolve(stdlibFile)).href;
  return loadPyodide(settings);
}
