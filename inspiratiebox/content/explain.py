"""The Dutch words for what a field expects and what went wrong.

Municipal staff read these messages, often without knowing YAML, so each one
says what is expected in their terms (a list, a date as JJJJ-MM-DD, one of
these values) and gives an example they can copy.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata

from inspiratiebox.content import colour, kinds, schema


def nearest(word: str, options) -> str:
    """' Bedoelde je ...?' with the closest option, or nothing: typos are
    the most common content error, and the fix is usually one letter."""
    match = closest(word, options)
    return f" Bedoelde je '{match[0]}'?" if match else ""


def closest(word: str, options) -> list[str]:
    """The one option that is most likely meant, if any; case first."""
    options = [str(o) for o in options]
    same = [o for o in options if o.lower() == word.lower()]
    return same[:1] or difflib.get_close_matches(word, options, n=1, cutoff=0.6)


def shown(text: str, room: int = 60) -> str:
    """A value as a message repeats it: on one line, whole when short, else
    its start, so a value of a megabyte does not become a message of one."""
    text = " ".join(text[:room * 2].split())
    return text if len(text) <= room else text[:room - 3] + "..."


def unknown_key(name: str, by_name: dict) -> str:
    message = f"Onbekend veld '{shown(name)}'.{nearest(name, by_name)}"
    if name == "id" and "id" not in by_name:
        message += " De id is hier de bestandsnaam; haal dit veld weg."
    return f"{message} Mogelijke velden hier: {', '.join(by_name)}."


def fields_list(fields) -> str:
    return ", ".join(f.name for f in fields)


def allowed(choices: dict) -> str:
    """The allowed values; for the 21 time slots the pattern instead, since
    a list that long hides the one the reader needs."""
    if choices is schema.MOMENTEN:
        return (
            "Schrijf dag_dagdeel, bijvoorbeeld za_ochtend. Dagen: "
            f"{', '.join(schema.DAGEN)}; dagdelen: {', '.join(schema.DAGDELEN)}."
        )
    return f"Mogelijke waarden: {', '.join(str(k) for k in choices)}."


def expected(f: schema.Field) -> str:
    """What a field wants, in words, for the end of a message; each kind
    words its own (kinds/)."""
    return kinds.of(f).expected(f)


def missing(f: schema.Field) -> str:
    return f"Het verplichte veld '{f.name}' ontbreekt. {f.help} {expected(f)}"


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
# Excel counts days from 1899-12-30; a date cell copied as a number shows that count.
EXCEL_EPOCH = dt.date(1899, 12, 30)
EXCEL_SERIALS = range(36526, 73051)  # 2000-01-01 to 2099-12-31


def _existing(year: str, month: str, day: str, advice: str) -> str:
    """The hint with the date written right, or why that date cannot be."""
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        if 1 <= int(month) <= 12:
            return f" {int(day)} {MONTHS[int(month) - 1]} {year} bestaat niet: kijk de dag na."
        return f" Er is geen maand {int(month)}: kijk de maand en de dag na."
    return f" {advice}: {date.isoformat()}."


def date_hint(raw: str) -> str:
    dmy = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", raw)
    if dmy:
        day, month, year = dmy.groups()
        return _existing(year, month, day, "Schrijf eerst het jaar, dan de maand, dan de dag")
    ymd = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", raw)
    if ymd:
        year, month, day = ymd.groups()
        return _existing(year, month, day, "Schrijf maand en dag met twee cijfers")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ tT].*", raw):
        return f" Schrijf alleen de datum, zonder uur: {raw[:10]}."
    if raw.isdigit() and int(raw) in EXCEL_SERIALS:
        date = EXCEL_EPOCH + dt.timedelta(days=int(raw))
        return (f" Dit lijkt een datum zoals Excel ze telt (dagen sinds 1900). Bedoelde je {date.isoformat()}? "
                "Zet de cel in Excel op tekst of schrijf de datum zelf.")
    return ""


def low_contrast(f: schema.Field, value: str) -> str:
    """Why the colour is refused and which colour to use instead: the nearest
    darker shade that passes, ready to copy, because "choose a darker colour"
    leaves staff guessing with a colour picker."""
    shade = colour.passing_shade(value)
    return (
        f"De kleur {value} is te licht: witte tekst op deze kleur (kop, knoppen) en links in deze kleur "
        f"op wit zijn slecht leesbaar. Het contrast is {_ratio(value)} op 1, er is minstens "
        f"{_decimal(colour.MIN_CONTRAST_WITH_WHITE)} op 1 nodig. Een donkerdere tint van dezelfde kleur die wel "
        f"leesbaar is: {shade} ({_ratio(shade)} op 1). Schrijf: {f.name}: \"{shade}\""
    )


def _ratio(value: str) -> str:
    """Rounded down, so a ratio just under the minimum never reads as enough."""
    return _decimal(math.floor(colour.contrast_with_white(value) * 100) / 100)


def _decimal(number: float) -> str:
    """4,5 rather than 4.5: Dutch writes a decimal comma."""
    return f"{number:g}".replace(".", ",")


def hidden_characters(text: str) -> str:
    """The invisible characters and the letters from another alphabet in
    `text`, each with its place, or "": a suggestion without them would look
    exactly like what was typed."""
    found = []
    for place, char in enumerate(text, 1):
        code = f"U+{ord(char):04X}"
        if unicodedata.category(char) in ("Cf", "Zs", "Cc") and char != " ":
            found.append(f"een onzichtbaar teken ({code}) op plaats {place}")
        elif char.isalpha() and not char.isascii() and not unicodedata.name(char, "").startswith("LATIN"):
            script = SCRIPTS.get(unicodedata.name(char, "").split(" ")[0], "een ander alfabet")
            found.append(f"de letter '{char}' ({code}) op plaats {place}, uit {script}")
    return "; ".join(found)


SCRIPTS = {"CYRILLIC": "het Cyrillische alfabet", "GREEK": "het Griekse alfabet", "ARABIC": "het Arabische schrift",
           "ARMENIAN": "het Armeense alfabet", "HEBREW": "het Hebreeuwse schrift"}


def slug(text: str) -> str:
    """A valid id made from free text, to suggest in a message."""
    text = text.lower()
    for a, b in (("à", "a"), ("á", "a"), ("ä", "a"), ("é", "e"), ("è", "e"), ("ë", "e"), ("ê", "e"),
                 ("ï", "i"), ("î", "i"), ("ö", "o"), ("ô", "o"), ("ü", "u"), ("û", "u"), ("ç", "c")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
