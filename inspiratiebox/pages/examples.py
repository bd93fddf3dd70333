"""The practice example pages and their overview, from content/voorbeelden.

Every page is a `# Title` line plus HTML blocks; MkDocs does not touch the
inside of an HTML block, so escaping here is the only escaping there is.
The overview works without JavaScript; docs/assets/filters.js only adds the
filters, reading the data-* attributes written here.
"""

from __future__ import annotations

import json
import posixpath

from inspiratiebox.content import schema
from inspiratiebox.content.wording import as_dict, as_list, count, label, labels
from inspiratiebox.pages.html import link, markdown_text, one_line, relative_url, render_markdown, safe_url, text

INDEX = "praktijkvoorbeelden/index.md"
FILTERS = (  # (data attribute, query/select name, label, vocabulary, "all" option)
    ("themas", "thema", "Thema", schema.THEMAS, "Alle thema's"),
    ("land", "land", "Land", schema.REGIOS, "Alle landen"),
    ("doelgroepen", "doelgroep", "Doelgroep", schema.DOELGROEPEN, "Alle doelgroepen"),
)
SECTIONS = (("wat", "Wat gebeurt er?"), ("wie", "Wie doet mee?"), ("hoe", "Hoe pakken ze het aan?"))


def page_path(example: dict) -> str:
    return f"praktijkvoorbeelden/{example.get('id')}.md"


def title_of(example: dict) -> str:
    titel = example.get("titel")
    return str(titel) if titel not in (None, "") else str(example.get("id", "Praktijkvoorbeeld"))


def front_matter(title: str, *extra: str) -> list[str]:
    """A `title:` for MkDocs, already HTML-escaped, and any `extra` lines.

    Material prints the title from the h1 through Jinja's `striptags`, which
    decodes entities, into <title>: a title holding "</title><script>" would
    break out. A meta title is printed as given, so escape it here.
    """
    return ["---", f"title: {json.dumps(text(one_line(title)))}", *extra, "---", ""]


def _keys(value) -> list[str]:
    """Vocabulary keys as strings safe for a space-separated data attribute."""
    return [str(k) for k in as_list(value) if isinstance(k, (str, int)) and " " not in str(k)]


def _tags(vocabulary: dict, keys) -> str:
    items = "".join(f"<li>{text(t)}</li>" for t in labels(vocabulary, keys))
    return f'<ul class="ib-labels">{items}</ul>' if items else ""


def _facts(example: dict) -> str:
    rows = []
    for name, heading, vocabulary in (("themas", "Thema's", schema.THEMAS), ("doelgroepen", "Doelgroepen", schema.DOELGROEPEN)):
        tags = _tags(vocabulary, example.get(name))
        if tags:
            rows.append(f"<div><dt>{heading}</dt><dd>{tags}</dd></div>")
    return f'<dl class="ib-kenmerken">{"".join(rows)}</dl>' if rows else ""


def _place(example: dict) -> str:
    parts = [p for p in (example.get("plaats"), label(schema.REGIOS, example.get("land"))) if p]
    return f'<p class="ib-plaats">{text(", ".join(str(p) for p in parts))}</p>' if parts else ""


def _source(bron: dict) -> str:
    bron = as_dict(bron)
    if not bron.get("titel"):
        return "<p>Geen bron opgegeven.</p>"
    title = f"<cite>{link(safe_url(bron.get('url')), bron['titel'])}</cite>"
    extra = [text(v) for v in (bron.get("uitgever"), bron.get("jaar")) if v not in (None, "", False)]
    if not extra:
        return f'<p class="ib-bron">{title}</p>'
    stop = "" if str(bron["titel"]).rstrip()[-1:] in ".?!" else "."
    return f'<p class="ib-bron">{title}{stop} {", ".join(extra)}.</p>'


def tips_for(example: dict, tips: list) -> list[dict]:
    ref = f"voorbeelden/{example.get('id')}"
    return [t for t in as_list(tips) if isinstance(t, dict) and str(t.get("zie", "")).strip() == ref]


def render_page(example: dict, tips: list, *, directory_urls: bool = True) -> str:
    src = page_path(example)

    def rewrite(href: str) -> str:
        """Let content link to other pages as `../leidraden/x.md`, like hand-written docs."""
        path, _, anchor = href.partition("#")
        if not path.endswith(".md"):
            return href
        target = posixpath.normpath(posixpath.join(posixpath.dirname(src), path))
        return relative_url(src, target + (f"#{anchor}" if anchor else ""), directory_urls=directory_urls)

    out = [*front_matter(title_of(example)), f"# {markdown_text(title_of(example))}", ""]
    head = _place(example) + _facts(example)
    if example.get("samenvatting"):
        head += f'<p class="ib-samenvatting">{text(example["samenvatting"])}</p>'
    out += [f'<div class="ib-voorbeeld-kop">{head}</div>', ""]
    for field, heading in SECTIONS:
        body = render_markdown(example.get(field), rewrite) or "<p>Nog niet beschreven.</p>"
        out += [f"## {heading}", "", f'<div class="ib-md">\n{body}\n</div>', ""]
    points = "".join(f"<li>{text(p)}</li>" for p in as_list(example.get("leerpunten")))
    if points:
        out += ["## Wat kun je hiervan leren?", "", f'<ul class="ib-leerpunten">{points}</ul>', ""]
    own_tips = tips_for(example, tips)
    if own_tips:
        items = "".join(
            f'<li>{text(t.get("tekst"))} {link(relative_url(src, "tips.md#" + str(t.get("thema")), directory_urls=directory_urls), "Meer tips over " + label(schema.THEMAS, t.get("thema")).lower())}</li>'
            if t.get("thema") in schema.THEMAS else f'<li>{text(t.get("tekst"))}</li>'
            for t in own_tips
        )
        out += ["## Tips uit dit voorbeeld", "", f'<ul class="ib-tips">{items}</ul>', ""]
    out += ["## Bron", "", _source(example.get("bron")), ""]
    back = link(relative_url(src, INDEX, directory_urls=directory_urls), "Alle praktijkvoorbeelden")
    out += [f'<p class="ib-terug">{back}</p>', ""]
    return "\n".join(out)


def _sort_key(example: dict):
    return title_of(example).casefold()


# The filter count, "{n}" replaced by filters.js; the first one is written here.
COUNT_ONE = "{n} voorbeeld"
COUNT_MANY = "{n} voorbeelden"
COUNT_NONE = "Geen voorbeelden gevonden. Kies een ander filter."


def _count_text(n: int) -> str:
    template = COUNT_NONE if n == 0 else COUNT_ONE if n == 1 else COUNT_MANY
    return template.replace("{n}", str(n))


def _filters(examples: list[dict]) -> str:
    """The filter form, in its final place from the first paint, so showing
    it moves nothing (layout shift); docs/assets/pages.css hides it when the
    browser runs no scripts, as there is nothing to filter with then. The
    count is written here too and filters.js keeps it up to date."""
    controls = []
    for attribute, name, heading, vocabulary, everything in FILTERS:
        present = {k for e in examples for k in _keys(e.get(attribute))}
        options = [f'<option value="">{text(everything)}</option>']
        options += [f'<option value="{text(k)}">{text(v)}</option>' for k, v in vocabulary.items() if k in present]
        options += [f'<option value="{text(k)}">{text(k)}</option>' for k in sorted(present - set(vocabulary))]
        controls.append(
            f'<div class="ib-filter"><label for="ib-filter-{name}">{heading}</label>'
            f'<select id="ib-filter-{name}" name="{name}" data-ib-filter="{attribute}">{"".join(options)}</select></div>'
        )
    return (
        '<form class="ib-filters" data-ib-filters>'
        "<fieldset><legend>Kies welke voorbeelden je ziet</legend>"
        f'<div class="ib-filter-velden">{"".join(controls)}</div>'
        '<button type="reset" class="md-button">Toon alle voorbeelden</button>'
        "</fieldset>"
        f'<p class="ib-filter-status" role="status" aria-live="polite" data-ib-count '
        f'data-one="{COUNT_ONE}" data-many="{COUNT_MANY}" data-none="{COUNT_NONE}">'
        f'{text(_count_text(len(examples)))}</p>'
        "</form>"
    )


def render_index(examples: list[dict], *, directory_urls: bool = True) -> str:
    examples = sorted((e for e in as_list(examples) if isinstance(e, dict)), key=_sort_key)
    out = ["# Praktijkvoorbeelden", ""]
    out += [
        "<p>Zo ondersteunen gemeenten in Vlaanderen en Nederland vrijwilligers en organisaties. "
        f"Elk voorbeeld vertelt wat er gebeurt, wie meedoet, hoe ze het aanpakken en wat je ervan kunt leren. "
        f"Er zijn {text(count(len(examples), 'voorbeeld', 'voorbeelden'))}.</p>",
        "",
    ]
    if not examples:
        out += ["<p>Er zijn nog geen praktijkvoorbeelden.</p>", ""]
        return "\n".join(out)
    out += [_filters(examples), ""]
    items = []
    for example in examples:
        data = " ".join(f'data-{a}="{text(" ".join(_keys(example.get(a))))}"' for a, *_ in FILTERS)
        heading = link(relative_url(INDEX, page_path(example), directory_urls=directory_urls), title_of(example), external=False)
        summary = f'<p class="ib-samenvatting">{text(example["samenvatting"])}</p>' if example.get("samenvatting") else ""
        items.append(f'<li class="ib-kaart" {data}><h2>{heading}</h2>{_place(example)}{summary}{_facts(example)}</li>')
    out += ['<ul class="ib-voorbeelden" data-ib-list>\n' + "\n".join(items) + "\n</ul>", ""]
    return "\n".join(out)


def generate(content, *, directory_urls: bool = True) -> dict[str, str]:
    examples = [e for e in as_list(content.voorbeelden) if isinstance(e, dict) and e.get("id")]
    pages = {INDEX: render_index(examples, directory_urls=directory_urls)}
    for example in examples:
        pages[page_path(example)] = render_page(example, content.tips, directory_urls=directory_urls)
    return pages

