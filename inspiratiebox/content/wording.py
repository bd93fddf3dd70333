"""Small Dutch wording helpers for pages: lists, labels, dates, counts.

Content may be incomplete or wrongly typed (bad input never crashes), so
every helper accepts anything and falls back to something readable.
"""

from __future__ import annotations

import datetime as dt

from inspiratiebox.content.schema import TOEGANKELIJKHEID

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli",
    "augustus", "september", "oktober", "november", "december",
)


def as_list(value) -> list:
    """A list from a list, a single value, or nothing."""
    if value is None or value is False or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [v for v in value if v is not None]
    return [value]


def as_dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def label(vocabulary: dict, key) -> str:
    """The schema's label for a key; an unknown key is shown as typed."""
    try:
        return vocabulary.get(key, str(key)) if key is not None else ""
    except TypeError:  # unhashable key from broken YAML
        return str(key)


def labels(vocabulary: dict, keys) -> list[str]:
    return [label(vocabulary, k) for k in as_list(keys)]


def join(items) -> str:
    """"a, b en c": the Dutch way of listing."""
    items = [str(i) for i in items if str(i)]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def access_states(value) -> dict[str, str]:
    """need -> "ja" | "nee" | "onbekend" from `toegankelijkheid`, every need of
    the schema first, in its order, then any need it does not know, as typed.
    Reads both shapes: a mapping need -> ja / nee (anything else unknown), or
    an older list of the needs that are met (the others unknown)."""
    if isinstance(value, dict):
        given = {k: _access_state(v) for k, v in value.items() if isinstance(k, str)}
    else:
        given = {k: "ja" for k in as_list(value) if isinstance(k, str)}
    return {k: given.get(k, "onbekend") for k in [*TOEGANKELIJKHEID, *(k for k in given if k not in TOEGANKELIJKHEID)]}


def _access_state(value) -> str:
    if value is True or value is False:  # a bare yes/no in YAML
        return "ja" if value else "nee"
    return value if value in ("ja", "nee") else "onbekend"


def as_date(value) -> dt.date | None:
    """A date from a date, a datetime or an ISO string; None if unreadable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def date_text(value) -> str:
    """"15 oktober 2026"; an unreadable date is shown as typed."""
    day = as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


def as_int(value, default: int = 0) -> int:
    if isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def count(n: int, one: str, many: str) -> str:
    """"1 voorbeeld", "3 voorbeelden"."""
    return f"{n} {one if n == 1 else many}"
