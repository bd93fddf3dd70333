"""The vocabulary values the engine understands, with the short Dutch words it
puts into sentences.

The engine ships alone to the browser, so it cannot import the build's
schema (inspiratiebox/content/schema.py). It carries its own copy of the values; a
CPython test asserts that every key set here equals the schema's, so the two
can never drift apart. The labels are shorter than the schema's because they
go inside sentences ("Het werk gaat over sport en beweging.").
"""

from __future__ import annotations

import datetime as dt

REGIOS = ("BE", "NL")

# Motive -> what the candidate wants, as the end of "Je wilt ...".
MOTIEVEN = {
    "waarden": "iets doen voor anderen",
    "begrip": "nieuwe dingen leren",
    "ontplooiing": "je nuttig voelen",
    "loopbaan": "ervaring opdoen voor werk of een opleiding",
    "sociaal": "mensen ontmoeten",
    "bescherming": "even iets anders doen",
}

SECTOREN = {
    "zorg_welzijn": "zorg en welzijn",
    "kinderen_jongeren": "kinderen en jongeren",
    "ouderen": "ouderen",
    "sport": "sport en beweging",
    "cultuur": "cultuur en evenementen",
    "natuur": "natuur, dieren en milieu",
    "taal_nieuwkomers": "taal en nieuwkomers",
    "armoede": "armoede en voedselhulp",
    "buurt": "buurt en samenleven",
    "administratie": "administratie en geldzaken",
}

TAKEN = {
    "met_mensen": "werken met mensen",
    "praktisch": "praktisch werk",
    "organiseren": "dingen regelen",
    "creatief": "creatief werk",
    "buiten": "buiten werken",
}

DAGEN = {
    "ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag",
    "vr": "vrijdag", "za": "zaterdag", "zo": "zondag",
}
DAGDELEN = {"ochtend": "ochtend", "middag": "middag", "avond": "avond"}
MOMENTEN = {f"{d}_{p}": f"{dag}{deel}" for d, dag in DAGEN.items() for p, deel in DAGDELEN.items()}
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
TIJD = {EENMALIG: "één keer of af en toe", **UREN}

SETTINGS = {
    "alleen": "alleen",
    "duo": "samen met één andere persoon",
    "kleine_groep": "in een kleine groep",
    "grote_groep": "in een grote groep",
}

# Dutch: what a vacancy needs and what the candidate can; equal rank covers.
NEDERLANDS_NODIG = {"geen": 0, "basis": 1, "goed": 2}
NEDERLANDS_KAN = {"weinig": 0, "basis": 1, "goed": 2}
NEDERLANDS_OEFENT = ("weinig", "basis")  # who gains from a chance to practise

TOEGANKELIJKHEID = {
    "rolstoel": "toegankelijk met een rolstoel",
    "zittend": "zittend te doen",
    "rustig": "een rustige plek",
}
GEEN_RIJBEWIJS = "geen_rijbewijs"
REKENING = (*TOEGANKELIJKHEID, GEEN_RIJBEWIJS)

BEGELEIDING = (0, 1, 2, 3)
EXTRA_BEGELEIDING_VANAF = 2
INTENSIEVE_BEGELEIDING = 3

# Age band -> (lowest, highest) age in it, for the minimum-age gate.
LEEFTIJD = {
    "onder_16": (0, 15),
    "16_17": (16, 17),
    "18_20": (18, 20),
    "21_64": (21, 64),
    "65_plus": (65, 200),
}

# Benefit situation -> the region whose rules it follows ("" for none).
SITUATIES = {
    "werkloosheid": "BE",
    "ziekte": "BE",
    "leefloon": "BE",
    "ww": "NL",
    "bijstand": "NL",
    "geen": "",
}
GEEN_SITUATIE = "geen"


def offered_situations(regio: str) -> tuple:
    """The region policy, written once: the form offers the municipality's own
    region's situations, then "geen". The engine still gives the point of any
    known situation (see attention.py), because someone may live in one
    country and get a benefit from the other; the form only keeps the list short.
    """
    own = tuple(k for k, region in SITUATIES.items() if region and region == regio)
    return (*own, GEEN_SITUATIE)


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

VEREISTEN = ("goed_gedrag", "rijbewijs", "minimumleeftijd")
NODIG = ("moet", "pluspunt")

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
)
