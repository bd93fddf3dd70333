"""A copy of the project whose content is full of hostile strings.

Driven by the schema: every plain text, Markdown and list-of-text field of
every content file gets a payload, every URL field a URL that tries to break
out of its attribute, and every area name (deelgemeente) is renamed
consistently so references stay valid. The content must still pass the
loader, so payloads respect each field's maximum length.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml

from inspiratiebox.content import schema

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ATTR = '{: onclick="alert(1)" }'
PLAIN = f"{SCRIPT}{IMG}"  # 53 characters
MARKDOWN = (
    f"{SCRIPT} {IMG} [klik](javascript:alert(1)) "
    '<a href="javascript:alert(1)">link</a> <a href="jAvAsCrIpT&colon;alert(1)">b</a> '
    '<iframe src="https://evil.example/"></iframe> <b onmouseover="alert(1)">vet</b> '
    "[extern](https://www.example.org/)\n\n"
    '<style>body{background:url("https://evil.example/x.png")}</style>\n\n'
)
URL = 'https://evil.example/?q="><script>alert(1)</script>'
# The municipality's name reaches the theme's attributes as written, so the
# check refuses < > " ` in it (rules._site_name); what it allows must stay inert.
SITE_NAME = "Stad & OCMW 't Veld' onmouseover='alert(1)"
AREA = " <b onmouseover=alert(1)>wijk</b>"

# Fields that are not free text even though the schema types them as text.
SKIP = {"zie", "logo", "deelgemeente"}
COPIED = ("content", "docs", "hooks", "overrides", "widget", "mkdocs.yml", "package.json")


def _text(value, field: schema.Field) -> str:
    """The strongest payload that fits the field's maximum, then the original."""
    base = "" if value is None else str(value)
    room = field.maximum
    if room is None or room >= len(PLAIN) + len(ATTR) + 2:
        text = f"{PLAIN} {ATTR} {base}"
    elif room >= len(PLAIN) + 1:
        text = f"{PLAIN} {base}"
    elif room >= len(SCRIPT):
        text = SCRIPT + base
    else:
        text = base
    return text[:room] if room is not None else text


def poison(data, fields, areas: dict[str, str]):
    """Return `data` with a payload in every free-text field of `fields`."""
    if not isinstance(data, dict):
        return data
    for field in fields:
        value = data.get(field.name)
        # An area (or a list of areas) must stay one of the poisoned areas.
        names_areas = field.ref == "deelgemeente" or field.name == "deelgemeenten"
        if names_areas and isinstance(value, str):
            data[field.name] = areas.get(value, value)
        elif names_areas and isinstance(value, list):
            data[field.name] = [areas.get(v, v) for v in value]
        elif field.name in SKIP or value is None:
            continue
        elif field.kind == "tekst":
            data[field.name] = _text(value, field)
        elif field.kind == "markdown":
            data[field.name] = MARKDOWN + str(value)
        elif field.kind == "lijst" and isinstance(value, list):
            data[field.name] = [PLAIN + " " + str(v) for v in value] + [PLAIN]
        elif field.kind == "url":
            data[field.name] = URL
        elif field.kind == "object":
            poison(value, field.fields, areas)
        elif field.kind == "objecten" and isinstance(value, list):
            for item in value:
                poison(item, field.fields, areas)
    return data


def make_project(root: Path, target: Path) -> Path:
    """Copy what a build needs from `root` into `target` and poison content/."""
    root, target = Path(root).resolve(), Path(target)
    for name in COPIED:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / name)
    # Linked, not copied: the build code and pyodide are not under test here
    # (mkdocs.yml also watches inspiratiebox/, and strict mode wants it).
    for name in ("node_modules", "inspiratiebox"):
        if (root / name).exists():
            os.symlink(root / name, target / name)
    content = target / "content"
    gemeente = yaml.safe_load((content / "gemeente.yml").read_text(encoding="utf-8"))
    areas = {a: f"{a}{AREA}" for a in gemeente.get("deelgemeenten") or []}
    for kind, file_kind in schema.FILES.items():
        for path in sorted(content.glob(file_kind.pattern)):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            data = poison(data, file_kind.fields, areas)
            if kind == "gemeente":
                data["naam"] = SITE_NAME
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target
