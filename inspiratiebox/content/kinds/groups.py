"""Kinds that hold several values: keuzes, lijst, object, objecten."""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from inspiratiebox.content import amounts, explain, kinds
from inspiratiebox.content.kinds import words
from inspiratiebox.content.kinds.base import INVALID, LIST_SEPARATOR, PART_SEPARATOR, Kind, as_item
from inspiratiebox.content.kinds.text import read_text
from inspiratiebox.content.kinds.values import Keuze


def read_sequence(checker, node, f):
    """The items of a YAML list, or INVALID with the advice to write one."""
    if isinstance(node, SequenceNode):
        return node.value
    if isinstance(node, ScalarNode):
        checker.error(node, (
            f"Bij '{f.name}' hoort een lijst, ook als er maar één waarde is. "
            f"Schrijf: {f.name}: [{node.value}]"
        ))
    else:
        checker.error(node, f"Bij '{f.name}' hoort een lijst. {explain.expected(f)}")
    return INVALID


class ListKind(Kind):
    """A list written in one cell, its items separated by `;`."""

    separators = (LIST_SEPARATOR,)

    def default(self):
        return []

    def cell_text(self, f, value) -> str:
        return f"{LIST_SEPARATOR} ".join(str(v) for v in value)

    def example_cell(self, f) -> str:
        """Examples of lists are YAML flow lists (`[a, b]`), read as YAML first."""
        return self.to_cell(f, yaml.safe_load(f.example)) if f.example else ""

    def read_cell(self, text: str) -> list[str]:
        """The items of a list cell."""
        for separator in self.separators[1:]:
            text = text.replace(separator, LIST_SEPARATOR)
        return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]

    def yaml_item(self, item: str) -> str:
        return words.quoted(item)

    def check(self, checker, node, f):
        """Every item checked on its own, so one wrong item is one message and
        the others still count; a required list must hold at least one."""
        items = read_sequence(checker, node, f)
        if items is INVALID:
            return INVALID
        values = []
        for item in items:
            value = self.check_item(checker, item, f, values)
            if value is not INVALID:
                values.append(value)
        if f.required and not items:
            checker.error(node, self.empty_message(f))
        return values

    def check_item(self, checker, item, f, values):
        """The item's value, or INVALID once its message is given."""
        raise NotImplementedError

    def empty_message(self, f) -> str:
        raise NotImplementedError

    def write_yaml(self, out, f, text: str) -> None:
        out.flow_list([self.yaml_item(item) for item in self.read_cell(text)])


class Keuzes(ListKind):
    name = "keuzes"
    words = "lijst van waarden hieronder"
    separators = (LIST_SEPARATOR, ",")  # vocabulary values never hold a comma, and people type one

    def check_item(self, checker, item, f, values):
        value = Keuze().check(checker, item, f)
        if value is not INVALID and value in values:
            checker.error(item, f"'{value}' staat twee keer in '{f.name}'. Haal er één weg.")
            return INVALID
        return value

    def empty_message(self, f) -> str:
        return f"Kies minstens één waarde voor '{f.name}'. {explain.allowed(f.choices)}"

    def expected(self, f) -> str:
        return f"Verwacht: een lijst. {explain.allowed(f.choices)}{self.example_tail(f)}"

    def fallback_value(self, f) -> str:
        return f"[{next(iter(f.choices))}]" if f.choices else ""

    def what_to_write(self, f) -> str:
        return f"Eén of meer waarden, gescheiden door {LIST_SEPARATOR}. {explain.allowed(f.choices)}"

    def yaml_item(self, item: str) -> str:
        return words.word(item)


class Lijst(ListKind):
    name = "lijst"
    words = "lijst van teksten"
    fallback = '["een eerste punt", "een tweede punt"]'
    max_length = 200  # each item

    def too_long(self, f, value: str, limit: int) -> str:
        return (
            f"Dit punt in '{f.name}' is {amounts.number(len(value))} tekens lang; elk punt mag hoogstens "
            f"{amounts.number(limit)} tekens hebben. Maak het korter of verdeel het over meer punten."
        )

    def kind_text(self, f) -> str:
        return f"{self.words}, elk punt hoogstens {amounts.number(self.length_limit(f))} tekens"

    def check_item(self, checker, item, f, values):
        value = read_text(checker, item, f)
        if value == "":
            checker.error(item, f"Dit punt in '{f.name}' is leeg. Vul het in of haal het weg.")
            return INVALID
        return checker.note_ref(item, value, f)

    def empty_message(self, f) -> str:
        return f"Zet minstens één regel in '{f.name}'. {self.expected(f)}"

    def expected(self, f) -> str:
        return f"Verwacht: een lijst met tekst, elk punt op een regel met - ervoor.{self.example_tail(f)}"

    def what_to_write(self, f) -> str:
        return (
            f"Eén of meer punten, gescheiden door {LIST_SEPARATOR}; elk punt hoogstens "
            f"{amounts.number(self.length_limit(f))} tekens."
        )


class Object(Kind):
    name = "object"
    words = "groep velden (zie hieronder)"
    groups = True

    def check(self, checker, node, f):
        if isinstance(node, MappingNode):
            return checker.mapping(node, f.fields)
        checker.error(node, f"Bij '{f.name}' horen velden, elk op een eigen regel en verder ingesprongen. {self.expected(f)}")
        return INVALID

    def expected(self, f) -> str:
        return f"Verwacht: de velden {explain.fields_list(f.fields)}."

    def example_lines(self, f, field_lines) -> list[str]:
        return [f"{f.name}:"] + self.nest([line for sub in f.fields for line in field_lines(sub)])


class Feiten(Object):
    """A block of facts, each ja, nee or left out (unknown). Older files wrote
    the facts that hold as a list: that is still read (each item ja), with a
    warning that shows the new way, written out for the items given."""

    name = "feiten"
    words = "groep feiten (zie hieronder): per punt ja, nee of onbekend"

    def check(self, checker, node, f):
        if not isinstance(node, SequenceNode):
            return super().check(checker, node, f)
        known = {sub.name for sub in f.fields}
        listed = [item.value.strip() for item in node.value if isinstance(item, ScalarNode)]
        facts = {name: "ja" for name in listed if name in known}
        unknown = [name for name in listed if name not in known]
        written = ", ".join(f"{name}: ja" for name in facts) or f"{next(iter(known))}: ja"
        message = (
            f"'{f.name}' is nu per punt ja, nee of onbekend. We lezen je lijst nog als 'ja' voor elk punt "
            f"erin, maar schrijf het zo: {f.name}: {{{written}}}. Kan iets niet, zet het dan op nee. "
            f"Wat je weglaat, is onbekend."
        )
        if unknown:
            shown = ", ".join(name[:40] for name in unknown[:5]) + (", ..." if len(unknown) > 5 else "")
            checker.error(node, f"{message} Onbekend in je lijst: {shown}. {self.expected(f)}")
        else:
            checker.warn(node, message)
        return {sub.name: facts.get(sub.name) for sub in f.fields}


class Objecten(ListKind):
    name = "objecten"
    words = "lijst van groepen velden (zie hieronder); elke groep begint met -"

    def check(self, checker, node, f):
        items = read_sequence(checker, node, f)
        if items is INVALID:
            return INVALID
        values = []
        for item in items:
            if isinstance(item, MappingNode):
                values.append(checker.mapping(item, f.fields))
            else:
                checker.error(item, (
                    f"Elk punt in '{f.name}' is een blok met velden (veld: waarde), "
                    f"zoals {explain.fields_list(f.fields)}."
                ))
        return values

    def expected(self, f) -> str:
        return f"Verwacht: een lijst van blokken, elk met de velden {explain.fields_list(f.fields)}."

    example_lines = Object.example_lines  # the same head, nested as list items

    def nest(self, lines: list[str]) -> list[str]:
        return as_item(lines)

    def cell_text(self, f, value) -> str:
        blocks = []
        for item in value:
            parts = [kinds.of(sub).to_cell(sub, item.get(sub.name)) for sub in f.fields]
            while parts and parts[-1] == "":
                parts.pop()
            blocks.append(PART_SEPARATOR.join(parts))
        return f"{LIST_SEPARATOR} ".join(blocks)

    def example_cell(self, f) -> str:
        return f.example

    def what_to_write(self, f) -> str:
        parts = "; ".join(
            f"{sub.name}: {explain.allowed(sub.choices) if sub.choices else sub.help}" for sub in f.fields
        )
        return (
            f"Per punt {parts_form(f)}, punten gescheiden door {LIST_SEPARATOR}. "
            f"Een deel dat niet nodig is, laat je weg. {parts}"
        )

    @staticmethod
    def split_parts(item: str) -> list[str]:
        """The parts of one block in a cell, like soort:nodig:leeftijd."""
        return [part.strip() for part in item.split(PART_SEPARATOR)]

    def write_yaml(self, out, f, text: str) -> None:
        """Each block on its own line as a flow mapping `{soort: x, nodig: y}`."""
        blocks = []
        for item in self.read_cell(text):
            pairs = [
                f"{sub.name}: {kinds.of(sub).yaml_scalar(sub, part, flow=True)}" if part else f"{sub.name}: "
                for sub, part in zip(f.fields, self.split_parts(item), strict=False)
            ]
            blocks.append(f"{{{', '.join(pairs)}}}")
        out.blocks(blocks)


def parts_form(f) -> str:
    """`soort:nodig:leeftijd`: how one block of an `objecten` cell is written."""
    return PART_SEPARATOR.join(sub.name for sub in f.fields)
