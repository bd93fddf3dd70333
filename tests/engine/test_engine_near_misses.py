"""Near misses: one gate that a conversation could lift, shown apart with what to ask."""

from wijzer_fixtures import entry, ids, organisatie, run, vacature


def test_dutch_gate_with_subtasks_is_a_near_miss_that_names_them():
    vac = vacature("koffie", nederlands="basis", deeltaken=["tafels klaarzetten", "kopjes afwassen"])
    result = run({"nederlands": "weinig"}, [vac])
    assert ids(result) == []
    near = entry(result, "koffie", "bijna")
    assert "tafels klaarzetten" in near["vraag"] and "kopjes afwassen" in near["vraag"]
    assert "Nederlands" in near["reden"]


def test_dutch_gap_of_one_level_with_a_duo_is_a_near_miss_that_asks_for_the_duo():
    result = run({"nederlands": "basis"}, [vacature("duo", nederlands="goed", duo_mogelijk=True)])
    near = entry(result, "duo", "bijna")
    assert "duo" in near["vraag"]
    assert near["reden"] == "Voor dit werk is goed Nederlands nodig."
    lower = run({"nederlands": "weinig"}, [vacature("duo", nederlands="basis", duo_mogelijk=True)])
    assert "duo" in entry(lower, "duo", "bijna")["vraag"]


def test_a_duo_does_not_bridge_little_dutch_to_good_dutch():
    # Leading a Dutch conversation table needs good Dutch; a duo cannot make up for it.
    tafel = vacature("taaltafel", nederlands="goed", duo_mogelijk=True)
    result = run({"nederlands": "weinig"}, [tafel])
    assert ids(result) == [] and ids(result, "bijna") == []
    assert ids(run({"nederlands": "basis"}, [tafel]), "bijna") == ["taaltafel"]
    assert ids(run({"nederlands": "goed"}, [tafel])) == ["taaltafel"]


def test_subtasks_lift_any_dutch_gap_and_the_question_then_names_only_them():
    tafel = vacature("taaltafel", nederlands="goed", duo_mogelijk=True, deeltaken=["koffie zetten"])
    near = entry(run({"nederlands": "weinig"}, [tafel]), "taaltafel", "bijna")
    assert "koffie zetten" in near["vraag"]
    assert "duo" not in near["vraag"]
    # For a gap of one level the duo is offered too.
    closer = entry(run({"nederlands": "basis"}, [tafel]), "taaltafel", "bijna")
    assert "koffie zetten" in closer["vraag"] and "duo" in closer["vraag"]


def test_dutch_gate_without_subtasks_or_duo_fails_hard():
    result = run({"nederlands": "weinig"}, [vacature("hard", nederlands="goed")])
    assert ids(result) == [] and ids(result, "bijna") == []


def test_support_gate_with_a_duo_is_a_near_miss():
    result = run({"begeleiding": 2}, [vacature("duo", begeleiding=1, duo_mogelijk=True)])
    assert ids(result) == []
    near = entry(result, "duo", "bijna")
    assert "duo" in near["vraag"] and near["reden"]


def test_support_near_miss_is_never_offered_at_a_full_organisation():
    orgs = [organisatie("vol", maximum=1, nu=1)]
    vac = vacature("duo", organisatie="vol", begeleiding=1, duo_mogelijk=True)
    result = run({"begeleiding": 2}, [vac], organisaties=orgs)
    assert ids(result) == [] and ids(result, "bijna") == []


def test_dutch_near_miss_is_never_offered_at_a_full_organisation_for_extra_support():
    orgs = [organisatie("vol", maximum=1, nu=1)]
    vac = vacature("koffie", organisatie="vol", nederlands="basis", begeleiding=2, deeltaken=["afwassen"])
    assert ids(run({"nederlands": "weinig", "begeleiding": 2}, [vac], organisaties=orgs), "bijna") == []
    # With room at the organisation the same candidate is a near miss.
    roomy = [organisatie("vol", maximum=2, nu=1)]
    assert ids(run({"nederlands": "weinig", "begeleiding": 2}, [vac], organisaties=roomy), "bijna") == ["koffie"]


def test_two_failed_gates_are_never_a_near_miss():
    vac = vacature("twee", nederlands="basis", duo_mogelijk=True, begeleiding=0)
    # Each gate alone is liftable by the duo ...
    assert ids(run({"nederlands": "weinig"}, [vac]), "bijna") == ["twee"]
    assert ids(run({"begeleiding": 2}, [vac]), "bijna") == ["twee"]
    # ... but not both at once.
    result = run({"nederlands": "weinig", "begeleiding": 2}, [vac])
    assert ids(result) == [] and ids(result, "bijna") == []


def test_a_near_miss_that_is_also_expired_is_not_shown():
    vac = vacature("oud", nederlands="basis", duo_mogelijk=True, geldig_tot="2026-01-01")
    assert ids(run({"nederlands": "weinig"}, [vac]), "bijna") == []
    assert ids(run({"nederlands": "weinig"}, [vac], today="2025-12-31"), "bijna") == ["oud"]


def test_near_misses_carry_the_same_keys_as_results_plus_reason_and_question():
    result = run({"nederlands": "weinig"}, [
        vacature("past", nederlands="geen"),
        vacature("bijna", nederlands="basis", duo_mogelijk=True),
    ])
    full, near = result["resultaten"][0], result["bijna"][0]
    assert set(near) == set(full) | {"reden", "vraag"}
    assert near["volgende_stap"].startswith("Stel je vraag aan")


def test_near_misses_are_ranked_like_results():
    answers = {"nederlands": "weinig", "interesses": ["sport"]}
    result = run(answers, [
        vacature("b-zonder", nederlands="basis", duo_mogelijk=True),
        vacature("a-zonder", nederlands="basis", duo_mogelijk=True),
        vacature("sport", nederlands="basis", duo_mogelijk=True, sectoren=["sport"]),
    ])
    assert ids(result, "bijna") == ["sport", "a-zonder", "b-zonder"]
