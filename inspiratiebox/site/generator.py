"""The site generator: MkDocs-Material, run on the staging folder.

This is the one module that knows MkDocs. It reads a finished config file
and writes HTML; it adds nothing to the pages. Every warning MkDocs gives is
kept with its text, because in strict mode MkDocs itself only says how many
there were.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

# MkDocs' warnings, as MkDocs 1.6 words them, with what an editor should do.
_DOC = r"Doc file '(?P<file>[^']+)' contains "
_SAID = (
    (re.compile(_DOC + r"a link '(?P<url>[^']*)', but the target.* is not found among documentation files\.(?: Did you mean '(?P<hint>[^']*)'\?)?"),
     "docs/{file}: de link '{url}' wijst naar een bestand dat er niet is.{hint} Verbeter de link, of maak het bestand aan."),
    (re.compile(_DOC + r"a link '(?P<url>[^']*)', but .*anchor"),
     "docs/{file}: de link '{url}' wijst naar een deel (#...) dat op die pagina niet bestaat. Verbeter het anker na #."),
    (re.compile(_DOC + r"an unrecognized relative link '(?P<url>[^']*)'"),
     "docs/{file}: de link '{url}' wijst naar een map of adres, niet naar een bestand. Link naar het .md-bestand."),
    (re.compile(_DOC + r"an absolute link '(?P<url>[^']*)'"),
     "docs/{file}: de link '{url}' begint met een /. Schrijf de link vanaf deze pagina, bijvoorbeeld over.md."),
    (re.compile(r"A reference to '(?P<url>[^']*)' is included in the 'nav' configuration, which is not found"),
     "mkdocs.yml: in de navigatie (nav) staat '{url}', maar die pagina is er niet. Verbeter de naam of haal de regel weg."),
)
_FILE = re.compile(r"'([^']+\.md)'")


class GeneratorError(Exception):
    """MkDocs stopped; the message says why, in Dutch, with its warnings."""


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def run_mkdocs(config_file: Path, site_dir: Path) -> None:
    """Build `config_file` into `site_dir` in strict mode: a warning stops it."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    warnings = _Warnings()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    try:
        build(load_config(str(config_file), site_dir=str(site_dir), strict=True))
    except (Abort, MkDocsException, SystemExit) as error:
        said = "\n".join(f"- {in_dutch(message)}" for message in warnings.messages)
        stopped = f"MkDocs stopte bij {len(warnings.messages)} waarschuwing(en):" if warnings.messages else str(error)
        raise GeneratorError(f"{stopped}\n{said}".strip()) from None
    finally:
        logger.removeHandler(warnings)


def in_dutch(message: str) -> str:
    """A warning of MkDocs as an editor can act on it, with its file; one we
    do not know is shown as MkDocs said it, after the file it names."""
    for pattern, dutch in _SAID:
        if found := pattern.search(message):
            hint = found.groupdict().get("hint")
            return dutch.format(**{**found.groupdict(), "hint": f" Bedoelde je '{hint}'?" if hint else ""})
    named = _FILE.search(message)
    return f"docs/{named.group(1)}: MkDocs meldt: {message}" if named else f"MkDocs meldt: {message}"
