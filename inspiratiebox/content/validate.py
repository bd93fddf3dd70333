"""Check a YAML node tree against the schema's Field definitions.

The walk is generic: it reports unknown, missing and empty fields and hands
each value to its field kind (content/kinds/), never to a particular field,
so a field added to the schema is validated without a change here. Rules
that tie fields or files together live in `rules.py`.

Values are decided from the raw scalar and how it was written, not from what
YAML 1.1 would make of it: `ja` is yes in a janee field and text in a tekst
field, while a plain `NO`, `9:30` or `01234` in a text field is flagged,
because any other YAML reader would turn it into a boolean or a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from inspiratiebox.content import explain, kinds, schema
from inspiratiebox.content.kinds import INVALID
from inspiratiebox.content.kinds.text import ID_PATTERN
from inspiratiebox.content.kinds.words import NO, NUMBER_LIKE, YES
from inspiratiebox.content.model import Problem
from inspiratiebox.content.yamlnodes import YAML_TAG, position, resolved_type

__all__ = ["Checker", "ID_PATTERN", "INVALID", "NO", "NUMBER_LIKE", "Ref", "Spots", "YES", "default"]


def default(field: schema.Field):
    """The empty value of a left-out optional field, so consumers never guess."""
    return kinds.of(field).default()


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

    def warn(self, where: Node | tuple[int, int], message: str) -> None:
        """A problem that does not stop the build, such as an older way of writing."""
        line, column = where if isinstance(where, tuple) else position(where)
        self.problems.append(Problem(self.file, line, column, message, warning=True))

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
            if any(not p.warning for p in self.problems[before:]):
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
        return kinds.of(f).check(self, node, f)

    # --- what the kinds ask of the checker ---------------------------------

    def note_ref(self, node: Node, value, f: schema.Field):
        """Remember a value that must point at something, for `rules.py`."""
        if f.ref and value is not INVALID:
            self.refs.append(Ref(f.ref, value, self.file, *position(node)))
        return value

    def scalar(self, node: Node, f: schema.Field, want: str) -> ScalarNode | None:
        """The node when it is one value; otherwise None after saying what it
        is. A value longer than its kind allows is None too, after saying so."""
        if isinstance(node, ScalarNode):
            kind = kinds.of(f)
            limit, value = kind.length_limit(f), node.value.strip()
            if limit is not None and len(value) > limit:
                self.error(node, kind.too_long(f, value, limit))
                return None
            return node
        shape = "een lijst" if isinstance(node, SequenceNode) else "een blok met velden"
        self.error(node, f"Bij '{f.name}' hoort {want}, maar hier staat {shape}. {explain.expected(f)}")
        return None

    def tagged(self, node: ScalarNode) -> bool:
        """Whether the scalar carries an explicit tag such as !!str."""
        line = self.lines[node.start_mark.line] if node.start_mark.line < len(self.lines) else ""
        return line[node.start_mark.column:node.start_mark.column + 1] == "!"


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and resolved_type(node) == "null"
