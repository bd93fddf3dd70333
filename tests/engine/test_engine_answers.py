"""Garbage in never raises: odd answers are dropped and reported, odd data is survived."""

import json

from wijzer_fixtures import TODAY, data, entry, ids, run, vacature

import wijzer
from wijzer import vocab


def _is_json_ready(result):
    return json.loads(json.dumps(result)) == result


def test_unknown_keys_and_wrong_types_are_reported_not_raised():
    answers = {
        "kleur": "blauw",
        "motieven": "niet-een-lijst-maar-tekst",
        "interesses": 42,
        "taken": [None, {"x": 1}, "praktisch"],
        "begeleiding": "veel",
        "leeftijd": 30,
        "tijd": [["2_tot_4"]],
        "plaats": "Atlantis",
        "nederlands": True,
        "momenten": {"ma": True},
        "situatie": "loterij",
        "setting": [],
        "rekening": [[]],
    }
    result = run(answers, [vacature("a", taken=["praktisch"])])
    assert ids(result) == ["a"]
    assert set(result["antwoorden_genegeerd"]) == {
        "kleur", "motieven", "interesses", "taken", "begeleiding", "leeftijd", "tijd",
        "plaats", "nederlands", "momenten", "situatie", "rekening",
    }
    # What could be understood still counts: the task "praktisch" was kept.
    assert result["resultaten"][0]["bijdragen"] == {"taken": 100.0}
    assert _is_json_ready(result)


def test_support_need_as_a_numeric_string_is_understood():
    vacancies = [vacature("licht", begeleiding=1), vacature("sterk", begeleiding=3)]
    as_text = run({"begeleiding": "2"}, vacancies)
    as_int = run({"begeleiding": 2}, vacancies)
    assert ids(as_text) == ids(as_int) == ["sterk"]
    assert as_text["antwoorden_genegeerd"] == []


def test_support_need_out_of_range_or_fractional_is_ignored():
    for odd in (-1, 4, 2.5, "2.5", True, None, [2]):
        result = run({"begeleiding": odd}, [vacature("licht", begeleiding=0)])
        assert ids(result) == ["licht"], odd
        assert result["antwoorden_genegeerd"] == ([] if odd is None else ["begeleiding"]), odd


def test_empty_strings_are_skipped_answers_not_errors():
    result = run({"plaats": "", "tijd": "", "begeleiding": "", "nederlands": ""}, [vacature("a")])
    assert result["antwoorden_genegeerd"] == []
    assert ids(result) == ["a"]


def test_answers_that_are_not_a_dict_never_raise():
    for odd in (None, [], "tekst", 3, [["motieven"]]):
        result = wijzer.match(odd, data([vacature("a")]), TODAY)
        assert ids(result) == ["a"]
        assert _is_json_ready(result)


def test_data_that_is_broken_never_raises():
    broken = [
        None,
        {},
        {"vacatures": None, "organisaties": "x", "wijzer": [], "gemeente": 5},
        {"vacatures": [None, 3, {"titel": "zonder id"}, {"id": "ok", "plaatsen": "x", "begeleiding": "veel",
                                                         "geldig_tot": "morgen", "momenten": "za_ochtend"}]},
        {"vacatures": [{"id": "a", "vereisten": [None, {"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": "x"}]}],
         "wijzer": {"gewichten": {"motieven": "zwaar", "interesses": -3, "taken": float("nan")}, "soorten": [None, {"id": ""}]}},
    ]
    for raw in broken:
        result = wijzer.match({"motieven": ["sociaal"], "begeleiding": 2, "momenten": ["za_ochtend"]}, raw, TODAY)
        assert isinstance(result["resultaten"], list)
        assert isinstance(result["loket"]["aanbevolen"], bool)
        assert result["aandachtspunten"]


def test_a_bad_date_for_today_does_not_raise_and_hides_nothing_for_expiry():
    for today in ("", "gisteren", None, 20261123):
        result = wijzer.match({}, data([vacature("a", geldig_tot="2020-01-01")]), today)
        assert ids(result) == ["a"]


def test_an_iso_timestamp_counts_as_its_date():
    result = wijzer.match({}, data([vacature("a", geldig_tot="2026-11-23")]), "2026-11-23T22:10:00Z")
    assert ids(result) == ["a"]


def test_yes_no_fields_written_as_ja_are_understood():
    # A lenient loader may pass "ja"/"nee" through; the engine reads them as booleans.
    result = run({"nederlands": "weinig", "plaats": "Zuid"}, [
        vacature("ja", nederlands_oefenen="ja", van_thuis="ja"),
        vacature("nee", nederlands_oefenen="nee", van_thuis="nee", deelgemeente="Zuid"),
    ])
    assert ids(result) == ["ja", "nee"]
    assert entry(result, "ja")["bijdragen"]["nederlands_oefenen"] > 0
    assert entry(result, "nee")["bijdragen"]["nederlands_oefenen"] == 0


def test_flexible_moments_can_be_a_plain_string_or_mixed_in_a_list():
    vac = vacature("dinsdag", flexibel=False, momenten=["di_middag"])
    assert ids(run({"momenten": vocab.FLEXIBEL}, [vac])) == ["dinsdag"]
    assert ids(run({"momenten": ["za_ochtend", vocab.FLEXIBEL]}, [vac])) == ["dinsdag"]


def test_duplicate_vacancy_ids_are_shown_once():
    result = run({}, [vacature("a"), vacature("a", titel="Tweede")])
    assert ids(result) == ["a"]


def test_the_result_has_every_promised_key():
    result = run({"nederlands": "weinig"}, [vacature("a"), vacature("b", nederlands="basis", duo_mogelijk=True)])
    assert ids(result, "bijna") == ["b"]
    assert set(result) == {
        "lijst", "resultaten", "bijna", "verruimen", "soorten", "aandachtspunten", "loket", "samenvatting",
        "antwoorden_genegeerd",
    }
    assert set(result["resultaten"][0]) == {
        "vacature", "titel", "samenvatting", "organisatie", "deelgemeente", "van_thuis", "waar", "pagina",
        "score", "bijdragen", "redenen", "meer_redenen", "bespreken", "volgende_stap",
    }
    assert set(result["resultaten"][0]["organisatie"]) == {"id", "naam", "telefoon", "email", "website", "adres"}
    assert set(result["loket"]) == {"aanbevolen", "eerst", "waarom"}
    assert _is_json_ready(result)


def test_digits_that_int_cannot_read_are_ignored_not_raised():
    # Found by tests/properties: "²" passes str.isdigit() but not int(), and
    # int() refuses more than 4300 digits.
    for odd in ("²", "⑴", "9" * 5000):
        result = run({"begeleiding": odd}, [vacature("a", plaatsen=odd, begeleiding=odd)])
        assert ids(result) == ["a"]
        assert "begeleiding" in result["antwoorden_genegeerd"]


def test_unhashable_or_huge_values_in_the_data_are_read_as_neutral():
    result = run({"nederlands": "weinig", "tijd": "2_tot_4"}, [vacature("a", nederlands=["goed"], uren={"x": 1})],
                 gewichten={"motieven": 10 ** 400})
    assert ids(result) == ["a"]


def test_dates_and_datetimes_count_as_their_day_for_today_and_in_the_data():
    import datetime as dt

    vacancies = [vacature("a", geldig_tot=dt.datetime(2026, 11, 23, 8, 0), laatst_nagekeken=dt.date(2026, 1, 1)),
                 vacature("b", geldig_tot=dt.date(2026, 11, 22))]
    for today in ("2026-11-23", dt.date(2026, 11, 23), dt.datetime(2026, 11, 23, 23, 59)):
        result = wijzer.match({}, data(vacancies), today)
        assert ids(result) == ["a"], today
        assert any("lang niet nagekeken" in p for p in entry(result, "a")["bespreken"])
