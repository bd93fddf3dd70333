"""The site step of the flow: stage docs/ with every generated page, run the
site generator on it, finish the HTML, and swap the result in.

Plain functions with no state between calls; `today` and the site's public
address come from the caller (the command line).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from inspiratiebox.bundle import BundleError
from inspiratiebox.site.finish import finish
from inspiratiebox.site.generator import GeneratorError, run_mkdocs
from inspiratiebox.site.stage import planned_files, stage

__all__ = ["BuildError", "build", "planned_files", "stage"]


class BuildError(Exception):
    """The site could not be built; the message says why, in Dutch."""


def build(root: Path, content, target: Path, today: dt.date, site_url: str | None = None) -> None:
    """Build into a fresh folder and swap it in only when the build succeeded,
    so an error never leaves a half-built or empty site behind."""
    fresh = target.with_name(target.name + ".nieuw")
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        with tempfile.TemporaryDirectory(prefix="inspiratiebox-") as folder:
            staged = stage(root, content, Path(folder), today, site_url)
            run_mkdocs(staged.config, fresh)
        finish(fresh)
    except (GeneratorError, BundleError) as error:
        shutil.rmtree(fresh, ignore_errors=True)
        raise BuildError(str(error)) from None
    _swap(fresh, target)


def _swap(fresh: Path, target: Path) -> None:
    old = target.with_name(target.name + ".oud")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
