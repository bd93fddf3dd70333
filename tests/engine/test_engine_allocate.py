"""Group placement: small groups, the proposal the desk should get, and why."""

import random

from wijzer_fixtures import TODAY, data, organisatie, vacature

import wijzer

SUPPORT = {"begeleiding": 2}  # needs extra support: takes a place of the organisation's room


def allocate(group, vacatures, organisaties=None):
    return wijzer.allocate(group, data(vacatures, organisaties), TODAY)


def proposals(result) -> list:
    return [entry["vacature"] for entry in result["toewijzing"]]


def why_not(result, index) -> str:
    return result["toewijzing"][index]["waarom_niet"]


def test_the_greedy_choice_places_fewer_candidates():
    # Anna likes the neighbourhood job best; Bram's Dutch only fits that one.
    # Giving Anna her favourite leaves Bram out; the proposal places both.
    vacancies = [vacature("buurt", titel="Buurthulp", sectoren=["buurt"], plaatsen=1),
                 vacature("tuin", titel="Tuinploeg", nederlands="goed", plaatsen=1)]
    anna, bram = {"interesses": ["buurt"], "nederlands": "goed"}, {"nederlands": "basis"}
    result = allocate([anna, bram], vacancies)
    assert proposals(result) == ["tuin", "buurt"]
    assert result["samenvatting"] == "Alle 2 kandidaten hebben een voorstel."


def test_the_greedy_choice_gives_a_lower_total_score():
    # Both score 100 on the festival; only Anna also likes the shop (50).
    # Anna first on the festival: 100 + 0. The proposal: 50 + 100.
    vacancies = [vacature("feest", titel="Buurtfeest", sectoren=["buurt", "cultuur"], plaatsen=1),
                 vacature("winkel", titel="Buurtwinkel", sectoren=["buurt"], plaatsen=1)]
    anna, bram = {"interesses": ["buurt", "cultuur"]}, {"interesses": ["cultuur"]}
    result = allocate([anna, bram], vacancies)
    assert proposals(result) == ["winkel", "feest"]
    assert [entry["score"] for entry in result["toewijzing"]] == [50, 100]


def test_score_and_reasons_are_those_match_gives_the_pair():
    vacancies = [vacature("feest", titel="Buurtfeest", sectoren=["buurt", "cultuur"], taken=["organiseren"])]
    answers = {"interesses": ["cultuur"], "taken": ["organiseren", "creatief"]}
    placed = allocate([answers], vacancies)["toewijzing"][0]
    shown = wijzer.match(answers, data(vacancies), TODAY)["resultaten"][0]
    assert (placed["score"], placed["redenen"]) == (shown["score"], shown["redenen"])
    assert placed["redenen"] and placed["waarom_niet"] is None


def test_a_vacancy_takes_no_more_candidates_than_its_places():
    result = allocate([{}, {}, {}], [vacature("kassa", titel="Kassa", plaatsen=2)])
    assert proposals(result) == ["kassa", "kassa", None]
    assert why_not(result, 2) == ("De vacature die past, Kassa, is vol: "
                                  "de plaatsen gaan naar andere kandidaten uit de groep.")
    assert result["samenvatting"] == "2 van de 3 kandidaten hebben een voorstel."


def test_unknown_places_count_as_one():
    result = allocate([{}, {}], [vacature("kassa", plaatsen=None)])
    assert proposals(result) == ["kassa", None]


def test_the_organisations_room_for_extra_support_is_shared_across_its_vacancies():
    org = organisatie("huis", maximum=3, nu=2, naam="Buurthuis")  # room for one more
    vacancies = [vacature("bar", titel="Bar", begeleiding=2, organisatie="huis", plaatsen=3),
                 vacature("keuken", titel="Keuken", begeleiding=2, organisatie="huis", plaatsen=3)]
    result = allocate([SUPPORT, SUPPORT, {}], vacancies, [org])
    # The room binds only those who need extra support: the third fits in.
    assert proposals(result) == ["bar", None, "bar"]
    assert why_not(result, 1) == ("Buurthuis kan niet nog iemand begeleiden die extra begeleiding nodig heeft: "
                                  "die ruimte gaat naar andere kandidaten uit de groep.")


def test_a_vacancy_wanted_by_both_kinds_goes_to_the_one_who_has_nowhere_else():
    # The bar's one place is wanted by both; the Buurthuis has room for one
    # more person who needs extra support. Only Anna's Dutch fits the kitchen.
    org = organisatie("huis", maximum=1, nu=0)
    vacancies = [vacature("bar", titel="Bar", begeleiding=2, organisatie="huis", plaatsen=1, sectoren=["buurt"]),
                 vacature("keuken", titel="Keuken", begeleiding=2, organisatie="huis", plaatsen=1, nederlands="goed")]
    anna = {**SUPPORT, "interesses": ["buurt"], "nederlands": "goed"}
    bram = {"interesses": ["buurt"], "nederlands": "basis"}
    assert proposals(allocate([anna, bram], vacancies, [org])) == ["keuken", "bar"]


def test_a_candidate_only_gets_a_vacancy_from_their_own_results_never_a_near_miss():
    vacancies = [vacature("les", titel="Taalles", nederlands="goed", deeltaken=["koffie zetten"])]
    answers = {"nederlands": "weinig"}
    assert [e["vacature"] for e in wijzer.match(answers, data(vacancies), TODAY)["bijna"]] == ["les"]
    result = allocate([answers], vacancies)
    assert proposals(result) == [None]
    assert why_not(result, 0) == ("Geen enkele vacature past bij de antwoorden van deze kandidaat. "
                                  "1 vacature past misschien na een gesprek: bekijk ze in de loketmodus.")
    assert result["samenvatting"] == "De kandidaat heeft nog geen voorstel."


def test_with_no_near_miss_either_the_desk_looks_further_in_a_conversation():
    result = allocate([{"nederlands": "weinig"}], [vacature("les", nederlands="goed")])
    assert why_not(result, 0).endswith("Zoek samen verder in een gesprek op het loket.")


def test_ties_go_first_to_the_first_candidate_and_the_top_of_their_own_list():
    # Equal scores: match() ranks by title, so "Atelier" comes before "Bakkerij".
    vacancies = [vacature("b", titel="Bakkerij", plaatsen=1), vacature("a", titel="Atelier", plaatsen=1),
                 vacature("c", titel="Cafetaria", plaatsen=1)]
    assert proposals(allocate([{}, {}], vacancies)) == ["a", "b"]


def test_the_order_of_the_vacancies_in_the_data_does_not_change_the_proposal():
    vacancies = [vacature(f"v{i}", titel=f"Vacature {i % 3}", plaatsen=1 + i % 2, begeleiding=2 if i % 2 else 1,
                          sectoren=["buurt"] if i % 3 else ["cultuur"]) for i in range(8)]
    group = [SUPPORT, {"interesses": ["buurt"]}, {}, {**SUPPORT, "interesses": ["cultuur"]}, {}, SUPPORT]
    org = [organisatie(maximum=2, nu=0)]
    expected = allocate(group, vacancies, org)
    shuffler = random.Random(14)
    for _ in range(5):
        shuffled = list(vacancies)
        shuffler.shuffle(shuffled)
        assert allocate(group, shuffled, org) == expected


def test_raw_and_prepared_data_give_the_same_proposal():
    offer = data([vacature("a", plaatsen=1), vacature("b", begeleiding=2)], [organisatie(maximum=1)])
    group = [SUPPORT, {}, SUPPORT]
    assert wijzer.allocate(group, offer, TODAY) == wijzer.allocate(group, wijzer.prepare(offer), TODAY)


def test_every_candidate_gets_an_entry_in_input_order_with_the_agreed_keys():
    result = allocate([{}, {}], [vacature("a", plaatsen=1)])
    assert [entry["kandidaat"] for entry in result["toewijzing"]] == [0, 1]
    for entry in result["toewijzing"]:
        assert set(entry) == {"kandidaat", "vacature", "score", "redenen", "waarom_niet"}
    assert result["toewijzing"][1] == {"kandidaat": 1, "vacature": None, "score": None, "redenen": [],
                                       "waarom_niet": result["toewijzing"][1]["waarom_niet"]}


def test_bad_input_never_raises_and_says_what_was_wrong():
    assert wijzer.allocate("geen lijst", data([vacature("a")]), TODAY) == {
        "toewijzing": [], "samenvatting": "Er zijn nog geen kandidaten in de groep."}
    result = allocate([None, ["lijst"], {}], [vacature("a")])
    assert proposals(result) == [None, None, "a"]
    assert why_not(result, 0) == why_not(result, 1) == (
        "De wijzer kan de antwoorden van deze kandidaat niet lezen. Vul de vragen opnieuw in.")
    assert wijzer.allocate([{}], "geen data", "geen datum")["toewijzing"][0]["vacature"] is None


def test_a_group_above_the_maximum_is_placed_up_to_the_maximum_and_the_rest_is_told_why():
    result = allocate([{}] * 61, [vacature("a", plaatsen=100)])
    assert proposals(result) == ["a"] * 60 + [None]
    assert why_not(result, 60) == "Een groep heeft hoogstens 60 kandidaten. Maak voor deze kandidaat een nieuwe groep."
    assert result["samenvatting"] == "60 van de 61 kandidaten hebben een voorstel."
