"""The score only grows when the candidate adds something a vacancy offers;
orientation and desk advice keep their promises whatever the input.

A candidate who ticks one more interest that a vacancy serves must never
see that vacancy drop: otherwise answering more honestly would be punished.
"""

from hypothesis import given, settings
from hypothesis import strategies as st
from raw_gates import support_need
from wijzer_strategies import PROPERTY, TODAYS, garbage_answers, garbage_offers, offers, valid_answers

import wijzer
from inspiratiebox.content import schema

# answer key -> the vacancy field that serves it
SERVED_BY = {"interesses": "sectoren", "motieven": "motieven", "taken": "taken"}


def _shown(result) -> dict:
    return {e["vacature"]: (key, e["score"]) for key in ("resultaten", "bijna") for e in result[key]}


def _never_lowers(answer_key, answers, data, today):
    before = _shown(wijzer.match(answers, data, today))
    vocabulary = schema.VRAGEN[answer_key][1]
    tried = 0
    for vac in data["vacatures"]:
        if vac["id"] not in before:
            continue
        for value in vac[SERVED_BY[answer_key]]:
            if value not in vocabulary or value in answers.get(answer_key, []):
                continue
            more = {**answers, answer_key: [*answers.get(answer_key, []), value]}
            after = _shown(wijzer.match(more, data, today))
            place, score = after[vac["id"]]
            assert place == before[vac["id"]][0], "an interest must not change the gates"
            assert score >= before[vac["id"]][1], (answer_key, value, vac["id"], before[vac["id"]], score)
            tried += 1
    return tried


@PROPERTY
@given(answers=valid_answers(), data=offers(), today=TODAYS)
def test_adding_an_interest_the_vacancy_serves_never_lowers_its_score(answers, data, today):
    _never_lowers("interesses", answers, data, today)


@PROPERTY
@given(answers=valid_answers(), data=offers(), today=TODAYS)
def test_adding_a_motive_the_vacancy_serves_never_lowers_its_score(answers, data, today):
    _never_lowers("motieven", answers, data, today)


@PROPERTY
@given(answers=valid_answers(), data=offers(), today=TODAYS)
def test_adding_a_task_kind_the_vacancy_serves_never_lowers_its_score(answers, data, today):
    _never_lowers("taken", answers, data, today)


def test_the_monotonicity_properties_really_add_something():
    """Guards the three properties above against silently checking nothing."""
    tried = {key: 0 for key in SERVED_BY}

    # Three times the usual examples: the count then stays far above the bar
    # whichever tests ran before in the same process (Hypothesis' choices
    # shifted with that, and 100 examples once gave only 17 tries).
    @settings(PROPERTY, max_examples=3 * PROPERTY.max_examples)
    @given(answers=valid_answers(), data=offers(), today=TODAYS, key=st.sampled_from(list(SERVED_BY)))
    def count(answers, data, today, key):
        tried[key] += _never_lowers(key, answers, data, today)

    count()
    assert all(n > 20 for n in tried.values()), tried


@PROPERTY
@given(answers=garbage_answers(), data=garbage_offers(), today=TODAYS)
def test_orientation_gives_at_most_three_kinds_and_no_result_means_the_desk(answers, data, today):
    result = wijzer.match(answers, data, today)
    assert len(result["soorten"]) <= 3
    if not result["resultaten"]:
        assert result["loket"]["aanbevolen"] is True
        assert result["loket"]["waarom"]


@PROPERTY
@given(answers=valid_answers(), data=offers(), today=TODAYS)
def test_orientation_fills_three_places_when_it_can_and_intensive_support_means_the_desk(answers, data, today):
    result = wijzer.match(answers, data, today)
    kinds = data["wijzer"]["soorten"]
    assert len(result["soorten"]) == min(3, len(kinds))
    assert len({k["id"] for k in result["soorten"]}) == len(result["soorten"])
    assert all(k["redenen"] for k in result["soorten"])
    if support_need(answers) == 3:
        assert result["loket"]["aanbevolen"] is True
