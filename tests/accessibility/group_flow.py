"""Driving the group placement page, for the browser and accessibility tests:
answer links made the way the wijzer makes them, candidates added by link or
by the form, and the proposal the engine itself makes on CPython with the
data the site ships, to compare with what the page shows.
"""

from __future__ import annotations

import base64
import json
import sys

from fixed_dates import BUILD_DATE

from inspiratiebox.bundle.contract import GROUP

PAGE = "hulpmiddelen/groepsplaatsing/"
SLOW = 120_000  # ms: Pyodide boots in seconds, but the machine is shared

# A group from a language course and an activation programme: little Dutch,
# support needs from none to intensive, few and many free moments.
GROUP_ANSWERS = [
    {"momenten": ["flexibel"], "nederlands": "goed", "begeleiding": 0, "interesses": ["sport"], "taken": ["praktisch"]},
    {"momenten": ["za_ochtend", "di_ochtend"], "nederlands": "weinig", "begeleiding": 2, "motieven": ["sociaal"]},
    {"momenten": ["ma_avond"], "begeleiding": 3, "leeftijd": "onder_16"},
    {"momenten": ["flexibel"], "taken": ["met_mensen"], "interesses": ["ouderen"], "begeleiding": 1, "nederlands": "basis"},
    {"momenten": ["wo_middag", "do_middag"], "nederlands": "weinig", "begeleiding": 1, "taken": ["praktisch"]},
    {"momenten": ["flexibel"], "nederlands": "basis", "begeleiding": 2, "interesses": ["buurt", "armoede"]},
]


def twelve() -> list[dict]:
    """A group of twelve: the six above and six variations on them."""
    return GROUP_ANSWERS + [{**a, "begeleiding": (a["begeleiding"] + 1) % 3} for a in GROUP_ANSWERS]


def link_for(answers: dict, origin: str = "https://example.org/gemeente/") -> str:
    """The link the wijzer gives with "Link naar je antwoorden" (widget/web/link.js)."""
    raw = base64.urlsafe_b64encode(json.dumps(answers).encode("utf-8")).decode("ascii").rstrip("=")
    return f"{origin}vrijwilligerswijzer/#antwoorden={raw}"


def allocator(root, built_site):
    """wijzer.allocate on CPython with the site's own data, on the build date."""
    sys.path.insert(0, str(root / "widget"))
    import wijzer

    data = json.loads((built_site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
    return lambda candidates: wijzer.allocate(candidates, wijzer.prepare(data), BUILD_DATE.isoformat())


def state(page) -> str:
    return page.get_attribute(f"#{GROUP['root']}", "data-state")


def wait_state(page, *wanted: str):
    page.wait_for_function(
        f"s => s.includes(document.getElementById('{GROUP['root']}').dataset.state)", arg=list(wanted), timeout=SLOW
    )


def open_ready(context, site_url):
    page = context.new_page()
    page.goto(site_url + PAGE)
    wait_state(page, GROUP["states"]["ready"])
    return page


def add_by_link(page, answers: dict, label: str = ""):
    page.fill(f"#{GROUP['link']}", link_for(answers))
    page.fill(f"#{GROUP['linkLabel']}", label)
    page.click(f"#{GROUP['linkForm']} button[type=submit]")


def add_by_form(page, answers: dict, label: str = ""):
    """Tick the boxes for these answers in the page's questions, then "Voeg toe"."""
    for name, value in answers.items():
        for one in value if isinstance(value, list) else [value]:
            page.check(f"#{GROUP['form']} input[name='{name}'][value='{one}']")
    page.fill(f"#{GROUP['label']}", label)
    page.click(f"#{GROUP['add']}")


def propose(page):
    page.click(f"#{GROUP['propose']}")
    wait_state(page, GROUP["states"]["proposal"])


def shown_proposal(page) -> list[dict]:
    """What the page shows per candidate, in its order."""
    return page.eval_on_selector_all(
        f"#{GROUP['proposal']} .groep-toewijzing",
        """els => els.map(e => ({
            naam: e.querySelector('h3').textContent,
            plaats: e.querySelector('.groep-plaats')?.textContent ?? null,
            link: e.querySelector('.groep-plaats a')?.getAttribute('href') ?? null,
            redenen: [...e.querySelectorAll('.groep-redenen li')].map(li => li.textContent),
            waarom_niet: e.querySelector('.groep-geen-plaats')?.textContent ?? null,
            loketmodus: e.querySelector('.groep-loketmodus a')?.getAttribute('href') ?? null,
        }))""",
    )
