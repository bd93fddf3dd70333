"""The site generator: MkDocs-Material, run on the staging folder.

This is the one module that knows MkDocs. It reads a finished config file
and writes HTML; it adds nothing to the pages. Every warning MkDocs gives is
kept with its text, because in strict mode MkDocs itself only says how many
there were.
"""

from __future__ import annotations

import logging
from pathlib import Path


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
        said = "\n".join(f"- {message}" for message in warnings.messages)
        raise GeneratorError(f"{error}\n{said}".strip()) from None
    finally:
        logger.removeHandler(warnings)
