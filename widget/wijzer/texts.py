"""Every sentence the candidate reads, in one place, in plain Dutch (B1).

Kept apart from the logic so the wording can be reviewed and improved by
someone who does not read Python, and so the rules stay short. Sentences
are short, address the reader as "je" and avoid jargon; where a word of
jargon is unavoidable (C45B, VOG) the sentence says what it is.

Sentences marked @once are written once and then reused: the same few come
back for thousands of vacancies (what is shared is a part of the
candidate's own answers), and writing them again each time would take a
good part of the time to rank 10,000 vacancies.
"""

from __future__ import annotations

from functools import lru_cache

from . import vocab

once = lru_cache(maxsize=1024)


def opsomming(items, woord: str = "en") -> str:
    """"a", "a en b", "a, b en c": a Dutch list in running text."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {woord} {items[-1]}"


def _sorted_labels(values, labels) -> list:
    """Labels in vocabulary order, so sentences are the same on every run."""
    return [label for key, label in labels.items() if key in values]


# --- Why a vacancy fits ("waarom dit past") ------------------------------------

@once
def reden_motieven(gedeeld) -> str:
    return f"Je wilt {opsomming(_sorted_labels(gedeeld, vocab.MOTIEVEN))}. Dat kan hier."


@once
def reden_interesses(gedeeld) -> str:
    return f"Het werk gaat over {opsomming(_sorted_labels(gedeeld, vocab.SECTOREN))}. Dat vind je interessant."


@once
def reden_taken(gedeeld) -> str:
    return f"Je doet hier wat je graag doet: {opsomming(_sorted_labels(gedeeld, vocab.TAKEN))}."


@once
def reden_momenten(gedeeld, vacature_flexibel: bool, kandidaat_flexibel: bool) -> str:
    if vacature_flexibel:
        return "Je kiest zelf wanneer je werkt."
    if kandidaat_flexibel:
        return "Je bent flexibel in je tijd. Dat past bij dit werk."
    momenten = opsomming(_sorted_labels(gedeeld, vocab.MOMENTEN), "of")
    return f"Het werk is op {momenten}, en dan heb je tijd."


@once
def reden_tijd(uren, eenmalig: bool, kandidaat_eenmalig: bool) -> str:
    if eenmalig and kandidaat_eenmalig:
        return "Het is werk voor één keer of af en toe. Dat zoek je."
    if eenmalig:
        return "Het is werk voor één keer of een kort project. Dat kun je eens proberen."
    return f"Het werk vraagt {vocab.UREN.get(uren, 'een paar uur per week')}. Dat past bij je tijd."


def reden_plaats(deelgemeente: str, thuis: bool) -> str:
    if thuis:
        return "Je kunt het werk van thuis uit doen."
    return f"Het werk is in {deelgemeente}, waar je graag wilt werken."


def reden_plaats_ook_thuis() -> str:
    return "Het werk kan ook van thuis uit."


def reden_plaats_dichtbij(deelgemeente: str, gekozen: str) -> str:
    return f"Het werk is in {deelgemeente}. Dat is dicht bij {gekozen}."


VAN_THUIS = "Van thuis uit"
OOK_VAN_THUIS = "ook van thuis uit"


@once
def reden_setting(gedeeld) -> str:
    return f"Je werkt {opsomming(_sorted_labels(gedeeld, vocab.SETTINGS), 'of')}, zoals je graag doet."


def reden_nederlands_oefenen() -> str:
    return "Je kunt er Nederlands oefenen."


_TOEGANKELIJK = {
    "rolstoel": "Je kunt er met een rolstoel binnen.",
    "zittend": "Je kunt het werk zittend doen.",
    "rustig": "Het is een rustige plek.",
    "weinig_lezen": "Je hoeft weinig te lezen en te schrijven.",
    "gehoor": "Het werk gaat ook als je slecht hoort.",
    "zicht": "Het werk gaat ook als je slecht ziet.",
    "korte_blokken": "Je kunt kort werken, met pauzes.",
}


@once
def reden_toegankelijkheid(gedeeld) -> str:
    return " ".join(_TOEGANKELIJK[k] for k in vocab.TOEGANKELIJKHEID if k in gedeeld)


_HULP = {
    1: "er is iemand voor je vragen",
    2: "een vaste persoon volgt je op",
    3: "iemand werkt van dichtbij met je samen",
}


@once
def reden_begeleiding(aanbod: int) -> str:
    return f"Je krijgt hier de hulp die je zoekt: {_HULP.get(aanbod, _HULP[1])}."


# The organisation's experience, in neutral words: who it works with, never a label for the candidate.
_ERVARING = {
    "anderstaligen": "mensen die Nederlands leren",
    "armoede": "mensen met een klein inkomen",
    "werkzoekenden": "mensen die werk zoeken",
    "psychisch": "mensen die begeleiding krijgen uit de zorg",
    "beperking": "mensen met een beperking",
    "detentie": "mensen die begeleid worden door justitie",
    "jongeren": "jongeren",
    "ouderen": "ouderen",
}


@once
def reden_ervaring(gedeeld) -> str:
    return f"De organisatie werkt al vaker met {opsomming(_sorted_labels(gedeeld, _ERVARING))}."


# --- Points to discuss ("bespreken") -------------------------------------------

_NOG_NIET_GEZEGD = {
    "rolstoel": "of je er met een rolstoel binnen kunt",
    "zittend": "of je het werk zittend kunt doen",
    "rustig": "of het er rustig is",
    "weinig_lezen": "hoeveel je moet lezen en schrijven",
    "gehoor": "of het werk gaat als je slecht hoort",
    "zicht": "of het werk gaat als je slecht ziet",
    "korte_blokken": "of je kort kunt werken, met pauzes",
}


def _unknown(noden) -> str:
    return opsomming([_NOG_NIET_GEZEGD[k] for k in vocab.TOEGANKELIJKHEID if k in noden])


def goed_gedrag(regio: str) -> str:
    if regio == "BE":
        return (
            "Je hebt een uittreksel uit het strafregister nodig. Dat is een papier dat zegt "
            "of je een veroordeling hebt. De organisatie vraagt het aan iedereen die dit werk doet. "
            "Je vraagt het gratis aan bij je gemeente of online."
        )
    if regio == "NL":
        return (
            "Je hebt een Verklaring Omtrent het Gedrag (VOG) nodig. Dat is een papier dat zegt "
            "dat je verleden geen probleem is voor dit werk. De organisatie vraagt het aan iedereen "
            "die dit werk doet. Vraag hoe je de VOG aanvraagt. "
            "Voor veel vrijwilligers is de VOG gratis."
        )
    return "Je hebt een bewijs van goed gedrag nodig. Vraag de organisatie hoe je dat krijgt."


def rijbewijs() -> str:
    return "Je hebt een rijbewijs B nodig."


def rijbewijs_pluspunt() -> str:
    return "Een rijbewijs is hier een pluspunt. Vraag of het werk ook zonder rijbewijs kan."


def waar() -> str:
    return "Vraag waar het werk is."


def minimumleeftijd(jaar: int) -> str:
    return f"Je moet minstens {jaar} jaar zijn."


def extra_begeleiding() -> str:
    return "Vertel dat je graag een vaste persoon hebt die je helpt. Vraag wie dat is."


def nederlands_goed_nodig() -> str:
    return "Voor dit werk is goed Nederlands nodig."


def wanneer() -> str:
    return "Vraag wanneer het werk gebeurt."


@once
def andere_uren(uren) -> str:
    return f"Het werk vraagt {vocab.UREN.get(uren, 'een aantal uur per week')}. Vraag of dat anders kan."


def lang_niet_nagekeken() -> str:
    return "Deze vacature is al lang niet nagekeken. Vraag of ze nog loopt."


def plaatsen_onbekend() -> str:
    return "Vraag of er nog plaats is."


# --- Near misses ("bijna") -----------------------------------------------------

_NEDERLANDS_NODIG = {
    "basis": "Voor dit werk moet je een eenvoudig gesprek in het Nederlands kunnen voeren.",
    "goed": "Voor dit werk is goed Nederlands nodig.",
}


def bijna_nederlands_reden(nodig: str) -> str:
    return _NEDERLANDS_NODIG.get(nodig, _NEDERLANDS_NODIG["goed"])


@once
def bijna_nederlands_vraag(deeltaken, duo: bool) -> str:
    zinnen = []
    if deeltaken:
        zinnen.append(f"Vraag of je een deel van het werk kunt doen: {opsomming(deeltaken, 'of')}.")
    if duo:
        zinnen.append(
            ("Of vraag" if zinnen else "Vraag")
            + " of je kunt starten samen met een ervaren vrijwilliger (een duo)."
        )
    return " ".join(zinnen)


@once
def bijna_toegang_reden(noden) -> str:
    return f"De organisatie zei nog niet {_unknown(noden)}."


@once
def bijna_toegang_vraag(noden) -> str:
    return f"Vraag {_unknown(noden)}."


def bijna_begeleiding_reden() -> str:
    return "Je zoekt meer hulp dan de organisatie meestal geeft."


def bijna_begeleiding_vraag() -> str:
    return "Vraag of je kunt starten samen met een ervaren vrijwilliger (een duo) die je helpt."


# --- Next step ("volgende stap") -----------------------------------------------
# The contact details follow on the card itself, as links.

@once
def stap_contact(naam: str) -> str:
    return f"Neem contact op met {naam or 'de organisatie'}."


@once
def stap_eerst_loket(helpers: str, loket_naam: str) -> str:
    if helpers:
        return f"Neem dit blad mee naar {helpers} of naar het loket."
    return f"Ga eerst naar {loket_naam or 'het vrijwilligersloket'} en neem dit blad mee."


@once
def stap_vraag_stellen(naam: str) -> str:
    return f"Stel je vraag aan {naam or 'de organisatie'}."


# --- Desk advice ----------------------------------------------------------------

def loket_geen_resultaat() -> str:
    return "We vonden geen vacature die helemaal past. Op het loket zoeken ze samen met jou verder."


def loket_intensief() -> str:
    return "Je zoekt iemand die van dichtbij met je meewerkt. Op het loket zoeken ze samen met jou een plek waar dat kan."


def loket_vaste_persoon() -> str:
    return "Je wilt graag een vaste persoon die je helpt. Neem je resultaten mee naar het loket. Zij helpen je om de juiste plek te vinden."


@once
def loket_met_hulp(helpers: str) -> str:
    return (f"Je krijgt al hulp van {helpers}. Neem je resultaten mee naar die persoon of naar het loket. "
            "Samen kiezen jullie een plek die bij je past.")


# --- When nothing fits: what to loosen ------------------------------------------

def _keuze(question: str, c) -> str:
    """The candidate's own choice for a question, as a short label."""
    if question == "plaats":
        return VAN_THUIS if c.plaats == vocab.THUIS else c.plaats
    if question == "tijd":
        return opsomming(_sorted_labels(c.tijd, vocab.TIJD), "of")
    chosen = _sorted_labels(c.momenten, vocab.MOMENTEN)
    return opsomming(chosen, "of") if len(chosen) <= 2 else "de momenten die je koos"


def vacatures(aantal: int) -> str:
    return "1 vacature" if aantal == 1 else f"{aantal} vacatures"


def verruimen(question: str, c, aantal: int) -> str:
    return f"Zonder je keuze '{_keuze(question, c)}': {vacatures(aantal)}."


# --- Attention points -------------------------------------------------------------

AANDACHT = {
    "werkloosheid": (
        "Je krijgt een werkloosheidsuitkering. Meld je vrijwilligerswerk aan de RVA voordat je begint. "
        "Dat doe je met formulier C45B. Je geeft het af bij wie je uitkering betaalt: "
        "je vakbond of de HVW (je uitbetalingsinstelling)."
    ),
    "ziekte": (
        "Je krijgt een uitkering van het ziekenfonds. Vraag eerst toestemming aan de adviserend arts "
        "van je ziekenfonds. Begin pas als de arts ja zegt."
    ),
    "leefloon": (
        "Je krijgt een leefloon. Vertel je maatschappelijk werker bij het OCMW dat je "
        "vrijwilligerswerk wilt doen, voordat je begint."
    ),
    "ww": "Je krijgt een WW-uitkering. Meld je vrijwilligerswerk bij UWV voordat je begint.",
    "bijstand": (
        "Je krijgt een bijstandsuitkering. Vraag eerst aan je gemeente of het vrijwilligerswerk "
        "past bij je uitkering."
    ),
    "tegemoetkoming": (
        "Je krijgt een tegemoetkoming voor personen met een handicap. Je mag vrijwilligerswerk doen. "
        "Krijg je een onkostenvergoeding? Blijf dan onder het maximum voor vrijwilligers. "
        "Twijfel je? Vraag het aan de FOD Sociale Zekerheid, de dienst voor personen met een handicap."
    ),
    "wajong_wia": (
        "Je krijgt een Wajong- of WIA-uitkering. Je hebt geen toestemming nodig voor vrijwilligerswerk. "
        "Maar je moet het wel aan UWV doorgeven, voordat je begint."
    ),
    "weet_niet": (
        "Weet je niet zeker of je een uitkering krijgt? Vraag het na voordat je begint: aan wie je geld "
        "betaalt, of op het loket. Bij sommige uitkeringen moet je vrijwilligerswerk eerst melden."
    ),
}
VRIJWILLIG = "Vrijwilligerswerk doe je omdat je het zelf wilt. Niemand mag je verplichten."


# --- Orientation --------------------------------------------------------------------

def soort_motieven(gedeeld) -> str:
    return f"Je wilt {opsomming(_sorted_labels(gedeeld, vocab.MOTIEVEN))}."


def soort_interesses(gedeeld) -> str:
    return f"Het gaat over {opsomming(_sorted_labels(gedeeld, vocab.SECTOREN))}."


def soort_taken(gedeeld) -> str:
    return f"Je houdt van {opsomming(_sorted_labels(gedeeld, vocab.TAKEN))}."


SOORT_ALGEMEEN = "Ook dit soort werk kan iets voor jou zijn."


# --- Summary -------------------------------------------------------------------------

def samenvatting(aantal: int, bijna: int, niets_gekozen: bool = False) -> str:
    if niets_gekozen:
        if aantal == 1:
            return "Je koos nog niets. Er is nu 1 vacature open."
        return f"Je koos nog niets. Dit zijn alle {aantal} vacatures die nu open zijn."
    if aantal == 1:
        zin = "We vonden 1 vacature die bij je past."
    elif aantal:
        zin = f"We vonden {aantal} vacatures die bij je passen."
    else:
        zin = "We vonden nu geen vacature die helemaal bij je past."
    if bijna == 1:
        zin += " Eén vacature past misschien na een gesprek."
    elif bijna:
        zin += f" {bijna} vacatures passen misschien na een gesprek."
    return zin


# --- At the desk: for the coordinator, about the candidate ----------------------
# These sentences speak of "de kandidaat": the coordinator reads them, often
# with the candidate beside them, so they stay plain and never judge.

_MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december")


def datum(day) -> str:
    """"1 oktober 2026": a date as people write it."""
    return f"{day.day} {_MAANDEN[day.month - 1]} {day.year}"


def _geleden(dagen: int, maanden: int) -> str:
    if dagen == 0:
        return "vandaag"
    if dagen == 1:
        return "gisteren"
    if dagen < 14:
        return f"{dagen} dagen geleden"
    if maanden < 2:
        return f"{dagen // 7} weken geleden"
    if maanden < 12:
        return f"{maanden} maanden geleden"
    jaren = maanden // 12
    return f"{'ruim ' if maanden % 12 else ''}{jaren} jaar geleden"


def nagekeken(laatst, today) -> str:
    """When a vacancy was last checked, and how long ago that is."""
    if laatst is None:
        return "Niemand vulde in wanneer deze vacature werd nagekeken. Vraag of ze nog loopt."
    if today is None or laatst > today:
        return f"Laatst nagekeken op {datum(laatst)}."
    maanden = (today.year - laatst.year) * 12 + today.month - laatst.month - (today.day < laatst.day)
    zin = f"Laatst nagekeken op {datum(laatst)}, {_geleden((today - laatst).days, maanden)}."
    if vocab.stale(laatst, today):
        zin += f" Dat is langer dan {vocab.STALE_AFTER_MONTHS} maanden: vraag of ze nog loopt."
    return zin


_BEGELEIDING_KORT = {
    0: "geen extra begeleiding",
    1: "lichte begeleiding",
    2: "regelmatige begeleiding",
    3: "intensieve begeleiding",
}
_KAN = {
    "weinig": "spreekt nog weinig Nederlands",
    "basis": "kan een eenvoudig gesprek in het Nederlands voeren",
    "goed": "spreekt goed Nederlands",
}
_NODIG = {
    "basis": "een eenvoudig gesprek in het Nederlands",
    "goed": "goed Nederlands",
}


def _feiten(noden) -> str:
    return "; ".join(fact[0].lower() + fact[1:] for key, fact in vocab.TOEGANKELIJKHEID.items() if key in noden)


def poort_verlopen(tot) -> str:
    return f"De vacature liep af op {datum(tot)}."


def poort_vol() -> str:
    return "De vacature heeft geen open plaatsen meer."


def poort_leeftijd(jaar: int) -> str:
    return f"De kandidaat is jonger dan de minimumleeftijd van {jaar} jaar."


def poort_rijbewijs() -> str:
    return "De vacature vraagt een rijbewijs B. De kandidaat heeft geen rijbewijs."


def poort_toegang(noden) -> str:
    return f"De kandidaat heeft iets nodig dat hier volgens de organisatie niet kan: {_feiten(noden)}."


def poort_toegang_onbekend(noden) -> str:
    return f"De organisatie zei nog niet of dit kan: {_feiten(noden)}. Vraag het na."


def poort_plaats(deelgemeente: str, gekozen: str) -> str:
    if gekozen == vocab.THUIS:
        return "De kandidaat wil van thuis uit werken. Dit werk kan niet van thuis uit."
    return f"Het werk is in {deelgemeente}. De kandidaat koos {gekozen}."


def poort_ritme(alleen_eenmalig: bool) -> str:
    if alleen_eenmalig:
        return "De kandidaat zoekt werk voor één keer of af en toe. Dit is geregeld werk."
    return "De kandidaat zoekt geregeld werk. Dit is werk voor één keer of een kort project."


def poort_momenten(momenten) -> str:
    return (f"Het werk is op {opsomming(_sorted_labels(momenten, vocab.MOMENTEN), 'of')}. "
            "Dan heeft de kandidaat geen tijd.")


def poort_draagkracht(naam: str, nu: int, maximum: int) -> str:
    return (f"{naam or 'De organisatie'} begeleidt nu {nu} van de {maximum} vrijwilligers die extra "
            "begeleiding nodig hebben. Er is geen plaats meer voor iemand die extra begeleiding nodig heeft.")


def poort_begeleiding(nodig: int, aanbod: int) -> str:
    return f"De kandidaat vraagt {_BEGELEIDING_KORT[nodig]}. De vacature biedt {_BEGELEIDING_KORT[aanbod]}."


def poort_nederlands(nodig: str, kan: str) -> str:
    return f"De vacature vraagt {_NODIG.get(nodig, _NODIG['goed'])}. De kandidaat {_KAN[kan]}."
