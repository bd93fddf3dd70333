"""Command line: `python -m inspiratiebox check|build|serve|import`.

Exit codes: 0 all is well, 1 the content has errors, 2 the command was used
wrongly. Messages are Dutch: municipal staff read them. This is the only
module that reads the clock and the environment; everything below it is
given the date and the site's address.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from inspiratiebox.content.load import load_content

ROOT = Path(__file__).resolve().parent.parent
SITE_URL_VARIABLE = "SITE_URL"  # set by the CI files: the site's public address


def _check(root: Path, today: dt.date):
    """Print every problem; return the content, or None when it has errors."""
    content, problems = load_content(root / "content", root / "docs", today=today)
    problems += _docs_problems(root, content, problems, today)
    for problem in problems:
        print(problem)
    errors = [p for p in problems if not p.warning]
    if errors or content is None:
        print(f"\n{len(errors)} fout(en) in content/ of docs/. Verbeter ze en probeer opnieuw.", file=sys.stderr)
        return None
    summary = f"De inhoud is in orde: {len(content.organisaties)} organisaties, "
    summary += f"{sum(1 for _ in content.vacatures())} vacatures, {len(content.voorbeelden)} praktijkvoorbeelden, "
    summary += f"{len(content.tips)} tips."
    warnings = len(problems) - len(errors)
    if warnings:
        summary += f" {warnings} waarschuwing(en)."
    print(summary)
    return content


def _docs_problems(root: Path, content, problems, today: dt.date):
    """docs/ is checked like content/; its links only when the content is
    sound, since they may point at pages made from it."""
    from inspiratiebox import docs, site

    sound = content is not None and not any(not p.warning for p in problems)
    return docs.check(root, site.planned_files(root, content, today) if sound else None)


def _build(root: Path, today: dt.date, site_dir: Path | None = None) -> int:
    from inspiratiebox import site
    from inspiratiebox.pages.identity import site_url

    content = _check(root, today)
    if content is None:
        return 1
    target = site_dir or root / "site"
    try:
        site.build(root, content, target, today, site_url(os.environ.get(SITE_URL_VARIABLE)))
    except site.BuildError as error:
        print(f"De site is niet gebouwd: {error}", file=sys.stderr)
        return 1
    print(f"De site staat klaar in {target}.")
    return 0


def _stage(root: Path, today: dt.date, folder: Path) -> int:
    """Only the content step: a folder any generator that reads mkdocs.yml
    can build (`mkdocs build -f MAP/mkdocs.yml`, `zensical build -f ...`)."""
    from inspiratiebox import site
    from inspiratiebox.pages.identity import site_url

    if folder.exists() and any(folder.iterdir()):
        print(f"De map {folder} is niet leeg. Kies een nieuwe map.", file=sys.stderr)
        return 2
    content = _check(root, today)
    if content is None:
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    staged = site.stage(root, content, folder, today, site_url(os.environ.get(SITE_URL_VARIABLE)))
    print(f"De bronmap staat klaar in {folder}. Bouwen: mkdocs build -f {staged.config}")
    return 0


def _import(root: Path, file: Path | None, dry_run: bool, today: dt.date) -> int:
    from inspiratiebox.kit.importer import UsageError, run

    if file is None:
        print("Geef het bestand mee: python -m inspiratiebox import vacatures.csv (of .xlsx).", file=sys.stderr)
        return 2
    try:
        return run(file, root, today=today, dry_run=dry_run)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2


def _serve(root: Path, today: dt.date, host: str, port: int) -> int:
    from inspiratiebox.site.server import serve_forever

    if _build(root, today):
        return 1
    print(f"De site draait op http://{host}:{port}/ . Stoppen: Ctrl+C.")
    print("Iets aangepast in content/ of docs/? Stop met Ctrl+C en voer make serve opnieuw uit.")
    serve_forever(root / "site", host, port)
    return 0


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is geen datum in de vorm JJJJ-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m inspiratiebox", description="Inspiratiebox: inhoud controleren, site bouwen.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="controleer content/")
    build = sub.add_parser("build", help="bouw de site in site/")
    build.add_argument("--site-dir", type=Path)
    serve = sub.add_parser("serve", help="bouw de site en toon ze")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    stage = sub.add_parser("stage", help="schrijf alleen de bronmap met alle pagina's, voor een andere sitegenerator")
    stage.add_argument("folder", type=Path)
    importer = sub.add_parser("import", help="lees vacatures uit een .csv- of .xlsx-bestand in content/")
    importer.add_argument("file", nargs="?", type=Path)
    importer.add_argument("--proef", "--dry-run", dest="dry_run", action="store_true", help="alleen controleren, niets schrijven")
    for command in (sub.choices["check"], build, serve, stage):
        command.add_argument("--datum", type=_date, help="controleer en bouw alsof het vandaag deze dag is (JJJJ-MM-DD)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    today = getattr(args, "datum", None) or dt.date.today()
    if args.command == "check":
        return 0 if _check(args.root, today) is not None else 1
    if args.command == "build":
        return _build(args.root, today, args.site_dir)
    if args.command == "stage":
        return _stage(args.root, today, args.folder)
    if args.command == "import":
        return _import(args.root, args.file, args.dry_run, today)
    return _serve(args.root, today, args.host, args.port)
