"""The few reading and writing rules every kind shares, each written once.

Yes and no, whole numbers and YAML quoting were decided in the checker, the
explanations, the reference page and the importer separately; they disagreed
on edge cases (a digit outside 0-9, a value with both quote marks). Here is
the one rule each of them now asks.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

# ja/nee as people write them in YAML (any case). A spreadsheet program in
# Dutch writes WAAR/ONWAAR for a checkbox column, so a cell also accepts those.
YES = frozenset({"ja", "true", "yes"})
NO = frozenset({"nee", "false", "no"})
SHEET_YES = YES | {"waar"}
SHEET_NO = NO | {"onwaar"}

INTEGER = re.compile(r"[-+]?[0-9]+")
# Plain scalars that YAML 1.2 readers (and people) take for numbers even where
# PyYAML's YAML 1.1 rules keep them as text, like 0498123456.
NUMBER_LIKE = re.compile(r"[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+")
# Digits with spaces, dots, slashes or a + look like a number to people and to
# spreadsheet programs; quoting them keeps the leading 0 of a phone number.
PHONE_LIKE = re.compile(r"\+?[0-9][0-9 ./()\-]*")

_STR = "tag:yaml.org,2002:str"
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_WORD = re.compile(r"[\w-]+")


def yes_or_no(text: str, words: tuple[frozenset, frozenset] = (YES, NO)) -> bool | None:
    """True for a yes word, False for a no word, None for anything else."""
    low = text.strip().lower()
    return True if low in words[0] else False if low in words[1] else None


# No field holds a number this long; Python refuses to read more than 4300 digits.
MAX_DIGITS = 12


def integer(text: str) -> int | None:
    """A whole number written with the digits 0-9 (a sign allowed), or None;
    a 0 in front is read as decimal, as a person means it. More than
    MAX_DIGITS digits is not a number anyone meant."""
    if not INTEGER.fullmatch(text) or len(text.lstrip("+-")) > MAX_DIGITS:
        return None
    return int(text, 10)


def quoted(text: str) -> str:
    """The text as a quoted YAML scalar that reads back as exactly the text.
    Single quotes when it holds a double quote and nothing that needs an
    escape, so a message shows `'zeg "hallo"'` the way a person types it;
    double quotes with escapes otherwise."""
    if '"' in text and "'" not in text and "\\" not in text and text.isprintable():
        return f"'{text}'"
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def reads_as_text(text: str) -> bool:
    """Whether a plain scalar stays text under YAML 1.1 (no bool, number, date)."""
    return Resolver().resolve(ScalarNode, text, (True, False)) == _STR


def _loads_back(text: str) -> bool:
    try:
        loaded = yaml.safe_load(f"x: {text}")
    except yaml.YAMLError:
        return False
    return isinstance(loaded, dict) and loaded.get("x") == text


def plain_is_safe(text: str, flow: bool = False) -> bool:
    """Whether `text` may be written without quotes: it must read back as
    the same text for any YAML reader and for a person (no leading digit,
    no comment, no `key: value` inside, no number look-alike)."""
    return bool(
        text
        and text == text.strip()
        and "\n" not in text and "\t" not in text
        and text[0] not in _INDICATORS
        and not text[0].isdigit() and text[0] not in "+."
        and ": " not in text and " #" not in text and not text.endswith(":")
        and not (flow and any(c in text for c in ",[]{}"))
        and not NUMBER_LIKE.fullmatch(text)
        and not PHONE_LIKE.fullmatch(text)
        and reads_as_text(text)
        and _loads_back(text)
    )


def plain_or_quoted(text: str, flow: bool = False) -> str:
    """The text as it should be written after `key: `."""
    return text if plain_is_safe(text, flow) else quoted(text)


def word(text: str) -> str:
    """A vocabulary value or id: plain when it is one word YAML reads as text."""
    return text if _WORD.fullmatch(text) and reads_as_text(text) else quoted(text)
