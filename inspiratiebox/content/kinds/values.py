"""Kinds with a value of their own type: getal, janee, datum, keuze."""

from __future__ import annotations

import datetime as dt
import re

from inspiratiebox.content import amounts, explain
from inspiratiebox.content.kinds import words
from inspiratiebox.content.kinds.base import INVALID, Kind
from inspiratiebox.content.yamlnodes import resolved_type, yaml_value

DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


class Getal(Kind):
    name = "getal"
    max_length = 40  # with room for a sign and spaces; the digits have their own limit

    def too_long(self, f, value: str, limit: int) -> str:
        return f"Bij '{f.name}' hoort een geheel getal. {self._why_not(None, value, 'str')} {self.expected(f)}"

    def check(self, checker, node, f):
        node = checker.scalar(node, f, "een getal")
        if node is None:
            return INVALID
        raw = node.value.strip()
        kind = resolved_type(node)
        number = words.integer(raw)
        if number is None:
            checker.error(node, f"Bij '{f.name}' hoort een geheel getal. {self._why_not(node, raw, kind)} {self.expected(f)}")
            return INVALID
        if kind == "int" and re.fullmatch(r"[-+]?0[0-9]+", raw):
            checker.error(node, (
                f"Een getal met een 0 vooraan leest YAML als octaal getal ({raw} wordt "
                f"{yaml_value(node)}). Schrijf het zonder 0 vooraan: {f.name}: {number}"
            ))
            return INVALID
        if f.minimum is not None and number < f.minimum or f.maximum is not None and number > f.maximum:
            checker.error(node, f"{number} kan niet bij '{f.name}'. {self.expected(f)}")
            return INVALID
        return number

    @staticmethod
    def _why_not(node, raw: str, kind: str) -> str:
        if kind == "int" and ":" in raw:
            return f"YAML leest {raw} als {yaml_value(node)} (een tijd in zestigtallen)."
        if kind == "bool":
            return f"YAML leest {raw} als een ja/nee-waarde."
        if re.fullmatch(r"[-+]?[0-9]+[.,][0-9]*", raw):
            return "Een getal met een komma kan hier niet."
        if re.fullmatch(r"[-+]?[0-9]+", raw):
            return f"Een getal van {len(raw.lstrip('+-'))} cijfers is te lang: hoogstens {words.MAX_DIGITS} cijfers."
        if len(raw) > 40:
            return f"Hier staan {amounts.number(len(raw))} tekens, en geen getal."
        return f"'{raw}' is geen getal."

    def expected(self, f) -> str:
        bounds = ""
        if f.minimum is not None and f.maximum is not None:
            bounds = f" van {f.minimum} tot en met {f.maximum}"
        elif f.minimum is not None:
            bounds = f" van minstens {f.minimum}"
        return f"Verwacht: een geheel getal{bounds}.{self.example_tail(f)}"

    def kind_text(self, f) -> str:
        if f.minimum is not None and f.maximum is not None:
            return f"getal van {f.minimum} tot {f.maximum}"
        if f.minimum is not None:
            return f"getal vanaf {f.minimum}"
        return "getal"

    def fallback_value(self, f) -> str:
        return str(f.minimum if f.minimum is not None else 1)

    def what_to_write(self, f) -> str:
        return f"Een geheel getal van {f.minimum} tot en met {f.maximum}."

    def yaml_scalar(self, f, text: str, flow: bool = False) -> str:
        number = words.integer(text)
        return words.quoted(text) if number is None else str(number)


class JaNee(Kind):
    name = "janee"
    words = "ja/nee"
    fallback = "ja"

    def check(self, checker, node, f):
        node = checker.scalar(node, f, "ja of nee")
        if node is None:
            return INVALID
        value = words.yes_or_no(node.value)
        if value is None:
            checker.error(node, f"Bij '{f.name}' hoort ja of nee, niet '{node.value}'. Schrijf {f.name}: ja of {f.name}: nee.")
            return INVALID
        return value

    def default(self):
        return False

    def expected(self, f) -> str:
        return f"Verwacht: ja of nee.{self.example_tail(f)}"

    def cell_text(self, f, value) -> str:
        return "ja" if value else "nee"

    def what_to_write(self, f) -> str:
        return "ja of nee."

    def yaml_scalar(self, f, text: str, flow: bool = False) -> str:
        value = words.yes_or_no(text, (words.SHEET_YES, words.SHEET_NO))
        return words.quoted(text) if value is None else "ja" if value else "nee"


class Datum(Kind):
    name = "datum"
    words = "datum JJJJ-MM-DD"
    fallback = "2027-06-30"

    def check(self, checker, node, f):
        node = checker.scalar(node, f, "een datum")
        if node is None:
            return INVALID
        raw = node.value.strip()
        if DATE_PATTERN.fullmatch(raw):
            try:
                return dt.date.fromisoformat(raw)
            except ValueError:
                checker.error(node, f"De datum {raw} bestaat niet. Kijk de maand en de dag na (JJJJ-MM-DD).")
                return INVALID
        checker.error(node, f"'{raw}' is geen datum in de vorm JJJJ-MM-DD.{explain.date_hint(raw)} {self.expected(f)}")
        return INVALID

    def expected(self, f) -> str:
        return f"Verwacht: een datum als JJJJ-MM-DD, bijvoorbeeld {f.name}: {f.example or '2027-06-30'}"

    def cell_text(self, f, value) -> str:
        return value.isoformat()

    def what_to_write(self, f) -> str:
        return "Een datum: JJJJ-MM-DD. Ook DD-MM-JJJJ en DD/MM/JJJJ (dag eerst) worden gelezen."

    def read_cell(self, text: str) -> str:
        """DD-MM-JJJJ and DD/MM/JJJJ as JJJJ-MM-DD, when that date exists."""
        match = _DMY.fullmatch(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return text
        return text

    def yaml_scalar(self, f, text: str, flow: bool = False) -> str:
        date = self.read_cell(text)
        return date if DATE_PATTERN.fullmatch(date) else words.quoted(text)


class Keuze(Kind):
    name = "keuze"
    words = "één van de waarden hieronder"
    example_style = "word"

    def check(self, checker, node, f):
        node = checker.scalar(node, f, "één waarde")
        if node is None:
            return INVALID
        options = {str(k): k for k in f.choices}
        raw = node.value.strip()
        if raw in options:
            return checker.note_ref(node, options[raw], f)
        checker.error(node, f"'{raw}' is geen geldige waarde voor '{f.name}'.{explain.nearest(raw, options)} {explain.allowed(f.choices)}")
        return INVALID

    def expected(self, f) -> str:
        return explain.allowed(f.choices) + self.example_tail(f)

    def fallback_value(self, f) -> str:
        return str(next(iter(f.choices))) if f.choices else ""

    def what_to_write(self, f) -> str:
        return f"Eén waarde. {explain.allowed(f.choices)}"

    def yaml_scalar(self, f, text: str, flow: bool = False) -> str:
        return words.word(text)
