"""Whole candidates against a handful of vacancies: the ranking a person would see.

Each story reads as: who the candidate is, what is on offer, which ids come
out in which order, and which ones are near misses.
"""

from wijzer_fixtures import entry, ids, organisatie, run, vacature


def test_a_newcomer_with_little_dutch_gets_places_without_dutch_first_and_the_welcome_desk_as_a_near_miss():
    amina = {
        "motieven": ["sociaal", "bescherming"],
        "interesses": ["buurt"],
        "taken": ["met_mensen", "praktisch"],
        "momenten": ["di_ochtend", "do_ochtend"],
        "nederlands": "weinig",
        "begeleiding": 1,
    }
    vacancies = [
        vacature("koffiehoek", sectoren=["buurt"], taken=["met_mensen", "praktisch"], motieven=["sociaal"],
                 flexibel=False, momenten=["di_ochtend"], nederlands="geen", nederlands_oefenen=True),
        vacature("sorteren", taken=["praktisch"], motieven=["bescherming"], nederlands="geen"),
        vacature("onthaal", sectoren=["buurt"], taken=["met_mensen"], motieven=["sociaal"],
                 nederlands="goed", deeltaken=["mensen de weg tonen"]),
        vacature("administratie", taken=["organiseren"], nederlands="goed"),
        vacature("zaterdag", sectoren=["buurt"], flexibel=False, momenten=["za_ochtend"]),
    ]
    result = run(amina, vacancies)
    assert ids(result) == ["koffiehoek", "sorteren"]
    assert ids(result, "bijna") == ["onthaal"]
    assert "mensen de weg tonen" in entry(result, "onthaal", "bijna")["vraag"]
    koffiehoek = entry(result, "koffiehoek")
    assert "Je kunt er Nederlands oefenen." in koffiehoek["redenen"] + koffiehoek["meer_redenen"]


def test_a_retired_wheelchair_user_without_a_licence_gets_accessible_work_in_zuid_and_from_home_and_no_driving_job():
    jos = {
        "leeftijd": "65_plus",
        "plaats": "Zuid",
        "rekening": ["rolstoel", "zittend", "geen_rijbewijs"],
        "interesses": ["ouderen", "administratie"],
        "tijd": "2_tot_4",
    }
    able = {"rolstoel": "ja", "zittend": "ja"}
    vacancies = [
        vacature("chauffeur", sectoren=["ouderen"], deelgemeente="Zuid", toegankelijkheid=able,
                 vereisten=[{"soort": "rijbewijs", "nodig": "moet"}]),
        vacature("telefoon", sectoren=["ouderen"], van_thuis=True, toegankelijkheid={"zittend": "ja"}),
        vacature("boekhouding", sectoren=["administratie"], deelgemeente="Zuid", toegankelijkheid=able),
        vacature("honden", sectoren=["ouderen"], deelgemeente="Zuid", toegankelijkheid={"rolstoel": "nee", "zittend": "ja"}),
        vacature("balie", sectoren=["ouderen"], deelgemeente="Zuid", toegankelijkheid={"zittend": "ja"}),
        vacature("bos", sectoren=["natuur"], deelgemeente="Noord", toegankelijkheid=able, uren="meer_dan_8"),
    ]
    result = run(jos, vacancies)
    assert ids(result) == ["boekhouding", "telefoon"]
    assert ids(result, "bijna") == ["balie"]
    assert entry(result, "balie", "bijna")["vraag"] == "Vraag of je er met een rolstoel binnen kunt."


def test_person_who_needs_close_support_is_sent_to_the_desk_and_to_roomy_places():
    sam = {"begeleiding": 3, "interesses": ["natuur"]}
    orgs = [organisatie("vol", maximum=1, nu=1), organisatie("ruim", maximum=3, nu=0)]
    vacancies = [
        vacature("natuur-vol", organisatie="vol", sectoren=["natuur"], begeleiding=3),
        vacature("natuur-ruim", organisatie="ruim", sectoren=["natuur"], begeleiding=3),
        vacature("licht", organisatie="ruim", sectoren=["natuur"], begeleiding=1, duo_mogelijk=True),
        vacature("andere", organisatie="ruim", begeleiding=3),
    ]
    result = run(sam, vacancies, organisaties=orgs)
    assert ids(result) == ["natuur-ruim", "andere"]
    assert ids(result, "bijna") == ["licht"]
    assert result["loket"]["aanbevolen"] is True
    assert all(found["volgende_stap"].startswith("Ga eerst naar") for found in result["resultaten"])


def test_a_sixteen_year_old_gets_the_one_off_weekend_festival_first_and_not_the_bar_for_adults():
    lotte = {"leeftijd": "16_17", "tijd": "eenmalig", "momenten": ["za_middag", "zo_middag"], "setting": ["grote_groep"]}
    vacancies = [
        vacature("festival", eenmalig=True, setting=["grote_groep"], flexibel=False, momenten=["za_middag"],
                 vereisten=[{"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 16}]),
        vacature("bar", flexibel=False, momenten=["zo_middag"], setting=["kleine_groep"],
                 vereisten=[{"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 18}]),
        vacature("opruimdag", eenmalig=True, setting=["grote_groep"], flexibel=False, momenten=["zo_ochtend"]),
        vacature("wekelijks", uren="2_tot_4", setting=["grote_groep"]),
    ]
    result = run(lotte, vacancies)
    assert ids(result) == ["festival"]
