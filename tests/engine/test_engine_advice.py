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
    assert result["loket"]["telefoon"] == "09 123 45 67"


def test_desk_not_recommended_when_things_fit_and_little_support_is_needed():
    result = run({"begeleiding": 1}, [vacature("a")])
    assert result["loket"]["aanbevolen"] is False and result["loket"]["waarom"] == ""
    # The desk's contact is still there, for whoever wants it.
    assert result["loket"]["naam"] == "Vrijwilligersloket"
    assert result["loket"]["openingsuren"] == ["maandag: 9 tot 12 uur"]


def test_desk_recommended_for_intensive_support_even_with_results():
    result = run({"begeleiding": 3}, [vacature("a", begeleiding=3)])
    assert ids(result) == ["a"]
    assert result["loket"]["aanbevolen"] is True
    assert result["resultaten"][0]["volgende_stap"].startswith("Ga eerst langs bij Vrijwilligersloket")


def test_desk_for_regular_support_depends_on_how_many_results():
    few = run({"begeleiding": 2}, [vacature("a", begeleiding=2), vacature("b", begeleiding=2)])
    many = run({"begeleiding": 2}, [vacature(x, begeleiding=2) for x in "abc"],
               organisaties=[organisatie(maximum=5)])
    assert few["loket"]["aanbevolen"] is True
    assert many["loket"]["aanbevolen"] is False


def test_next_step_names_the_organisations_contact():
    result = run({}, [vacature("a")], organisaties=[organisatie(naam="De Linde")])
    step = entry(result, "a")["volgende_stap"]
    assert step == "Neem contact op met De Linde: bel 09 111 22 33 of mail naar org@voorbeeld.be."


def test_regular_support_is_a_point_to_discuss():
    found = entry(run({"begeleiding": 2}, [vacature("a", begeleiding=2)]), "a")
    assert any("vaste persoon" in point for point in found["bespreken"])


def test_belgian_attention_points_name_the_rva_the_advising_doctor_and_the_ocmw():
    assert "C45B" in _attention("werkloosheid", "BE") and "RVA" in _attention("werkloosheid", "BE")
    assert "adviserend arts" in _attention("ziekte", "BE")
    assert "maatschappelijk werker" in _attention("leefloon", "BE") and "OCMW" in _attention("leefloon", "BE")


def test_dutch_attention_points_name_the_uwv_and_the_gemeente_not_the_rva():
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
