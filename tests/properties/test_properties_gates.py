"""No result breaks a gate; a near miss breaks exactly one that a conversation
can lift; and nothing that should be shown goes missing.

Each vacancy's place (result, near miss, hidden) is worked out again from
the raw data by raw_gates.py, independently of the engine's own code.
"""

from hypothesis import given
from raw_gates import broken_gates, expected_place, liftable
from wijzer_strategies import PROPERTY, TODAYS, messy_answers, offers, valid_answers

import wijzer


def _places(result) -> dict:
    found = {}
    for key in ("resultaten", "bijna"):
        for entry in result[key]:
            assert entry["vacature"] not in found, f"{entry['vacature']} shown twice"
            found[entry["vacature"]] = key
    return found


def _check(answers, data, today):
    result = wijzer.match(answers, data, today)
    organisations = {org["id"]: org for org in data["organisaties"]}
    shown = _places(result)
    for vac in data["vacatures"]:
        broken = broken_gates(answers, vac, organisations, today, data["gemeente"])
        where = shown.get(vac["id"], "")
        if where == "resultaten":
            assert broken == [], (vac, broken)
        if where == "bijna":
            assert len(broken) == 1 and liftable(broken[0], answers, vac), (vac, broken)
        assert where == expected_place(answers, vac, organisations, today, data["gemeente"]), (vac, broken, where)
    return result


@PROPERTY
@given(answers=valid_answers(), data=offers(), today=TODAYS)
def test_valid_data_every_vacancy_lands_where_its_gates_say(answers, data, today):
    _check(answers, data, today)


@PROPERTY
@given(answers=messy_answers(), data=offers(odd=True), today=TODAYS)
def test_odd_data_and_messy_answers_every_vacancy_lands_where_its_gates_say(answers, data, today):
    _check(answers, data, today)


@PROPERTY
@given(answers=valid_answers(always=("nederlands", "begeleiding")), data=offers(), today=TODAYS)
def test_with_dutch_and_support_always_answered_every_vacancy_still_lands_where_its_gates_say(answers, data, today):
    # The near misses need both questions answered; this makes them common.
    _check(answers, data, today)


@PROPERTY
@given(data=offers(), today=TODAYS)
def test_skipping_every_question_shows_every_open_vacancy(data, today):
    result = _check({}, data, today)
    assert result["bijna"] == []
    open_ids = {v["id"] for v in data["vacatures"] if broken_gates({}, v, {}, today) == []}
    assert {e["vacature"] for e in result["resultaten"]} == open_ids
