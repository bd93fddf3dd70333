"""Desk mode: desk() is match() plus what the coordinator needs per vacancy."""

from wijzer_fixtures import TODAY, data, entry, ids, organisatie, vacature

import wijzer
from wijzer import desk_view, gates
from wijzer.answers import read_answers
from wijzer.offer import date, read_offer


def _org(maximum=3, nu=1, ervaring=()):
    return organisatie(draagkracht={"maximum": maximum, "nu": nu, "ervaring_met": list(ervaring)})


def test_desk_lists_the_same_vacancies_in_the_same_order_as_match():
    offer = data([vacature("a", sectoren=["buurt"]), vacature("b"), vacature("c", nederlands="goed", deeltaken=["x"])])
    answers = {"interesses": ["buurt"], "nederlands": "weinig"}
    plain, desk = wijzer.match(answers, offer, TODAY), wijzer.desk(answers, offer, TODAY)
    assert ids(desk) == ids(plain) == ["a", "b"]
    assert ids(desk, "bijna") == ids(plain, "bijna") == ["c"]
    for key in ("resultaten", "bijna"):
        for found in desk[key]:
            found = dict(found)
            del found["voor_loket"]
            assert found == entry(plain, found["vacature"], key)


def test_match_itself_carries_nothing_for_the_desk():
    result = wijzer.match({}, data([vacature("a")]), TODAY)
    assert "voor_loket" not in result["resultaten"][0]


def test_a_result_shows_capacity_experience_support_and_checks_with_no_failed_gate():
    vac = vacature("a", begeleiding=2, duo_mogelijk=True, deeltaken=["soep serveren"], plaatsen=3,
                   laatst_nagekeken="2026-10-01")
    org = _org(maximum=3, nu=1, ervaring=["psychisch", "anderstaligen", "onbekende_groep"])
    loket = wijzer.desk({"begeleiding": 2}, data([vac], [org]), TODAY)["resultaten"][0]["voor_loket"]
    assert loket == {
        "draagkracht": {"nu": 1, "maximum": 3, "vrij": 2, "vol": False},
        "ervaring": ["Mensen die Nederlands leren", "Mensen met psychische kwetsbaarheid"],
        "begeleiding": {"niveau": 2, "tekst": "Regelmatige begeleiding: een vaste persoon volgt je op"},
        "duo_mogelijk": True,
        "deeltaken": ["soep serveren"],
        "plaatsen": 3,
        "laatst_nagekeken": "2026-10-01",
        "nagekeken": "Laatst nagekeken op 1 oktober 2026, 7 weken geleden.",
        "poorten": [],
    }


def test_a_full_organisation_is_marked_full_with_nothing_free():
    loket = wijzer.desk({}, data([vacature("a")], [_org(maximum=2, nu=2)]), TODAY)["resultaten"][0]["voor_loket"]
    assert loket["draagkracht"] == {"nu": 2, "maximum": 2, "vrij": 0, "vol": True}


def test_unknown_places_and_an_unchecked_vacancy_say_so():
    loket = wijzer.desk({}, data([vacature("a", plaatsen=None, laatst_nagekeken=None)]), TODAY)["resultaten"][0]["voor_loket"]
    assert loket["plaatsen"] is None
    assert loket["laatst_nagekeken"] is None
    assert loket["nagekeken"].startswith("Niemand vulde in wanneer")


def test_how_long_ago_a_vacancy_was_checked_is_counted_from_the_day_passed_in():
    def said(checked, today):
        result = wijzer.desk({}, data([vacature("a", laatst_nagekeken=checked)]), today)
        return result["resultaten"][0]["voor_loket"]["nagekeken"]

    assert said("2026-11-23", "2026-11-23") == "Laatst nagekeken op 23 november 2026, vandaag."
    assert said("2026-11-22", "2026-11-23") == "Laatst nagekeken op 22 november 2026, gisteren."
    assert said("2026-11-13", "2026-11-23").endswith("10 dagen geleden.")
    assert said("2026-08-23", "2026-11-23").endswith("3 maanden geleden.")
    stale = said("2025-09-01", "2026-11-23")
    assert "ruim 1 jaar geleden" in stale
    assert stale.endswith("Dat is langer dan 6 maanden: vraag of ze nog loopt.")


def test_a_near_miss_lists_its_failed_gate_with_the_reason_about_this_candidate():
    vac = vacature("a", nederlands="goed", deeltaken=["afwassen"])
    near = wijzer.desk({"nederlands": "weinig"}, data([vac]), TODAY)["bijna"][0]
    assert near["voor_loket"]["poorten"] == [{
        "code": "nederlands",
        "reden": "De vacature vraagt goed Nederlands. De kandidaat spreekt nog weinig Nederlands.",
    }]
    assert near["voor_loket"]["deeltaken"] == ["afwassen"]


def test_a_support_gap_a_duo_may_lift_is_a_near_miss_with_both_levels_named():
    vac = vacature("a", begeleiding=1, duo_mogelijk=True)
    near = wijzer.desk({"begeleiding": 2}, data([vac]), TODAY)["bijna"][0]["voor_loket"]
    assert near["poorten"] == [{"code": "begeleiding",
                                "reden": "De kandidaat vraagt regelmatige begeleiding. De vacature biedt lichte begeleiding."}]


def test_an_unknown_access_fact_is_named_as_the_question_to_ask():
    near = wijzer.desk({"rekening": ["zittend"]}, data([vacature("a")]), TODAY)["bijna"][0]["voor_loket"]
    assert near["poorten"] == [{"code": "toegang_onbekend",
                                "reden": "De organisatie zei nog niet of dit kan: je kunt het werk zittend doen. Vraag het na."}]


def test_every_gate_has_a_dutch_reason_for_the_desk():
    vac = vacature("a", geldig_tot="2026-11-01", plaatsen=0, eenmalig=True, flexibel=False, momenten=["ma_ochtend"],
                   deelgemeente="Noord", nederlands="goed", begeleiding=0,
                   toegankelijkheid={"rolstoel": "nee"},
                   vereisten=[{"soort": "rijbewijs", "nodig": "moet"},
                              {"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 18}])
    offer = read_offer(data([vac], [_org(maximum=1, nu=1)]))
    answers = {"leeftijd": "16_17", "rekening": ["geen_rijbewijs", "rolstoel", "zittend"], "plaats": "Zuid",
               "tijd": ["2_tot_4"], "momenten": ["di_avond"], "begeleiding": 2, "nederlands": "weinig"}
    c = read_answers(answers, offer.deelgemeenten)
    day = date(TODAY)
    v = offer.vacatures[0]
    poorten = desk_view.for_desk(c, v, day, gates.areas(c, offer.dichtbij))["poorten"]
    assert [p["code"] for p in poorten] == ["verlopen", "vol", "leeftijd", "rijbewijs", "toegang", "plaats", "ritme",
                                            "momenten", "draagkracht", "begeleiding", "nederlands", "toegang_onbekend"]
    reasons = {p["code"]: p["reden"] for p in poorten}
    assert reasons["verlopen"] == "De vacature liep af op 1 november 2026."
    assert reasons["leeftijd"] == "De kandidaat is jonger dan de minimumleeftijd van 18 jaar."
    assert reasons["plaats"] == "Het werk is in Noord. De kandidaat koos Zuid."
    assert reasons["momenten"] == "Het werk is op maandagochtend. Dan heeft de kandidaat geen tijd."
    assert reasons["draagkracht"].startswith("Organisatie org begeleidt nu 1 van de 1 vrijwilligers")
    assert "toegankelijk met een rolstoel" in reasons["toegang"]
    assert "zittend" in reasons["toegang_onbekend"] and "rolstoel" not in reasons["toegang_onbekend"]
    assert all(reason.endswith(".") for reason in reasons.values())


def test_desk_takes_raw_data_and_prepared_data_alike():
    offer = data([vacature("a"), vacature("b", nederlands="goed", duo_mogelijk=True)])
    answers = {"nederlands": "basis"}
    assert wijzer.desk(answers, offer, TODAY) == wijzer.desk(answers, wijzer.prepare(offer), TODAY)


def test_desk_never_raises_on_odd_answers_or_data():
    assert wijzer.desk("geen antwoorden", {"vacatures": "geen lijst"}, "geen datum")["resultaten"] == []
    result = wijzer.desk({"begeleiding": "veel"}, data([vacature("a", laatst_nagekeken="2027-01-01")]), TODAY)
    assert result["resultaten"][0]["voor_loket"]["nagekeken"] == "Laatst nagekeken op 1 januari 2027."
