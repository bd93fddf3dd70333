"""Read content/ into a Content model, collecting every problem at once.

Placeholder loader: parses with yaml.safe_load and fills in defaults. It is
being replaced by the full validating loader (marks, duplicate keys, YAML 1.1
surprises, references); keep the signature.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from . import schema
from .model import Content, Problem


def _defaults(data: dict, fields) -> dict:
    for f in fields:
        if f.name not in data or data[f.name] is None:
            data[f.name] = [] if f.kind in ("keuzes", "lijst", "objecten") else False if f.kind == "janee" else None
        if f.kind == "object" and isinstance(data[f.name], dict):
            _defaults(data[f.name], f.fields)
        if f.kind == "objecten":
            for item in data[f.name] or []:
                if isinstance(item, dict):
                    _defaults(item, f.fields)
    return data


def load_content(root: Path, docs: Path | None = None) -> tuple[Content | None, list[Problem]]:
    root = Path(root)

    def read(path: Path, kind: str) -> dict:
        return _defaults(yaml.safe_load(path.read_text(encoding="utf-8")) or {}, schema.FILES[kind].fields)

    content = Content(root=root, gemeente=read(root / "gemeente.yml", "gemeente"))
    for kind, target in (("organisatie", content.organisaties), ("voorbeeld", content.voorbeelden)):
        folder = root / schema.FILES[kind].pattern.split("/")[0]
        for path in sorted(folder.glob("*.yml")):
            item = read(path, kind)
            item["id"] = path.stem
            target.append(item)
    if (root / "tips.yml").exists():
        content.tips = read(root / "tips.yml", "tips")["tips"]
    content.wijzer = read(root / "wijzer.yml", "wijzer")
    return content, []
