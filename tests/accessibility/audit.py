"""axe-core in the page, with the WCAG tags the project promises and the
reviewed exceptions applied, and a report a person can act on.

axe is injected with page.evaluate, not a script tag, so a strict
Content-Security-Policy on the site cannot block it.
"""

from __future__ import annotations

import fnmatch

from axe_playwright_python.sync_playwright import Axe

from .exceptions import ACCEPTED

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = (1280, 320)
OPTIONS = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}

_axe = Axe()

# Expressions, so nojs.py can evaluate them where page.evaluate cannot.
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
STYLED = "(h => !!h && getComputedStyle(h).position === 'sticky')(document.querySelector('.md-header'))"


def _accepted(rule: str, where: str, target: str) -> bool:
    return any(
        a.rule == rule and fnmatch.fnmatch(where, a.pages) and a.selector in target
        for a in ACCEPTED
    )


def violations(page, where: str) -> list[str]:
    """One line per node axe flags (and no exception covers), e.g.
    'tips/index.html: color-contrast .md-footer a: Element has insufficient ...'."""
    return report(axe_response(page), where)


def axe_response(page) -> dict:
    """axe's full result object, for tests that compare runs."""
    return _axe.run(page, options=OPTIONS).response


def report(response: dict, where: str) -> list[str]:
    """axe's violations as those lines; shared with the no-JavaScript runner in nojs.py."""
    lines = []
    for violation in response["violations"]:
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            if _accepted(violation["id"], where, target):
                continue
            why = "; ".join(c["message"] for k in ("any", "all", "none") for c in node[k])[:300]
            lines.append(f"{where}: {violation['id']} {target}: {why}")
    return lines


def overflow(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 = no sideways scrolling)."""
    return page.evaluate(OVERFLOW)


def styled(page) -> bool:
    """Material's stylesheet was applied: axe on an unstyled page proves little."""
    return page.evaluate(STYLED)
