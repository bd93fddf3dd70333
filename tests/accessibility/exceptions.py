"""The one reviewed list of accessibility findings we accept, with a reason each.

Prefer fixing a finding over adding it here. An entry silences one axe rule
on the pages whose path matches `pages` (a glob on the path inside site/,
e.g. "vacatures/index.html", or "*" for every page) and only on nodes whose
axe selector contains `selector` ("" for any node). Whoever adds an entry
writes why it cannot be fixed and who reviewed it; tests/accessibility checks
that every entry is filled in.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Accepted:
    rule: str  # axe rule id, e.g. "color-contrast"
    pages: str  # glob on the path inside site/, or a widget state such as "wijzer:error"
    selector: str  # substring of the axe target selector; "" for any node
    reason: str  # why this is not a barrier, or why it cannot be fixed here
    reviewed: str  # who reviewed it, and when


# Empty on purpose: every finding on the example site has been fixed.
ACCEPTED: tuple[Accepted, ...] = ()
