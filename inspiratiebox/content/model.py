"""The validated content every consumer reads: pages, widget data, import."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """A content error or warning, printed as `file:line:column: message`."""

    file: str
    line: int
    column: int
    message: str
    warning: bool = False

    def __post_init__(self) -> None:
        """One line, whatever a message quotes: `file:line:column: message`
        is read line by line, and a value with a line break in it would
        start a line that names no place."""
        if len(self.message.splitlines()) > 1:
            object.__setattr__(self, "message", " ".join(part.strip() for part in self.message.splitlines()))

    def __str__(self) -> str:
        prefix = "waarschuwing: " if self.warning else ""
        return f"{self.file}:{self.line}:{self.column}: {prefix}{self.message}"


@dataclass
class Content:
    """All of content/, as plain dicts keyed by the schema's Dutch field names.

    Optional fields that were left out are present with an empty value ([] for
    lists, False for janee, None otherwise), so consumers never guess.
    Organisations and practice examples carry their `id` (the file name).
    """

    root: Path
    gemeente: dict
    organisaties: list[dict] = field(default_factory=list)
    voorbeelden: list[dict] = field(default_factory=list)
    tips: list[dict] = field(default_factory=list)
    wijzer: dict = field(default_factory=dict)
    # The follow-up plan: content/opvolging.yml, or the standard plan without it.
    opvolging: dict | None = None

    def vacatures(self):
        """Every (organisation, vacancy) pair, in a stable order."""
        for org in self.organisaties:
            for vac in org["vacatures"]:
                yield org, vac
