"""One class per field kind, and the one registry that maps a schema
`Field.kind` name to it. See base.Kind for what a kind knows."""

from __future__ import annotations

from types import MappingProxyType

from inspiratiebox.content.kinds.base import INVALID, LIST_SEPARATOR, PART_SEPARATOR, Kind
from inspiratiebox.content.kinds.groups import Feiten, Keuzes, Lijst, Object, Objecten, parts_form
from inspiratiebox.content.kinds.text import Email, Id, Kleur, Markdown, Tekst, Telefoon, Url
from inspiratiebox.content.kinds.values import Datum, Getal, JaNee, Keuze

KINDS: MappingProxyType[str, Kind] = MappingProxyType({
    kind.name: kind
    for kind in (
        Tekst(), Markdown(), Getal(), JaNee(), Datum(), Url(), Email(), Telefoon(), Kleur(), Id(),
        Keuze(), Keuzes(), Lijst(), Object(), Feiten(), Objecten(),
    )
})


def of(field) -> Kind:
    """The kind of a schema field; an unknown kind name fails loudly."""
    try:
        return KINDS[field.kind]
    except KeyError:
        raise ValueError(f"field {field.name!r} has unknown kind {field.kind!r}") from None


__all__ = ["INVALID", "KINDS", "LIST_SEPARATOR", "PART_SEPARATOR", "Kind", "of", "parts_form"]
