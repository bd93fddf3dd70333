"""A minimal valid content tree per test, to break one thing at a time."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from inspiratiebox.content.load import load_content

TODAY = dt.date(2026, 11, 23)

GEMEENTE = """\
naam: Gemeente Test
regio: BE
logo: assets/logo.svg
kleur: "#1d5a8e"
deelgemeenten: [Centrum, Noord]
loket:
  naam: Vrijwilligersloket
  adres: Marktplein 1, 9999 Test
  openingsuren:
    - "maandag: 9.00 tot 12.00 uur"
  telefoon: "09 123 45 67"
  email: loket@voorbeeld.be
toegankelijkheid:
  datum: 2026-11-01
  status: volledig
"""

WIJZER = """\
vragen:
  - id: motieven
    vraag: Waarom wil je vrijwilligerswerk doen?
  - id: momenten
    vraag: Wanneer heb je tijd?
gewichten:
  motieven: 3
  interesses: 3
  taken: 2
  momenten: 2
  tijd: 1
  plaats: 2
  setting: 1
  nederlands_oefenen: 2
  toegankelijkheid: 3
  begeleiding: 2
soorten:
  - id: buurthulp
    naam: Buurthulp
    uitleg: Je helpt mensen in je buurt.
    voorbeelden: ["boodschappen doen"]
"""

TIPS = """\
tips:
  - tekst: Maak het loket makkelijk te vinden.
    thema: loket
    zie: leidraden/matchen
  - tekst: Leer van anderen.
    thema: matching
    zie: voorbeelden/een-voorbeeld
"""

# Line numbers matter to the tests: `id:` of the vacancy is on line 12.
ORGANISATIE = """\
naam: Buurthuis Test
beschrijving: Een buurthuis.
deelgemeente: Noord
contact:
  naam: Onthaal
  telefoon: "09 222 33 44"
  email: buurthuis@voorbeeld.be
draagkracht:
  maximum: 2
  nu: 1
vacatures:
  - id: onthaal
    titel: Onthaal
    samenvatting: Je schenkt koffie.
    sectoren: [buurt]
    taken: [met_mensen]
    momenten: [di_ochtend]
    uren: 2_tot_4
    setting: [kleine_groep]
    nederlands: basis
    begeleiding: 1
    motieven: [sociaal]
    plaatsen: 2
    geldig_tot: 2027-06-30
    laatst_nagekeken: 2026-10-15
"""

VOORBEELD = """\
titel: Een voorbeeld
plaats: Gent
land: BE
themas: [matching]
doelgroepen: [alle]
samenvatting: Een korte samenvatting.
wat: Wat er gebeurt.
wie: Wie meedoet.
hoe: Hoe het gaat.
leerpunten: ["Begin klein."]
bron:
  titel: Een bron
"""

FILES = {
    "content/gemeente.yml": GEMEENTE,
    "content/wijzer.yml": WIJZER,
    "content/tips.yml": TIPS,
    "content/organisaties/buurthuis.yml": ORGANISATIE,
    "content/voorbeelden/een-voorbeeld.yml": VOORBEELD,
    "docs/leidraden/matchen.md": "# Matchen\n",
    "docs/assets/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>\n",
}


CURSOR = "‸"  # in a marker: the position is here, not at its start


class Tree:
    """A content tree in a temporary repository root."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.files = dict(FILES)
        for name, text in FILES.items():
            self.write(name, text)

    def write(self, name: str, text: str | bytes) -> Path:
        path = self.base / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def replace(self, name: str, old: str, new: str) -> None:
        path = self.base / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def position_of(self, name: str, marker: str, occurrence: int | None = None) -> tuple[int, int]:
        """(line, column), 1-based like a Problem, of `marker` in the file as it
        is now: at the marker's first character, or at CURSOR inside it. A test
        names the text a message is about, so a line added to a fixture moves
        the expected position along. A marker that occurs more than once needs
        its `occurrence`, so a test never points at the wrong one by chance."""
        text = (self.base / name).read_text(encoding="utf-8")
        before, cursor, after = marker.partition(CURSOR)
        plain = before + after if cursor else marker
        count = text.count(plain)
        assert count == 1 if occurrence is None else count >= occurrence, f"{plain!r} occurs {count} times in {name}"
        offset = -1
        for _ in range(occurrence or 1):
            offset = text.index(plain, offset + 1)
        offset += len(before) if cursor else 0
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

    def load(self, docs: bool = True):
        return load_content(self.base / "content", self.base / "docs" if docs else None, today=TODAY)

    def problems(self, docs: bool = True):
        return self.load(docs)[1]

    def errors(self):
        return [p for p in self.problems() if not p.warning]

    def one_error(self):
        """The single error, so a test proves nothing else was reported."""
        errors = self.errors()
        assert len(errors) == 1, "\n".join(map(str, errors))
        return errors[0]


@pytest.fixture
def tree(tmp_path) -> Tree:
    return Tree(tmp_path)
