"""SVG files that can be opened on the site's own address without running code.

An SVG is a document, not a picture: opened on its own it runs its scripts
and event handlers, and no page's security policy covers it (a static host
sends no headers). So every SVG in docs/ (the logo and favicon among them)
is read with expat and refused when it could run code or fetch from another
host. A DOCTYPE is refused outright: an SVG never needs one, and entities
are how an XML file grows to gigabytes.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass

from inspiratiebox.docs.html import CODE_SCHEMES

_RUNS_CODE = {"script", "handler", "listener"}
_EMBEDS = {"foreignobject", "iframe", "embed", "object", "audio", "video", "canvas"}
_ANIMATES = {"animate", "set", "animatemotion", "animatetransform", "animatecolor"}
_LINKING = {"href", "src"}
# A picture embedded in the file itself is not a reference to elsewhere.
_INLINE_PICTURE = re.compile(r"data:image/(png|jpeg|gif|webp);", re.I)
_OUTSIDE_IN_STYLE = re.compile(r"@import|url\(\s*(?![\s'\"]*#)", re.I)

WHAT_TO_DO = (
    "Sla het bestand opnieuw op als gewone SVG zonder scripts en koppelingen "
    "(in Inkscape: 'Opslaan als' en kies 'Geoptimaliseerde SVG'), of gebruik een PNG."
)


@dataclass(frozen=True)
class Finding:
    line: int
    column: int
    message: str


def problems(data: bytes) -> list[Finding]:
    """What makes this SVG unsafe to publish, each with its place; [] when safe."""
    scan = _Scan()
    try:
        scan.parser.Parse(data, True)
    except _Stop:
        pass
    except xml.parsers.expat.ExpatError as error:
        scan.found.append(Finding(error.lineno, error.offset + 1, (
            f"Dit SVG-bestand is geen geldige XML ({xml.parsers.expat.errors.messages.get(error.code, 'fout')}). "
            f"{WHAT_TO_DO}"
        )))
    return scan.found


class _Stop(Exception):
    """A DOCTYPE: stop reading before any entity is expanded."""


def _local(name: str) -> str:
    """`svg:script` and `xlink:href` by their local name, lower case."""
    return name.rpartition(":")[2].lower()


class _Scan:
    def __init__(self) -> None:
        self.found: list[Finding] = []
        self.parser = xml.parsers.expat.ParserCreate()
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.StartElementHandler = self._element
        self.parser.ProcessingInstructionHandler = self._instruction
        self.parser.CharacterDataHandler = self._text
        self._in_style = False
        self.parser.EndElementHandler = self._end

    def _say(self, message: str) -> None:
        line, column = self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber + 1
        self.found.append(Finding(line, column, f"{message} {WHAT_TO_DO}"))

    def _doctype(self, *_args) -> None:
        self._say("Dit SVG-bestand heeft een <!DOCTYPE>. Dat heeft een logo niet nodig, en het kan het bestand onveilig maken.")
        raise _Stop

    def _instruction(self, target: str, _data: str) -> None:
        self._say(f"Dit SVG-bestand bevat een verwerkingsinstructie <?{target}?>, die een ander bestand kan laden.")

    def _element(self, name: str, attributes: dict[str, str]) -> None:
        tag = _local(name)
        if tag in _RUNS_CODE:
            self._say(f"Dit SVG-bestand bevat een script (<{name}>). Wie het bestand opent, voert dat script uit op jouw site.")
        elif tag in _EMBEDS:
            self._say(f"Dit SVG-bestand bevat <{name}>: dat kan een andere pagina of code in het logo halen.")
        self._in_style = tag == "style"
        for attribute, value in attributes.items():
            self._attribute(tag, attribute, value)

    def _attribute(self, tag: str, attribute: str, value: str) -> None:
        local = _local(attribute)
        if local.startswith("on"):
            self._say(f"Dit SVG-bestand bevat het attribuut {attribute}, dat code uitvoert.")
        elif CODE_SCHEMES.match(value) and not _INLINE_PICTURE.match(value.strip()):
            self._say(f"Dit SVG-bestand bevat in {attribute} een adres dat code kan uitvoeren ({value.strip()[:40]}).")
        elif local in _LINKING and not value.startswith("#") and not _INLINE_PICTURE.match(value):
            self._say(f"Dit SVG-bestand verwijst naar iets buiten het bestand ({attribute}=\"{value[:60]}\").")
        elif tag in _ANIMATES and local == "attributename" and (_local(value) in _LINKING or value.lower().startswith("on")):
            self._say(f"Dit SVG-bestand verandert met <{tag}> het attribuut {value}: zo kan het toch een script of link krijgen.")
        elif local == "style" and _OUTSIDE_IN_STYLE.search(value):
            self._say("Dit SVG-bestand haalt in een style-attribuut iets van elders (url() of @import).")

    def _text(self, data: str) -> None:
        if self._in_style and _OUTSIDE_IN_STYLE.search(data):
            self._say("Dit SVG-bestand haalt in <style> iets van elders (url() of @import).")

    def _end(self, _name: str) -> None:
        self._in_style = False
