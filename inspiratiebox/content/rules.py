"""Rules that tie fields and files together, beyond one field's own check.

They run on the checked dicts after every file was read, so a vacancy can be
compared with gemeente.yml and a tip with the guideline pages. `Spots` gives
each rule the line and column of the field it talks about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from inspiratiebox.content import schema
from inspiratiebox.content.model import Content, Problem
from inspiratiebox.content.refs import Where, ref_kind
from inspiratiebox.content.validate import Ref, Spots

ACCESSIBILITY_MAX_AGE_DAYS = 365  # the statement is reviewed at least once a year


def check(
    content: Content,
    refs: list[Ref],
    spots: Spots,
    *,
    content_dir: Path,
    docs: Path | None,
    today: dt.date,
    relative: Callable[[Path], str],
) -> list[Problem]:
    problems: list[Problem] = []
    problems += _references(refs, content, content_dir, docs, relative)
    problems += _gemeente(content, spots)
    problems += _accessibility(content, spots, today)
    problems += _organisations(content, spots)
    problems += _vacancies(content, spots, today)
    problems += _wijzer(content, spots)
    problems += _follow_up(content, spots)
    return problems


# --- references ------------------------------------------------------------


def _references(refs, content: Content, content_dir: Path, docs: Path | None, relative) -> list[Problem]:
    """Each remembered reference checked by the rule of its kind (refs.py)."""
    where = Where(content, content_dir, docs, relative(content_dir / "gemeente.yml"))
    problems = []
    for ref in refs:
        message = ref_kind(ref.kind).problem(ref.value, where)
        if message:
            problems.append(Problem(ref.file, ref.line, ref.column, message))
    return problems


# --- per kind of content ----------------------------------------------------


# The theme prints the site's name in attributes without escaping it, and
# escapes it in others: a name without these characters reads the same in both.
_NOT_IN_SITE_NAME = re.compile(r"[<>\"`]|&(?=[#\w])")


def _gemeente(content: Content, spots: Spots) -> list[Problem]:
    gemeente = content.gemeente
    if not gemeente:
        return []
    return _site_name(gemeente, spots) + _duplicates(
        [(name, gemeente) for name in gemeente.get("deelgemeenten") or []],
        lambda item: item[0], lambda item: spots.at(item[1], "deelgemeenten"),
        lambda name: f"De deelgemeente '{name}' staat twee keer in deelgemeenten. Haal er één weg.",
    )


def _site_name(gemeente: dict, spots: Spots) -> list[Problem]:
    name = gemeente.get("naam") or ""
    if not isinstance(name, str) or not (bad := _NOT_IN_SITE_NAME.search(name)):
        return []
    return [Problem(*spots.at(gemeente, "naam"), (
        f"De naam staat in de kop van elke pagina; het teken {bad.group(0)} kan daar zo niet in. "
        "Schrijf de naam zonder < > \" en `, en zet na een & een spatie, zoals: Stad & OCMW Voorbeeld."
    ))]


def _accessibility(content: Content, spots: Spots, today: dt.date) -> list[Problem]:
    """The accessibility statement must be reviewed every year; the law
    expects a current date on it, so a missing or old date is a warning."""
    gemeente = content.gemeente
    if not gemeente or "toegankelijkheid" in spots.refused(gemeente):
        return []
    info = gemeente.get("toegankelijkheid")
    if not isinstance(info, dict):
        return [Problem(*spots.at(gemeente), (
            "Er staat geen toegankelijkheid in gemeente.yml. Voeg toe: toegankelijkheid met datum "
            "(wanneer je de toegankelijkheid van de site laatst nakeek), status (volledig, gedeeltelijk "
            "of niet) en contact. De site maakt er de toegankelijkheidsverklaring mee. "
            "Zie de pagina Inhoud beheren."
        ), warning=True)]
    checked = info.get("datum")
    if not isinstance(checked, dt.date):
        return []  # a missing or unreadable datum is already an error from the field check
    if (today - checked).days > ACCESSIBILITY_MAX_AGE_DAYS:
        return [Problem(*spots.at(info, "datum"), (
            f"De toegankelijkheid werd het laatst nagekeken op {checked.isoformat()}, meer dan een jaar "
            "geleden. Kijk de site opnieuw na, werk de toegankelijkheidsverklaring bij en zet dan de "
            "datum van vandaag bij toegankelijkheid: datum."
        ), warning=True)]
    if checked > today:
        return [Problem(*spots.at(info, "datum"), (
            f"toegankelijkheid: datum ({checked.isoformat()}) ligt in de toekomst. Zet de datum waarop "
            "iemand de toegankelijkheid echt nakeek."
        ), warning=True)]
    return []


def _organisations(content: Content, spots: Spots) -> list[Problem]:
    problems = []
    for org in content.organisaties:
        capacity = org.get("draagkracht")
        if not isinstance(capacity, dict):
            continue
        maximum, now = capacity.get("maximum"), capacity.get("nu")
        if isinstance(maximum, int) and isinstance(now, int) and now > maximum:
            problems.append(Problem(*spots.at(capacity, "nu"), (
                f"Bij draagkracht staat nu: {now}, maar maximum: {maximum}. Er kunnen niet meer "
                "vrijwilligers met extra begeleiding zijn dan het maximum. Verhoog maximum "
                f"(naar minstens {now}) of zet nu op het echte aantal."
            )))
    return problems


def _vacancies(content: Content, spots: Spots, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    pairs = list(content.vacatures())
    problems += _duplicates(
        [vac for _, vac in pairs if vac.get("id")], lambda vac: vac["id"], lambda vac: spots.at(vac, "id"),
        lambda vac_id: f"De vacature-id '{vac_id}' is al gebruikt. Elke vacature heeft een eigen id, ook over organisaties heen.",
    )
    engine = schema.engine_vocab()  # one threshold, shared with the engine
    for _, vac in pairs:
        problems += _moments(vac, spots)
        problems += _requirements(vac, spots)
        checked, valid_until = vac.get("laatst_nagekeken"), vac.get("geldig_tot")
        if isinstance(checked, dt.date) and engine.stale(checked, today):
            problems.append(Problem(*spots.at(vac, "laatst_nagekeken"), (
                f"Deze vacature is het laatst nagekeken op {checked.isoformat()}, meer dan "
                f"{engine.STALE_AFTER_MONTHS} maanden geleden. Vraag de organisatie of ze nog klopt "
                "en zet dan de datum van vandaag bij laatst_nagekeken."
            ), warning=True))
        if isinstance(checked, dt.date) and checked > today:
            problems.append(Problem(*spots.at(vac, "laatst_nagekeken"), (
                f"laatst_nagekeken ({checked.isoformat()}) ligt in de toekomst. Zet de datum waarop "
                "iemand de vacature echt nakeek."
            ), warning=True))
        if isinstance(valid_until, dt.date) and valid_until < today:
            problems.append(Problem(*spots.at(vac, "geldig_tot"), (
                f"Deze vacature liep af op {valid_until.isoformat()}. De Vrijwilligerswijzer stelt ze "
                "niet meer voor. Verleng geldig_tot of haal de vacature weg."
            ), warning=True))
    return problems


def _moments(vac: dict, spots: Spots) -> list[Problem]:
    moments, flexible = vac.get("momenten"), vac.get("flexibel")
    if moments and flexible:
        return [Problem(*spots.at(vac, "flexibel"), (
            "Deze vacature heeft momenten én flexibel: ja. Kies één van beide: laat momenten weg "
            "als de vrijwilliger zelf kiest wanneer, of zet flexibel op nee als het werk op vaste momenten gebeurt."
        ))]
    if not moments and not flexible and not {"momenten", "flexibel"} & spots.refused(vac):
        return [Problem(*spots.at(vac), (
            "Deze vacature zegt niet wanneer het werk gebeurt. Kies één van beide: zet de vaste "
            "momenten bij momenten (bijvoorbeeld momenten: [di_middag, za_ochtend]), of schrijf "
            "flexibel: ja als de vrijwilliger zelf kiest wanneer."
        ))]
    return []


def _requirements(vac: dict, spots: Spots) -> list[Problem]:
    problems = []
    items = [item for item in vac.get("vereisten") or [] if item.get("soort")]
    problems += _duplicates(
        items, lambda item: item["soort"], lambda item: spots.at(item, "soort"),
        lambda kind: f"De vereiste '{kind}' staat twee keer bij deze vacature. Houd er één over.",
    )
    for item in items:
        age = item.get("leeftijd")
        if item["soort"] == "minimumleeftijd" and age is None and "leeftijd" not in spots.refused(item):
            problems.append(Problem(*spots.at(item), (
                "Bij de vereiste minimumleeftijd hoort de leeftijd in jaren, bijvoorbeeld: leeftijd: 18"
            )))
        elif item["soort"] != "minimumleeftijd" and age is not None:
            problems.append(Problem(*spots.at(item, "leeftijd"), (
                f"Een leeftijd hoort alleen bij de vereiste minimumleeftijd, niet bij {item['soort']}. "
                "Haal leeftijd hier weg, of maak er een aparte vereiste minimumleeftijd van."
            )))
    return problems


def _wijzer(content: Content, spots: Spots) -> list[Problem]:
    wijzer = content.wijzer
    if not wijzer:
        return []
    problems = []
    questions = [q for q in wijzer.get("vragen") or [] if q.get("id")]
    problems += _duplicates(
        questions, lambda q: q["id"], lambda q: spots.at(q, "id"),
        lambda qid: f"De vraag '{qid}' staat twee keer in vragen. Elke vraag mag één keer voorkomen.",
    )
    ids = [q["id"] for q in questions]
    steps = len(ids) - sum(1 for qid in set(ids) if schema.SAMEN_MET.get(qid) in ids)
    if steps > schema.MAX_VRAGEN:
        problems.append(Problem(*spots.at(questions[-1]), (
            f"Er staan {steps} vragen; de Vrijwilligerswijzer stelt er hoogstens "
            f"{schema.MAX_VRAGEN}. Haal er {steps - schema.MAX_VRAGEN} weg. " + _joined_note()
        )))
    if "vragen" in spots.written(wijzer) and not wijzer.get("vragen"):
        problems.append(Problem(*spots.at(wijzer, "vragen"), (
            f"Er staat geen enkele vraag bij vragen. Kies er minstens één uit: {', '.join(schema.VRAGEN)}."
        )))
    problems += _duplicates(
        [s for s in wijzer.get("soorten") or [] if s.get("id")], lambda s: s["id"], lambda s: spots.at(s, "id"),
        lambda sid: f"De id '{sid}' staat twee keer in soorten. Geef elk soort vrijwilligerswerk een eigen id.",
    )
    return problems


def _follow_up(content: Content, spots: Spots) -> list[Problem]:
    """The moments must read as a calendar: at least one, from early to late,
    and few enough that the printed plan stays on two sheets."""
    plan = content.opvolging
    if not plan:
        return []
    moments = plan.get("momenten") or []
    if "momenten" in spots.written(plan) and "momenten" not in spots.refused(plan) and not moments:
        return [Problem(*spots.at(plan, "momenten"), (
            "Er staat geen enkel moment bij momenten. Zet er minstens één onder, elk met weken, titel en "
            "vragen (zie de pagina Inhoud beheren), of haal opvolging.yml weg: dan gelden de standaardmomenten."
        ))]
    problems = []
    if len(moments) > schema.MAX_OPVOLGMOMENTEN:
        problems.append(Problem(*spots.at(moments[schema.MAX_OPVOLGMOMENTEN]), (
            f"Er staan {len(moments)} momenten; het opvolgplan heeft er hoogstens {schema.MAX_OPVOLGMOMENTEN}, "
            f"zodat het op twee bladzijden past. Haal er {len(moments) - schema.MAX_OPVOLGMOMENTEN} weg."
        )))
    earlier = None
    for moment in moments:
        weeks = moment.get("weken")
        if not isinstance(weeks, int):
            continue  # a missing or wrong number has its message from the field check
        if earlier is not None and weeks <= earlier[0]:
            _, line, _ = spots.at(earlier[1], "weken")
            problems.append(Problem(*spots.at(moment, "weken"), (
                f"Dit moment valt na {_weeks(weeks)}, maar het moment erboven (regel {line}) al na {_weeks(earlier[0])}. "
                "Zet de momenten van vroeg naar laat: elk moment heeft meer weken dan het moment erboven."
            )))
        earlier = (weeks, moment)
    return problems


def _weeks(count: int) -> str:
    return "1 week" if count == 1 else f"{count} weken"


# --- helpers -----------------------------------------------------------------


def _joined_note() -> str:
    """Which questions share a step, so they do not count twice."""
    pairs = ", ".join(f"{qid} staat bij {host}" for qid, host in schema.SAMEN_MET.items())
    return f"Samen op één stap (telt als één vraag): {pairs}."


def _duplicates(items: Iterable, key, where, message) -> list[Problem]:
    """One error at each repeat of a key, saying where it first appeared."""
    first: dict = {}
    problems = []
    for item in items:
        value = key(item)
        if value in first:
            file, line, column = first[value]
            problems.append(Problem(*where(item), f"{message(value)} De eerste staat in {file}:{line}:{column}."))
        else:
            first[value] = where(item)
    return problems


def months_before(day: dt.date, months: int) -> dt.date:
    """The engine's calendar-month rule, so check and engine draw one line."""
    return schema.engine_vocab().months_before(day, months)
