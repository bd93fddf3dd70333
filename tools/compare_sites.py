"""Compare two built sites: the same pages, with the same main content.

Used to show that a change of the build's layout changed no page a visitor
reads. Two site folders in; every HTML page that is only in one, and every
page whose main content (its outer <article>) differs, out, with the first
differing lines; exit 1 when anything differs.

    .venv/bin/python -m tools.compare_sites site-before/ site/
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from inspiratiebox.site.finish import page_content


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): page_content(p.read_text(encoding="utf-8")) for p in sorted(site.rglob("*.html"))}


def differences(before: Path, after: Path) -> list[str]:
    old, new = pages(before), pages(after)
    found = [f"alleen in {before}: {name}" for name in sorted(old.keys() - new.keys())]
    found += [f"alleen in {after}: {name}" for name in sorted(new.keys() - old.keys())]
    for name in sorted(old.keys() & new.keys()):
        if old[name] != new[name]:
            diff = difflib.unified_diff(_lines(old[name]), _lines(new[name]), lineterm="", n=0)
            found.append(f"andere inhoud: {name}\n" + "\n".join(list(diff)[2:8]))
    return found


def _lines(html: str) -> list[str]:
    return html.replace("><", ">\n<").splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.compare_sites", description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    found = differences(args.before, args.after)
    for line in found:
        print(line)
    print(f"{len(pages(args.after))} pagina's vergeleken, {len(found)} verschil(len).")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
