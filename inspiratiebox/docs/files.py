"""The files of docs/ as the site generator will read them, refused when they
would hang it, crash it or break a page's HTML.

Every entry is looked at with lstat before anything opens it: a pipe or a
device would block a read forever, a link may loop or point outside docs/,
and a name with a quote or a bracket would reach an href unescaped (the
theme prints page URLs as they are).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from inspiratiebox.content.model import Problem
from inspiratiebox.content.refs import SAFE_NAME

PAGE_SUFFIX = ".md"
# Other endings MkDocs or an editor may take for a page; they are not ours.
PAGE_LOOKALIKES = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")
MAX_PAGE_BYTES = 1_000_000  # a page of a million characters is a book, not a page
MAX_FILE_BYTES = 25_000_000  # a static host limits files (GitHub warns at 50 MB)


def shown(where: str) -> str:
    """A path inside docs/ as the editor sees it from the repository root."""
    return f"docs/{where}".rstrip("/")


@dataclass
class Found:
    """What docs/ holds: pages as text, other files by path, and the problems."""

    pages: dict[str, str] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, where: str, message: str, line: int = 1, column: int = 1, warning: bool = False) -> None:
        self.problems.append(Problem(shown(where), line, column, message, warning))


def read(docs: Path) -> Found:
    """Every page and file under `docs`, keyed by its path inside docs/."""
    found = Found()
    if not docs.is_dir():
        found.problem("", "De map docs/ met de pagina's bestaat niet.")
        return found
    _walk(docs, "", [docs.resolve()], found)
    return found


def _walk(folder: Path, prefix: str, chain: list[Path], found: Found) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        found.problem(prefix, f"Deze map kan ik niet lezen ({error.strerror}). Controleer of ze bestaat en leesbaar is.")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # MkDocs skips hidden files too
        where = prefix + entry.name
        if not SAFE_NAME.fullmatch(entry.name):
            found.problem(where, (
                f"De naam '{entry.name}' bevat tekens die in een webadres niet veilig zijn. "
                "Gebruik alleen letters zonder accent, cijfers, - en _, bijvoorbeeld mijn-pagina.md."
            ))
            continue
        _entry(Path(entry.path), where, chain, found)


def _entry(path: Path, where: str, chain: list[Path], found: Found) -> None:
    try:
        mode = path.lstat().st_mode
    except OSError as error:
        found.problem(where, f"Dit bestand kan ik niet lezen ({error.strerror}).")
        return
    if stat.S_ISLNK(mode):
        target = _link_target(path, where, chain, found)
        if target is None:
            return
        mode = target.stat().st_mode
    if stat.S_ISDIR(mode):
        _walk(path, where + "/", [*chain, path.resolve()], found)
    elif not stat.S_ISREG(mode):
        found.problem(where, "Dit is geen gewoon bestand maar een pipe, socket of apparaat. Haal het weg uit docs/.")
    else:
        _file(path, where, found)


def _link_target(path: Path, where: str, chain: list[Path], found: Found) -> Path | None:
    """The real path a link in docs/ stands for, or None when it loops, points
    at nothing or leaves docs/ (then the site would publish another folder)."""
    fix = "Haal de snelkoppeling weg en zet het echte bestand op die plaats."
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        found.problem(where, f"Deze snelkoppeling (symlink) verwijst naar zichzelf of naar een bestand dat niet bestaat. {fix}")
        return None
    if not target.is_relative_to(chain[0]):
        found.problem(where, f"Deze snelkoppeling (symlink) verwijst naar {target}, buiten docs/. {fix}")
        return None
    if target in chain:
        found.problem(where, f"Deze snelkoppeling (symlink) verwijst naar een map erboven: zo gaat de map eindeloos door. {fix}")
        return None
    return target


def _file(path: Path, where: str, found: Found) -> None:
    size = path.stat().st_size
    suffix = path.suffix.lower()
    if suffix in PAGE_LOOKALIKES and path.suffix != PAGE_SUFFIX:
        found.problem(where, (
            f"Dit bestand eindigt op {path.suffix} en wordt daarom geen pagina. "
            f"Noem het {path.stem}{PAGE_SUFFIX} (met kleine letters)."
        ), warning=True)
    if path.suffix == PAGE_SUFFIX:
        if size > MAX_PAGE_BYTES:
            found.problem(where, (
                f"Deze pagina is {size / 1_000_000:.1f} MB groot; een pagina mag hoogstens "
                f"{MAX_PAGE_BYTES // 1_000_000} MB zijn. Verdeel de tekst over meer pagina's."
            ))
            found.files[where] = path
            return
        text = _utf8(path.read_bytes(), where, found)
        if text is not None:
            found.pages[where] = text
        else:
            found.files[where] = path  # it is there: links to it are not broken too
        return
    if size > MAX_FILE_BYTES:
        found.problem(where, (
            f"Dit bestand is {size / 1_000_000:.0f} MB groot; een bestand op de site mag hoogstens "
            f"{MAX_FILE_BYTES // 1_000_000} MB zijn. Maak het kleiner of zet het ergens anders en link ernaar."
        ))
        return
    found.files[where] = path


def _utf8(data: bytes, where: str, found: Found) -> str | None:
    """The page's text; an editor on Windows may have saved it in another encoding."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        found.problem(where, (
            "Dit bestand is niet als UTF-8 opgeslagen (hier staat een teken dat ik niet kan lezen). "
            "Open het en sla het op met de codering UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8)."
        ), line, column)
        return None
