"""Kinds whose value is text as written: tekst, markdown, url, email, kleur, id."""

from __future__ import annotations

import re
import urllib.parse

from inspiratiebox.content import amounts, explain
from inspiratiebox.content.colour import MIN_CONTRAST_WITH_WHITE, contrast_with_white
from inspiratiebox.content.kinds import words
from inspiratiebox.content.kinds.base import INVALID, Kind
from inspiratiebox.content.yamlnodes import resolved_type, yaml_value

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
COLOUR_PATTERN = re.compile(r"#[0-9a-fA-F]{6}")
# A plain address: no mailto parameters (?, &, =) that would add a hidden
# recipient or subject to the link the site makes of it.
EMAIL_PATTERN = re.compile(r"[^@\s<>()\[\],;:\"'?&=/]+@[^@\s<>()\[\],;:\"'?&=/]+\.[A-Za-z]{2,}")
# A phone number as people write it: digits with spaces, + - / . ( ).
PHONE_PATTERN = re.compile(r"\+?[0-9 ()./-]+")
PHONE_DIGITS = 6


def read_text(checker, node, f, want: str = "tekst"):
    """Text as written. A plain scalar YAML would turn into something else
    is refused with the advice to quote it."""
    node = checker.scalar(node, f, want)
    if node is None:
        return INVALID
    kind = resolved_type(node)
    raw = node.value
    if kind == "null":
        return ""
    if kind == "str" and node.style is None and words.NUMBER_LIKE.fullmatch(raw) and not checker.tagged(node):
        checker.error(node, (
            f"{raw} lijkt op een getal. Veel programma's lezen het ook zo, en dan valt "
            f"bijvoorbeeld de 0 vooraan een telefoonnummer weg. Zet er aanhalingstekens rond: "
            f"{f.name}: {words.quoted(raw)}"
        ))
        return INVALID
    if kind in ("str", "merge", "value"):
        return raw.strip()
    checker.error(node, _not_text(node, kind, f))
    return INVALID


def _not_text(node, kind: str, f) -> str:
    """Why a plain scalar is not text for YAML, and how to quote it."""
    raw = node.value
    fix = f"Zet er aanhalingstekens rond: {f.name}: {words.quoted(raw)}"
    if kind == "bool":
        meaning = "ja" if yaml_value(node) is True else "nee"
        return f"YAML leest {raw} hier als de ja/nee-waarde '{meaning}', niet als tekst. {fix}"
    if kind == "int" and ":" in raw:
        return f"YAML leest {raw} als het getal {yaml_value(node)} (een tijd in zestigtallen), niet als tekst. {fix}"
    if kind == "int" and re.fullmatch(r"[-+]?0[0-7_]+", raw):
        return f"YAML leest {raw} als het getal {yaml_value(node)} (een octaal getal) en de 0 vooraan valt weg. {fix}"
    if kind in ("int", "float"):
        return (
            f"YAML leest {raw} als een getal, maar hier hoort tekst (bij een telefoonnummer "
            f"valt zo bijvoorbeeld de 0 vooraan weg). {fix}"
        )
    if kind == "timestamp":
        return f"YAML leest {raw} als een datum, maar hier hoort tekst. {fix}"
    return f"Bij '{f.name}' hoort tekst. Zet de waarde tussen aanhalingstekens."


class Tekst(Kind):
    name = "tekst"
    words = "tekst"
    fallback = "Een korte tekst."
    example_style = "text"

    def check(self, checker, node, f):
        value = read_text(checker, node, f)
        if value is INVALID:
            return INVALID
        if value == "" and f.required:
            checker.error(node, f"Het veld '{f.name}' is leeg, maar het is verplicht. {self.expected(f)}")
            return INVALID
        if f.minimum is not None and len(value) < f.minimum:
            checker.error(node, f"Deze tekst is te kort: bij '{f.name}' horen minstens {f.minimum} tekens.")
            return INVALID
        return checker.note_ref(node, value, f)

    def length_limit(self, f) -> int | None:
        """The schema's `maximum` where a field needs its own, else the kind's."""
        return f.maximum or self.max_length

    def too_long(self, f, value: str, limit: int) -> str:
        return (
            f"Deze tekst is {amounts.number(len(value))} tekens lang; bij '{f.name}' mogen hoogstens "
            f"{amounts.number(limit)} tekens. Maak hem {amounts.characters(len(value) - limit)} korter."
        )

    def expected(self, f) -> str:
        return f"Verwacht: tekst van hoogstens {amounts.number(self.length_limit(f))} tekens.{self.example_tail(f)}"

    def kind_text(self, f) -> str:
        return f"{self.words}, hoogstens {amounts.number(self.length_limit(f))} tekens"

    def what_to_write(self, f) -> str:
        return f"Tekst, hoogstens {amounts.number(self.length_limit(f))} tekens."

    def write_yaml(self, out, f, text: str) -> None:
        """Long text folds (`>-`), text with line breaks keeps them (`|-`)."""
        if text:
            out.text(text, self.yaml_scalar(f, text))
        else:
            out.empty()


class Markdown(Tekst):
    name = "markdown"
    words = "tekst met opmaak (Markdown): **vet**, *schuin*, lijstjes met -"
    fallback = "|\nEén of meer alinea's. **Vet** mag, en lijstjes:\n\n- een eerste punt\n- een tweede punt"
    example_style = None
    max_length = 20_000  # about eight printed pages; the site renders it in well under a second

    def too_long(self, f, value: str, limit: int) -> str:
        return (
            f"{super().too_long(f, value, limit)} Of zet de uitleg op een aparte pagina in docs/ "
            "en verwijs ernaar met een link."
        )

    def what_to_write(self, f) -> str:
        return f"Tekst (Markdown mag), hoogstens {amounts.number(self.length_limit(f))} tekens."


class Url(Kind):
    name = "url"
    words = "webadres dat begint met https://"
    fallback = "https://www.voorbeeld.be"
    example_style = "text"
    max_length = 2000  # what every browser and search engine still takes

    def check(self, checker, node, f):
        value = read_text(checker, node, f, "een webadres")
        if value is INVALID:
            return INVALID
        parts = urllib.parse.urlsplit(value)
        if parts.scheme in ("http", "https") and "." in parts.netloc and not re.search(r"\s", value):
            return value
        hint = ""
        if not parts.scheme and re.fullmatch(r"[\w.-]+\.[a-z]{2,}(/\S*)?", value):
            hint = f" Bedoel je https://{value} ?"
        checker.error(node, f"'{value}' is geen volledig webadres.{hint} {self.expected(f)}")
        return INVALID

    def expected(self, f) -> str:
        return f"Verwacht: een webadres dat begint met https://.{self.example_tail(f)}"

    def what_to_write(self, f) -> str:
        return "Een webadres dat begint met https://."


class Email(Kind):
    name = "email"
    words = "e-mailadres"
    fallback = "info@voorbeeld.be"
    example_style = "text"
    max_length = 254  # the longest address mail servers deliver to

    def check(self, checker, node, f):
        value = read_text(checker, node, f, "een e-mailadres")
        if value is INVALID:
            return INVALID
        if value.lower().startswith("mailto:"):
            checker.error(node, f"Schrijf alleen het e-mailadres, zonder 'mailto:': {f.name}: {value[7:]}")
            return INVALID
        if EMAIL_PATTERN.fullmatch(value):
            return value
        address = re.split(r"[?&]", value, maxsplit=1)[0]
        if address != value and EMAIL_PATTERN.fullmatch(address):
            checker.error(node, (
                f"Schrijf alleen het e-mailadres, zonder wat na '?' komt: dat voegt stil een ontvanger of "
                f"onderwerp toe aan de link. Schrijf: {f.name}: {address}"
            ))
            return INVALID
        checker.error(node, f"'{value}' is geen geldig e-mailadres. {self.expected(f)}")
        return INVALID

    def expected(self, f) -> str:
        return f"Verwacht: een e-mailadres zoals naam@voorbeeld.be.{self.example_tail(f)}"

    def what_to_write(self, f) -> str:
        return "Een e-mailadres."


class Telefoon(Tekst):
    name = "telefoon"
    words = "telefoonnummer: cijfers, spaties en + - / . ( )"
    fallback = "09 123 45 67"
    max_length = 40

    def check(self, checker, node, f):
        value = super().check(checker, node, f)
        if value is INVALID or value == "":
            return value
        if PHONE_PATTERN.fullmatch(value) and sum(ch.isdigit() for ch in value) >= PHONE_DIGITS:
            return value
        digits = "".join(ch for ch in value if ch.isdigit() or ch in " +")
        hint = f' Bedoelde je: {f.name}: "{digits.strip()}"?' if sum(ch.isdigit() for ch in digits) >= PHONE_DIGITS else ""
        checker.error(node, (
            f"'{value}' is geen telefoonnummer: gebruik alleen cijfers, spaties en + - / . ( ), "
            f"minstens {PHONE_DIGITS} cijfers.{hint} {self.expected(f)}"
        ))
        return INVALID

    def expected(self, f) -> str:
        return f'Verwacht: een telefoonnummer tussen aanhalingstekens, zoals {f.name}: "09 123 45 67".'


class Kleur(Kind):
    name = "kleur"
    words = "kleurcode #rrggbb, tussen aanhalingstekens"
    fallback = "#1d5a8e"
    example_style = "text"

    def check(self, checker, node, f):
        value = read_text(checker, node, f, "een kleurcode")
        if value is INVALID:
            return INVALID
        if re.fullmatch(r"#[0-9a-fA-F]{3}", value):
            full = "#" + "".join(c * 2 for c in value[1:])
            checker.error(node, f"Schrijf de kleurcode met zes tekens: {f.name}: \"{full.lower()}\"")
            return INVALID
        if not COLOUR_PATTERN.fullmatch(value):
            checker.error(node, f"'{value}' is geen kleurcode. {self.expected(f)}")
            return INVALID
        if contrast_with_white(value) < MIN_CONTRAST_WITH_WHITE:
            checker.error(node, explain.low_contrast(f, value))
            return INVALID
        return value.lower()

    def expected(self, f) -> str:
        return f"Verwacht: een kleurcode als \"#rrggbb\", tussen aanhalingstekens. Bijvoorbeeld: {f.name}: \"{f.example}\""

    def quote_example(self, value: str) -> str:
        return words.quoted(value)  # a plain # starts a comment


class Id(Kind):
    name = "id"
    words = "korte naam: kleine letters, cijfers en streepjes"
    fallback = "een-korte-naam"
    example_style = "word"
    max_length = 100  # an id is also a file name and part of web addresses

    def check(self, checker, node, f):
        node = checker.scalar(node, f, "een id")
        if node is None:
            return INVALID
        raw = node.value.strip()
        if ID_PATTERN.fullmatch(raw):
            return checker.note_ref(node, raw, f)
        hidden = explain.hidden_characters(raw)
        if hidden:
            checker.error(node, (
                f"In '{raw}' staat {hidden}. Typ de id opnieuw, met alleen kleine letters a tot z, "
                "cijfers en streepjes (-); kopieer hem niet uit een ander document."
            ))
            return INVALID
        suggestion = explain.slug(raw)
        hint = f" Bijvoorbeeld: {f.name}: {suggestion}" if suggestion else ""
        checker.error(node, f"'{raw}' is geen geldige id: gebruik alleen kleine letters, cijfers en streepjes (-).{hint}")
        return INVALID

    def expected(self, f) -> str:
        return f"Verwacht: kleine letters, cijfers en streepjes.{self.example_tail(f)}"

    def what_to_write(self, f) -> str:
        return "Kleine letters, cijfers en streepjes (-), zonder spaties."

    def yaml_scalar(self, f, text: str, flow: bool = False) -> str:
        return words.word(text)
