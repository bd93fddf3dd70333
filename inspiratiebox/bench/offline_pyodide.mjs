// Pyodide under Node for the benchmark scripts, from the pinned npm package
// and with the network refused: only file: URLs are read, so a stray
// loadPackage can never reach a CDN and skew (or leak from) a measurement.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export async function loadOfflinePyodide(root, stdlibFile) {
  globalThis.fetch = async (resource) => {
    const url = String(resource?.url ?? resource);
    if (url.startsWith("file:")) return new Response(readFileSync(fileURLToPath(url)));
    throw new Error(`network refused: ${url}`);
  };
  const pyodideDir = path.join(root, "node_modules", "pyodide");
  const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
  const options = { indexURL: pyodideDir + path.sep, stdout: () => {} };
  if (stdlibFile) options.stdLibURL = pathToFileURL(stdlibFile).href;
  return loadPyodide(options);
}
