"""The Vrijwilligerswijzer's HTML form, rendered at build time from wijzer.yml.

The form is plain HTML so it can be read, filled in and printed before
Pyodide (or any script) has loaded; widget/web/wijzer.js only enhances it.
Questions, their order and wording come from wijzer.yml; the answer options
come from the schema's vocabularies, so the engine and the form can never
disagree on a value. Every text is escaped here: content is typed by people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspiratiebox import pages
from inspiratiebox.bundle.contract import ANSWERS, DATA, IDS, STATES
from inspiratiebox.content import schema
from inspiratiebox.pages import desk, vacancies
from inspiratiebox.pages.html import text as _e

PLACEHOLDER = "<!-- vrijwilligerswijzer -->"
PAGE = vacancies.WIJZER_PAGE  # the page the placeholder is on
WEB_PATH = "assets/wijzer/"

# The form submits with method="dialog": outside a <dialog> the browser then
# sends nothing anywhere, so even without JavaScript no answer reaches a server.


def _options(question_id: str, content) -> tuple[str, list[tuple[str, str]]]:
    """The answer kind and (value, label) options of one question.

    Situations follow the region policy (vocab.offered_situations): the form
    offers the municipality's own region's situations plus "geen", while the
    engine still gives the point of any known situation, because someone may
    live in one country and get a benefit from the other.
    """
    kind, vocab = schema.VRAGEN[question_id]
    gemeente = content.gemeente
    if question_id == "plaats":
        places = [(name, name) for name in gemeente.get("deelgemeenten") or []]
        return "een", places + [("thuis", "Van thuis uit"), ("", "Maakt niet uit")]
    if question_id == "situatie":
        offered = schema.engine_vocab().offered_situations(gemeente.get("regio"))
        return "een", [(k, schema.SITUATIES[k][1]) for k in offered]
    return kind, [(str(k), label) for k, label in vocab.items()]


def _choice(qid: str, index: int, value: str, label: str, multiple: bool) -> str:
    input_id = f"wijzer-{qid}-{index}"
    kind = "checkbox" if multiple else "radio"
    return (
        f'<li class="wijzer-optie"><input type="{kind}" id="{input_id}" name="{_e(qid)}" value="{_e(value)}">'
        f'<label for="{input_id}">{_e(label)}</label></li>'
    )


def _moments_grid(qid: str) -> str:
    """A 7x3 grid: a table gives screen readers the day and part of day as
    headers, and each checkbox still carries its own full label."""
    head = "".join(f'<th scope="col">{_e(deel)}</th>' for deel in schema.DAGDELEN.values())
    rows = []
    for d, dag in schema.DAGEN.items():
        cells = []
        for p in schema.DAGDELEN:
            value = f"{d}_{p}"
            input_id = f"wijzer-{qid}-{value}"
            cells.append(
                f'<td><label class="wijzer-slot" for="{input_id}">'
                f'<input type="checkbox" id="{input_id}" name="{_e(qid)}" value="{value}">'
                f'<span class="wijzer-sr">{_e(schema.MOMENTEN[value])}</span></label></td>'
            )
        rows.append(f'<tr><th scope="row">{_e(dag)}</th>{"".join(cells)}</tr>')
    flex_id = f"wijzer-{qid}-{ANSWERS['flexibel']}"
    return (
        f'<table class="wijzer-momenten"><thead><tr><td></td>{head}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table>'
        f'<ul class="wijzer-opties"><li class="wijzer-optie">'
        f'<input type="checkbox" id="{flex_id}" name="{_e(qid)}" value="{ANSWERS["flexibel"]}">'
        f'<label for="{flex_id}">Ik ben flexibel</label></li></ul>'
    )


def _question(qid: str, vraag: dict, content) -> tuple[str, str]:
    """(attributes, legend + help + options) of one question."""
    kind, options = _options(qid, content)
    if kind == "momenten":
        body = _moments_grid(qid)
    else:
        items = "".join(_choice(qid, i, v, label, kind == "meerdere") for i, (v, label) in enumerate(options))
        body = f'<ul class="wijzer-opties">{items}</ul>'
    numeric = f' {DATA["numeric"]}="ja"' if qid == "begeleiding" else ""
    attributes = f'id="wijzer-vraag-{qid}" {DATA["question"]}="{qid}" {DATA["kind"]}="{kind}"{numeric}'
    hint = ""
    if vraag.get("uitleg"):
        hint_id = f"wijzer-uitleg-{qid}"
        attributes += f' aria-describedby="{hint_id}"'
        hint = f'<p class="wijzer-uitleg" id="{hint_id}">{_e(vraag["uitleg"])}</p>'
    return attributes, f'<legend>{_e(vraag.get("vraag"))}</legend>{hint}{body}'


def _fieldset(number: int, step: list, by_id: dict, content) -> str:
    """One step: its question, and a question asked with it as a fieldset
    inside (schema.SAMEN_MET); the inputs carry their own question's name."""
    qid, *joined = step
    attributes, inner = _question(qid, by_id[qid], content)
    for part in joined:
        part_attributes, part_inner = _question(part, by_id[part], content)
        inner += f'<fieldset class="wijzer-deelvraag" {part_attributes}>{part_inner}</fieldset>'
    return (
        f'<fieldset class="wijzer-vraag" {attributes} {DATA["number"]}="{number}" tabindex="-1">'
        f'{inner}</fieldset>'
    )


def _error_text(content) -> str:
    """Shown when the wijzer breaks: written at build time so it needs no data."""
    reach = desk.reach_links(content.gemeente)
    how = f" ({' of '.join(reach)})" if reach else ""
    naam = desk.details(content.gemeente)["naam"] or "vrijwilligersloket"
    return (
        f"<p><strong>Er ging iets mis: de wijzer werkt nu niet.</strong> Je antwoorden blijven staan. "
        f"Het {_e(naam)}{how} helpt je graag verder. "
        f'Je vindt ook <a href="#{IDS["self"]}">alle vacatures hieronder</a>.</p>'
    )


@dataclass(frozen=True)
class FormTexts:
    """The form's own labels: the wijzer's by default; the desk mode
    (pages/deskmode.py) asks the same questions with its own buttons."""

    name: str = "Vragen van de Vrijwilligerswijzer"
    remember: str = "Onthoud mijn antwoorden op dit toestel"
    remember_hint: str = ""
    show: str = "Toon wat bij me past"
    clear: str = "Wis mijn antwoorden"


def render_form(fieldsets: str, texts: FormTexts = FormTexts()) -> str:
    """The <form> with its steps, the opt-in to keep the answers and the buttons."""
    remember = f'<input type="checkbox" id="{IDS["remember"]}"'
    hint = ""
    if texts.remember_hint:
        remember += f' aria-describedby="{IDS["remember"]}-uitleg"'
        hint = f'<span class="wijzer-uitleg" id="{IDS["remember"]}-uitleg">{_e(texts.remember_hint)}</span>'
    return f"""<form class="wijzer-form" id="{IDS['form']}" method="dialog" novalidate aria-label="{_e(texts.name)}">
<p class="wijzer-stap" id="{IDS['step']}" hidden></p>
{fieldsets}
<div class="wijzer-stapknoppen" id="{IDS['stepButtons']}" hidden>
<button type="button" class="md-button" id="{IDS['previous']}">Vorige</button>
<button type="button" class="md-button" id="{IDS['next']}">Volgende</button>
</div>
<p class="wijzer-onthoud">{remember}><label for="{IDS['remember']}">{_e(texts.remember)}</label>{hint}</p>
<div class="wijzer-knoppen">
<button type="submit" class="md-button md-button--primary" id="{IDS['show']}">{_e(texts.show)}</button>
<button type="button" class="md-button" id="{IDS['clear']}">{_e(texts.clear)}</button>
</div>
</form>"""


def _widget(content, fieldsets: str, total: int) -> str:
    """The form and the places the script writes to; hidden parts wait for it."""
    intro = content.wijzer.get("intro")
    intro_html = f'<p class="wijzer-intro">{_e(intro)}</p>' if intro else ""
    return f"""<div class="wijzer" id="{IDS['root']}" {DATA['state']}="{STATES['loading']}" {DATA['questions']}="{total}">
{intro_html}
<p class="wijzer-geen-js"><strong>Je browser voert geen JavaScript uit.</strong> Daarom werkt de wijzer hier niet. Hieronder vind je het loket en <a href="#{IDS['allVacancies']}">alle vacatures</a>.</p>
<p class="wijzer-status" id="{IDS['status']}" role="status">De wijzer wordt geladen…</p>
<div class="wijzer-melding" id="{IDS['notice']}" role="status"></div>
<div class="wijzer-fout" id="{IDS['error']}" hidden>{_error_text(content)}</div>
<div class="wijzer-geen-wasm" id="{IDS['noWasm']}" hidden><p><strong>Je browser kan de wijzer niet uitvoeren:</strong> WebAssembly ontbreekt of staat uit. Bekijk <a href="#{IDS['self']}">alle vacatures hieronder</a>, of vraag het loket om hulp.</p></div>
{render_form(fieldsets)}
<section class="wijzer-resultaten" id="{IDS['results']}" aria-live="polite" hidden></section>
{desk.render_template(content.gemeente)}
</div>"""


def questions(content) -> tuple[str, int]:
    """The questions as fieldsets, and how many steps they make: the wijzer
    and the staff pages that fill it in for someone ask the same form."""
    by_id = {v["id"]: v for v in (content.wijzer.get("vragen") or []) if v.get("id") in schema.VRAGEN}
    steps = schema.steps(by_id)[: schema.MAX_VRAGEN]
    return "".join(_fieldset(i, step, by_id, content) for i, step in enumerate(steps, 1)), len(steps)


def render(content, today: dt.date, script_url: str | None = None, modules: tuple[str, ...] = ()) -> str:
    """The wijzer page's widget; `today` decides which vacancies are current
    in the full list below it (the build's date, never read here). With
    `script_url` (the folder of widget/web in the site, relative to the page)
    the script follows the widget: see `page_script`."""
    fieldsets, total = questions(content)
    script = page_script(script_url, modules) if script_url else ""
    return f"""{_widget(content, fieldsets, total)}{script}
<section class="wijzer-zelf" id="{IDS['self']}" aria-labelledby="{IDS['selfTitle']}">
<h2 id="{IDS['selfTitle']}">Liever met iemand praten of zelf zoeken?</h2>
{pages.render_desk(content, level=3)}
<div class="wijzer-alle-vacatures" id="{IDS['allVacancies']}">
<h3>Alle vacatures</h3>
{pages.render_vacancies(content, today, level=4, page=PAGE)}
</div>
</section>
"""


def page_script(assets_url: str, modules: tuple[str, ...] = (), entry: str = "wijzer.js") -> str:
    """A page's entry script (widget/web/wijzer.js, or another page's such as
    group.js) right after the widget, as an async module: it
    wires the form (and starts Pyodide's worker) as soon as the form is
    parsed, not after Material's scripts. Other pages do without it.

    The modules it imports are preloaded beside it: otherwise the browser
    finds them one import level at a time, and the form waits for each round
    trip (make bench: form usable 394 ms cold without, against 216 ms as one
    file). Measured too: starting the worker even earlier, from <head>, made
    the engine no faster but the form slower, as both then fight for the CPU
    while the page is first drawn.
    """
    base = _e(assets_url)
    preload = "".join(f'\n<link rel="modulepreload" href="{base}{_e(name)}">' for name in modules)
    return f'{preload}\n<script type="module" async src="{base}{_e(entry)}"></script>'
