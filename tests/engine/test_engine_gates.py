"""Gates: only binding things hide a vacancy; each gate alone, and its opposite."""

from wijzer_fixtures import entry, ids, organisatie, run, vacature

from wijzer import vocab


def test_expired_vacancy_is_hidden_but_one_ending_today_is_not():
    result = run({}, [
        vacature("gisteren", geldig_tot="2026-11-22"),
        vacature("vandaag", geldig_tot="2026-11-23"),
        vacature("later", geldig_tot="2027-01-01"),
    ])
    assert ids(result) == ["later", "vandaag"]
    assert ids(result, "bijna") == []


def test_expiry_follows_the_date_passed_in():
    vacancies = [vacature("a", geldig_tot="2026-12-31")]
    assert ids(run({}, vacancies, today="2026-12-31")) == ["a"]
    assert ids(run({}, vacancies, today="2027-01-01")) == []


def test_no_places_left_hides_the_vacancy():
    result = run({}, [vacature("vol", plaatsen=0), vacature("open", plaatsen=1)])
    assert ids(result) == ["open"]


def test_minimum_age_above_the_whole_band_is_a_gate():
    vac = vacature("chauffeur", vereisten=[{"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 18}])
    assert ids(run({"leeftijd": "16_17"}, [vac])) == []
    assert ids(run({"leeftijd": "18_20"}, [vac])) == ["chauffeur"]
    assert ids(run({"leeftijd": "65_plus"}, [vac])) == ["chauffeur"]


def test_minimum_age_that_is_only_a_plus_is_no_gate():
    vac = vacature("a", vereisten=[{"soort": "minimumleeftijd", "nodig": "pluspunt", "leeftijd": 21}])
    assert ids(run({"leeftijd": "16_17"}, [vac])) == ["a"]


def test_skipped_age_is_no_gate_but_a_point_to_discuss():
    vac = vacature("a", vereisten=[{"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 18}])
    result = run({}, [vac])
    assert ids(result) == ["a"]
    assert "Je moet minstens 18 jaar zijn." in result["resultaten"][0]["bespreken"]


def test_minimum_age_inside_the_band_is_discussed_not_gated():
    # 21..64 may or may not be 25: the band cannot tell, a conversation can.
    vac = vacature("a", vereisten=[{"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 25}])
    result = run({"leeftijd": "21_64"}, [vac])
    assert ids(result) == ["a"]
    assert "Je moet minstens 25 jaar zijn." in result["resultaten"][0]["bespreken"]
    assert ids(run({"leeftijd": "18_20"}, [vac])) == []


def test_driving_licence_must_is_a_gate_only_for_who_has_none():
    must = vacature("rijden", vereisten=[{"soort": "rijbewijs", "nodig": "moet"}])
    plus = vacature("pluspunt", vereisten=[{"soort": "rijbewijs", "nodig": "pluspunt"}])
    assert ids(run({"rekening": ["geen_rijbewijs"]}, [must, plus])) == ["pluspunt"]
    result = run({"rekening": []}, [must])
    assert ids(result) == ["rijden"]
    assert "Je hebt een rijbewijs B nodig." in result["resultaten"][0]["bespreken"]


def test_good_conduct_is_never_a_gate_but_explained_per_region():
    vac = vacature("kinderen", vereisten=[{"soort": "goed_gedrag", "nodig": "moet"}])
    be = run({"leeftijd": "21_64"}, [vac], regio="BE")
    nl = run({"leeftijd": "21_64"}, [vac], regio="NL")
    assert ids(be) == ids(nl) == ["kinderen"]
    be_text = " ".join(be["resultaten"][0]["bespreken"])
    nl_text = " ".join(nl["resultaten"][0]["bespreken"])
    assert "uittreksel uit het strafregister" in be_text and "gratis" in be_text
    assert "VOG" in nl_text and "strafregister" not in nl_text


def test_no_shared_moment_is_a_gate_when_neither_side_is_flexible():
    result = run({"momenten": ["za_ochtend"]}, [
        vacature("dinsdag", flexibel=False, momenten=["di_middag"]),
        vacature("zaterdag", flexibel=False, momenten=["za_ochtend", "zo_ochtend"]),
        vacature("wanneer-je-wilt", flexibel=True),
    ])
    assert sorted(ids(result)) == ["wanneer-je-wilt", "zaterdag"]


def test_a_flexible_candidate_passes_every_moment():
    result = run({"momenten": [vocab.FLEXIBEL]}, [vacature("dinsdag", flexibel=False, momenten=["di_middag"])])
    assert ids(result) == ["dinsdag"]


def test_skipped_moments_are_no_gate():
    assert ids(run({}, [vacature("dinsdag", flexibel=False, momenten=["di_middag"])])) == ["dinsdag"]


def test_support_need_above_the_offer_is_a_gate():
    result = run({"begeleiding": 2}, [
        vacature("licht", begeleiding=1),
        vacature("regelmatig", begeleiding=2),
        vacature("intensief", begeleiding=3),
    ])
    assert sorted(ids(result)) == ["intensief", "regelmatig"]
    assert ids(result, "bijna") == []  # no duo: no conversation can lift it


def test_capacity_blocks_extra_support_at_a_full_organisation():
    orgs = [organisatie("vol", maximum=2, nu=2), organisatie("ruimte", maximum=2, nu=1)]
    vacancies = [
        vacature("bij-vol", organisatie="vol", begeleiding=3),
        vacature("bij-ruimte", organisatie="ruimte", begeleiding=3),
    ]
    assert ids(run({"begeleiding": 2}, vacancies, organisaties=orgs)) == ["bij-ruimte"]
    assert ids(run({"begeleiding": 3}, vacancies, organisaties=orgs)) == ["bij-ruimte"]


def test_capacity_does_not_matter_for_light_or_no_support():
    orgs = [organisatie("vol", maximum=1, nu=1)]
    vacancies = [vacature("bij-vol", organisatie="vol", begeleiding=2)]
    assert ids(run({"begeleiding": 1}, vacancies, organisaties=orgs)) == ["bij-vol"]
    assert ids(run({"begeleiding": 0}, vacancies, organisaties=orgs)) == ["bij-vol"]
    assert ids(run({}, vacancies, organisaties=orgs)) == ["bij-vol"]


def test_an_organisation_with_no_capacity_at_all_counts_as_full():
    orgs = [organisatie("geen", maximum=0, nu=0)]
    vacancies = [vacature("a", organisatie="geen", begeleiding=3)]
    assert ids(run({"begeleiding": 2}, vacancies, organisaties=orgs)) == []
    assert ids(run({"begeleiding": 1}, vacancies, organisaties=orgs)) == ["a"]


def test_dutch_below_the_need_is_a_gate():
    vacancies = [
        vacature("geen", nederlands="geen"),
        vacature("basis", nederlands="basis"),
        vacature("goed", nederlands="goed"),
    ]
    assert ids(run({"nederlands": "weinig"}, vacancies)) == ["geen"]
    assert sorted(ids(run({"nederlands": "basis"}, vacancies))) == ["basis", "geen"]
    assert sorted(ids(run({"nederlands": "goed"}, vacancies))) == ["basis", "geen", "goed"]
    assert sorted(ids(run({}, vacancies))) == ["basis", "geen", "goed"]


def test_an_access_fact_nobody_gave_is_a_near_miss_with_the_question_to_ask():
    result = run({"rekening": ["rolstoel"]}, [vacature("trap", toegankelijkheid={})])
    assert ids(result) == [] and ids(result, "bijna") == ["trap"]
    assert entry(result, "trap", "bijna")["vraag"] == "Vraag of je er met een rolstoel binnen kunt."


def test_no_result_ever_breaks_a_gate_when_gates_combine():
    orgs = [organisatie("vol", maximum=1, nu=1), organisatie("org")]
    vacancies = [
        vacature("ok", nederlands="basis", begeleiding=2, flexibel=False, momenten=["ma_avond"]),
        vacature("te-laat", geldig_tot="2020-01-01"),
        vacature("verkeerde-dag", flexibel=False, momenten=["di_avond"]),
        vacature("te-weinig-hulp", begeleiding=1),
        vacature("volle-organisatie", organisatie="vol", begeleiding=3),
        vacature("te-veel-nederlands", nederlands="goed"),
    ]
    answers = {"nederlands": "basis", "begeleiding": 2, "momenten": ["ma_avond", "wo_avond"]}
    assert ids(run(answers, vacancies, organisaties=orgs)) == ["ok"]
