"""A Content-Security-Policy for every built page, carried in a <meta> element.

Static hosts such as GitHub Pages send no custom headers, so the policy has to
travel inside each page. A meta policy only covers what the parser meets after
it, so it goes right after <meta charset>, before Material's first inline
script. Those inline scripts are allowed by their sha256 hash, computed here on
the final HTML, so `script-src` needs neither 'unsafe-inline' nor 'unsafe-eval'.

Scripts that sit inside the page content (the HTML made from Markdown or
content/) are deliberately left unhashed: content must never run code, so if
one ever slipped through sanitising, the browser still blocks it. A writer who
needs a script adds a file through `extra_javascript` in mkdocs.yml.

Pyodide runs in a module worker. A worker loaded from a URL does not inherit
the page's policy: Chromium gives it the policy of the worker script's own
response headers, and a static host sends none. The page itself compiles no
WebAssembly; 'wasm-unsafe-eval' stays in the page policy so the engine could
also run without a worker. Pyodide never needs 'unsafe-eval' on our path: its
eval() calls serve EM_ASM in dynamically loaded .so files, emscripten_run_script
and Node, none of which a pure-Python engine reaches.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from html import escape
from html.parser import HTMLParser

# Types a browser runs as script (HTML spec: "JavaScript MIME type essence
# match", plus module, importmap and speculationrules, which CSP also guards).
# A <script> with another type, such as Material's application/json config,
# is a data block: never executed, so it needs no hash.
_RUNNABLE_TYPES = {
    "", "module", "importmap", "speculationrules",
    "application/ecmascript", "application/javascript", "application/x-ecmascript",
    "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
    "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
    "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript",
    "text/x-javascript",
}

_CHARSET = re.compile(r"<meta\s+charset\s*=\s*[\"']?[\w-]+[\"']?\s*/?>", re.I)
_HEAD = re.compile(r"<head(\s[^>]*)?>", re.I)


class _Inline(HTMLParser):
    """Collects inline scripts, <style> elements and style attributes exactly
    as a browser hashes them: raw element text, decoded attribute values."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.style_attributes: list[str] = []
        self._open: tuple[str, list[str]] | None = None  # (tag, text parts)
        self._keep = False

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        if "style" in values:
            self.style_attributes.append(values["style"])
        if tag == "script":
            runnable = values.get("type", "").strip().lower() in _RUNNABLE_TYPES
            self._open, self._keep = ("script", []), runnable and "src" not in values
        elif tag == "style":
            self._open, self._keep = ("style", []), True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.handle_endtag(tag)

    def handle_data(self, data):
        if self._open is not None:
            self._open[1].append(data)

    def handle_endtag(self, tag):
        if self._open is None or tag != self._open[0]:
            return
        if self._keep:
            (self.scripts if tag == "script" else self.styles).append("".join(self._open[1]))
        self._open = None


def _collect(html: str) -> _Inline:
    parser = _Inline()
    # The HTML parser turns CR LF and lone CR into LF before a browser hashes
    # anything; do the same, or a page saved with Windows line ends would
    # never match its own hashes.
    parser.feed(html.replace("\r\n", "\n").replace("\r", "\n"))
    parser.close()
    return parser


def source_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _hashes(texts) -> list[str]:
    return sorted({source_hash(t) for t in texts})


def policy(html: str, content: str = "") -> str:
    """The policy for one page; `content` is the part of `html` that came from
    Markdown or content/, whose scripts stay blocked."""
    found = _collect(html)
    from_content = Counter(_collect(content).scripts) if content else Counter()
    own_scripts = list((Counter(found.scripts) - from_content).elements())
    scripts = _hashes(own_scripts)
    # Material styles elements only through the CSSOM (element.style), which
    # CSP does not restrict, so no 'unsafe-inline' for styles. A <style>
    # element or style="" attribute a writer puts in Markdown is allowed by
    # its hash ('unsafe-hashes' is what lets a hash match an attribute).
    # Content from content/ has its styles removed by the sanitiser, and
    # img-src/font-src keep any CSS from loading from another host.
    styles = _hashes(found.styles)
    if found.style_attributes:
        styles = ["'unsafe-hashes'", *styles, *_hashes(found.style_attributes)]
    directives = [
        ("default-src", ["'self'"]),
        ("script-src", ["'self'", "'wasm-unsafe-eval'", *scripts]),
        ("worker-src", ["'self'"]),
        ("connect-src", ["'self'"]),
        ("img-src", ["'self'", "data:"]),
        ("style-src", ["'self'", *styles]),
        ("font-src", ["'self'"]),
        ("object-src", ["'none'"]),
        ("base-uri", ["'self'"]),
        ("form-action", ["'self'"]),
        # frame-ancestors, report-uri and sandbox are ignored in a meta policy.
    ]
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives)


def meta(value: str) -> str:
    # Single quotes are the policy's own syntax: keep them readable.
    return f'<meta http-equiv="Content-Security-Policy" content="{escape(value, quote=False).replace(chr(34), "&quot;")}">'


def add_policy(html: str, content: str = "") -> str:
    """`html` with the policy placed right after <meta charset> (or at the
    top of <head>), before any script. A document without <head> is returned
    unchanged: it is not a page the browser would show with our theme."""
    element = meta(policy(html, content))
    first_script = html.lower().find("<script")
    anchor = _CHARSET.search(html)
    if anchor is None or 0 <= first_script < anchor.start():
        anchor = _HEAD.search(html)
    if anchor is None or 0 <= first_script < anchor.start():
        return html
    return f"{html[:anchor.end()]}\n    {element}{html[anchor.end():]}"
