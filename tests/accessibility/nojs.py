"""axe on a page exactly as a browser without JavaScript shows it.

Playwright's page.evaluate never returns when the context has
java_script_enabled=False, so audit.violations cannot run there. Rebuilding
the no-JS page in a context with JavaScript is not faithful either: the
wijzer's fallback hangs on `@media (scripting: none)`, which Chromium matches
only when scripting really is off (CDP cannot emulate that feature).

The DevTools protocol can still evaluate in such a page (Runtime.evaluate),
and microtasks run, but timers never fire, and axe needs them: it reports its
results from a setTimeout. So we replace setTimeout with a queue and fire the
queued timers one at a time, in order of due time, from Python, each after
all promise work has settled, as a real event loop would, only without waiting.
The page's own scripts still never run.
"""

from __future__ import annotations

import json

from axe_playwright_python.base import AXE_SCRIPT

from .audit import OPTIONS, OVERFLOW, STYLED, report

# Timers wait in a queue until __pump() fires the earliest one; the clock jumps.
TIMERS = """(() => {
  let clock = 0, next = 0; const due = [];
  window.setTimeout = (fn, ms, ...args) => {
    due.push({id: ++next, at: clock + Math.max(0, Number(ms) || 0), fn, args});
    return next;
  };
  window.clearTimeout = id => { const i = due.findIndex(t => t.id === id); if (i >= 0) due.splice(i, 1); };
  window.__pump = () => {
    if (!due.length) return false;
    due.sort((a, b) => a.at - b.at || a.id - b.id);
    const t = due.shift(); clock = t.at;
    if (typeof t.fn === 'function') t.fn(...t.args);
    return true;
  };
})();"""

START = "window.__axe = null; axe.run(document, %s).then(r => { window.__axe = {r}; }, e => { window.__axe = {e: String(e)}; }); 0"
MAX_TIMERS = 5000


class _Page:
    """One DevTools session on a page; evaluates in the page's own (main) world."""

    def __init__(self, page):
        self.session = page.context.new_cdp_session(page)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.session.detach()

    def eval(self, expression: str):
        answer = self.session.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in answer:
            details = answer["exceptionDetails"]
            raise RuntimeError(f"page threw: {details.get('exception', {}).get('description', details)}")
        return answer["result"].get("value")


def evaluate(page, expression: str):
    """The value of `expression` in the page, JavaScript off or on."""
    with _Page(page) as p:
        return p.eval(expression)


def axe_response(page, options: dict = OPTIONS) -> dict:
    """axe's full result object for the page, run without the page's scripts."""
    with _Page(page) as p:
        if not p.eval("typeof window.__pump === 'function'"):
            p.eval(TIMERS)
        if not p.eval("typeof window.axe === 'object'"):
            p.eval(AXE_SCRIPT + "\n;0")
        p.eval(START % json.dumps(options))
        for _ in range(MAX_TIMERS):
            done = p.eval("window.__axe")
            if done:
                if "e" in done:
                    raise RuntimeError(f"axe failed: {done['e']}")
                return done["r"]
            if not p.eval("window.__pump()"):
                raise RuntimeError("axe stopped without a result and without a timer to wait for")
    raise RuntimeError(f"axe did not finish within {MAX_TIMERS} timers")


def violations(page, where: str) -> list[str]:
    """Like audit.violations, for a page in a context without JavaScript."""
    return report(axe_response(page), where)


def overflow(page) -> int:
    """As audit.overflow: CSS pixels wider than the viewport."""
    return evaluate(page, OVERFLOW)


def styled(page) -> bool:
    """As audit.styled: Material's stylesheet applies (it does not need scripts)."""
    return evaluate(page, STYLED)


def scripting_off(page) -> bool:
    """The page really is in the no-JS state: the media query matches and
    Material's bundle never ran (it removes the no-js class)."""
    return evaluate(
        page,
        "matchMedia('(scripting: none)').matches && document.documentElement.classList.contains('no-js')",
    )
