"""The kinds of reference a field can make (schema `Field.ref`), once.

Each names what the value must point at, with the sentence the reference
page shows and the rule `rules.py` applies after all files were read, so a
new reference kind is described and checked in the same place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import MappingProxyType

from inspiratiebox.content.explain import nearest
from inspiratiebox.content.kinds.text import ID_PATTERN
from inspiratiebox.content.model import Content

# A file or folder name that is safe in a web address and in an HTML
# attribute as it is: the theme prints paths like the logo's unescaped.
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif")


@dataclass(frozen=True)
class Where:
    """What a reference rule may look at: the checked content and the folders."""

    content: Content
    content_dir: Path
    docs: Path | None
    gemeente_file: str


@dataclass(frozen=True)
class RefKind:
    name: str
    description: str  # "Verwijst naar" on the reference page
    problem: Callable[[str, Where], str | None]  # the message for a value that points nowhere


def _deelgemeente(value: str, where: Where) -> str | None:
    deelgemeenten = where.content.gemeente.get("deelgemeenten") or []
    if not deelgemeenten or value in deelgemeenten:
        return None
    return (
        f"'{value}' is geen deelgemeente uit {where.gemeente_file}.{nearest(value, deelgemeenten)} "
        f"Mogelijke waarden: {', '.join(deelgemeenten)}. Komt er een deelgemeente bij? "
        "Voeg ze dan eerst toe aan deelgemeenten in gemeente.yml."
    )


def _id_of(name: str, ids: Callable[[Content], list[str]]) -> Callable[[str, Where], str | None]:
    """The rule for a reference to the id of an item in content/."""
    def problem(value: str, where: Where) -> str | None:
        known = ids(where.content)
        if value in known:
            return None
        return f"Er is geen {name} met de id '{value}'.{nearest(value, known)}"
    return problem


PAGE_FORM = "leidraden/<naam> (een pagina in docs/leidraden/) of voorbeelden/<id> (een bestand in content/voorbeelden/)."


def _page(value: str, where: Where) -> str | None:
    """A tip's `zie`: leidraden/<name> (a guideline page in docs/) or
    voorbeelden/<id> (a practice example in content/)."""
    form = "Schrijf " + PAGE_FORM
    cleaned = value.strip("/")
    for suffix in (".md", ".yml", "/"):
        cleaned = cleaned.removesuffix(suffix)
    cleaned = cleaned.replace("praktijkvoorbeelden/", "voorbeelden/")
    folder, _, name = cleaned.partition("/")
    if folder not in ("leidraden", "voorbeelden") or not ID_PATTERN.fullmatch(name):
        return f"'{value}' is geen geldige verwijzing. {form}"
    if cleaned != value:
        return f"Schrijf de verwijzing zonder extensie of extra schuine streep: zie: {cleaned}"
    if folder == "voorbeelden":
        names = sorted(p.stem for p in (where.content_dir / "voorbeelden").glob("*.yml"))
        if name not in names:
            return f"Er is geen praktijkvoorbeeld content/voorbeelden/{name}.yml.{nearest(name, names)} {form}"
        return None
    if where.docs is None:
        return None
    names = sorted(p.stem for p in (where.docs / "leidraden").glob("*.md") if p.stem != "index")
    if name not in names:
        return (
            f"Er is geen leidraad docs/leidraden/{name}.md.{nearest(name, names)} "
            f"Mogelijke leidraden: {', '.join(names) or '(geen)'}."
        )
    return None


def _image(value: str, where: Where) -> str | None:
    path = PurePosixPath(value)
    if path.is_absolute() or ".." in path.parts or "\\" in value or ":" in value:
        return f"'{value}' moet een pad binnen docs/ zijn, zoals assets/logo.svg."
    if not all(SAFE_NAME.fullmatch(part) for part in value.split("/")):
        return (
            f"Het pad '{value}' bevat tekens die in een webadres niet veilig zijn. Gebruik alleen letters "
            "zonder accent, cijfers, - en _, en / tussen mappen, zoals assets/logo-gemeente.svg. Hernoem het bestand zo."
        )
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return f"'{value}' is geen afbeelding. Gebruik een bestand dat eindigt op {', '.join(IMAGE_SUFFIXES)}."
    if where.docs is not None and not (where.docs / path).is_file():
        return f"Het bestand docs/{value} bestaat niet. Zet het bestand in docs/ of verbeter het pad."
    return None


REF_KINDS: MappingProxyType[str, RefKind] = MappingProxyType({ref.name: ref for ref in (
    RefKind("deelgemeente", "Moet een van de deelgemeenten uit content/gemeente.yml zijn.", _deelgemeente),
    RefKind("organisatie", "Moet de id van een organisatie zijn.",
            _id_of("organisatie", lambda c: [org["id"] for org in c.organisaties])),
    RefKind("vacature", "Moet de id van een vacature zijn.",
            _id_of("vacature", lambda c: [vac["id"] for _, vac in c.vacatures()])),
    RefKind("voorbeeld", "Moet de id van een praktijkvoorbeeld zijn.",
            _id_of("voorbeeld", lambda c: [ex["id"] for ex in c.voorbeelden])),
    RefKind("pagina", PAGE_FORM, _page),
    RefKind("afbeelding", "Een afbeelding in de map docs/ (svg, png, jpg, webp of gif), geschreven zonder docs/ ervoor.", _image),
)})


def ref_kind(name: str) -> RefKind:
    """The reference kind a schema field names; an unknown one fails loudly."""
    try:
        return REF_KINDS[name]
    except KeyError:
        raise ValueError(f"schema ref {name!r} has no rule in refs.py") from None
