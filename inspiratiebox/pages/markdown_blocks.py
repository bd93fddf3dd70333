"""Python-Markdown's block tests without their quadratic corner.

A block is a run of lines without an empty line between them. When a
processor takes the first lines of a block (a heading, a rule, a link
definition), the rest comes back as a new block and every processor tests it
again. The tests for a heading, a rule and a quote search the whole block,
so a block of thousands of short lines cost a search per line over all the
lines after it. Here each search is remembered, and the rest of a block is
answered from the search over the whole: only where the block was cut after
the first match is there anything to search again.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import util
from markdown.blockprocessors import BlockQuoteProcessor, HashHeaderProcessor, HRProcessor, SetextHeaderProcessor

MAX_DEPTH = 20  # lists and quotes inside each other; Python-Markdown recurses per level
_UNKNOWN = -1
_REMEMBERED = 8  # blocks; a cut parses the lines before it first, as blocks of their own


class FirstMatch:
    """Where a pattern anchored at line starts first matches in a block."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.seen: list[tuple[str, int | None]] = []  # (block, start of its first match)

    def search(self, block: str) -> re.Match | None:
        start = self._known(block)
        if start is None:
            return None
        found = self.pattern.search(block, 0 if start == _UNKNOWN else start)
        if start == _UNKNOWN:
            self.seen = [*self.seen[1 - _REMEMBERED:], (block, found.start() if found else None)]
        return found

    def _known(self, block: str) -> int | None:
        """The start of the first match in `block` if a remembered block
        ends with it from the start of a line, None for no match, else
        _UNKNOWN. A line-anchored pattern matches in the rest of a block
        exactly where it matches in the block."""
        for seen, start in reversed(self.seen):
            offset = len(seen) - len(block)
            if offset < 0 or offset and seen[offset - 1] != "\n" or not seen.endswith(block):
                continue
            if start is None:
                return None
            if start >= offset:
                return start - offset
        return _UNKNOWN


class _HashHeaders(HashHeaderProcessor):
    def __init__(self, parser) -> None:
        super().__init__(parser)
        self.first = FirstMatch(self.RE)

    def test(self, parent, block: str) -> bool:
        return bool(self.first.search(block))


class _Rules(HRProcessor):
    def __init__(self, parser) -> None:
        super().__init__(parser)
        self.first = FirstMatch(self.SEARCH_RE)

    def test(self, parent, block: str) -> bool:
        found = self.first.search(block)
        if found:
            self.match = found  # what run() cuts at, as in the original
        return bool(found)


class _Quotes(BlockQuoteProcessor):
    def __init__(self, parser) -> None:
        super().__init__(parser)
        self.first = FirstMatch(self.RE)

    def test(self, parent, block: str) -> bool:
        return shallow(self.parser) and bool(self.first.search(block)) and not util.nearing_recursion_limit()


def shallow(parser) -> bool:
    """Whether another list or quote may open inside the current one. Each
    level tests the whole rest of its line again, and deeper than MAX_DEPTH
    no text means anything; the rest stays text."""
    return len(parser.state) < MAX_DEPTH


def _bounded_list(base: type) -> type:
    def test(self, parent, block: str) -> bool:
        return shallow(self.parser) and base.test(self, parent, block)

    return type(f"Shallow{base.__name__}", (base,), {"test": test})


class _SetextHeaders(SetextHeaderProcessor):
    def run(self, parent, blocks: list[str]) -> None:
        """The original's heading, splitting off only the two lines it uses:
        it split the whole block, quadratic on thousands of headings."""
        title, underline, *rest = blocks.pop(0).split("\n", 2)
        heading = etree.SubElement(parent, "h1" if underline.startswith("=") else "h2")
        heading.text = title.strip()
        if rest:
            blocks.insert(0, rest[0])


def register(parser) -> None:
    """Put the bounded processors in place of the originals, same names and priorities."""
    parser.blockprocessors.register(_HashHeaders(parser), "hashheader", 70)
    parser.blockprocessors.register(_SetextHeaders(parser), "setextheader", 60)
    parser.blockprocessors.register(_Rules(parser), "hr", 50)
    parser.blockprocessors.register(_Quotes(parser), "quote", 20)
    for name, priority in (("olist", 40), ("ulist", 30)):  # as sane_lists left them
        parser.blockprocessors.register(_bounded_list(type(parser.blockprocessors[name]))(parser), name, priority)
