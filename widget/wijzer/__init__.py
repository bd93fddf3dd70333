"""The Vrijwilligerswijzer engine: answers + widget data + today -> results.

Pure Python (stdlib only, no I/O, no clock), for CPython >= 3.11 and for
Pyodide in the visitor's browser. The worker calls exactly:

    offer = wijzer.prepare(data: dict)  # once, while the engine loads
    wijzer.match(answers: dict, offer, today: "YYYY-MM-DD") -> dict
    wijzer.desk(answers: dict, offer, today: "YYYY-MM-DD") -> dict  # desk mode

match(), desk() and allocate() also take the raw data in place of the offer (and then reads it
itself, which for 10,000 vacancies takes longer than the ranking).

answers (every key optional; unknown keys and odd values are reported in
"antwoorden_genegeerd", never raised):
    motieven [MOTIEVEN], interesses [SECTOREN], taken [TAKEN],
    momenten [MOMENTEN, or "flexibel"], tijd [TIJD] (a lone string counts as
    a list of one), plaats (a deelgemeente, "thuis" or ""), setting [SETTINGS],
    nederlands weinig|basis|goed, rekening [REKENING], begeleiding 0..3 (int
    or numeric string), leeftijd LEEFTIJD, situatie SITUATIES, hulp [HULP]. (Vocabularies: wijzer/vocab.py, written once;
    the build's schema reads its labels from there.)

data: what inspiratiebox/bundle/widgetdata.py writes: gemeente (with
dichtbij), organisaties, vacatures (toegankelijkheid {need: ja|nee}, pagina),
wijzer {vragen, gewichten, soorten}.

Result (JSON-ready; every text Dutch):
    lijst:      "passend", or "alle" when no answer narrows anything
    resultaten: [{vacature, titel, samenvatting,
                  organisatie {id, naam, telefoon, email, website, adres},
                  deelgemeente, van_thuis, waar (address or "Van thuis uit"),
                  pagina, score (0..100, int), bijdragen {criterion: points},
                  redenen [the strongest 2], meer_redenen [..], bespreken [..],
                  volgende_stap}]  sorted by score, then title, then id
    bijna:      [same keys + reden, vraag]  one liftable gate failed (a Dutch
                or support gap a duo or sub-tasks may lift, or a need the
                vacancy says nothing about)
    verruimen:  [{vraag, aantal, tekst}]  when nothing fits: the preferences
                that hold most vacancies back, never a need
    soorten:    [{id, naam, uitleg, voorbeelden, redenen}]  top 3
    aandachtspunten: [..]
    loket:      {aanbevolen, eerst, waarom}  (the desk's details are in the page)
    samenvatting: one sentence
    antwoorden_genegeerd: [answer keys not (fully) understood]

desk() (for the coordinator at the desk, never for the candidate's page):
match()'s result, in the same order, where every entry of resultaten and
bijna also has
    voor_loket: {draagkracht {nu, maximum, vrij, vol}  (people who need extra
                     support the organisation guides now and at most),
                 ervaring [target-group labels, vocab.DOELGROEPEN order],
                 begeleiding {niveau 0..3, tekst}  (what the vacancy offers),
                 duo_mogelijk, deeltaken [..], plaatsen (int or None: unknown),
                 laatst_nagekeken ("YYYY-MM-DD" or None),
                 nagekeken (when, and how long before today, or that nobody said),
                 poorten [{code, reden}]  every gate that failed (gates.check
                     order; [] for a result), the reason about this candidate}
"""

from .desk_view import desk
from .match import match, prepare

__all__ = ["desk", "match", "prepare"]
