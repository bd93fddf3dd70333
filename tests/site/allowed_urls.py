"""The reviewed list of http(s) URLs that may appear in the site's JavaScript.

A URL in a script is not a request, but it could become one, so every URL
found in a built .js/.mjs file must match an entry here, each with the reason
it is harmless. Add an entry only after reading the code around the URL.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Allowed:
    files: str  # glob on the path inside site/, with / separators
    url: str  # regular expression, matched at the start of the URL
    reason: str


ALLOWED = (
    # --- lunr (Material's search engine) and its language packs -----------
    Allowed(
        "assets/javascripts/lunr/*",
        r"https?://(snowball\.tartarus\.org|www\.mozilla\.org/MPL|code\.google\.com/p/urim|github\.com/MihaiValentin/lunr-languages)",
        "Licence headers of the lunr language packs: comments, never fetched.",
    ),
    Allowed(
        "assets/javascripts/lunr/tinyseg.js",
        r"https?://(chasen\.org/~taku|github\.com/umdjs/umd)",
        "Licence and UMD template comments in the Japanese segmenter.",
    ),
    Allowed(
        "assets/javascripts/lunr/wordcut.js",
        r"https?://(docs\.python\.org|en\.wikipedia\.org|msdn\.microsoft\.com|narwhaljs\.org|people\.mozilla\.org"
        r"|underscorejs\.org|wiki\.commonjs\.org|wiki\.ecmascript\.org|developer\.mozilla\.org"
        r"|github\.com/(isaacs/node-glob|nodejs/node))",
        "Source comments of the bundled Node libraries in the Thai word cutter; never fetched.",
    ),
    Allowed(
        "assets/javascripts/workers/search.*.js",
        r"https?://(lunrjs\.com|tartarus\.org/~martin|bit\.ly/2s3ChXG)",
        "Licence and reference comments of lunr in Material's search worker.",
    ),
    # --- Material's main bundle ------------------------------------------
    Allowed(
        "assets/javascripts/bundle.*.js",
        r"https://api\.github\.com/(repos|users)/|https://\$\{e\}/api/v4/projects/",
        "Repository facts (stars, forks) for the header: fetched only when repo_url "
        "is set. test_build_hosts asserts no page has the source component that triggers it.",
    ),
    Allowed(
        "assets/javascripts/bundle.*.js",
        r"https://unpkg\.com/mermaid@",
        "Mermaid is loaded only on pages with a mermaid diagram; "
        "test_build_hosts asserts no page has one.",
    ),
    Allowed(
        "assets/javascripts/bundle.*.js",
        r"https://unpkg\.com/resize-observer-polyfill",
        "Loaded only by browsers without ResizeObserver (none released since 2020). "
        "Known residual risk for very old browsers; Material offers no switch.",
    ),
    Allowed(
        "assets/javascripts/bundle.*.js",
        r"https://clipboardjs\.com/",
        "Licence comment of clipboard.js.",
    ),
    # --- Pyodide (copied from node_modules by inspiratiebox/bundle/) -----
    Allowed(
        "assets/pyodide/pyodide.mjs",
        r"https://cdn\.jsdelivr\.net/pyodide/",
        "Pyodide's default CDN: used only without indexURL and for packages that "
        "are not local. The worker passes indexURL (own origin) and loads no packages; "
        "tests/browser records every request the wijzer page makes.",
    ),
    Allowed(
        "assets/pyodide/pyodide.asm.mjs",
        r"https://\$\{t\}",
        "Emscripten's socket emulation turns a host name into a URL object to parse it; "
        "our code opens no sockets.",
    ),
)

_URL = re.compile(r"""https?://[^\s"'`<>()\\]+""")


def urls_in(source: str) -> list[str]:
    return sorted(set(_URL.findall(source)))


def reason_for(path: str, url: str) -> str | None:
    """The reason a URL in the file at `path` (inside site/) is allowed, or None."""
    for entry in ALLOWED:
        if fnmatch.fnmatch(path, entry.files) and re.match(entry.url, url):
            return entry.reason
    return None
