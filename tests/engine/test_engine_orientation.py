"""Orientation: kinds of volunteer work, useful even when no vacancy fits."""

from wijzer_fixtures import run, vacature


def _kinds(result):
    return [kind["id"] for kind in result["soorten"]]


def test_kinds_are_ranked_by_motives_interests_and_tasks():
    answers = {"interesses": ["natuur"], "taken": ["buiten"], "motieven": ["bescherming"]}
    result = run(answers, [])
    assert _kinds(result)[0] == "natuur"
    natuur = result["soorten"][0]
    assert "Het gaat over natuur, dieren en milieu." in natuur["redenen"]
    assert "Je houdt van buiten werken." in natuur["redenen"]
    assert set(natuur) == {"id", "naam", "uitleg", "voorbeelden", "redenen"}


def test_at_most_three_kinds_are_shown():
    assert len(run({"taken": ["organiseren"]}, [])["soorten"]) == 3


def test_orientation_works_with_no_vacancies_at_all():
    result = run({"taken": ["organiseren"], "motieven": ["loopbaan"]}, [])
    assert result["resultaten"] == [] and result["bijna"] == []
    assert _kinds(result)[:2] == ["administratie", "cultuur"]


def test_all_questions_skipped_gives_the_municipalitys_order_with_a_general_reason():
    result = run({}, [])
    assert _kinds(result) == ["buurthulp", "natuur", "cultuur"]
    assert all(kind["redenen"] for kind in result["soorten"])


def test_orientation_does_not_depend_on_the_vacancies():
    answers = {"interesses": ["cultuur"]}
    assert _kinds(run(answers, [])) == _kinds(run(answers, [vacature("a", sectoren=["natuur"])]))
    assert _kinds(run(answers, []))[0] == "cultuur"


def test_no_kinds_in_the_data_gives_an_empty_list():
    assert run({"interesses": ["cultuur"]}, [], soorten=[])["soorten"] == []
