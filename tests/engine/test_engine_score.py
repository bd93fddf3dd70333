"""Score and ranking: a weighted sum of soft criteria, skipped questions neutral,
monotonic, and ties broken by title then id."""

from wijzer_fixtures import entry, ids, run, score_of, vacature

from wijzer import vocab


def test_candidate_ranks_vacancies_by_what_they_share():
    answers = {
        "motieven": ["sociaal"],
        "interesses": ["sport", "buurt"],
        "taken": ["met_mensen"],
        "plaats": "Noord",
    }
    result = run(answers, [
        vacature("niets", van_thuis=True),
        vacature("sport-noord", sectoren=["sport"], deelgemeente="Noord"),
        vacature("alles", sectoren=["sport", "buurt"], taken=["met_mensen"], motieven=["sociaal"], deelgemeente="Noord"),
        vacature("buurt", sectoren=["buurt"], motieven=["sociaal"], van_thuis=True),
    ])
    assert ids(result) == ["alles", "buurt", "sport-noord", "niets"]
    assert result["resultaten"][0]["score"] == 100
    assert set(entry(result, "niets")["redenen"]) == {"Het werk kan ook van thuis uit."}


def test_ties_are_broken_by_title_then_id():
    result = run({"interesses": ["sport"]}, [
        vacature("z-2", titel="Zelfde titel", sectoren=["sport"]),
        vacature("z-1", titel="Zelfde titel", sectoren=["sport"]),
        vacature("a", titel="Andere titel", sectoren=["sport"]),
        vacature("laag", titel="Aaa", sectoren=[]),
    ])
    assert ids(result) == ["a", "z-1", "z-2", "laag"]


def test_order_does_not_depend_on_input_order():
    vacancies = [vacature(f"v{i}", titel="Gelijk", sectoren=["sport"] if i % 2 else []) for i in range(6)]
    forward = ids(run({"interesses": ["sport"]}, vacancies))
    backward = ids(run({"interesses": ["sport"]}, list(reversed(vacancies))))
    assert forward == backward == ["v1", "v3", "v5", "v0", "v2", "v4"]


def test_skipped_questions_neither_help_nor_hurt():
    vacancies = [
        vacature("sport", sectoren=["sport"], deelgemeente="Zuid"),
        vacature("cultuur", sectoren=["cultuur"], deelgemeente="Noord"),
    ]
    only_interest = run({"interesses": ["sport"]}, vacancies)
    assert ids(only_interest) == ["sport", "cultuur"]
    assert [e["score"] for e in only_interest["resultaten"]] == [100, 0]
    # Skipped place: no criterion "plaats" in the contributions at all.
    assert all("plaats" not in e["bijdragen"] for e in only_interest["resultaten"])
    nothing = run({}, vacancies)
    assert [e["score"] for e in nothing["resultaten"]] == [0, 0]
    assert ids(nothing) == ["cultuur", "sport"]  # by title


def test_contributions_add_up_to_the_score_and_each_has_a_reason():
    answers = {"motieven": ["sociaal"], "nederlands": "basis", "plaats": vocab.THUIS}
    vac = vacature("a", motieven=["sociaal"], nederlands_oefenen=True, van_thuis=True)
    found = entry(run(answers, [vac]), "a")
    # Learning Dutch also asks for experience with people who learn it: none here, so 0 points.
    assert set(found["bijdragen"]) == {"motieven", "nederlands_oefenen", "plaats", "ervaring"}
    assert found["bijdragen"]["ervaring"] == 0
    assert abs(sum(found["bijdragen"].values()) - found["score"]) <= 1
    assert set(found["redenen"] + found["meer_redenen"]) == {
        "Je kunt er Nederlands oefenen.", "Je kunt het werk van thuis uit doen.", "Je wilt mensen ontmoeten. Dat kan hier.",
    }


def test_weights_come_from_the_data():
    answers = {"interesses": ["sport"], "plaats": "Noord"}
    vacancies = [vacature("sport", sectoren=["sport"], van_thuis=True), vacature("noord", deelgemeente="Noord")]
    interest_heavy = {"interesses": 9, "plaats": 1}
    place_heavy = {"interesses": 1, "plaats": 9}
    assert ids(run(answers, vacancies, gewichten=interest_heavy)) == ["sport", "noord"]
    assert ids(run(answers, vacancies, gewichten=place_heavy)) == ["noord", "sport"]


def test_a_zero_weight_takes_a_criterion_out():
    weights = {"interesses": 0, "plaats": 2}
    found = entry(run({"interesses": ["sport"]}, [vacature("sport", sectoren=["sport"])], gewichten=weights), "sport")
    assert found["bijdragen"] == {} and found["score"] == 0


def test_moments_reason_names_the_shared_moment():
    vac = vacature("za", flexibel=False, momenten=["za_ochtend", "wo_middag"])
    found = entry(run({"momenten": ["za_ochtend", "ma_avond"]}, [vac]), "za")
    assert "Het werk is op zaterdagochtend, en dan heb je tijd." in found["redenen"]


def test_more_shared_moments_score_higher():
    answers = {"momenten": ["za_ochtend", "zo_ochtend"]}
    both = vacature("beide", flexibel=False, momenten=["za_ochtend", "zo_ochtend"])
    one = vacature("een", flexibel=False, momenten=["za_ochtend", "di_avond"])
    assert ids(run(answers, [one, both])) == ["beide", "een"]


def test_hours_same_band_beats_a_higher_band():
    answers = {"tijd": "minder_dan_2"}
    result = run(answers, [
        vacature("veel", uren="meer_dan_8"),
        vacature("iets-meer", uren="2_tot_4"),
        vacature("zelfde", uren="minder_dan_2"),
    ])
    assert ids(result) == ["zelfde", "iets-meer", "veel"]
    assert any("Vraag of dat anders kan" in p for p in entry(result, "veel")["bespreken"])


def test_who_wants_both_one_off_and_weekly_work_gets_one_off_work_first():
    vacancies = [vacature("wekelijks", uren="4_tot_8"), vacature("eenmalig", eenmalig=True)]
    assert ids(run({"tijd": ["eenmalig", "minder_dan_2"]}, vacancies)) == ["eenmalig", "wekelijks"]


def test_of_several_hour_bands_the_best_one_counts():
    vac = vacature("a", uren="4_tot_8")
    assert score_of({"tijd": ["minder_dan_2", "4_tot_8"]}, vac) == score_of({"tijd": ["4_tot_8"]}, vac) == 100


def test_a_role_that_can_also_be_done_from_home_ranks_below_one_in_the_chosen_area():
    result = run({"plaats": "Zuid"}, [vacature("thuis", van_thuis=True), vacature("zuid", deelgemeente="Zuid")])
    assert ids(result) == ["zuid", "thuis"]
    assert "Het werk kan ook van thuis uit." in entry(result, "thuis")["redenen"]


def test_place_is_matched_without_regard_to_case():
    result = run({"plaats": "noord"}, [vacature("centrum"), vacature("noord", deelgemeente="Noord")])
    assert ids(result) == ["noord"]
    assert "Het werk is in Noord, waar je graag wilt werken." in result["resultaten"][0]["redenen"]


def test_practising_dutch_counts_only_for_who_is_learning():
    vacancies = [vacature("oefenen", nederlands_oefenen=True), vacature("anders")]
    assert ids(run({"nederlands": "weinig"}, vacancies)) == ["oefenen", "anders"]
    fluent = run({"nederlands": "goed"}, vacancies)
    assert [e["score"] for e in fluent["resultaten"]] == [0, 0]


def test_accessibility_facts_that_meet_needs_score_higher():
    answers = {"rekening": ["rolstoel", "rustig"]}
    result = run(answers, [
        vacature("niets"),
        vacature("rolstoel", toegankelijkheid={"rolstoel": "ja"}),
        vacature("beide", toegankelijkheid={"rolstoel": "ja", "rustig": "ja", "zittend": "ja"}),
    ])
    assert ids(result) == ["beide"]
    assert "Je kunt er met een rolstoel binnen. Het is een rustige plek." in entry(result, "beide")["redenen"]
    assert ids(result, "bijna") == ["rolstoel", "niets"]
    assert entry(result, "rolstoel", "bijna")["vraag"] == "Vraag of het er rustig is."


def test_a_vacancy_with_the_wanted_setting_ranks_above_one_without():
    result = run({"setting": ["duo"]}, [vacature("groep", setting=["grote_groep"]), vacature("duo", setting=["duo", "alleen"])])
    assert ids(result) == ["duo", "groep"]


# --- Monotonicity: adding what a vacancy offers never lowers its score --------

def _never_lower(base, key, value, vac):
    before = score_of(base, vac)
    grown = dict(base)
    grown[key] = list(base.get(key, [])) + [value]
    after = score_of(grown, vac)
    assert after >= before, (key, value, before, after)
    return before, after


def test_monotonic_adding_a_served_interest():
    vac = vacature("a", sectoren=["sport", "cultuur", "natuur"], motieven=["sociaal"])
    base = {"interesses": ["buurt", "sport"], "motieven": ["loopbaan"], "plaats": "Centrum"}
    before, after = _never_lower(base, "interesses", "cultuur", vac)
    assert after > before
    _never_lower({}, "interesses", "natuur", vac)
    _never_lower({"interesses": ["buurt", "ouderen", "armoede"]}, "interesses", "natuur", vac)


def test_monotonic_adding_a_served_motive_task_or_moment():
    vac = vacature("a", motieven=["waarden", "sociaal"], taken=["praktisch"], flexibel=False, momenten=["za_ochtend", "zo_middag"])
    base = {"motieven": ["loopbaan"], "taken": ["creatief"], "momenten": ["za_ochtend"], "tijd": "meer_dan_8"}
    for key, value in (("motieven", "waarden"), ("taken", "praktisch"), ("momenten", "zo_middag"), ("motieven", "sociaal")):
        _never_lower(base, key, value, vac)


def test_monotonic_from_skipped_to_answered_with_a_served_item():
    vac = vacature("a", sectoren=["sport"], motieven=["sociaal"])
    for base in ({}, {"motieven": ["loopbaan"]}, {"motieven": ["sociaal"], "plaats": "Centrum"}):
        _never_lower(base, "interesses", "sport", vac)
