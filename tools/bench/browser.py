"""Load the widget page and a plain Pyodide page in headless Chromium and
time them, cold and warm, on a fast machine and on a simulated phone.

Times count from the start of navigation (performance.timeOrigin):
- form usable: the form is painted (first contentful paint) AND wijzer.js has
  wired it (it then hides the plain vacancy list), whichever comes last;
- engine ready: the widget root's data-state becomes "ready" (plain page: its
  one runPython returned);
- results: from the click on "Toon" (once ready) to data-state "results".
Bytes are the encoded (gzip) body sizes of every response, worker included,
that finished before the engine was ready.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path
from urllib.parse import urlsplit

from inspiratiebox.bundle.contract import DATA, IDS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
WIDGET_PAGE = "vrijwilligerswijzer/"
PLAIN_PAGE = "bench-plain/"
TIMEOUT_MS = 240_000

# Lighthouse's mobile defaults: 4x slower CPU, 1.6 Mbit/s down, 750 kbit/s up, 150 ms.
PROFILES = {
    "snel": None,
    "telefoon": {"cpu": 4, "latency": 150, "down": 1_600_000 / 8, "up": 750_000 / 8},
}

PLAIN_HTML = """<!doctype html>
<html lang="nl"><meta charset="utf-8"><title>Pyodide zonder meer</title>
<p>Pyodide zonder meer: loadPyodide() en één runPython.</p>
<script type="module">
import { loadPyodide } from "./pyodide/pyodide.mjs";
const pyodide = await loadPyodide();
pyodide.runPython("1 + 1");
document.documentElement.dataset.state = "ready";
</script>
"""

RECORDER = f"""
(() => {{
  const bench = window.__bench = {{ready: null, wired: null}};
  // wijzer.js hides the plain vacancy list as the last step of wiring the form.
  new MutationObserver(() => {{
    const root = document.getElementById("{IDS['root']}") || document.documentElement;
    if (root.dataset.state === "ready" && bench.ready === null) bench.ready = performance.now();
    const list = document.getElementById("{IDS['allVacancies']}");
    if (list && list.hidden && bench.wired === null) bench.wired = performance.now();
  }}).observe(document, {{attributes: true, subtree: true, attributeFilter: ["{DATA['state']}", "hidden"]}});
}})();
"""

SUBMIT = f"""
() => new Promise((resolve) => {{
  const root = document.getElementById("{IDS['root']}");
  for (const id of ["wijzer-motieven-0", "wijzer-interesses-0", "wijzer-taken-0", "wijzer-momenten-flexibel"]) {{
    const box = document.getElementById(id);
    if (box) box.checked = true;
  }}
  const start = performance.now();
  new MutationObserver((_, observer) => {{
    if (root.dataset.state === "results") {{ observer.disconnect(); resolve(performance.now() - start); }}
  }}).observe(root, {{attributes: true, attributeFilter: ["{DATA['state']}"]}});
  document.getElementById("{IDS['show']}").click();
}})
"""


def prepare_plain_page(site_dir: Path, pyodide_dir: Path) -> None:
    """The plain comparison page: the same pinned Pyodide, full stdlib and lock file."""
    target = site_dir / PLAIN_PAGE
    (target / "pyodide").mkdir(parents=True, exist_ok=True)
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        shutil.copy2(pyodide_dir / name, target / "pyodide" / name)
    (target / "index.html").write_text(PLAIN_HTML, encoding="utf-8")


def file_key(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1] or "index.html"


class Run:
    """One page load in one browser context."""

    def __init__(self, context, profile, cpu_by_cdp: bool):
        self.context = context
        self.profile = profile
        self.cpu_by_cdp = cpu_by_cdp
        self.responses = []  # (request, finished_at)
        context.on("requestfinished", lambda request: self.responses.append((request, time.monotonic())))

    def load(self, url: str, with_form: bool) -> dict:
        self.responses.clear()
        page = self.context.new_page()
        if self.profile:
            cdp = self.context.new_cdp_session(page)
            if self.cpu_by_cdp:
                cdp.send("Emulation.setCPUThrottlingRate", {"rate": self.profile["cpu"]})
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", {
                "offline": False, "latency": self.profile["latency"],
                "downloadThroughput": self.profile["down"], "uploadThroughput": self.profile["up"],
            })
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        page.wait_for_function("() => window.__bench && window.__bench.ready !== null", timeout=TIMEOUT_MS, polling=50)
        ready_at = time.monotonic()
        bench = page.evaluate("() => window.__bench")
        out = {"ready": bench["ready"], "files": self._bytes(ready_at)}
        if with_form:
            fcp = page.evaluate("() => (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime ?? null")
            out["form"] = max(fcp, bench["wired"]) if fcp is not None and bench["wired"] is not None else None
            out["results"] = page.evaluate(SUBMIT)
        page.close()
        return out

    def _bytes(self, until: float) -> dict:
        files: dict[str, int] = {}
        for request, finished in list(self.responses):
            if finished > until + 0.05:
                continue
            try:
                sizes = request.sizes()
            except Exception:
                continue
            key = file_key(request.url)
            files[key] = files.get(key, 0) + sizes.get("responseBodySize", 0) + sizes.get("responseHeadersSize", 0)
        return files


def measure(base_url: str, profile_name: str, runs: int, log=print) -> tuple[dict, str | None]:
    """Alternate widget and plain page, cold then warm, `runs` times each.
    Returns the samples and how the CPU was slowed (None: not slowed)."""
    from playwright.sync_api import sync_playwright

    from .slowcpu import slowed_chromium

    profile = PROFILES[profile_name]
    samples = {f"{page}_{cache}": [] for page in ("wijzer", "plain") for cache in ("koud", "warm")}
    with contextlib.ExitStack() as stack:
        executable, how = CHROMIUM, None
        if profile:
            executable, how = stack.enter_context(slowed_chromium(CHROMIUM, profile["cpu"]))
            how = how or f"Chromium: alleen de hoofdthread van de pagina, {profile['cpu']}× (geen workers)"
        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        for index in range(runs):
            for page, path, with_form in (("wijzer", WIDGET_PAGE, True), ("plain", PLAIN_PAGE, False)):
                context = browser.new_context(service_workers="block", viewport={"width": 412, "height": 900})
                context.add_init_script(RECORDER)
                try:
                    run = Run(context, profile, cpu_by_cdp=bool(profile) and executable == CHROMIUM)
                    for cache in ("koud", "warm"):
                        try:
                            result = run.load(base_url + path, with_form)
                        except Exception as error:  # a timeout counts as not measured
                            log(f"  {profile_name} {page} {cache} run {index + 1}: mislukt ({error})")
                            result = None
                        samples[f"{page}_{cache}"].append(result)
                        if result:
                            log(f"  {profile_name} {page} {cache} run {index + 1}: klaar na {result['ready']:.0f} ms")
                finally:
                    context.close()
    return samples, how
