"""The vocabularies, written once: the values the engine understands, with
per value the engine's datum (the short Dutch word it puts into sentences, a
rank, an age range, a region) and the label people read in the form and on
the site.

Why here and not in the build's schema: the engine ships alone to the
browser and may import nothing else, while the build can import the engine
(inspiratiebox/content/schema.py does, through `engine_vocab()`), so this is
the one place both can read without generating code. A vocabulary whose
engine datum is just the value is a plain value -> label dict: the engine only
asks `value in VOCAB`. Build-only vocabularies (themes) stay in the schema so
the engine archive stays lean.
"""

from __future__ import annotations

import datetime as dt


def words(terms: dict) -> dict:
    """value -> the engine's datum, from value -> (datum, label)."""
    return {value: datum for value, (datum, _) in terms.items()}


def labels(terms: dict) -> dict:
    """value -> the label people read, from value -> (datum, label)."""
    return {value: label for value, (_, label) in terms.items()}


REGIOS = {"BE": "België (Vlaanderen)", "NL": "Nederland"}

# Motive -> (the end of "Je wilt ...", the question's answer). Six functions
# after Clary et al. (1998), in our own words.
MOTIEVEN_TERMS = {
    "waarden": ("iets doen voor anderen", "Ik wil iets doen voor anderen of voor iets waar ik in geloof."),
    "begrip": ("nieuwe dingen leren", "Ik wil nieuwe dingen leren en ontdekken."),
    "ontplooiing": ("je nuttig voelen", "Ik wil me nuttig voelen en meer zelfvertrouwen krijgen."),
    "loopbaan": ("ervaring opdoen voor werk of een opleiding", "Ik wil ervaring opdoen voor werk of een opleiding."),
    "sociaal": ("mensen ontmoeten", "Ik wil mensen ontmoeten en ergens bij horen."),
    "bescherming": ("even iets anders doen", "Ik wil even iets anders doen en minder piekeren."),
}
MOTIEVEN = words(MOTIEVEN_TERMS)

SECTOREN_TERMS = {
    "zorg_welzijn": ("zorg en welzijn", "Zorg en welzijn"),
    "kinderen_jongeren": ("kinderen en jongeren", "Kinderen en jongeren"),
    "ouderen": ("ouderen", "Ouderen"),
    "sport": ("sport en beweging", "Sport en beweging"),
    "cultuur": ("cultuur en evenementen", "Cultuur en evenementen"),
    "natuur": ("natuur, dieren en milieu", "Natuur, dieren en milieu"),
    "taal_nieuwkomers": ("taal en nieuwkomers", "Taal en nieuwkomers"),
    "armoede": ("armoede en voedselhulp", "Armoede en voedselhulp"),
    "buurt": ("buurt en samenleven", "Buurt en samenleven"),
    "administratie": ("administratie en geldzaken", "Administratie en geldzaken"),
}
SECTOREN = words(SECTOREN_TERMS)

TAKEN_TERMS = {
    "met_mensen": ("werken met mensen", "Met mensen bezig zijn: praten, helpen, begeleiden"),
    "praktisch": ("praktisch werk", "Praktisch werk met je handen"),
    "organiseren": ("dingen regelen", "Regelen en organiseren"),
    "creatief": ("creatief werk", "Creatief werk: tekenen, muziek, schrijven"),
    "buiten": ("buiten werken", "Buiten werken"),
}
TAKEN = words(TAKEN_TERMS)

# Days and parts of day: the word in a sentence is the label.
DAGEN = {
    "ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag",
    "vr": "vrijdag", "za": "zaterdag", "zo": "zondag",
}
DAGDELEN = {"ochtend": "ochtend", "middag": "middag", "avond": "avond"}
# The 21 slots of the UK Volunteering Data Standard: weekday x part of day.
MOMENTEN_TERMS = {
    f"{d}_{p}": (f"{dag}{deel}", f"{dag} {deel}") for d, dag in DAGEN.items() for p, deel in DAGDELEN.items()
}
MOMENTEN = words(MOMENTEN_TERMS)
FLEXIBEL = "flexibel"
THUIS = "thuis"
OVERAL = ""  # the empty place: "Maakt niet uit"

# Hour bands of a vacancy, in order: the distance between two bands is a fit.
UREN = {
    "minder_dan_2": "minder dan 2 uur per week",
    "2_tot_4": "2 tot 4 uur per week",
    "4_tot_8": "4 tot 8 uur per week",
    "meer_dan_8": "meer dan 8 uur per week",
}
EENMALIG = "eenmalig"
# The candidate's question adds "one-off" to the hour bands.
TIJD_TERMS = {
    EENMALIG: ("één keer of af en toe", "Eén keer of af en toe"),
    **{band: (text, text[0].upper() + text[1:]) for band, text in UREN.items()},
}
TIJD = words(TIJD_TERMS)

SETTINGS_TERMS = {
    "alleen": ("alleen", "Alleen"),
    "duo": ("samen met één andere persoon", "Samen met één andere persoon (een duo)"),
    "kleine_groep": ("in een kleine groep", "In een kleine groep"),
    "grote_groep": ("in een grote groep", "In een grote groep"),
}
SETTINGS = words(SETTINGS_TERMS)

# Dutch: what a vacancy needs and what the candidate can, as (rank, label);
# equal rank covers.
NEDERLANDS_NODIG_TERMS = {
    "geen": (0, "Nederlands is niet nodig"),
    "basis": (1, "Een eenvoudig gesprek in het Nederlands"),
    "goed": (2, "Goed Nederlands"),
}
NEDERLANDS_NODIG = words(NEDERLANDS_NODIG_TERMS)
NEDERLANDS_KAN_TERMS = {
    "weinig": (0, "Ik spreek nog weinig Nederlands."),
    "basis": (1, "Ik kan een eenvoudig gesprek voeren in het Nederlands."),
    "goed": (2, "Ik spreek goed Nederlands."),
}
NEDERLANDS_KAN = words(NEDERLANDS_KAN_TERMS)
NEDERLANDS_OEFENT = ("weinig", "basis")  # who gains from a chance to practise

# Needs: what a candidate may ask us to take into account, and the fact a
# vacancy states about each. need -> (the fact, as a vacancy's label; the
# candidate's answer). A vacancy says per need ja, nee or nothing (unknown):
# "nee" hides it from whoever has the need, unknown makes it a near miss
# with the question to ask, never a plain match.
NODEN_TERMS = {
    "rolstoel": ("Toegankelijk met een rolstoel", "Ik gebruik een rolstoel."),
    "zittend": ("Je kunt het werk zittend doen", "Ik kan niet lang staan."),
    "rustig": ("Een rustige plek met weinig prikkels", "Ik heb een rustige plek nodig."),
    "weinig_lezen": ("Je hoeft weinig te lezen en te schrijven", "Lezen en schrijven is moeilijk voor mij."),
    "gehoor": ("Ook goed te doen als je slecht hoort", "Ik hoor slecht."),
    "zicht": ("Ook goed te doen als je slecht ziet", "Ik zie slecht."),
    "korte_blokken": ("Je kunt in korte blokken werken, met pauzes", "Ik heb weinig energie. Ik werk liefst kort, met pauzes."),
}
TOEGANKELIJKHEID = {need: fact for need, (fact, _) in NODEN_TERMS.items()}
# Needs about the building: a role done from home is not judged on them.
PLEK_NODEN = frozenset({"rolstoel", "rustig"})
JA, NEE = "ja", "nee"
FEITEN = {JA: "ja", NEE: "nee", "onbekend": "weet niet"}
GEEN_RIJBEWIJS = "geen_rijbewijs"
# What the candidate asks us to take into account: the needs, then no licence.
REKENING = {
    **{need: answer for need, (_, answer) in NODEN_TERMS.items()},
    GEEN_RIJBEWIJS: "Ik heb geen rijbewijs.",
}

# Who already helps the candidate: never a diagnosis or a record, only who
# to take the printout to. value -> (the helper in a sentence, the answer).
NIEMAND = "niemand"
HULP_TERMS = {
    NIEMAND: ("", "Nee, niemand."),
    "maatschappelijk_werker": ("je maatschappelijk werker", "Een maatschappelijk werker (van het OCMW, de gemeente of het wijkteam)."),
    "jobcoach": ("je jobcoach", "Een jobcoach of trajectbegeleider (van de VDAB, het UWV of de gemeente)."),
    "zorgverlener": ("je begeleider uit de zorg", "Iemand uit de zorg, zoals een begeleider of een therapeut."),
    "justitie": ("je justitieassistent of reclasseringswerker", "Een justitieassistent of een reclasseringswerker."),
    "iemand_anders": ("de persoon die je helpt", "Iemand anders."),
}
HULP = words(HULP_TERMS)

# Support: 0 none .. 3 intensive. For a vacancy, what it offers; for a
# candidate, what they need. From 2 on it counts as extra support, which
# takes a place of the organisation's draagkracht.
BEGELEIDING_AANBOD = {
    0: "Geen extra begeleiding: je werkt zelfstandig",
    1: "Lichte begeleiding: er is iemand voor je vragen",
    2: "Regelmatige begeleiding: een vaste persoon volgt je op",
    3: "Intensieve begeleiding: iemand werkt van dichtbij met je samen",
}
BEGELEIDING_NODIG = {
    0: "Ik heb geen extra hulp nodig.",
    1: "Ik wil af en toe een vraag kunnen stellen.",
    2: "Ik wil een vaste persoon die me regelmatig helpt.",
    3: "Ik heb iemand nodig die van dichtbij met me meewerkt.",
}
BEGELEIDING = tuple(BEGELEIDING_NODIG)
EXTRA_BEGELEIDING_VANAF = 2
INTENSIEVE_BEGELEIDING = 3

# Age band -> ((lowest, highest) age in it, for the minimum-age gate; label).
LEEFTIJD_TERMS = {
    "onder_16": ((0, 15), "Jonger dan 16 jaar"),
    "16_17": ((16, 17), "16 of 17 jaar"),
    "18_20": ((18, 20), "18 tot 20 jaar"),
    "21_64": ((21, 64), "21 tot 64 jaar"),
    "65_plus": ((65, 200), "65 jaar of ouder"),
}
LEEFTIJD = words(LEEFTIJD_TERMS)

# Benefit situation -> (the region whose rules it follows, "" for none; label).
# Attention points only, never a gate.
GEEN_SITUATIE = "geen"
WEET_NIET = "weet_niet"
SITUATIES_TERMS = {
    "werkloosheid": ("BE", "Ik krijg een werkloosheidsuitkering."),
    "ziekte": ("BE", "Ik krijg een ziekte-uitkering van het ziekenfonds."),
    "leefloon": ("BE", "Ik krijg een leefloon van het OCMW."),
    "tegemoetkoming": ("BE", "Ik krijg een tegemoetkoming voor personen met een handicap (IT of IVT)."),
    "ww": ("NL", "Ik krijg een WW-uitkering van het UWV."),
    "bijstand": ("NL", "Ik krijg een bijstandsuitkering van de gemeente."),
    "wajong_wia": ("NL", "Ik krijg een Wajong- of WIA-uitkering van het UWV."),
    WEET_NIET: ("", "Ik weet het niet."),
    GEEN_SITUATIE: ("", "Ik krijg geen uitkering."),
}
SITUATIES = words(SITUATIES_TERMS)


def offered_situations(regio: str) -> tuple:
    """The region policy, written once: the form offers the municipality's own
    region's situations, then "geen". The engine still gives the point of any
    known situation (see attention.py), because someone may live in one
    country and get a benefit from the other; the form only keeps the list short.
    """
    own = tuple(k for k, region in SITUATIES.items() if region and region == regio)
    return (*own, WEET_NIET, GEEN_SITUATIE)


# "Not checked for too long": the one threshold for the content check and for
# the engine's point to discuss. The site's texts promise six months.
STALE_AFTER_MONTHS = 6


def months_before(day, months: int):
    """The same day `months` calendar months earlier, clamped to the month's end:
    calendar months, so the check and the engine draw the same line."""
    years, month_index = divmod(day.month - 1 - months, 12)
    year, month = day.year + years, month_index + 1
    next_first = dt.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_first - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


def stale(laatst_nagekeken, today) -> bool:
    """True when the vacancy was last checked before the cut-off day."""
    return laatst_nagekeken < months_before(today, STALE_AFTER_MONTHS)


VEREISTEN = {
    "goed_gedrag": "Bewijs van goed gedrag",  # the site names each region's own paper
    "rijbewijs": "Rijbewijs B",
    "minimumleeftijd": "Minimumleeftijd",
}
NODIG = {"moet": "verplicht", "pluspunt": "een pluspunt"}

# The soft criteria of the score, in the order their reasons are listed on ties.
CRITERIA = (
    "motieven",
    "interesses",
    "taken",
    "momenten",
    "tijd",
    "plaats",
    "setting",
    "nederlands_oefenen",
    "toegankelijkheid",
    "begeleiding",
    "ervaring",
)

# Target groups: who a practice example is for, and who an organisation
# has experience with (draagkracht.ervaring_met). The desk view names an
# organisation's experience with these labels.
DOELGROEPEN = {
    "nieuwkomers": "Nieuwkomers en vluchtelingen",
    "anderstaligen": "Mensen die Nederlands leren",
    "armoede": "Mensen in armoede",
    "beperking": "Mensen met een beperking",
    "psychisch": "Mensen met psychische kwetsbaarheid",
    "werkzoekenden": "Werkzoekenden",
    "detentie": "(Ex-)gedetineerden",
    "ouderen": "Ouderen",
    "jongeren": "Jongeren",
    "alle": "Alle vrijwilligers",
}

# The organisation's experience (draagkracht.ervaring_met, the build's target
# groups) that fits what a candidate told: answer -> {value: group}. Named in
# neutral words (texts.reden_ervaring), and only from the answers themselves.
ERVARING = {
    "nederlands": {"weinig": ("anderstaligen",), "basis": ("anderstaligen",)},
    "hulp": {"maatschappelijk_werker": ("armoede",), "jobcoach": ("werkzoekenden",),
             "zorgverlener": ("psychisch", "beperking"), "justitie": ("detentie",)},
    "situatie": {"werkloosheid": ("werkzoekenden",), "ww": ("werkzoekenden",), "leefloon": ("armoede",),
                 "bijstand": ("armoede",), "tegemoetkoming": ("beperking",), "wajong_wia": ("beperking",)},
    "leeftijd": {"onder_16": ("jongeren",), "16_17": ("jongeren",), "18_20": ("jongeren",),
                 "65_plus": ("ouderen",)},
}
# Any need in "rekening" but the licence is a reason for experience with disability.
ERVARING_NODEN = "beperking"
