"""Command line: `python -m inspiratiebox check|build|serve|import`.

Exit codes: 0 all is well, 1 the content has errors, 2 the command was used
wrongly. Messages are Dutch: municipal staff read them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from inspiratiebox.content.load import load_content

ROOT = Path(__file__).resolve().parent.parent


def _check(root: Path) -> int:
    content, problems = load_content(root / "content", root / "docs")
    for problem in problems:
        print(problem)
    from inspiratiebox.site import SHOWN_WARNINGS

    SHOWN_WARNINGS.update(str(p) for p in problems if p.warning)
    errors = [p for p in problems if not p.warning]
    warnings = len(problems) - len(errors)
    if errors or content is None:
        print(f"\n{len(errors)} fout(en) in content/. Verbeter ze en probeer opnieuw.", file=sys.stderr)
        return 1
    summary = f"De inhoud is in orde: {len(content.organisaties)} organisaties, "
    summary += f"{sum(1 for _ in content.vacatures())} vacatures, {len(content.voorbeelden)} praktijkvoorbeelden, "
    summary += f"{len(content.tips)} tips."
    if warnings:
        summary += f" {warnings} waarschuwing(en)."
    print(summary)
    return 0


def _build(root: Path, site_dir: Path | None = None) -> int:
    """Build into a fresh folder and swap it in only when the build succeeded,
    so a content error never leaves a half-built or empty site behind."""
    if _check(root):
        return 1
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    target = site_dir or root / "site"
    fresh = target.with_name(target.name + ".nieuw")
    shutil.rmtree(fresh, ignore_errors=True)
    cwd = os.getcwd()
    os.chdir(root)
    try:
        config = load_config(str(root / "mkdocs.yml"), site_dir=str(fresh), strict=True)
        build(config)
    except (Abort, MkDocsException, SystemExit) as error:
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"De site is niet gebouwd: {error}", file=sys.stderr)
        return 1
    finally:
        os.chdir(cwd)
    old = target.with_name(target.name + ".oud")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    print(f"De site staat klaar in {target}.")
    return 0


def _import(root: Path, file: Path | None, dry_run: bool) -> int:
    from inspiratiebox.kit.importer import UsageError, run

    if file is None:
        print("Geef het bestand mee: python -m inspiratiebox import vacatures.csv (of .xlsx).", file=sys.stderr)
        return 2
    try:
        return run(file, root, dry_run=dry_run)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2


def _serve(root: Path, host: str, port: int) -> int:
    from mkdocs.commands.serve import serve

    os.chdir(root)
    print(f"De site draait op http://{host}:{port}/ . Stoppen: Ctrl+C.")
    serve(str(root / "mkdocs.yml"), dev_addr=f"{host}:{port}", livereload=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m inspiratiebox", description="Inspiratiebox: inhoud controleren, site bouwen.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="controleer content/")
    build = sub.add_parser("build", help="bouw de site in site/")
    build.add_argument("--site-dir", type=Path)
    serve = sub.add_parser("serve", help="bouw en toon de site")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    importer = sub.add_parser("import", help="lees vacatures uit een .csv- of .xlsx-bestand in content/")
    importer.add_argument("file", nargs="?", type=Path)
    importer.add_argument("--proef", "--dry-run", dest="dry_run", action="store_true", help="alleen controleren, niets schrijven")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.command == "check":
        return _check(args.root)
    if args.command == "build":
        return _build(args.root, args.site_dir)
    if args.command == "import":
        return _import(args.root, args.file, args.dry_run)
    return _serve(args.root, args.host, args.port)
