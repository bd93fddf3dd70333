"""The follow-up plan (hulpmiddelen/opvolgplan), rendered at build time from
content/opvolging.yml.

The moments, their questions and the signs are plain HTML with a blank line
for each date, so the plan is useful on paper even where no script runs. The
page script (docs/assets/opvolgplan/) only writes the dates in and makes the
calendar file; it reads the moments from this HTML, so they are written in
one place. Every text is escaped: content is typed by people.
"""

from __future__ import annotations

from inspiratiebox.pages.html import text as _e

PLACEHOLDER = "<!-- opvolgplan -->"
WEB_PATH = "assets/opvolgplan/"  # the script and its styles, under the site root
BLANK_DATE = "…………………………"  # written over by the script, by hand on paper
TEXT_MAX = 120  # characters in each typed field: a title, a name or a service


def _text_field(name: str, label: str, hint: str = "") -> str:
    """One optional line of text the coordinator may type; the query string
    may fill it in (see the script). No spell check: some browsers send the
    words to their maker's server to check them."""
    input_id = f"opvolg-{name}"
    described = f' aria-describedby="{input_id}-uitleg"' if hint else ""
    hint_html = f'<p class="opvolg-uitleg" id="{input_id}-uitleg">{_e(hint)}</p>' if hint else ""
    return (
        f'<div class="opvolg-veld"><label for="{input_id}">{_e(label)}</label>{hint_html}'
        f'<input type="text" id="{input_id}" name="{name}" maxlength="{TEXT_MAX}" autocomplete="off"'
        f' spellcheck="false" data-opvolg-veld="{name}"{described}></div>'
    )


def _form() -> str:
    """The start date and the placement's details. method="dialog" outside a
    <dialog> sends nothing anywhere, even without the script."""
    return f"""<form class="opvolg-form" method="dialog" novalidate autocomplete="off" aria-label="Gegevens van de plaatsing">
<div class="opvolg-veld"><label for="opvolg-start">Eerste dag van de vrijwilliger</label>
<p class="opvolg-uitleg" id="opvolg-start-uitleg">Kies de startdatum. Bij elk gesprek verschijnt dan de datum.</p>
<input type="date" id="opvolg-start" name="start" data-opvolg-veld="start" aria-describedby="opvolg-start-uitleg opvolg-start-fout">
<p class="opvolg-fout" id="opvolg-start-fout" data-opvolg="fout" hidden></p></div>
{_text_field("vacature", "Vacature (mag je leeg laten)")}
{_text_field("organisatie", "Organisatie (mag je leeg laten)")}
{_text_field("wie", "Wie volgt op (mag je leeg laten)", "Een dienst of een naam. Typ alleen een naam als die persoon dat goed vindt.")}
<div class="opvolg-knoppen">
<button type="button" class="md-button md-button--primary" data-opvolg="ics">Download agenda (.ics)</button>
<button type="button" class="md-button" data-opvolg="druk">Druk af</button>
</div>
<p class="opvolg-status" role="status" data-opvolg="status"></p>
</form>
<p class="opvolg-geen-js"><strong>Je browser voert geen JavaScript uit.</strong> Daarom rekent deze pagina geen datums uit en maakt ze geen agenda. Druk het plan af en schrijf de datums er met de hand bij.</p>"""


def _checklist(items) -> str:
    """A list with a box per item on paper (print.css styles .ib-checklist)."""
    return '<div class="ib-checklist"><ul>' + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ul></div>"


def _moment(moment: dict) -> str:
    weeks = moment.get("weken")
    with_whom = moment.get("met_wie")
    with_whom_html = f'<p class="opvolg-met-wie">{_e(with_whom)}</p>' if with_whom else ""
    return (
        f'<li class="opvolg-moment" data-opvolg-weken="{_e(weeks)}">'
        f'<h3><span class="opvolg-wanneer">Na week {_e(weeks)}:</span> <span class="opvolg-titel">{_e(moment.get("titel"))}</span></h3>'
        f'<p class="opvolg-datum">Datum: <span data-opvolg="datum">{BLANK_DATE}</span></p>'
        f"{with_whom_html}{_checklist(moment.get('vragen') or [])}</li>"
    )


def render(plan: dict | None, assets_url: str | None = None) -> str:
    """The plan's HTML; with `assets_url` (WEB_PATH relative to the page) its
    styles before it and its script after it. No plan (a broken
    opvolging.yml, which stops the build anyway) renders a note, not a crash."""
    plan = plan or {}
    moments = [m for m in plan.get("momenten") or [] if isinstance(m, dict)]
    if not moments:
        return (
            '<p class="opvolg-leeg">Er staan geen opvolgmomenten in <code>content/opvolging.yml</code>. '
            "Voer <code>make check</code> uit: dat zegt wat er ontbreekt.</p>"
        )
    base = _e(assets_url) if assets_url else ""
    styles = f'<link rel="stylesheet" href="{base}opvolgplan.css">\n' if assets_url else ""
    script = f'\n<script type="module" src="{base}opvolgplan.js"></script>' if assets_url else ""
    return f"""{styles}<div class="opvolgplan" data-opvolgplan>
{_form()}
<section class="opvolg-momenten" aria-labelledby="opvolg-momenten-titel">
<h2 id="opvolg-momenten-titel">De gesprekken</h2>
<ol class="opvolg-lijst">{"".join(_moment(m) for m in moments)}</ol>
</section>
<section class="opvolg-signalen" aria-labelledby="opvolg-signalen-titel">
<h2 id="opvolg-signalen-titel">Signalen dat een plaatsing vastloopt</h2>
<p>Merk je een van deze signalen, neem dan meteen contact op. Wacht niet tot het volgende gesprek.</p>
{_checklist(plan.get("signalen") or [])}
</section>
</div>{script}"""
