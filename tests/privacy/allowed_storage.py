"""The one list of browser storage keys the site may use, each with its reason.

Anything a page writes to localStorage or sessionStorage must be listed here,
and only after the visitor asked for it. Material for MkDocs writes nothing
with this site's configuration (no palette toggle, no cookie consent, no
linked content tabs): the privacy tests prove it.
"""

from __future__ import annotations

ALLOWED_KEYS = {
    "vrijwilligerswijzer.antwoorden": (
        "The visitor ticked 'Onthoud mijn antwoorden op dit toestel': their answers, "
        "on their own device only; 'Wis mijn antwoorden' or unticking removes it."
    ),
    "vrijwilligerswijzer.loketmodus": (
        "The coordinator ticked 'Bewaar op dit toestel' in the desk mode: the answers, the marked "
        "proposals and the typed names, in that browser only; 'Wis alles' or unticking removes it."
    ),
}
