"""Read content/ into a Content model, collecting every problem at once.

A municipality edits these files by hand, often without knowing YAML, so one
run reports everything it can find, in Dutch, as `file:line:column: message`
with the path as seen from the repository root. The steps:
`yamlnodes` parses a file into nodes (syntax, tabs, duplicate keys),
`validate` checks the nodes against `schema` field by field, and `rules`
checks what ties fields and files together.
"""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

from yaml.nodes import MappingNode, SequenceNode

from inspiratiebox.content import rules, schema
from inspiratiebox.content.explain import slug
from inspiratiebox.content.model import Content, Problem
from inspiratiebox.content.validate import ID_PATTERN, Checker, Ref, Spots
from inspiratiebox.content.yamlnodes import decode, parse, size_issue

REQUIRED_FILES = ("gemeente", "wijzer")
SINGLE_FILES = ("gemeente", "tips", "wijzer", "opvolging")  # one file each, at the top of content/
# What a municipality without content/opvolging.yml follows up with: checked
# like its own file would be, so the default can never be a plan the check refuses.
DEFAULT_FOLLOW_UP = Path(__file__).resolve().parent / "standaard" / "opvolging.yml"


def load_content(
    root: Path, docs: Path | None = None, *, today: dt.date
) -> tuple[Content | None, list[Problem]]:
    """The content and every problem found, sorted by file and position.

    Content is None only when gemeente.yml or wijzer.yml could not be read at
    all. Otherwise it is returned even when there are errors, with refused
    values replaced by their empty default, so a tool can still show counts;
    a site must never be built from it unless no problem is an error.
    `docs` enables the checks that need docs/ (logo, guideline links);
    `today` decides the date warnings (stale or expired vacancies, an old
    accessibility statement); the caller passes it, so a check is repeatable.
    """
    reader = _Reader(Path(root), Path(docs) if docs is not None else None)
    content = reader.read_all()
    problems = reader.problems
    if content is not None:
        problems += rules.check(
            content, reader.refs, reader.spots,
            content_dir=reader.root, docs=reader.docs,
            today=today, relative=reader.relative,
        )
    problems.sort(key=lambda p: (p.file, p.line, p.column))
    return content, problems


class _Reader:
    """Reads each content file through parse -> validate, keeping problems."""

    def __init__(self, root: Path, docs: Path | None) -> None:
        self.root = root
        self.docs = docs
        self.base = root.resolve().parent  # the repository root, for messages
        self.problems: list[Problem] = []
        self.refs: list[Ref] = []
        self.spots = Spots()

    def relative(self, path: Path) -> str:
        """The path as the editor knows it: its folder resolved, not the file
        itself, so a link is named as the link (and a loop cannot recurse)."""
        try:
            return (path.parent.resolve() / path.name).relative_to(self.base).as_posix()
        except (ValueError, OSError, RuntimeError):
            return path.as_posix()

    def problem(self, path: Path, message: str, line: int = 1, column: int = 1, warning: bool = False) -> None:
        self.problems.append(Problem(self.relative(path), line, column, message, warning))

    def read_all(self) -> Content | None:
        if not self.root.is_dir():
            self.problem(self.root, f"De map {self.root.name}/ met de inhoud bestaat niet.")
            return None
        self._stray_files()
        single = {}
        for kind in SINGLE_FILES:
            path = self.root / schema.FILES[kind].pattern
            if path.exists() or path.is_symlink():  # read() refuses what is not a plain file
                single[kind] = self.read(path, kind)
            elif kind in REQUIRED_FILES:
                self.problem(path, (
                    f"Het bestand {path.name} ontbreekt in {self.root.name}/. Het is verplicht: "
                    f"{schema.FILES[kind].help} Verwacht de velden: "
                    f"{', '.join(f.name for f in schema.FILES[kind].fields)}."
                ))
        if single.get("gemeente") is None or single.get("wijzer") is None:
            return None
        content = Content(root=self.root, gemeente=single["gemeente"], wijzer=single["wijzer"])
        content.tips = (single.get("tips") or {}).get("tips") or []
        content.opvolging = single["opvolging"] if "opvolging" in single else self.read(DEFAULT_FOLLOW_UP, "opvolging")
        content.organisaties = self.read_folder("organisatie")
        content.voorbeelden = self.read_folder("voorbeeld")
        return content

    def read_folder(self, kind: str) -> list[dict]:
        """One item per file; the file name is the id everything links to."""
        items = []
        folder = self.folder(kind)
        if folder.exists() and not folder.is_dir():
            self.problem(folder, (
                f"{folder.name} moet een map zijn, met één .yml-bestand per item, maar het is een bestand. "
                f"Maak een map {folder.name}/ en zet de bestanden erin."
            ))
            return items
        for path in sorted(folder.glob("*.yml")):
            if path.name.startswith("."):
                continue
            if not ID_PATTERN.fullmatch(path.stem):
                self.problem(path, (
                    f"De bestandsnaam '{path.name}' mag alleen kleine letters, cijfers en streepjes "
                    f"bevatten: de naam is ook de id in de webadressen. Hernoem het bestand, "
                    f"bijvoorbeeld naar {slug(path.stem) or 'naam'}.yml."
                ))
            data = self.read(path, kind)
            if data is not None:
                items.append({"id": path.stem, **data})
        return items

    def folder(self, kind: str) -> Path:
        return self.root / schema.FILES[kind].pattern.split("/")[0]

    def read(self, path: Path, kind: str) -> dict | None:
        """The checked dict of one file, or None when it cannot be read as
        fields at all (syntax error, empty, a list at the top)."""
        fields = schema.FILES[kind].fields
        why = _not_a_plain_file(path)
        if why:
            self.problem(path, f"Het bestand {path.name} wordt niet gelezen: {why} Zet er een gewoon tekstbestand in de plaats.")
            return None
        try:
            too_big = size_issue(path.lstat().st_size, path.name)
            data = b"" if too_big else path.read_bytes()
        except OSError:
            self.problem(path, f"Het bestand {path.name} kan niet gelezen worden. Is het een gewoon bestand?")
            return None
        text, issues = (None, [too_big]) if too_big else decode(data)
        root = None
        if text is not None:
            root, issues = parse(text)
        file = self.relative(path)
        self.problems += [Problem(file, i.line, i.column, i.message) for i in issues]
        if issues and root is None:
            return None
        required = ", ".join(f.name for f in fields if f.required)
        if root is None:
            self.problem(path, f"Het bestand {path.name} is leeg. Verwacht de velden: {required}.")
            return None
        if not isinstance(root, MappingNode):
            shape = "een lijst (regels die met - beginnen)" if isinstance(root, SequenceNode) else "één losse waarde"
            hint = ""
            if len(fields) == 1 and isinstance(root, SequenceNode):
                hint = f" Zet '{fields[0].name}:' op de eerste regel en laat de lijst eronder inspringen."
            self.problems.append(Problem(file, root.start_mark.line + 1, root.start_mark.column + 1, (
                f"Het bestand {path.name} moet bestaan uit velden (veld: waarde), maar het is "
                f"{shape}.{hint} Verwacht de velden: {required}."
            )))
            return None
        checker = Checker(file, text, self.spots)
        result = checker.mapping(root, fields)
        self.problems += checker.problems
        self.refs += checker.refs
        return result

    def _stray_files(self) -> None:
        """Files that look like content but would be skipped in silence."""
        known = {schema.FILES[k].pattern for k in SINGLE_FILES}
        for path in sorted(self.root.glob("*.y*ml")):
            if path.name in known or path.name.startswith("."):
                continue
            if path.suffix == ".yaml" and path.stem + ".yml" in known:
                self.problem(path, f"Dit bestand wordt niet gelezen: hernoem het naar {path.stem}.yml.")
            else:
                self.problem(path, (
                    f"Dit bestand wordt niet gelezen. De inhoud staat in {', '.join(sorted(known))} "
                    "en in de mappen organisaties/ en voorbeelden/."
                ), warning=True)
        for kind in ("organisatie", "voorbeeld"):
            folder = self.folder(kind)
            for path in sorted(folder.iterdir()) if folder.is_dir() else ():
                if path.name.startswith(".") or path.suffix == ".yml":
                    continue
                if path.suffix.lower() in (".yml", ".yaml"):
                    self.problem(path, f"Dit bestand wordt niet gelezen: alleen .yml (kleine letters) telt. Hernoem het naar {path.stem}.yml.")
                else:
                    self.problem(path, f"Dit bestand wordt niet gelezen: in {folder.name}/ tellen alleen .yml-bestanden.", warning=True)


def _not_a_plain_file(path: Path) -> str:
    """Why `path` is not read (a link, a pipe, a device), or "". Asked of the
    link itself, so a pipe never blocks the check and a loop never recurses."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return "het bestaat niet meer of kan niet geopend worden."
    if stat.S_ISLNK(mode):
        return "het is een snelkoppeling (symbolische link), en die volgen we niet."
    if not stat.S_ISREG(mode):
        return "het is geen gewoon bestand (bijvoorbeeld een pipe of een apparaat)."
    return ""
