"""The engine takes anything and answers in JSON, the same way every time.

Answers come from a link anyone can edit and data from a file anyone can
hand-edit, so no input may crash the wijzer: a crash in the browser would
cost the visitor every answer they gave.
"""

import json
import math

from hypothesis import given
from hypothesis import strategies as st
from wijzer_strategies import (
    JSONISH,
    PROPERTY,
    TODAYS,
    TRICKY,
    garbage_answers,
    garbage_offers,
    messy_answers,
    offers,
)

import wijzer

KEYS = {
    "lijst", "resultaten", "bijna", "verruimen", "soorten", "aandachtspunten", "loket", "samenvatting",
    "antwoorden_genegeerd",
}
ENTRY = {
    "vacature", "titel", "samenvatting", "organisatie", "deelgemeente", "van_thuis", "waar", "pagina",
    "score", "bijdragen", "redenen", "meer_redenen", "bespreken", "volgende_stap",
}


def assert_well_formed(result):
    """The promised shape, in values JavaScript reads as they are."""
    text = json.dumps(result, allow_nan=False, ensure_ascii=False)
    assert json.loads(text) == result  # no tuples, sets or other Python-only types
    assert set(result) == KEYS
    for entry in result["resultaten"]:
        assert set(entry) == ENTRY
    for entry in result["bijna"]:
        assert set(entry) == ENTRY | {"reden", "vraag"}
        assert entry["reden"] and entry["vraag"]
    for entry in result["resultaten"] + result["bijna"]:
        assert isinstance(entry["score"], int) and 0 <= entry["score"] <= 100
        assert all(isinstance(p, (int, float)) and math.isfinite(p) for p in entry["bijdragen"].values())
    assert isinstance(result["samenvatting"], str) and result["samenvatting"]
    assert isinstance(result["loket"]["aanbevolen"], bool) and isinstance(result["loket"]["eerst"], bool)
    assert all(r["aantal"] > 0 and r["tekst"] for r in result["verruimen"])
    assert not (result["verruimen"] and result["resultaten"])
    assert len(result["soorten"]) <= 3


@PROPERTY
@given(answers=garbage_answers(), data=garbage_offers(), today=TODAYS | JSONISH | TRICKY)
def test_any_input_gives_a_json_answer_and_never_raises(answers, data, today):
    assert_well_formed(wijzer.match(answers, data, today))


@PROPERTY
@given(answers=garbage_answers(), data=garbage_offers(), today=TODAYS)
def test_same_input_same_output_and_the_input_is_left_alone(answers, data, today):
    before = repr((answers, data))
    first = wijzer.match(answers, data, today)
    assert repr((answers, data)) == before, "the engine changed its input"
    assert wijzer.match(answers, data, today) == first


def _ids(result, key):
    return [entry["vacature"] for entry in result[key]]


@PROPERTY
@given(answers=messy_answers(), data=offers(odd=True), today=TODAYS, seed=st.randoms(use_true_random=False))
def test_the_order_of_the_data_and_of_the_ticked_boxes_does_not_matter(answers, data, today, seed):
    first = wijzer.match(answers, data, today)
    shuffled = json.loads(json.dumps(data))
    seed.shuffle(shuffled["vacatures"])
    seed.shuffle(shuffled["organisaties"])
    reordered = {key: (seed.sample(value, len(value)) if isinstance(value, list) else value) for key, value in answers.items()}
    again = wijzer.match(reordered, shuffled, today)
    assert _ids(again, "resultaten") == _ids(first, "resultaten")
    assert _ids(again, "bijna") == _ids(first, "bijna")
    assert again == first
