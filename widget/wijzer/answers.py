"""The candidate's answers, made safe to reason about.

Answers arrive as JSON from a form the visitor may half fill in, and a
hand-made request may send anything at all. Every question may be skipped:
a skipped question becomes None (or an empty set) so the score treats it as
neutral. What cannot be understood is dropped and its key reported, never
raised, so one odd answer never costs the candidate the whole result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import vocab


@dataclass(frozen=True)
class Candidate:
    motieven: frozenset = frozenset()
    interesses: frozenset = frozenset()
    taken: frozenset = frozenset()
    momenten: frozenset = frozenset()
    flexibel: bool = False
    tijd: frozenset = frozenset()  # one-off and/or hour bands
    plaats: str | None = None  # a deelgemeente as the municipality spells it, or "thuis"
    setting: frozenset = frozenset()
    nederlands: str | None = None
    rekening: frozenset = frozenset()
    begeleiding: int | None = None
    leeftijd: str | None = None
    situatie: str | None = None
    hulp: frozenset = frozenset()  # who already helps, never a diagnosis
    genegeerd: tuple = field(default=())

    @property
    def extra_begeleiding(self) -> bool:
        return self.begeleiding is not None and self.begeleiding >= vocab.EXTRA_BEGELEIDING_VANAF

    @property
    def niets_gekozen(self) -> bool:
        """True when no answer narrows or orders the vacancies (situatie does not)."""
        return not any((
            self.motieven, self.interesses, self.taken, self.momenten, self.flexibel,
            self.tijd, self.plaats, self.setting, self.nederlands, self.rekening,
            self.begeleiding is not None, self.leeftijd,
        ))

    @property
    def gaf_momenten(self) -> bool:
        return bool(self.momenten) and not self.flexibel

    @property
    def uren(self) -> frozenset:
        """The hour bands chosen for regular work."""
        return self.tijd - {vocab.EENMALIG}

    @property
    def alleen_eenmalig(self) -> bool:
        return self.tijd == {vocab.EENMALIG}

    @property
    def alleen_geregeld(self) -> bool:
        return bool(self.tijd) and vocab.EENMALIG not in self.tijd

    @property
    def geholpen(self) -> frozenset:
        """Who already helps, "nobody" left out."""
        return self.hulp - {vocab.NIEMAND}

    @property
    def noden(self) -> frozenset:
        """The needs a vacancy answers with facts (all but the licence)."""
        return self.rekening & frozenset(vocab.TOEGANKELIJKHEID)


_MULTI = {
    "motieven": vocab.MOTIEVEN,
    "interesses": vocab.SECTOREN,
    "taken": vocab.TAKEN,
    "setting": vocab.SETTINGS,
    "rekening": vocab.REKENING,
    "tijd": vocab.TIJD,  # a lone string, as older links hold it, counts as a list of one
    "hulp": vocab.HULP,
}
_SINGLE = {
    "nederlands": vocab.NEDERLANDS_KAN,
    "leeftijd": vocab.LEEFTIJD,
    "situatie": vocab.SITUATIES,
}
KNOWN = (*_MULTI, "momenten", *_SINGLE, "plaats", "begeleiding")


def _as_list(value):
    """A list answer; a lone string counts as a list of one."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return list(value)
    return None


def _choices(value, allowed):
    """(kept values, whether something was dropped)."""
    items = _as_list(value)
    if items is None:
        return frozenset(), value is not None
    kept = frozenset(v for v in items if isinstance(v, str) and v in allowed)
    return kept, len(kept) < len({v if isinstance(v, str) else repr(v) for v in items})


def _begeleiding(value):
    """0..3 as int or numeric string; anything else is not understood."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value.isdigit():
            return None
        try:  # "²" passes isdigit() but not int(); so does a 5000-digit string
            value = int(value)
        except ValueError:
            return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and value in vocab.BEGELEIDING:
        return value
    return None


def _plaats(value, deelgemeenten):
    """The municipality's own spelling of the chosen area, "thuis", or None."""
    if not isinstance(value, str):
        return None, value is not None
    wanted = value.strip().casefold()
    if not wanted:
        return None, False
    if wanted == vocab.THUIS:
        return vocab.THUIS, False
    for name in deelgemeenten:
        if isinstance(name, str) and name.strip().casefold() == wanted:
            return name, False
    return None, True


def read_answers(answers, deelgemeenten=()) -> Candidate:
    """Normalise raw answers into a Candidate; nothing in here raises."""
    if not isinstance(answers, dict):
        return Candidate(genegeerd=() if answers is None else ("antwoorden",))
    values: dict = {}
    ignored: list = []

    def unclear(key):
        if key not in ignored:
            ignored.append(key)

    for key, raw in answers.items():
        if not isinstance(key, str) or key not in KNOWN:
            unclear(str(key))
            continue
        if raw is None:
            continue
        if key in _MULTI:
            values[key], dropped = _choices(raw, _MULTI[key])
        elif key == "momenten":
            items = _as_list(raw)
            if items is not None and vocab.FLEXIBEL in items:
                values["flexibel"] = True
                items = [v for v in items if v != vocab.FLEXIBEL]
            values[key], dropped = _choices(items, vocab.MOMENTEN)
            dropped = dropped or items is None
        elif key in _SINGLE:
            ok = isinstance(raw, str) and raw in _SINGLE[key]
            if ok:
                values[key] = raw
            dropped = not ok and raw != ""
        elif key == "plaats":
            values[key], dropped = _plaats(raw, deelgemeenten)
        else:  # begeleiding
            values[key] = _begeleiding(raw)
            dropped = values[key] is None and raw != ""
        if dropped:
            unclear(key)
    return Candidate(**values, genegeerd=tuple(ignored))
