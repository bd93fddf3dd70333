"""Safe HTML from untrusted text: escaping, URL checks, sanitised Markdown.

Content is typed by municipal staff and may be imported from spreadsheets, so
every text is treated as hostile: MkDocs' templates do not autoescape and
Python-Markdown passes raw HTML through. Plain text is escaped, Markdown is
rendered and then cleaned by nh3 (an allow-list sanitiser), and a URL is only
emitted when its scheme is known to be harmless. Generic on purpose: the
widget's form renderer uses the same helpers.
"""

from __future__ import annotations

import html as _html
import posixpath
import re
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown as _markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from inspiratiebox.pages.markdown_bounds import BoundedScans

# C0 controls (minus tab and newline) and DEL: never meaningful in content,
# and \x02/\x03 would collide with Python-Markdown's internal placeholders.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_EMAIL = re.compile(r"^[^@\s<>\"'`;,()\[\]\\]+@[^@\s<>\"'`;,()\[\]\\]+\.[^@\s<>\"'`;,()\[\]\\]+$")
# Python-Markdown's backslash-escapable characters (its ESCAPED_CHARS),
# including attr_list's braces: a heading ending in "{: onclick=...}" would
# otherwise set attributes. "<" and ">" are left to HTML escaping.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")

# What Markdown from content may become. No images, iframes or styles: they
# could load from another host or restyle the page. Headings start at h3
# because the field sits under the page's own h1 and h2.
ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "code", "em", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "strong", "sub", "sup", "ul",
})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def text(value) -> str:
    """Escape any value for HTML text or a quoted attribute; None is empty.

    Whitespace runs stay as they are; control characters go.
    """
    if value is None or value is False:
        return ""
    return _html.escape(_CONTROL.sub("", str(value)), quote=True)


def one_line(value) -> str:
    """Collapse whitespace, so a value cannot start a new Markdown block."""
    if value is None:
        return ""
    return " ".join(_CONTROL.sub("", str(value)).split())


def markdown_text(value) -> str:
    """Escape a value for a Markdown inline context, such as a `# ` heading.

    Backslash escapes stop Markdown syntax (links, emphasis, attr_list), HTML
    escaping stops tags; both are needed, in this order.
    """
    return _html.escape(_MD_SPECIAL.sub(r"\\\1", one_line(value)), quote=False)


def url_scheme(url: str) -> str | None:
    """The scheme of an absolute URL, lower-case; None for a relative one."""
    match = _SCHEME.match(url.strip())
    return match.group(1).lower() if match else None


def is_external(url: str) -> bool:
    """True if following the URL opens another site: http(s) or `//host`."""
    stripped = url.strip().replace("\\", "/")
    return url_scheme(stripped) in ("http", "https") or stripped.startswith("//")


def safe_url(value, schemes=("http", "https")) -> str | None:
    """The URL if it is absolute with an allowed scheme and a host, else None.

    Used for links typed in content (website, appointment, source): anything
    else (javascript:, data:, relative paths, garbage) is left out entirely.
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or _CONTROL.search(url) or any(c.isspace() for c in url):
        return None
    scheme = url_scheme(url)
    if scheme not in schemes:
        return None
    if scheme in ("http", "https"):
        try:
            netloc = urlsplit(url).netloc
        except ValueError:
            return None
        # No empty host, and no "user@" that makes one host look like another.
        if not netloc or "@" in netloc or "\\" in url or not url[len(scheme):].startswith("://"):
            return None
    return url


def email_href(value) -> str | None:
    """A mailto: URL for a plausible e-mail address, else None."""
    if not isinstance(value, str) or not _EMAIL.match(value.strip()):
        return None
    return "mailto:" + value.strip()


def tel_href(value) -> str | None:
    """A tel: URL built from the digits of a phone number, else None."""
    if not isinstance(value, (str, int)):
        return None
    raw = str(value).strip()
    digits = re.sub(r"[^0-9]", "", raw)
    if len(digits) < 3:
        return None
    return "tel:" + ("+" if raw.startswith("+") else "") + digits


def link(href: str | None, label, *, external: bool | None = None) -> str:
    """An <a> element, or just the escaped label when there is no safe href.

    External links get rel="noopener" so the other site cannot reach back.
    """
    if not href:
        return text(label)
    if external is None:
        external = is_external(href)
    rel = ' rel="noopener"' if external else ""
    return f'<a href="{text(href)}"{rel}>{text(label)}</a>'


class _DemoteHeadings(Treeprocessor):
    """h1 -> h3, h2 -> h4, ...: content sits below the page's own headings."""

    def run(self, root):
        for element in root.iter():
            if re.fullmatch(r"h[1-6]", str(element.tag)):
                element.tag = f"h{min(6, int(element.tag[1]) + 2)}"
        return root


class _Demote(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(_DemoteHeadings(md), "ib_demote", 1)


class _LinkPass(HTMLParser):
    """Re-serialise nh3's output, adding rel="noopener" to external links and
    letting the caller rewrite relative hrefs (e.g. `../x.md` to a page URL)."""

    def __init__(self, rewrite: Callable[[str], str] | None):
        super().__init__(convert_charrefs=True)
        self.rewrite = rewrite
        self.out: list[str] = []

    def _attrs(self, tag, attrs):
        attrs = [(k, v or "") for k, v in attrs if k != "rel"]
        if tag == "a":
            href = next((v for k, v in attrs if k == "href"), None)
            if href is not None and is_external(href):
                attrs.append(("rel", "noopener"))
            elif href is not None and self.rewrite and url_scheme(href) is None:
                attrs = [(k, self.rewrite(v) if k == "href" else v) for k, v in attrs]
        return "".join(f' {k}="{text(v)}"' for k, v in attrs)

    def handle_starttag(self, tag, attrs):
        self.out.append(f"<{tag}{self._attrs(tag, attrs)}>")

    def handle_startendtag(self, tag, attrs):
        self.out.append(f"<{tag}{self._attrs(tag, attrs)}>")

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(_html.escape(data, quote=False))


def sanitize(html: str, rewrite_href: Callable[[str], str] | None = None) -> str:
    """Clean an HTML fragment down to ALLOWED_TAGS and safe link schemes."""
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={"script", "style"},
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )
    parser = _LinkPass(rewrite_href)
    parser.feed(cleaned)
    parser.close()
    return "".join(parser.out)


def render_markdown(value, rewrite_href: Callable[[str], str] | None = None) -> str:
    """Markdown from content as sanitised HTML; empty or non-text gives "".

    Python-Markdown recurses once per nested list or quote, so `- - - ...`
    a few hundred deep exhausts the stack: such text is shown as plain
    paragraphs instead of stopping the build.
    """
    if value is None or value is False:
        return ""
    source = _CONTROL.sub("", str(value))
    try:
        rendered = _markdown.markdown(source, extensions=["sane_lists", _Demote(), BoundedScans()], output_format="html")
    except RecursionError:
        rendered = "".join(f"<p>{text(part.strip())}</p>" for part in source.split("\n\n") if part.strip())
    return sanitize(rendered, rewrite_href)


def relative_url(from_src: str, to_src: str, *, directory_urls: bool = True) -> str:
    """The link from one MkDocs page to another, both given as src paths.

    Raw HTML in Markdown is not rewritten by MkDocs, so generated HTML blocks
    compute their links the way MkDocs would lay out the site.
    """
    def url(src: str) -> str:
        path, _, anchor = src.partition("#")
        base = path[:-3] if path.endswith(".md") else path
        if directory_urls:
            if base == "index" or base.endswith("/index"):
                base = base[: -len("index")]
            elif base:
                base += "/"
        elif base:
            base += ".html"
        return base, anchor

    (from_url, _), (to_url, anchor) = url(from_src), url(to_src)
    from_dir = posixpath.dirname(from_url) if not from_url.endswith("/") else from_url.rstrip("/")
    rel = posixpath.relpath(to_url or ".", from_dir or ".")
    if to_url.endswith("/") and rel != "." and not rel.endswith("/"):
        rel += "/"
    if rel == ".":
        rel = "./"
    return rel + (f"#{anchor}" if anchor else "")
