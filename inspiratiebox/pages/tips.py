"""The tips page: tips grouped by theme, each linked to where it comes from.

Each theme heading carries the theme key as its anchor (`tips/#matching`), so
other pages and municipalities can link to a theme and the link keeps working
when a label is reworded.
"""

from __future__ import annotations

import re
from pathlib import Path

from inspiratiebox.content import schema
from inspiratiebox.content.wording import as_list
from inspiratiebox.pages.html import link, markdown_text, relative_url, text

PAGE = "tips.md"
OTHER = ("andere", "Andere tips")  # tips whose theme is unknown still show
_ZIE = re.compile(r"^(leidraden|voorbeelden)/([A-Za-z0-9_\-]+)$")


def guideline_title(docs_dir: Path | None, name: str) -> str | None:
    """The first `# ` heading of docs/leidraden/<name>.md, or None."""
    if docs_dir is None:
        return None
    path = Path(docs_dir) / "leidraden" / f"{name}.md"
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                return line[2:].strip().strip("#").strip() or None
    except (OSError, UnicodeDecodeError):
        return None
    return None


def readable(name: str) -> str:
    """"samenwerken-met-organisaties" -> "Samenwerken met organisaties"."""
    words = re.sub(r"[-_]+", " ", name).strip()
    return words[:1].upper() + words[1:]


def source(zie, examples: dict[str, str], docs_dir: Path | None) -> tuple[str | None, str]:
    """(page src or None, link text) for a tip's `zie`.

    A page that does not exist gets no link: a dead link helps nobody, and
    the content check reports the wrong reference.
    """
    match = _ZIE.match(str(zie or "").strip())
    if not match:
        return None, str(zie or "")
    kind, name = match.groups()
    if kind == "voorbeelden":
        if name in examples:
            return f"praktijkvoorbeelden/{name}.md", examples[name]
        return None, readable(name)
    title = guideline_title(docs_dir, name)
    if title is None:
        return None, readable(name)
    return f"leidraden/{name}.md", title


def group(tips) -> list[tuple[str, str, list[dict]]]:
    """[(anchor, heading, tips)] in the schema's theme order, unknown last."""
    groups: dict[str, list[dict]] = {}
    for tip in as_list(tips):
        if not isinstance(tip, dict) or not str(tip.get("tekst") or "").strip():
            continue
        thema = tip.get("thema")
        key = thema if isinstance(thema, str) and thema in schema.THEMAS else OTHER[0]
        groups.setdefault(key, []).append(tip)
    ordered = [(k, v, groups[k]) for k, v in schema.THEMAS.items() if k in groups]
    if OTHER[0] in groups:
        ordered.append((OTHER[0], OTHER[1], groups[OTHER[0]]))
    return ordered


def render(tips, examples: dict[str, str], docs_dir: Path | None, *, directory_urls: bool = True) -> str:
    """`examples` maps example id to title, for the link text."""
    out = ["# Tips", ""]
    grouped = group(tips)
    total = sum(len(g[2]) for g in grouped)
    out += [
        "<p>Korte, concrete tips uit de leidraden en de praktijkvoorbeelden, per thema. "
        "Bij elke tip staat waar hij vandaan komt, zodat je verder kunt lezen.</p>",
        "",
    ]
    if not total:
        return "\n".join(out + ["<p>Er zijn nog geen tips.</p>", ""])
    for anchor, heading, items in grouped:
        out += [f"## {markdown_text(heading)} {{#{anchor}}}", ""]
        rows = []
        for tip in items:
            target, title = source(tip.get("zie"), examples, docs_dir)
            href = relative_url(PAGE, target, directory_urls=directory_urls) if target else None
            origin = f'<span class="ib-tip-bron">Uit: {link(href, title, external=False)}</span>' if title else ""
            rows.append(f'<li><span class="ib-tip-tekst">{text(tip.get("tekst"))}</span> {origin}</li>')
        out += ['<ul class="ib-tips">\n' + "\n".join(rows) + "\n</ul>", ""]
    return "\n".join(out)
