"""Desk advice, next steps, attention points per region, and the summary line."""

from wijzer_fixtures import entry, ids, organisatie, run, vacature

VOLUNTARY = "Niemand mag je verplichten"


def _attention(situatie, regio):
    return " ".join(run({"situatie": situatie}, [], regio=regio)["aandachtspunten"])


def test_desk_recommended_when_nothing_fits():
    result = run({"nederlands": "weinig"}, [vacature("a", nederlands="goed")])
    assert ids(result) == []
    assert result["loket"]["aanbevolen"] is True
    assert result["loket"]["waarom"]


def test_desk_not_recommended_when_things_fit_and_little_support_is_needed():
    result = run({"begeleiding": 1}, [vacature("a")])
    assert result["loket"]["aanbevolen"] is False and result["loket"]["waarom"] == ""


def test_desk_advice_carries_only_whether_first_and_why_because_the_page_holds_the_details():
    # The desk's contact is on the page for whoever wants it (pages/desk.py),
    # so the engine does not pass it through.
    keys = {"aanbevolen", "eerst", "waarom"}
    assert set(run({"begeleiding": 1}, [vacature("a")])["loket"]) == keys
    assert set(run({"nederlands": "weinig"}, [vacature("a", nederlands="goed")])["loket"]) == keys


def test_desk_recommended_for_intensive_support_even_with_results():
    result = run({"begeleiding": 3}, [vacature("a", begeleiding=3)])
    assert ids(result) == ["a"]
    assert result["loket"]["aanbevolen"] is True
    assert result["resultaten"][0]["volgende_stap"].startswith("Ga eerst naar Vrijwilligersloket")


def test_desk_comes_first_for_regular_support_however_many_results():
    many = run({"begeleiding": 2}, [vacature(x, begeleiding=2) for x in "abc"],
               organisaties=[organisatie(maximum=5)])
    assert many["loket"]["aanbevolen"] is True and many["loket"]["eerst"] is True
    assert all(found["volgende_stap"].startswith("Ga eerst naar") for found in many["resultaten"])


def test_next_step_names_the_organisation_and_the_card_holds_its_contact():
    result = run({}, [vacature("a")], organisaties=[organisatie(naam="De Linde")])
    found = entry(result, "a")
    assert found["volgende_stap"] == "Neem contact op met De Linde."
    assert found["organisatie"]["telefoon"] == "09 111 22 33"


def test_regular_support_is_a_point_to_discuss():
    found = entry(run({"begeleiding": 2}, [vacature("a", begeleiding=2)]), "a")
    assert any("vaste persoon" in point for point in found["bespreken"])


def test_belgian_benefits_name_the_rva_the_advising_doctor_and_the_ocmw():
    assert "C45B" in _attention("werkloosheid", "BE") and "RVA" in _attention("werkloosheid", "BE")
    assert "adviserend arts" in _attention("ziekte", "BE")
    assert "maatschappelijk werker" in _attention("leefloon", "BE") and "OCMW" in _attention("leefloon", "BE")


def test_dutch_benefits_name_the_uwv_and_the_gemeente_never_the_rva():
    assert "UWV" in _attention("ww", "NL")
    assert "gemeente" in _attention("bijstand", "NL")
    assert "RVA" not in _attention("ww", "NL")


def test_voluntary_reminder_is_always_there_and_last():
    for situatie, regio in (("geen", "BE"), ("werkloosheid", "BE"), ("ww", "NL"), (None, "NL")):
        points = run({"situatie": situatie}, [], regio=regio)["aandachtspunten"]
        assert VOLUNTARY in points[-1]
    assert len(run({}, [])["aandachtspunten"]) == 1


def test_attention_points_never_block_a_vacancy():
    vacancies = [vacature("a"), vacature("b")]
    assert ids(run({"situatie": "werkloosheid"}, vacancies)) == ids(run({}, vacancies)) == ["a", "b"]


def test_summary_counts_results_and_near_misses():
    one = run({"nederlands": "basis"}, [vacature("a")])
    assert one["samenvatting"] == "We vonden 1 vacature die bij je past."
    many = run({"nederlands": "weinig"}, [
        vacature("a"), vacature("b"), vacature("c", nederlands="basis", duo_mogelijk=True),
    ])
    assert many["samenvatting"] == "We vonden 2 vacatures die bij je passen. Eén vacature past misschien na een gesprek."
    none = run({"nederlands": "weinig"}, [vacature("c", nederlands="goed")])
    assert none["samenvatting"].startswith("We vonden nu geen vacature")


def test_summary_says_so_when_nothing_was_chosen():
    result = run({"situatie": "ww"}, [vacature("a"), vacature("b")])
    assert result["samenvatting"] == "Je koos nog niets. Dit zijn alle 2 vacatures die nu open zijn."


def _stale_point(checked, today):
    found = entry(run({}, [vacature("a", laatst_nagekeken=checked)], today=today), "a")
    return any("lang niet nagekeken" in point for point in found["bespreken"])


def test_vacancy_checked_more_than_six_months_ago_is_a_point_to_discuss():
    assert _stale_point("2026-05-22", "2026-11-23")


def test_vacancy_checked_exactly_six_months_ago_is_not_a_point_to_discuss():
    assert not _stale_point("2026-05-23", "2026-11-23")


def test_the_engine_and_the_content_check_share_one_stale_threshold():
    import datetime as dt

    from wijzer import vocab

    assert vocab.STALE_AFTER_MONTHS == 6
    assert vocab.months_before(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)
    assert vocab.months_before(dt.date(2024, 8, 31), 6) == dt.date(2024, 2, 29)
    assert vocab.months_before(dt.date(2026, 3, 15), 6) == dt.date(2025, 9, 15)
    assert vocab.months_before(dt.date(2026, 1, 31), 1) == dt.date(2025, 12, 31)


def test_the_form_offers_the_regions_own_situations_and_none():
    from wijzer import vocab

    assert vocab.offered_situations("BE") == ("werkloosheid", "ziekte", "leefloon", "tegemoetkoming", "weet_niet", "geen")
    assert vocab.offered_situations("NL") == ("ww", "bijstand", "wajong_wia", "weet_niet", "geen")


def test_a_situation_from_the_other_region_still_gets_its_point():
    assert "UWV" in _attention("ww", "BE")
    assert "RVA" in _attention("werkloosheid", "NL")
