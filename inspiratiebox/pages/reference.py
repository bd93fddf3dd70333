"""The "Inhoud beheren" page: every content file and field, from the schema.

Rendered from the `FileKind` mapping it is given (normally `schema.FILES`),
never from a hand-kept list, so a field added to the schema shows up here at
the next build and the page cannot drift from what `make check` accepts.
The schema is trusted text, but it is escaped like any other: help texts hold
things like `<naam>` that would otherwise become HTML tags.
"""

from __future__ import annotations

from inspiratiebox.content import amounts, kinds, schema, yamlnodes
from inspiratiebox.content.refs import ref_kind
from inspiratiebox.pages.html import text

PAGE = "inhoud-beheren.md"


def kind_text(f: schema.Field) -> str:
    """What kind of value a field wants, in plain Dutch."""
    return kinds.of(f).kind_text(f)


def required_text(f: schema.Field, optional_parent: str | None) -> str:
    if not f.required:
        return "nee, dit veld mag je weglaten"
    if optional_parent:
        return f"ja, als je {optional_parent} invult"
    return "ja"


# --- examples ------------------------------------------------------------------


def example_value(f: schema.Field) -> str:
    """The value part of `name: value` for a scalar or inline-list field."""
    return kinds.of(f).example_value(f)


def _field_lines(f: schema.Field) -> list[str]:
    """`name: value` lines for one field, children included, unindented."""
    return kinds.of(f).example_lines(f, _field_lines)


def example_yaml(path: list[schema.Field], f: schema.Field) -> str:
    """The field in its place in the file, its parents around it, so the
    indentation a reader copies is the indentation the file needs."""
    lines = _field_lines(f)
    for parent in reversed(path):
        lines = [f"{parent.name}:"] + kinds.of(parent).nest(lines)
    return "\n".join(lines)


# --- rendering ------------------------------------------------------------------


def _anchor(*names: str) -> str:
    return "veld-" + "-".join(n.replace("_", "-") for n in names)


def _choices(f: schema.Field) -> str:
    if not f.choices:
        return ""
    items = []
    for key, label in f.choices.items():
        shown = label[1] if isinstance(label, tuple) else label
        words = f": {text(shown)}" if str(shown) != str(key) else ""
        items.append(f"<li><code>{text(key)}</code>{words}</li>")
    return f'<ul class="ib-keuzes">{"".join(items)}</ul>'


def render_field(f: schema.Field, path: list[schema.Field], file_key: str, optional_parent: str | None = None) -> str:
    """One field as a heading and its facts; nested fields follow inside."""
    names = [p.name for p in path] + [f.name]
    level = min(6, 3 + len(path))
    where = ""
    if path:
        where = f'<p class="ib-veld-plaats">Staat onder: <code>{text(" → ".join(p.name for p in path))}</code></p>'
    rows = [
        ("Betekenis", text(f.help)),
        ("Verplicht", text(required_text(f, optional_parent))),
        ("Soort", text(kind_text(f))),
    ]
    if f.choices:
        rows.append(("Mogelijke waarden", _choices(f)))
    if f.ref:
        rows.append(("Verwijst naar", text(ref_kind(f.ref).description)))
    rows.append(("Voorbeeld", f'<pre class="ib-voorbeeld"><code>{text(example_yaml(path, f))}</code></pre>'))
    facts = "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in rows)
    parent_optional = optional_parent or (None if f.required else f.name)
    children = "".join(render_field(sub, path + [f], file_key, parent_optional) for sub in f.fields)
    heading = f'<h{level} id="{_anchor(file_key, *names)}"><code>{text(f.name)}</code></h{level}>'
    return f'<section class="ib-veld">{heading}{where}<dl class="ib-gegevens">{facts}</dl>{children}</section>'


def location(kind: schema.FileKind) -> str:
    """Where a file of this kind lives, for a reader who opens the folder."""
    if "*" in kind.pattern:
        folder = kind.pattern.rsplit("/", 1)[0]
        return (
            f"Eén bestand per item in de map <code>content/{text(folder)}/</code>, "
            "bijvoorbeeld <code>content/" + text(kind.pattern.replace("*", "mijn-item")) + "</code>. "
            "De bestandsnaam zonder .yml is de id: alleen kleine letters, cijfers en streepjes."
        )
    return f"Het bestand <code>content/{text(kind.pattern)}</code>."


def render_file(key: str, kind: schema.FileKind) -> str:
    fields = "".join(render_field(f, [], key) for f in kind.fields)
    return "\n".join([
        f"## {kind.pattern.replace('*', '<naam>').replace('<', '&lt;').replace('>', '&gt;')} {{#bestand-{key}}}",
        "",
        f'<p>{text(kind.help)} {location(kind)}</p>',
        "",
        f'<div class="ib-velden">{fields}</div>',
        "",
    ])


GUIDE = """\
Alles wat op deze site over je gemeente staat, komt uit de map `content/`:
tekstbestanden in het formaat YAML. Je hebt er geen programmeur voor nodig.
Deze pagina beschrijft elk bestand en elk veld. Ze wordt gemaakt uit dezelfde
beschrijving die `make check` gebruikt, dus ze klopt altijd.

## Zo ziet YAML eruit {#yaml}

Een YAML-bestand is een lijst van velden. Elk veld staat op een eigen regel:
de naam, een dubbele punt, een spatie en de waarde.

```yaml
naam: Gemeente Voorbeeld
regio: BE
```

- **Inspringen met spaties.** Een veld dat bij een ander veld hoort, springt
  twee spaties in. Gebruik nooit de Tab-toets.
- **Lijsten met een streepje.** Elk punt van een lijst staat op een eigen regel
  met `- ` ervoor. Een korte lijst mag ook tussen vierkante haken:
  `sectoren: [armoede, buurt]`.
- **Aanhalingstekens rond telefoonnummers en kleuren.** Schrijf
  `telefoon: "09 123 45 67"` en `kleur: "#1d5a8e"`. Zonder aanhalingstekens
  valt de 0 vooraan weg, en alles na een `#` is voor YAML een opmerking.
- **Ook aanhalingstekens** rond tekst met een dubbele punt gevolgd door een
  spatie, en rond uren zoals `"9:30"`.
- **Een regel die begint met `#`** is een opmerking: de site toont ze niet.
- **Datums** schrijf je als jaar-maand-dag: `2027-06-30`.
- **Ja of nee** schrijf je als `ja` of `nee`.

```yaml
loket:
  naam: Vrijwilligersloket
  telefoon: "09 123 45 67"
  openingsuren:
    - "maandag: 9.00 tot 12.00 uur"
    - "donderdag: 14.00 tot 19.00 uur"
```

## Controleren met make check {#controleren}

Voer `make check` uit nadat je iets hebt aangepast. Het programma leest alle
bestanden in `content/` en meldt elke fout met het bestand, de regel en de
kolom, en met wat er verwacht wordt. Bijvoorbeeld:

```text
content/organisaties/buurthuis.yml:14:25: Deze tekst bevat een dubbele punt ...
```

Een **fout** moet je verbeteren: zolang er een fout is, wordt de site niet
gebouwd en blijft de vorige versie staan. Een **waarschuwing** (bijvoorbeeld
een vacature die al lang niet meer werd nagekeken) houdt de site niet tegen,
maar vraagt wel je aandacht. Met `make serve` bekijk je daarna het resultaat op
je eigen computer.

## Waar staat wat {#bestanden}

"""


def limits() -> str:
    """The limits `make check` holds every file to, from the same constants."""
    n = amounts.number
    return "\n".join([
        "## Hoe lang en hoe groot {#grenzen}",
        "",
        f"- **Een bestand** in `content/` mag hoogstens {amounts.size(yamlnodes.MAX_FILE_BYTES)} zijn. "
        "Dat is ruim: een organisatie met tien vacatures is een paar kB.",
        f"- **Een tekst** mag hoogstens {n(kinds.KINDS['tekst'].max_length)} tekens hebben, tenzij bij het "
        "veld hieronder een ander getal staat. Elk punt van een lijst ook.",
        f"- **Een tekst met opmaak** (Markdown) mag hoogstens {n(kinds.KINDS['markdown'].max_length)} tekens "
        "hebben, een paar bladzijden. Is je uitleg langer, zet ze dan op een aparte pagina in `docs/` en "
        "verwijs ernaar met een link.",
        f"- **Een webadres** hoogstens {n(kinds.KINDS['url'].max_length)} tekens, **een e-mailadres** "
        f"hoogstens {n(kinds.KINDS['email'].max_length)}, **een id** hoogstens {n(kinds.KINDS['id'].max_length)}.",
        "",
        "Is iets te lang, dan zegt `make check` waar, hoe lang het is en hoe lang het mag zijn.",
        "",
    ])


def render(files: dict[str, schema.FileKind] | None = None) -> str:
    """The whole page for `files` (the schema's FILES unless a test gives
    another mapping)."""
    files = schema.FILES if files is None else files
    overview = "\n".join(
        f"- [{k.pattern.replace('*', '<naam>').replace('<', '&lt;').replace('>', '&gt;')}](#bestand-{key}): {text(k.help)}"
        for key, k in files.items()
    )
    parts = ["# Inhoud beheren", "", GUIDE + overview, ""]
    parts += [render_file(key, kind) for key, kind in files.items()]
    parts.append(limits())
    return "\n".join(parts)
