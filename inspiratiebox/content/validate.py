"""Check a YAML node tree against the schema's Field definitions.

The walk is generic: it knows the field kinds of `schema.Field`, never a
particular field, so a field added to the schema is validated without a
change here. Rules that tie fields or files together live in `rules.py`.

Values are decided from the raw scalar and how it was written, not from what
YAML 1.1 would make of it: `ja` is yes in a janee field and text in a tekst
field, while a plain `NO`, `9:30` or `01234` in a text field is flagged,
because any other YAML reader would turn it into a boolean or a number.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from inspiratiebox.content import explain, schema
from inspiratiebox.content.colour import MIN_CONTRAST_WITH_WHITE, contrast_with_white
from inspiratiebox.content.model import Problem
from inspiratiebox.content.yamlnodes import YAML_TAG, position, resolved_type, yaml_value

INVALID = object()  # a value that failed its check; the caller uses the default

JA = {"ja", "true", "yes"}
NEE = {"nee", "false", "no"}
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
COLOUR_PATTERN = re.compile(r"#[0-9a-fA-F]{6}")
EMAIL_PATTERN = re.compile(r"[^@\s<>()\[\],;:\"']+@[^@\s<>()\[\],;:\"']+\.[A-Za-z]{2,}")
# Plain scalars that YAML 1.2 readers (and people) take for numbers even where
# PyYAML's YAML 1.1 rules keep them as text, like 0498123456.
NUMBER_LIKE = re.compile(r"[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+")


def default(field: schema.Field):
    """The empty value of a left-out optional field, so consumers never guess."""
    if field.kind in ("keuzes", "lijst", "objecten"):
        return []
    if field.kind == "janee":
        return False
    return None


@dataclass(frozen=True)
class Ref:
    """A value that must point at something defined elsewhere (schema `ref`)."""

    kind: str
    value: str
    file: str
    line: int
    column: int


class Spots:
    """Where each field of each checked mapping was written, and which fields
    the field check refused, so the rules that run on plain dicts can point
    at a line and column and stay silent where a message was already given."""

    def __init__(self) -> None:
        self._spots: dict[int, tuple[str, tuple[int, int], dict[str, tuple[int, int]], set[str]]] = {}
        self._alive: list[dict] = []  # keeps the id() keys from being reused

    def remember(self, data: dict, file: str, start: tuple[int, int],
                 fields: dict[str, tuple[int, int]], refused: set[str]) -> None:
        self._spots[id(data)] = (file, start, fields, refused)
        self._alive.append(data)

    def at(self, data: dict, field: str | None = None) -> tuple[str, int, int]:
        """(file, line, column) of a field, or of the mapping itself."""
        file, start, fields, _ = self._spots[id(data)]
        return (file, *fields.get(field, start))

    def written(self, data: dict) -> set[str]:
        """The fields that were present in the file."""
        return set(self._spots[id(data)][2])

    def refused(self, data: dict) -> set[str]:
        """The fields whose value got an error message from the field check."""
        return self._spots[id(data)][3]


class Checker:
    """Validates the nodes of one file and collects every problem found."""

    def __init__(self, file: str, text: str, spots: Spots) -> None:
        self.file = file
        self.lines = text.splitlines()
        self.spots = spots
        self.problems: list[Problem] = []
        self.refs: list[Ref] = []

    # --- reporting -------------------------------------------------------

    def error(self, where: Node | tuple[int, int], message: str) -> None:
        line, column = where if isinstance(where, tuple) else position(where)
        self.problems.append(Problem(self.file, line, column, message))

    # --- mappings --------------------------------------------------------

    def mapping(self, node: MappingNode, fields: tuple[schema.Field, ...]) -> dict:
        """A dict with every field of `fields`: checked values, defaults for
        what is missing or wrong. Reports unknown, empty and missing fields."""
        by_name = {f.name: f for f in fields}
        found: dict[str, tuple[Node, Node]] = {}
        typo_of: set[str] = set()  # fields an unknown key was probably meant to be
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                self.error(key, "Een veldnaam moet een gewoon woord zijn, gevolgd door een dubbele punt.")
                continue
            name = key.value
            if name in found:
                continue  # a duplicate key is reported by yamlnodes.duplicate_keys
            if name not in by_name:
                self.error(key, explain.unknown_key(name, by_name))
                typo_of.update(explain.closest(name, by_name))
                continue
            found[name] = (key, value)
        data: dict = {}
        spots: dict[str, tuple[int, int]] = {}
        refused: set[str] = set()
        for f in fields:
            if f.name not in found:
                if f.required and f.name not in typo_of:  # "Bedoelde je ...?" said it already
                    self.error(node, explain.missing(f))
                data[f.name] = default(f)
                continue
            key, value = found[f.name]
            spots[f.name] = position(key) if _is_null(value) else position(value)
            if _is_null(value):
                if f.required:
                    self.error(key, self._empty(f, key))
                    refused.add(f.name)
                data[f.name] = default(f)
                continue
            before = len(self.problems)
            checked = self.value(value, f)
            if len(self.problems) > before:
                refused.add(f.name)
            data[f.name] = default(f) if checked is INVALID else checked
        self.spots.remember(data, self.file, position(node), spots, refused)
        return data

    def _empty(self, f: schema.Field, key: ScalarNode) -> str:
        line = self.lines[key.start_mark.line] if key.start_mark.line < len(self.lines) else ""
        comment = re.match(r"\s*:\s*(#\S*)", line[key.end_mark.column:])
        if comment:
            return (
                f"Het veld '{f.name}' is leeg, want voor YAML is alles na # een opmerking. "
                f"Zet de waarde tussen aanhalingstekens: {f.name}: \"{comment.group(1)}\""
            )
        return f"Het veld '{f.name}' is leeg, maar het is verplicht. {f.help} {explain.expected(f)}"

    # --- one value -------------------------------------------------------

    def value(self, node: Node, f: schema.Field):
        """The checked Python value of `node` for field `f`, or INVALID."""
        if isinstance(node, ScalarNode) and node.tag.startswith("!") and not node.tag.startswith(YAML_TAG):
            self.error(node, f"Een waarde met een eigen YAML-tag ({node.tag}) wordt niet gebruikt. Haal de tag weg.")
            return INVALID
        return getattr(self, "_" + f.kind)(node, f)

    def _note_ref(self, node: Node, value, f: schema.Field):
        """Remember a value that must point at something, for `rules.py`."""
        if f.ref and value is not INVALID:
            self.refs.append(Ref(f.ref, value, self.file, *position(node)))
        return value

    def _scalar(self, node: Node, f: schema.Field, want: str) -> ScalarNode | None:
        if isinstance(node, ScalarNode):
            return node
        shape = "een lijst" if isinstance(node, SequenceNode) else "een blok met velden"
        self.error(node, f"Bij '{f.name}' hoort {want}, maar hier staat {shape}. {explain.expected(f)}")
        return None

    def _text(self, node: Node, f: schema.Field, want: str = "tekst"):
        """Text as written. A plain scalar YAML would turn into something else
        is refused with the advice to quote it."""
        node = self._scalar(node, f, want)
        if node is None:
            return INVALID
        kind = resolved_type(node)
        raw = node.value
        if kind == "null":
            return ""
        quoted = explain.quoted(raw)
        if kind == "str" and node.style is None and NUMBER_LIKE.fullmatch(raw) and not self._tagged(node):
            self.error(node, (
                f"{raw} lijkt op een getal. Veel programma's lezen het ook zo, en dan valt "
                f"bijvoorbeeld de 0 vooraan een telefoonnummer weg. Zet er aanhalingstekens rond: "
                f"{f.name}: {quoted}"
            ))
            return INVALID
        if kind in ("str", "merge", "value"):
            return raw.strip()
        if kind == "bool":
            meaning = "ja" if yaml_value(node) is True else "nee"
            self.error(node, (
                f"YAML leest {raw} hier als de ja/nee-waarde '{meaning}', niet als tekst. "
                f"Zet er aanhalingstekens rond: {f.name}: {quoted}"
            ))
        elif kind == "int" and ":" in raw:
            self.error(node, (
                f"YAML leest {raw} als het getal {yaml_value(node)} (een tijd in zestigtallen), "
                f"niet als tekst. Zet er aanhalingstekens rond: {f.name}: {quoted}"
            ))
        elif kind == "int" and re.fullmatch(r"[-+]?0[0-7_]+", raw):
            self.error(node, (
                f"YAML leest {raw} als het getal {yaml_value(node)} (een octaal getal) en de 0 "
                f"vooraan valt weg. Zet er aanhalingstekens rond: {f.name}: {quoted}"
            ))
        elif kind in ("int", "float"):
            self.error(node, (
                f"YAML leest {raw} als een getal, maar hier hoort tekst (bij een telefoonnummer "
                f"valt zo bijvoorbeeld de 0 vooraan weg). Zet er aanhalingstekens rond: {f.name}: {quoted}"
            ))
        elif kind == "timestamp":
            self.error(node, (
                f"YAML leest {raw} als een datum, maar hier hoort tekst. "
                f"Zet er aanhalingstekens rond: {f.name}: {quoted}"
            ))
        else:
            self.error(node, f"Bij '{f.name}' hoort tekst. Zet de waarde tussen aanhalingstekens.")
        return INVALID

    def _tagged(self, node: ScalarNode) -> bool:
        """Whether the scalar carries an explicit tag such as !!str."""
        line = self.lines[node.start_mark.line] if node.start_mark.line < len(self.lines) else ""
        return line[node.start_mark.column:node.start_mark.column + 1] == "!"

    def _tekst(self, node: Node, f: schema.Field):
        value = self._text(node, f)
        if value is INVALID:
            return INVALID
        if value == "" and f.required:
            self.error(node, f"Het veld '{f.name}' is leeg, maar het is verplicht. {explain.expected(f)}")
            return INVALID
        if f.maximum is not None and len(value) > f.maximum:
            self.error(node, (
                f"Deze tekst is {len(value)} tekens lang; bij '{f.name}' mogen hoogstens "
                f"{f.maximum} tekens. Maak hem {len(value) - f.maximum} tekens korter."
            ))
            return INVALID
        if f.minimum is not None and len(value) < f.minimum:
            self.error(node, f"Deze tekst is te kort: bij '{f.name}' horen minstens {f.minimum} tekens.")
            return INVALID
        return self._note_ref(node, value, f)

    _markdown = _tekst

    def _getal(self, node: Node, f: schema.Field):
        node = self._scalar(node, f, "een getal")
        if node is None:
            return INVALID
        raw = node.value.strip()
        kind = resolved_type(node)
        if not re.fullmatch(r"[-+]?[0-9]+", raw):
            if kind == "int" and ":" in raw:
                reason = f"YAML leest {raw} als {yaml_value(node)} (een tijd in zestigtallen)."
            elif kind == "bool":
                reason = f"YAML leest {raw} als een ja/nee-waarde."
            elif re.fullmatch(r"[-+]?[0-9]+[.,][0-9]*", raw):
                reason = "Een getal met een komma kan hier niet."
            else:
                reason = f"'{raw}' is geen getal."
            self.error(node, f"Bij '{f.name}' hoort een geheel getal. {reason} {explain.expected(f)}")
            return INVALID
        if kind == "int" and re.fullmatch(r"[-+]?0[0-9]+", raw):
            self.error(node, (
                f"Een getal met een 0 vooraan leest YAML als octaal getal ({raw} wordt "
                f"{yaml_value(node)}). Schrijf het zonder 0 vooraan: {f.name}: {int(raw, 10)}"
            ))
            return INVALID
        number = int(raw, 10)
        if f.minimum is not None and number < f.minimum or f.maximum is not None and number > f.maximum:
            self.error(node, f"{number} kan niet bij '{f.name}'. {explain.expected(f)}")
            return INVALID
        return number

    def _janee(self, node: Node, f: schema.Field):
        node = self._scalar(node, f, "ja of nee")
        if node is None:
            return INVALID
        raw = node.value.strip().lower()
        if raw in JA:
            return True
        if raw in NEE:
            return False
        self.error(node, f"Bij '{f.name}' hoort ja of nee, niet '{node.value}'. Schrijf {f.name}: ja of {f.name}: nee.")
        return INVALID

    def _datum(self, node: Node, f: schema.Field):
        node = self._scalar(node, f, "een datum")
        if node is None:
            return INVALID
        raw = node.value.strip()
        if DATE_PATTERN.fullmatch(raw):
            try:
                return dt.date.fromisoformat(raw)
            except ValueError:
                self.error(node, f"De datum {raw} bestaat niet. Kijk de maand en de dag na (JJJJ-MM-DD).")
                return INVALID
        self.error(node, f"'{raw}' is geen datum in de vorm JJJJ-MM-DD.{explain.date_hint(raw)} {explain.expected(f)}")
        return INVALID

    def _url(self, node: Node, f: schema.Field):
        value = self._text(node, f, "een webadres")
        if value is INVALID:
            return INVALID
        parts = urllib.parse.urlsplit(value)
        if parts.scheme in ("http", "https") and "." in parts.netloc and not re.search(r"\s", value):
            return value
        hint = ""
        if not parts.scheme and re.fullmatch(r"[\w.-]+\.[a-z]{2,}(/\S*)?", value):
            hint = f" Bedoel je https://{value} ?"
        self.error(node, f"'{value}' is geen volledig webadres.{hint} {explain.expected(f)}")
        return INVALID

    def _email(self, node: Node, f: schema.Field):
        value = self._text(node, f, "een e-mailadres")
        if value is INVALID:
            return INVALID
        if value.lower().startswith("mailto:"):
            self.error(node, f"Schrijf alleen het e-mailadres, zonder 'mailto:': {f.name}: {value[7:]}")
            return INVALID
        if EMAIL_PATTERN.fullmatch(value):
            return value
        self.error(node, f"'{value}' is geen geldig e-mailadres. {explain.expected(f)}")
        return INVALID

    def _kleur(self, node: Node, f: schema.Field):
        value = self._text(node, f, "een kleurcode")
        if value is INVALID:
            return INVALID
        if re.fullmatch(r"#[0-9a-fA-F]{3}", value):
            full = "#" + "".join(c * 2 for c in value[1:])
            self.error(node, f"Schrijf de kleurcode met zes tekens: {f.name}: \"{full.lower()}\"")
            return INVALID
        if not COLOUR_PATTERN.fullmatch(value):
            self.error(node, f"'{value}' is geen kleurcode. {explain.expected(f)}")
            return INVALID
        if contrast_with_white(value) < MIN_CONTRAST_WITH_WHITE:
            self.error(node, explain.low_contrast(f, value))
            return INVALID
        return value.lower()

    def _id(self, node: Node, f: schema.Field):
        node = self._scalar(node, f, "een id")
        if node is None:
            return INVALID
        raw = node.value.strip()
        if ID_PATTERN.fullmatch(raw):
            return self._note_ref(node, raw, f)
        suggestion = explain.slug(raw)
        hint = f" Bijvoorbeeld: {f.name}: {suggestion}" if suggestion else ""
        self.error(node, f"'{raw}' is geen geldige id: gebruik alleen kleine letters, cijfers en streepjes (-).{hint}")
        return INVALID

    def _keuze(self, node: Node, f: schema.Field):
        node = self._scalar(node, f, "één waarde")
        if node is None:
            return INVALID
        options = {str(k): k for k in f.choices}
        raw = node.value.strip()
        if raw in options:
            return self._note_ref(node, options[raw], f)
        self.error(node, f"'{raw}' is geen geldige waarde voor '{f.name}'.{explain.nearest(raw, options)} {explain.allowed(f.choices)}")
        return INVALID

    def _keuzes(self, node: Node, f: schema.Field):
        items = self._sequence(node, f)
        if items is INVALID:
            return INVALID
        values = []
        for item in items:
            value = self._keuze(item, f)
            if value is INVALID:
                continue
            if value in values:
                self.error(item, f"'{value}' staat twee keer in '{f.name}'. Haal er één weg.")
                continue
            values.append(value)
        if f.required and not items:
            self.error(node, f"Kies minstens één waarde voor '{f.name}'. {explain.allowed(f.choices)}")
        return values

    def _lijst(self, node: Node, f: schema.Field):
        items = self._sequence(node, f)
        if items is INVALID:
            return INVALID
        values = []
        for item in items:
            value = self._text(item, f)
            if value is INVALID:
                continue
            if value == "":
                self.error(item, f"Dit punt in '{f.name}' is leeg. Vul het in of haal het weg.")
                continue
            values.append(value)
        if f.required and not items:
            self.error(node, f"Zet minstens één regel in '{f.name}'. {explain.expected(f)}")
        return values

    def _sequence(self, node: Node, f: schema.Field):
        if isinstance(node, SequenceNode):
            return node.value
        if isinstance(node, ScalarNode):
            self.error(node, (
                f"Bij '{f.name}' hoort een lijst, ook als er maar één waarde is. "
                f"Schrijf: {f.name}: [{node.value}]"
            ))
        else:
            self.error(node, f"Bij '{f.name}' hoort een lijst. {explain.expected(f)}")
        return INVALID

    def _object(self, node: Node, f: schema.Field):
        if isinstance(node, MappingNode):
            return self.mapping(node, f.fields)
        self.error(node, f"Bij '{f.name}' horen velden, elk op een eigen regel en verder ingesprongen. {explain.expected(f)}")
        return INVALID

    def _objecten(self, node: Node, f: schema.Field):
        items = self._sequence(node, f)
        if items is INVALID:
            return INVALID
        values = []
        for item in items:
            if isinstance(item, MappingNode):
                values.append(self.mapping(item, f.fields))
            else:
                self.error(item, (
                    f"Elk punt in '{f.name}' is een blok met velden (veld: waarde), "
                    f"zoals {explain.fields_list(f.fields)}."
                ))
        return values


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and resolved_type(node) == "null"
