"""Python-Markdown without its quadratic corners, for Markdown from content.

Python-Markdown scans forward from every `[` for its `]`, from every `](`
for the closing `)`, from every run of backticks for a run as long, and, in
its raw-HTML pass (the standard library's HTMLParser), from every `<x` for
the end of the tag. On ordinary text each scan is short. On text with
thousands of unclosed `[`, backticks or `<x`, every scan runs to the end of
the paragraph: one field of 20,000 characters took a minute. Here each scan
stops where no link or tag in content reaches (brackets nested deeper than
MAX_NESTING, link text or an address longer than MAX_LINK characters, a
start tag longer than MAX_TAG), or jumps at the speed of a substring search.
Links, code and tags within those bounds are read as before; beyond them the
text stays text, and nh3 still cleans whatever comes out. The block-level
corners are in `markdown_blocks`.
"""

from __future__ import annotations

import re

from markdown import inlinepatterns as ip
from markdown.blockprocessors import ReferenceProcessor
from markdown.extensions import Extension
from markdown.htmlparser import HTMLExtractor, htmlparser, inner_blank_line_re
from markdown.preprocessors import HtmlBlockPreprocessor

from inspiratiebox.pages import markdown_blocks

MAX_NESTING = 5  # [a [b] c](x) is 2 deep; nobody nests brackets further
MAX_LINK = 2000  # characters of link text, and of an address with its title
MAX_TAG = 500  # characters of one raw HTML start tag, attributes included

_BRACKETS = re.compile(r"[\[\]]")
_PARENS = re.compile(r"[()]")
_TICKS = re.compile(r"`+")


def closing(pattern: re.Pattern, data: str, index: int, depth: int) -> int | None:
    """Where the bracket opened before `index` (or at it, depth 0) closes,
    as the index after the closing bracket; None when it does not close
    within MAX_LINK characters or nests deeper than MAX_NESTING. Jumps from
    bracket to bracket, so plain text costs no Python loop."""
    for found in pattern.finditer(data, index, index + MAX_LINK):
        depth += 1 if found.group() in "[(" else -1
        if depth == 0:
            return found.end()
        if depth > MAX_NESTING:
            return None
    return None


class _BoundedLinks:
    """getText and getLink for every link and image processor."""

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: N802 - Python-Markdown's name
        end = closing(_BRACKETS, data, index, 1)
        if end is None:
            return "", index, False
        return data[index:end - 1], end, True

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        """Python-Markdown's own reading of `(address "title")`, given only
        the text up to the `)` that balances the `(`: its scan cannot run
        past that, and an `<address>` is read by its regular expression."""
        match = self.RE_LINK.match(data, index)
        if match and match.group(1):
            return super().getLink(data, index)
        end = closing(_PARENS, data, index, 0) if data.startswith("(", index) else None
        if end is None:
            return "", None, index, False
        href, title, stop, handled = super().getLink(data[index:end], 0)
        return href, title, index + stop, handled


def _bounded(base: type) -> type:
    return type(f"Bounded{base.__name__}", (_BoundedLinks, base), {})


# (name, priority, class, pattern) as Python-Markdown registers them
_LINK_PROCESSORS = (
    ("reference", 170, ip.ReferenceInlineProcessor, ip.REFERENCE_RE),
    ("link", 160, ip.LinkInlineProcessor, ip.LINK_RE),
    ("image_link", 150, ip.ImageInlineProcessor, ip.IMAGE_LINK_RE),
    ("image_reference", 140, ip.ImageReferenceInlineProcessor, ip.IMAGE_REFERENCE_RE),
    ("short_reference", 130, ip.ShortReferenceInlineProcessor, ip.REFERENCE_RE),
    ("short_image_ref", 125, ip.ShortImageReferenceInlineProcessor, ip.IMAGE_REFERENCE_RE),
)


class _BoundedBackticks(ip.BacktickInlineProcessor):
    """The original looks for the run of backticks that closes a code span
    with a Python loop to the end of the text, again for every opening run
    that finds none. Here a regular expression looks, and a search that
    found none is remembered for the rest of that text."""

    def __init__(self, pattern: str) -> None:
        super().__init__(pattern)
        self._text: str | None = None
        self._none_after: dict[int, int] = {}  # ticks -> no run that long starts after this index

    def find_code_spans(self, start: int, text: str) -> tuple[int, int | None]:
        """The original's answer: the next run exactly as long closes the
        code; failing that, when no run is as long or longer, the first of
        the longest shorter runs does."""
        ticks = _TICKS.match(text, start).end() - start
        opened = start + ticks
        if text is not self._text:
            self._text, self._none_after = text, {}
        if opened < self._none_after.get(ticks, len(text) + 1):
            run = re.compile(f"[^`]`{{{ticks}}}(?!`)").search(text, opened)
            if run:
                return opened, run.start() + 1
            self._none_after[ticks] = opened
        if ticks == 1 or text.find("`" * ticks, opened) >= 0:
            return opened + ticks, None
        low, high = 0, ticks - 1  # the longest run after `opened` is low..high long
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if text.find("`" * middle, opened) >= 0 else (low, middle - 1)
        if low == 0:
            return opened + ticks, None
        return opened - (ticks - low), text.find("`" * low, opened)


class _BoundedDelimiters(ip.DelimiterProcessor):
    def search(self, data: str, start: int) -> re.Match | None:
        """The original's next emphasis delimiter, without trying every
        character of a run of * or _: inside a run only a plain opening *
        can match, and it matches at every position of the run or at none,
        so after the first position inside it the rest of the run is skipped.
        The original also stepped through every character in Python."""
        tokens = re.compile("[" + re.escape("".join(self.delimiters)) + "]")
        found = tokens.search(data, start)
        while found:
            i = found.start()
            delimiter = self.delimiters[data[i]]
            for at in (i, i + 1) if data.startswith(data[i], i + 1) else (i,):
                match = delimiter.boundary.match(data, at)
                if match is not None and (delimiter.stack or match.lastgroup[0] != "e"):
                    return match
            found = tokens.search(data, _run_end(data, i))
        return None


def _run_end(data: str, i: int) -> int:
    """The index after the run of the character at `i`."""
    return re.compile(re.escape(data[i]) + "+").match(data, i).end()


class _BoundedReferences(ReferenceProcessor):
    """A link definition's address is read up to the first space, as in
    CommonMark: Python-Markdown's expression gives the address back one
    character at a time to look for a title in it, quadratic on a long line."""

    RE = re.compile(ReferenceProcessor.RE.pattern.replace(r"([^\s]+)", r"([^\s]++)"), re.MULTILINE)


class _BoundedExtractor(HTMLExtractor):
    def check_for_whole_start_tag(self, i: int) -> int:
        """-1 (not a tag, so text) for a start tag that does not end within
        MAX_TAG characters: the standard library matches each `<x` to the
        end of the text when no `>` follows."""
        end = min(i + MAX_TAG, len(self.rawdata))
        if self.rawdata.find(">", i, end) < 0:
            return -1  # no tag ends here; found at the speed of a substring search
        if htmlparser.locatestarttagend_tolerant.match(self.rawdata, i, end).end() >= end:
            return -1
        return super().check_for_whole_start_tag(i)

    def inline_close_follows(self, text: str) -> bool:
        """The original's answer with one search for all open inline tags,
        not one search per tag left open: after thousands of unclosed <b>,
        each comment cost thousands of searches through the paragraph."""
        if not self.inline_stack:
            return False
        rest = inner_blank_line_re.split(self.rawdata[self.line_offset + self.offset + len(text):], 1)[0]
        tags = "|".join(re.escape(tag) for tag in sorted(set(self.inline_stack)))
        return re.search(rf"</\s*(?:{tags})\s*>", rest, re.I) is not None


class _BoundedHtmlBlocks(HtmlBlockPreprocessor):
    def run(self, lines: list[str]) -> list[str]:
        parser = _BoundedExtractor(self.md)
        parser.feed("\n".join(lines))
        parser.close()
        return "".join(parser.cleandoc).split("\n")


class BoundedScans(Extension):
    """Replaces the processors that scan too far by bounded ones, under the
    names and priorities of the originals."""

    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        for name, priority, base, pattern in _LINK_PROCESSORS:
            md.inlinePatterns.register(_bounded(base)(pattern, md), name, priority)
        md.inlinePatterns.register(_BoundedBackticks(ip.BACKTICK_RE), "backtick", 190)
        md.preprocessors.register(_BoundedHtmlBlocks(md), "html_block", 20)
        # Python-Markdown's own emphasis: * plain, _ smart (not inside words)
        md.inlinePatterns.register(_BoundedDelimiters("*", "strong,em", md), "em_strong", 60)
        md.delimiters.add("_", "strong,em", smart=True)
        md.parser.blockprocessors.register(_BoundedReferences(md.parser), "reference", 15)
        markdown_blocks.register(md.parser)
