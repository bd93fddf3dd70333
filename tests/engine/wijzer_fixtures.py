"""Tiny, readable fixtures for the engine tests: a vacancy is its id plus
only the fields a test is about; everything else gets a neutral default.

Neutral means: no gate fails and no soft criterion is favoured, so the test
reads as "this candidate, these vacancies, this ranking".
"""

import copy

import wijzer

TODAY = "2026-11-23"

WEIGHTS = {
    "motieven": 3, "interesses": 3, "taken": 2, "momenten": 2, "tijd": 1,
    "plaats": 2, "setting": 1, "nederlands_oefenen": 2, "toegankelijkheid": 3,
    "begeleiding": 2, "ervaring": 2,
}

SOORTEN = [
    {"id": "buurthulp", "naam": "Buurthulp", "uitleg": "Je helpt mensen in je buurt.",
     "voorbeelden": ["boodschappen doen"], "sectoren": ["buurt", "ouderen"],
     "taken": ["met_mensen", "praktisch"], "motieven": ["waarden", "sociaal"]},
    {"id": "natuur", "naam": "Natuur en dieren", "uitleg": "Je werkt buiten.",
     "voorbeelden": ["een natuurgebied onderhouden"], "sectoren": ["natuur"],
     "taken": ["buiten", "praktisch"], "motieven": ["bescherming", "begrip"]},
    {"id": "cultuur", "naam": "Cultuur", "uitleg": "Je helpt bij een festival.",
     "voorbeelden": ["tickets scannen"], "sectoren": ["cultuur"],
     "taken": ["organiseren", "creatief"], "motieven": ["sociaal", "begrip"]},
    {"id": "administratie", "naam": "Administratie", "uitleg": "Je helpt met papieren.",
     "voorbeelden": ["een ledenlijst bijhouden"], "sectoren": ["administratie"],
     "taken": ["organiseren"], "motieven": ["loopbaan"]},
]


def vacature(id, **fields):
    """A vacancy dict as widgetdata.py writes it, with neutral defaults."""
    vac = {
        "id": id,
        "titel": fields.pop("titel", id.replace("-", " ").capitalize()),
        "samenvatting": "Een korte zin.",
        "beschrijving": None,
        "sectoren": [],
        "taken": [],
        "momenten": [],
        "flexibel": True,
        "uren": "2_tot_4",
        "eenmalig": False,
        "deelgemeente": "Centrum",
        "van_thuis": False,
        "setting": [],
        "nederlands": "geen",
        "nederlands_oefenen": False,
        "toegankelijkheid": {},
        "vereisten": [],
        "begeleiding": 1,
        "duo_mogelijk": False,
        "deeltaken": [],
        "motieven": [],
        "plaatsen": 2,
        "geldig_tot": "2099-12-31",
        "laatst_nagekeken": "2026-10-01",
        "organisatie": "org",
    }
    vac.update(fields)
    return vac


def organisatie(id="org", maximum=2, nu=0, **fields):
    org = {
        "id": id,
        "naam": fields.pop("naam", f"Organisatie {id}"),
        "beschrijving": "Een organisatie.",
        "website": "https://www.voorbeeld.be",
        "adres": "Kerkstraat 1, 9999 Voorbeeld",
        "deelgemeente": "Centrum",
        "contact": {"naam": "Onthaal", "telefoon": "09 111 22 33", "email": f"{id}@voorbeeld.be"},
        "draagkracht": {"maximum": maximum, "nu": nu, "ervaring_met": []},
    }
    org.update(fields)
    return org


def data(vacatures, organisaties=None, regio="BE", gewichten=None, soorten=None):
    return {
        "gemeente": {
            "naam": "Gemeente Voorbeeld",
            "regio": regio,
            "deelgemeenten": ["Centrum", "Noord", "Zuid"],
            "loket": {
                "naam": "Vrijwilligersloket",
                "adres": "Marktplein 1, 9999 Voorbeeld",
                "openingsuren": ["maandag: 9 tot 12 uur"],
                "telefoon": "09 123 45 67",
                "email": "loket@voorbeeld.be",
                "afspraak": None,
            },
        },
        "organisaties": organisaties if organisaties is not None else [organisatie()],
        "vacatures": vacatures,
        "wijzer": {
            "vragen": [],
            "gewichten": dict(WEIGHTS if gewichten is None else gewichten),
            "soorten": copy.deepcopy(SOORTEN if soorten is None else soorten),
        },
    }


def run(answers, vacatures, **kwargs):
    today = kwargs.pop("today", TODAY)
    return wijzer.match(answers, data(vacatures, **kwargs), today)


def ids(result, key="resultaten"):
    return [entry["vacature"] for entry in result[key]]


def entry(result, vacancy_id, key="resultaten"):
    for found in result[key]:
        if found["vacature"] == vacancy_id:
            return found
    raise AssertionError(f"{vacancy_id} not in {key}: {ids(result, key)}")


def score_of(answers, vacancy, **kwargs):
    """The score of one vacancy (that passes its gates) for these answers."""
    return entry(run(answers, [vacancy], **kwargs), vacancy["id"])["score"]
