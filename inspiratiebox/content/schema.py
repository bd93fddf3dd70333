"""The content schema, written once.

Validation, the pages, the widget data, the spreadsheet import and the field
reference all read these definitions, so a field is added or renamed here and
nowhere else. Field names and vocabulary values are Dutch because municipal
staff type them in YAML; the labels are the plain Dutch a visitor reads.
"""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

_WIDGET = Path(__file__).resolve().parents[2] / "widget"


@functools.cache
def engine_vocab() -> ModuleType:
    """The engine's vocab module (widget/wijzer/vocab.py). The engine ships alone
    to the browser and cannot import the build, so what both sides share (the
    vocabularies with their labels, the answer values, the region policy, the
    stale threshold) is written there and the build reads it. It imports only
    the standard library, so it is loaded alone, by path, without the rest of
    the engine and without touching sys.path; once, so every caller shares it."""
    spec = importlib.util.spec_from_file_location("_wijzer_vocab", _WIDGET / "wijzer" / "vocab.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- Vocabularies: value -> label shown to people ---------------------------
# The engine's vocab is the one place where the engine's vocabularies are
# written, labels included; the build derives its value -> label dicts here.

_vocab = engine_vocab()

REGIOS = dict(_vocab.REGIOS)
MOTIEVEN = _vocab.labels(_vocab.MOTIEVEN_TERMS)
SECTOREN = _vocab.labels(_vocab.SECTOREN_TERMS)
TAKEN = _vocab.labels(_vocab.TAKEN_TERMS)
DAGEN = dict(_vocab.DAGEN)
DAGDELEN = dict(_vocab.DAGDELEN)
MOMENTEN = _vocab.labels(_vocab.MOMENTEN_TERMS)
UREN = dict(_vocab.UREN)
TIJD = _vocab.labels(_vocab.TIJD_TERMS)
SETTINGS = _vocab.labels(_vocab.SETTINGS_TERMS)
NEDERLANDS_NODIG = _vocab.labels(_vocab.NEDERLANDS_NODIG_TERMS)  # what a vacancy asks
NEDERLANDS_KAN = _vocab.labels(_vocab.NEDERLANDS_KAN_TERMS)  # what the candidate says
TOEGANKELIJKHEID = dict(_vocab.TOEGANKELIJKHEID)  # need -> the fact, as a vacancy states it
FEITEN = dict(_vocab.FEITEN)  # ja, nee, onbekend
REKENING = dict(_vocab.REKENING)
HULP = _vocab.labels(_vocab.HULP_TERMS)
BEGELEIDING_AANBOD = dict(_vocab.BEGELEIDING_AANBOD)
BEGELEIDING_NODIG = dict(_vocab.BEGELEIDING_NODIG)
EXTRA_BEGELEIDING_VANAF = _vocab.EXTRA_BEGELEIDING_VANAF
LEEFTIJD = _vocab.labels(_vocab.LEEFTIJD_TERMS)
# Lowest age in each band, for the minimum-age gate.
LEEFTIJD_VANAF = {band: lowest for band, (lowest, _) in _vocab.LEEFTIJD.items()}
# Benefit situations: attention points only, never a gate. Each has its region.
SITUATIES = dict(_vocab.SITUATIES_TERMS)
VEREISTEN = dict(_vocab.VEREISTEN)  # goed_gedrag: region label below
NODIG = dict(_vocab.NODIG)

GOED_GEDRAG = {
    "BE": "Uittreksel uit het strafregister",
    "NL": "Verklaring Omtrent het Gedrag (VOG)",
}

DOELGROEPEN = dict(_vocab.DOELGROEPEN)  # the engine names an organisation's experience at the desk

THEMAS = {
    "loket": "Loket en steunpunt",
    "vorming": "Vorming",
    "matching": "Matching",
    "begeleiding": "Begeleiding en opvolging",
    "informatie": "Informatie",
    "waardering": "Waardering",
    "kwetsbare_vrijwilligers": "Kwetsbare vrijwilligers",
    "samenwerking": "Samenwerking",
    "beleid": "Beleid en politieke steun",
    "preventie": "Preventie",
}

# The questions the Vrijwilligerswijzer may ask, in their default order. The
# engine knows what each one means; wijzer.yml words them, orders them and may
# leave some out. Each: (answer kind, vocabulary).
VRAGEN = {
    "motieven": ("meerdere", MOTIEVEN),
    "interesses": ("meerdere", SECTOREN),
    "taken": ("meerdere", TAKEN),
    "momenten": ("momenten", MOMENTEN),
    "tijd": ("meerdere", TIJD),
    "plaats": ("plaats", None),  # the municipality's areas, from gemeente.yml
    "setting": ("meerdere", SETTINGS),
    "nederlands": ("een", NEDERLANDS_KAN),
    "rekening": ("meerdere", REKENING),
    "begeleiding": ("een", BEGELEIDING_NODIG),
    "leeftijd": ("een", LEEFTIJD),
    "situatie": ("een", {k: v[1] for k, v in SITUATIES.items()}),
    "hulp": ("meerdere", HULP),
}
# A question asked on the same step as another, right after it: who already
# helps sits with the benefit question, so the candidate still sees at most
# MAX_VRAGEN steps while the form asks one more thing.
SAMEN_MET = {"hulp": "situatie"}
MAX_VRAGEN = 12


def steps(question_ids) -> list[list[str]]:
    """The questions as the candidate meets them, one list per step: a
    question of SAMEN_MET joins its partner's step when both are asked."""
    ids = list(question_ids)
    joins = {qid: SAMEN_MET[qid] for qid in ids if SAMEN_MET.get(qid) in ids}
    grouped = {qid: [qid] for qid in ids if qid not in joins}
    for qid, host in joins.items():
        grouped[host].append(qid)
    return list(grouped.values())

# The soft criteria the score weighs; their weights live in wijzer.yml.
CRITERIA = {
    "motieven": "Past bij wat je drijft",
    "interesses": "Past bij wat je interesseert",
    "taken": "Het soort werk dat je graag doet",
    "momenten": "Past in je agenda",
    "tijd": "Past bij de tijd die je hebt",
    "plaats": "Dicht bij jou of van thuis uit",
    "setting": "Zoals je graag samenwerkt",
    "nederlands_oefenen": "Je kunt er Nederlands oefenen",
    "toegankelijkheid": "Toegankelijk voor jou",
    "begeleiding": "De begeleiding die je zoekt",
    "ervaring": "De organisatie heeft ervaring met mensen zoals jij",
}
# Criteria added after the first release: a wijzer.yml without their weight counts them 1.
NIEUWE_CRITERIA = frozenset({"ervaring"})


# --- Field definitions -------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One content field. `kind` names its field kind in content/kinds/
    (`kinds.KINDS`), which decides how it is checked, explained, shown on
    the reference page and read from a spreadsheet:

    tekst, markdown (sanitised), getal, janee, datum, url, email, telefoon, kleur, id,
    keuze (one of `choices`), keuzes (list of `choices`), lijst (list of text),
    object (`fields`), feiten (an object of ja/nee facts, `fields`), objecten
    (list of objects with `fields`).
    `ref` names what a value must refer to: one of `refs.REF_KINDS`
    (deelgemeente, organisatie, vacature, voorbeeld, pagina, bestand).
    """

    name: str
    kind: str
    help: str
    required: bool = True
    choices: dict | None = None
    fields: tuple[Field, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    ref: str | None = None
    example: str = ""


F = Field

CONTACT = (
    F("naam", "tekst", "De dienst of de rol die kandidaten contacteren, zoals Onthaal of Vrijwilligerswerking. Geen naam van een persoon: die staat dan op de site.", required=False, example="Onthaal"),
    F("telefoon", "telefoon", "Telefoonnummer, zoals je het wilt tonen.", required=False, example="09 123 45 67"),
    F("email", "email", "E-mailadres.", required=False, example="info@voorbeeld.be"),
)

GEMEENTE = (
    F("naam", "tekst", "Naam van de gemeente zoals die op de site staat.", example="Gemeente Voorbeeld"),
    F("fictief", "janee", "Zet op ja als het om voorbeeldinhoud gaat; de site toont dan een melding.", required=False, example="nee"),
    F("regio", "keuze", "BE voor België (Vlaanderen), NL voor Nederland. Bepaalt de aandachtspunten en woorden.", choices=REGIOS, example="BE"),
    F("logo", "tekst", "Pad naar het logo in docs/, bijvoorbeeld assets/logo.svg.", required=False, ref="afbeelding", example="assets/logo.svg"),
    F("kleur", "kleur", "Hoofdkleur als hexcode (#rrggbb). Witte tekst moet er goed leesbaar op zijn.", example="#1d5a8e"),
    F("deelgemeenten", "lijst", "De deelgemeenten of wijken waaruit een kandidaat kan kiezen.", example="[Centrum, Noord]"),
    F("dichtbij", "objecten", "Deelgemeenten die dicht bij elkaar liggen. Wie in de wijzer een deelgemeente kiest, krijgt vacatures daar, van thuis uit, en in de deelgemeenten die je hier dichtbij noemt. Dat geldt in twee richtingen.", required=False, fields=(
        F("deelgemeente", "tekst", "Een deelgemeente uit deelgemeenten.", ref="deelgemeente", example="Centrum"),
        F("ook", "lijst", "De deelgemeenten dicht daarbij.", ref="deelgemeente", example="[Noord]"),
    )),
    F("repository", "url", "Adres van de kopie van deze site op GitHub of GitLab. Dan krijgt elke pagina een link 'Wijzig deze pagina'.", required=False, example="https://github.com/gemeente-voorbeeld/vrijwilligers"),
    F("privacy", "object", "Gegevens voor de privacyverklaring.", required=False, fields=(
        F("verantwoordelijke", "tekst", "Wie verantwoordelijk is voor de site (meestal het lokaal bestuur).", example="Gemeente en OCMW Voorbeeld"),
        F("host", "tekst", "Waar de site staat (de host), bijvoorbeeld GitHub Pages.", example="GitHub Pages"),
        F("contact", "email", "E-mailadres voor vragen over privacy (bijvoorbeeld de functionaris voor gegevensbescherming).", required=False, example="privacy@voorbeeld.be"),
    )),
    F("toegankelijkheid", "object", "Gegevens voor de toegankelijkheidsverklaring.", required=False, fields=(
        F("datum", "datum", "Wanneer de toegankelijkheid laatst werd nagekeken (JJJJ-MM-DD). Kijk ze minstens elk jaar na.", example="2026-11-01"),
        F("status", "keuze", "Hoe toegankelijk de site is.", choices={"volledig": "voldoet volledig", "gedeeltelijk": "voldoet gedeeltelijk", "niet": "voldoet niet"}, example="volledig"),
        F("contact", "email", "E-mailadres om een probleem met de toegankelijkheid te melden.", required=False, example="toegankelijkheid@voorbeeld.be"),
    )),
    F("loket", "object", "Het vrijwilligersloket of steunpunt waar kandidaten terechtkunnen.", fields=(
        F("naam", "tekst", "Naam van het loket.", example="Vrijwilligersloket"),
        F("adres", "tekst", "Adres van het loket.", example="Marktplein 1, 9999 Voorbeeld"),
        F("openingsuren", "lijst", "Openingsuren, één regel per moment.", example='["maandag: 9.00 tot 12.00 uur"]'),
        F("telefoon", "telefoon", "Telefoonnummer.", example="09 123 45 67"),
        F("email", "email", "E-mailadres.", example="vrijwilligers@voorbeeld.be"),
        F("afspraak", "url", "Link om een afspraak te maken.", required=False, example="https://www.voorbeeld.be/afspraak"),
    )),
)

VEREISTE = (
    F("soort", "keuze", "Wat er gevraagd wordt.", choices=VEREISTEN, example="minimumleeftijd"),
    F("nodig", "keuze", "moet (verplicht) of pluspunt.", choices=NODIG, example="moet"),
    F("leeftijd", "getal", "Alleen bij minimumleeftijd: de leeftijd in jaren.", required=False, minimum=12, maximum=99, example="18"),
)

VACATURE = (
    F("id", "id", "Korte unieke naam met kleine letters en streepjes.", example="onthaal-sociale-kruidenier"),
    F("titel", "tekst", "Titel van de vacature.", maximum=80, example="Onthaal in de sociale kruidenier"),
    F("samenvatting", "tekst", "Eén zin in eenvoudig Nederlands, hoogstens 120 tekens.", maximum=120, example="Je verwelkomt klanten en helpt ze hun weg te vinden."),
    F("beschrijving", "markdown", "Meer uitleg over het werk (Markdown mag).", required=False),
    F("sectoren", "keuzes", "Sectoren van de vacature.", choices=SECTOREN, example="[armoede]"),
    F("taken", "keuzes", "Soort werk.", choices=TAKEN, example="[met_mensen]"),
    F("momenten", "keuzes", "Wanneer het werk gebeurt (bijvoorbeeld za_ochtend). Laat weg bij flexibel.", required=False, choices=MOMENTEN, example="[di_middag, za_ochtend]"),
    F("flexibel", "janee", "Ja als de vrijwilliger zelf kiest wanneer.", required=False, example="nee"),
    F("uren", "keuze", "Hoeveel uur per week.", choices=UREN, example="2_tot_4"),
    F("eenmalig", "janee", "Ja als het om één keer of een kort project gaat.", required=False, example="nee"),
    F("deelgemeente", "tekst", "Waar het werk gebeurt: een van de deelgemeenten uit gemeente.yml.", required=False, ref="deelgemeente", example="Centrum"),
    F("van_thuis", "janee", "Ja als het werk (ook) van thuis uit kan.", required=False, example="nee"),
    F("setting", "keuzes", "Hoe je samenwerkt.", choices=SETTINGS, example="[kleine_groep]"),
    F("nederlands", "keuze", "Hoeveel Nederlands nodig is: geen, basis of goed.", choices=NEDERLANDS_NODIG, example="basis"),
    F("nederlands_oefenen", "janee", "Ja als de vrijwilliger er Nederlands kan oefenen.", required=False, example="ja"),
    F("toegankelijkheid", "feiten", "Wat de plek en het werk toegankelijk maakt: per punt ja, nee of onbekend. Wat je weglaat, is onbekend. Een kandidaat die iets nodig heeft, ziet een vacature met 'nee' niet, en een vacature met 'onbekend' apart, met de vraag om te stellen.", required=False, fields=tuple(
        F(need, "keuze", f"{fact}: ja, nee of onbekend.", required=False, choices=FEITEN,
          example={"rolstoel": "ja", "zittend": "ja", "rustig": "nee"}.get(need, "onbekend"))
        for need, fact in TOEGANKELIJKHEID.items()
    )),
    F("vereisten", "objecten", "Wat de vrijwilliger moet hebben of wat een pluspunt is.", required=False, fields=VEREISTE),
    F("begeleiding", "getal", "Begeleiding die de organisatie biedt: 0 geen, 1 licht, 2 regelmatig, 3 intensief.", minimum=0, maximum=3, example="1"),
    F("duo_mogelijk", "janee", "Ja als de vrijwilliger samen met een ervaren vrijwilliger (een duo) kan starten.", required=False, example="ja"),
    F("deeltaken", "lijst", "Delen van het werk die iemand apart kan doen, bijvoorbeeld met weinig Nederlands.", required=False, example='["tafels klaarzetten"]'),
    F("motieven", "keuzes", "Wat de vrijwilliger eraan heeft (waarden, begrip, ontplooiing, loopbaan, sociaal, bescherming).", choices=MOTIEVEN, example="[sociaal, waarden]"),
    F("plaatsen", "getal", "Hoeveel vrijwilligers de organisatie nog zoekt voor deze vacature.", minimum=0, maximum=999, example="2"),
    F("geldig_tot", "datum", "Tot wanneer de vacature loopt (JJJJ-MM-DD).", example="2027-06-30"),
    F("laatst_nagekeken", "datum", "Wanneer iemand de vacature laatst nakeek (JJJJ-MM-DD).", example="2026-10-01"),
)

ORGANISATIE = (
    F("naam", "tekst", "Naam van de organisatie.", example="Buurthuis De Linde"),
    F("beschrijving", "tekst", "Eén of twee zinnen over de organisatie.", maximum=400, example="Een buurthuis voor iedereen."),
    F("website", "url", "Website van de organisatie.", required=False, example="https://www.voorbeeld.be"),
    F("adres", "tekst", "Adres.", required=False, example="Kerkstraat 3, 9999 Voorbeeld"),
    F("deelgemeente", "tekst", "Deelgemeente uit gemeente.yml.", ref="deelgemeente", example="Centrum"),
    F("contact", "object", "Wie kandidaten contacteren.", fields=CONTACT),
    F("draagkracht", "object", "Hoeveel vrijwilligers die extra begeleiding nodig hebben de organisatie tegelijk kan opvangen.", fields=(
        F("maximum", "getal", "Hoeveel tegelijk, hoogstens.", minimum=0, maximum=99, example="2"),
        F("nu", "getal", "Hoeveel er nu al zijn.", minimum=0, maximum=99, example="1"),
        F("ervaring_met", "keuzes", "Met welke groepen de organisatie ervaring heeft.", required=False, choices=DOELGROEPEN, example="[anderstaligen]"),
    )),
    F("vacatures", "objecten", "De vacatures van deze organisatie.", fields=VACATURE),
)

BRON = (
    F("titel", "tekst", "Titel van de bron.", example="Meedoen gaat niet vanzelf"),
    F("uitgever", "tekst", "Wie de bron uitgaf.", required=False, example="Movisie"),
    F("jaar", "getal", "Jaar van uitgave.", required=False, minimum=1900, maximum=2100, example="2021"),
    F("url", "url", "Link naar de bron.", required=False, example="https://www.voorbeeld.be/bron"),
)

VOORBEELD = (
    F("titel", "tekst", "Titel van het praktijkvoorbeeld.", maximum=120, example="Een sociale kruidenier met ervaringsdeskundigen"),
    F("plaats", "tekst", "Gemeente of stad.", example="Wichelen"),
    F("land", "keuze", "BE of NL.", choices=REGIOS, example="BE"),
    F("themas", "keuzes", "Thema's.", choices=THEMAS, example="[kwetsbare_vrijwilligers]"),
    F("doelgroepen", "keuzes", "Doelgroepen.", choices=DOELGROEPEN, example="[armoede]"),
    F("samenvatting", "tekst", "Eén zin voor het overzicht.", maximum=200, example="Klanten van de sociale kruidenier helpen zelf mee in de winkel."),
    F("wat", "markdown", "Wat er gebeurt."),
    F("wie", "markdown", "Wie erbij betrokken is."),
    F("hoe", "markdown", "Hoe het aangepakt wordt."),
    F("leerpunten", "lijst", "Wat je ervan kunt leren, één punt per regel.", example='["Begin klein en bouw op."]'),
    F("bron", "object", "Waarop het voorbeeld steunt.", fields=BRON),
)

TIP = (
    F("tekst", "tekst", "De tip, kort en concreet.", maximum=300, example="Zet de openingsuren van het loket op elke folder."),
    F("thema", "keuze", "Thema van de tip.", choices=THEMAS, example="matching"),
    F("zie", "tekst", "Waar de tip vandaan komt: leidraden/<naam> of voorbeelden/<id>.", ref="pagina", example="leidraden/matchen"),
)

TIPS = (F("tips", "objecten", "De tips.", fields=TIP),)

SOORT = (
    F("id", "id", "Korte unieke naam.", example="buurthulp"),
    F("naam", "tekst", "Naam van dit soort vrijwilligerswerk.", example="Buurthulp"),
    F("uitleg", "tekst", "Eén zin uitleg in eenvoudig Nederlands.", maximum=200, example="Je helpt mensen in je eigen buurt."),
    F("voorbeelden", "lijst", "Enkele voorbeelden van taken.", example='["boodschappen doen voor een buur"]'),
    F("sectoren", "keuzes", "Sectoren.", choices=SECTOREN, required=False),
    F("taken", "keuzes", "Soort werk.", choices=TAKEN, required=False),
    F("motieven", "keuzes", "Motieven.", choices=MOTIEVEN, required=False),
)

VRAAG = (
    F("id", "keuze", "Welke vraag dit is.", choices={k: k for k in VRAGEN}, example="motieven"),
    F("vraag", "tekst", "De vraag zoals de kandidaat ze leest.", maximum=120, example="Waarom wil je vrijwilligerswerk doen?"),
    F("uitleg", "tekst", "Korte hulptekst onder de vraag.", required=False, maximum=200, example="Kies alles wat voor jou klopt."),
)

WIJZER = (
    F("intro", "tekst", "Korte uitleg boven de vragenlijst.", required=False, maximum=400, example="Beantwoord een paar vragen. Je krijgt vacatures die bij je passen."),
    F("vragen", "objecten", "De vragen, in volgorde (hoogstens 12).", fields=VRAAG),
    F("gewichten", "object", "Hoe zwaar elk criterium weegt in de score (0 tot 10).", fields=tuple(
        F(k, "getal", f"Gewicht voor: {label.lower()}.", minimum=0, maximum=10, example="2",
          required=k not in NIEUWE_CRITERIA)
        for k, label in CRITERIA.items()
    )),
    F("soorten", "objecten", "Soorten vrijwilligerswerk om te tonen, ook als er geen vacature past.", fields=SOORT),
)


@dataclass(frozen=True)
class FileKind:
    """A kind of content file: where it lives and its top-level fields."""

    pattern: str  # path under content/, with * for one file per item
    fields: tuple[Field, ...]
    help: str


FILES = {
    "gemeente": FileKind("gemeente.yml", GEMEENTE, "De gemeente, haar loket en deelgemeenten."),
    "organisatie": FileKind("organisaties/*.yml", ORGANISATIE, "Eén bestand per organisatie, met haar vacatures."),
    "voorbeeld": FileKind("voorbeelden/*.yml", VOORBEELD, "Eén bestand per praktijkvoorbeeld."),
    "tips": FileKind("tips.yml", TIPS, "Alle tips."),
    "wijzer": FileKind("wijzer.yml", WIJZER, "De vragen, de gewichten en de soorten vrijwilligerswerk van de Vrijwilligerswijzer."),
}
