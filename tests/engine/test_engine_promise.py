"""The wijzer keeps its promise: what a person says they need is binding,
where and how often they want to work is respected, the desk comes first
for whoever already has help, and an empty result says what to loosen.

Each test: a candidate, a few vacancies, the ranked list that comes out.
"""

from wijzer_fixtures import data, entry, ids, organisatie, run, vacature

import wijzer

ACCESSIBLE = {"rolstoel": "ja"}


# --- Needs: yes, no or unknown -------------------------------------------------

def test_a_need_the_vacancy_says_no_to_never_reaches_the_candidate():
    vacancies = [vacature("trap", toegankelijkheid={"rolstoel": "nee"}), vacature("lift", toegankelijkheid=ACCESSIBLE)]
    result = run({"rekening": ["rolstoel"]}, vacancies)
    assert ids(result) == ["lift"]
    assert ids(result, "bijna") == []


def test_an_unknown_fact_is_a_near_miss_that_names_every_question_to_ask():
    vacancies = [vacature("stil", toegankelijkheid={"rolstoel": "ja"})]
    result = run({"rekening": ["rolstoel", "rustig", "weinig_lezen"]}, vacancies)
    assert ids(result) == [] and ids(result, "bijna") == ["stil"]
    near = entry(result, "stil", "bijna")
    assert near["vraag"] == "Vraag of het er rustig is en hoeveel je moet lezen en schrijven."
    assert near["reden"].startswith("De organisatie zei nog niet")


def test_a_role_from_home_is_not_judged_on_the_building():
    vacancies = [
        vacature("thuis", van_thuis=True, toegankelijkheid={"rolstoel": "nee", "zittend": "ja"}),
        vacature("ter-plaatse", toegankelijkheid={"rolstoel": "nee", "zittend": "ja"}),
    ]
    assert ids(run({"rekening": ["rolstoel", "zittend"]}, vacancies)) == ["thuis"]


def test_a_task_need_still_counts_for_a_role_from_home():
    vacancies = [vacature("lezen", van_thuis=True, toegankelijkheid={"weinig_lezen": "nee"})]
    assert ids(run({"rekening": ["weinig_lezen"]}, vacancies)) == []


def test_who_cannot_stand_long_gets_no_role_that_must_be_done_standing():
    vacancies = [vacature("rekken", toegankelijkheid={"zittend": "nee"}), vacature("kassa", toegankelijkheid={"zittend": "ja"})]
    assert ids(run({"rekening": ["zittend"]}, vacancies)) == ["kassa"]


def test_no_licence_excludes_a_must_and_flags_a_plus():
    must = vacature("moet", vereisten=[{"soort": "rijbewijs", "nodig": "moet"}])
    plus = vacature("plus", vereisten=[{"soort": "rijbewijs", "nodig": "pluspunt"}])
    result = run({"rekening": ["geen_rijbewijs"]}, [must, plus])
    assert ids(result) == ["plus"]
    assert "Vraag of het werk ook zonder rijbewijs kan." in entry(result, "plus")["bespreken"][0]


def test_an_older_list_of_facts_still_reads_as_yes():
    assert ids(run({"rekening": ["rolstoel"]}, [vacature("oud", toegankelijkheid=["rolstoel"])])) == ["oud"]


# --- Place ------------------------------------------------------------------

NEARBY = [{"deelgemeente": "Centrum", "ook": ["Noord"]}]


def _place(plaats, dichtbij=()):
    raw = data([
        vacature("centrum", deelgemeente="Centrum"),
        vacature("noord", deelgemeente="Noord"),
        vacature("zuid", deelgemeente="Zuid"),
        vacature("thuis", deelgemeente="", van_thuis=True),
    ])
    raw["gemeente"]["dichtbij"] = list(dichtbij)
    return ids(wijzer.match({"plaats": plaats}, raw, "2026-11-23"))


def test_a_chosen_area_gives_roles_there_and_from_home_only():
    assert _place("Zuid") == ["zuid", "thuis"]


def test_areas_declared_nearby_count_in_both_directions():
    assert _place("Centrum", NEARBY) == ["centrum", "noord", "thuis"]
    assert _place("Noord", NEARBY) == ["noord", "centrum", "thuis"]
    assert _place("Zuid", NEARBY) == ["zuid", "thuis"]


def test_only_from_home_gives_only_roles_from_home():
    assert _place("thuis") == ["thuis"]


def test_anywhere_gives_every_place():
    assert sorted(_place("")) == ["centrum", "noord", "thuis", "zuid"]


def test_a_vacancy_without_its_own_area_takes_its_organisations():
    orgs = [organisatie(deelgemeente="Zuid")]
    assert ids(run({"plaats": "Zuid"}, [vacature("org-zuid", deelgemeente="")], organisaties=orgs)) == ["org-zuid"]


# --- One-off or regular -------------------------------------------------------

RHYTHM = [vacature("eens", eenmalig=True), vacature("elke-week", uren="2_tot_4")]


def test_only_one_off_work_when_only_one_off_was_chosen():
    assert ids(run({"tijd": ["eenmalig"]}, RHYTHM)) == ["eens"]


def test_only_regular_work_when_only_hours_a_week_were_chosen():
    assert ids(run({"tijd": ["2_tot_4"]}, RHYTHM)) == ["elke-week"]


def test_both_kinds_when_both_were_chosen():
    assert ids(run({"tijd": ["eenmalig", "2_tot_4"]}, RHYTHM)) == ["eens", "elke-week"]


# --- Experience and who already helps ---------------------------------------------

def test_an_organisation_with_experience_of_the_candidates_situation_ranks_higher():
    orgs = [organisatie("gewoon"), organisatie("ervaren", draagkracht={"maximum": 2, "nu": 0, "ervaring_met": ["anderstaligen"]})]
    vacancies = [vacature("a-gewoon", organisatie="gewoon"), vacature("b-ervaren", organisatie="ervaren")]
    result = run({"nederlands": "weinig"}, vacancies, organisaties=orgs)
    assert ids(result) == ["b-ervaren", "a-gewoon"]
    assert "De organisatie werkt al vaker met mensen die Nederlands leren." in entry(result, "b-ervaren")["redenen"]


def test_with_a_job_coach_the_desk_comes_first_and_every_step_names_the_coach():
    result = run({"hulp": ["jobcoach"]}, [vacature("a")])
    assert result["loket"]["eerst"] is True
    assert "je jobcoach" in result["loket"]["waarom"]
    assert entry(result, "a")["volgende_stap"] == "Neem dit blad mee naar je jobcoach of naar het loket."


def test_nobody_helping_and_light_support_keeps_the_direct_contact():
    result = run({"hulp": ["niemand"], "begeleiding": 1}, [vacature("a")])
    assert result["loket"]["eerst"] is False
    assert entry(result, "a")["volgende_stap"].startswith("Neem contact op met")


def test_no_match_sends_to_the_desk_first():
    result = run({"nederlands": "weinig"}, [vacature("a", nederlands="goed")])
    assert result["loket"]["eerst"] is True and result["loket"]["aanbevolen"] is True


# --- When nothing fits: what to loosen -----------------------------------------------

def test_no_match_says_which_choices_limit_it_most_and_what_each_would_open():
    vacancies = [
        vacature("zuid-ma", deelgemeente="Zuid", flexibel=False, momenten=["ma_ochtend"]),
        vacature("zuid-di", deelgemeente="Zuid", flexibel=False, momenten=["di_ochtend"]),
        vacature("noord-zo", deelgemeente="Noord", flexibel=False, momenten=["zo_avond"]),
    ]
    result = run({"plaats": "Noord", "momenten": ["ma_ochtend"], "rekening": ["geen_rijbewijs"]}, vacancies)
    assert ids(result) == []
    assert [(r["vraag"], r["aantal"]) for r in result["verruimen"]] == [("plaats", 1), ("momenten", 1)]
    assert result["verruimen"][0]["tekst"] == "Zonder je keuze 'Noord': 1 vacature."


def test_a_need_is_never_offered_as_something_to_loosen():
    result = run({"rekening": ["rolstoel"]}, [vacature("trap", toegankelijkheid={"rolstoel": "nee"})])
    assert result["verruimen"] == []


# --- Less and better -----------------------------------------------------------------

def test_nothing_chosen_gives_a_browse_list_not_matches():
    assert run({}, [vacature("a")])["lijst"] == "alle"
    assert run({"motieven": ["sociaal"]}, [vacature("a")])["lijst"] == "passend"


def test_a_card_shows_its_two_strongest_reasons_and_keeps_the_rest():
    answers = {"motieven": ["sociaal"], "interesses": ["buurt"], "taken": ["praktisch"], "setting": ["duo"],
               "nederlands": "weinig"}
    vac = vacature("a", motieven=["sociaal"], sectoren=["buurt"], taken=["praktisch"], setting=["duo"],
                   nederlands_oefenen=True)
    found = entry(run(answers, [vac]), "a")
    assert len(found["redenen"]) == 2 and len(found["meer_redenen"]) == 3
    assert found["redenen"][0].startswith("Je wilt mensen ontmoeten")


def test_a_card_says_where_and_links_to_the_vacancys_page():
    orgs = [organisatie(adres="Kerkstraat 1, 9999 Voorbeeld")]
    result = run({}, [vacature("a", pagina="../vacatures/a/"), vacature("b", van_thuis=True, deelgemeente="Noord")],
                 organisaties=orgs)
    assert entry(result, "a")["waar"] == "Kerkstraat 1, 9999 Voorbeeld"
    assert entry(result, "a")["pagina"] == "../vacatures/a/"
    assert entry(result, "b")["waar"] == "Kerkstraat 1, 9999 Voorbeeld (ook van thuis uit)"


def test_a_role_only_from_home_says_so_instead_of_the_organisations_address():
    result = run({}, [vacature("b", van_thuis=True, deelgemeente="")])
    assert entry(result, "b")["waar"] == "Van thuis uit"


# --- Situations ---------------------------------------------------------------------

def test_a_disability_allowance_and_not_knowing_each_get_their_own_point():
    assert "FOD Sociale Zekerheid" in run({"situatie": "tegemoetkoming"}, [])["aandachtspunten"][0]
    assert "UWV" in run({"situatie": "wajong_wia"}, [], regio="NL")["aandachtspunten"][0]
    assert "Vraag het na" in run({"situatie": "weet_niet"}, [])["aandachtspunten"][0]
