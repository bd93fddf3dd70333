"""prepare(): the worker reads the data once and ranks many times with it.

A prepared offer must give exactly what the raw data gives, for every kind
of candidate, however often it is used; and pausing the cycle collector
during a call must leave it as it was, also when the call fails.
"""

import copy
import gc

from test_engine_example_data import PROFILES, example
from wijzer_fixtures import TODAY, data, organisatie, vacature

import wijzer

NEAR_MISSES = [
    {"nederlands": "weinig", "begeleiding": 2},
    {"begeleiding": 3, "rekening": ["rolstoel"], "tijd": "eenmalig", "plaats": "Noord"},
    {"motieven": ["sociaal"], "momenten": ["ma_ochtend"], "leeftijd": "16_17", "situatie": "ww"},
    {"begeleiding": "x", "onbekend": [1], "momenten": "geen lijst"},
    {"rekening": ["zittend"], "tijd": ["eenmalig", "2_tot_4"], "hulp": ["jobcoach"]},
]


def _small_offer():
    return data(
        [
            vacature("taal", nederlands="goed", duo_mogelijk=True, deeltaken=["koffie zetten"]),
            vacature("zorg", begeleiding=1, duo_mogelijk=True, organisatie="vol"),
            vacature("buurt", momenten=["ma_ochtend"], flexibel=False, motieven=["sociaal"],
                     vereisten=[{"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 18}]),
            vacature("thuis", van_thuis=True, deelgemeente="Noord", uren="minder_dan_2", plaatsen=None),
            vacature("oud", geldig_tot="2020-01-01"),
        ],
        organisaties=[organisatie(), organisatie("vol", maximum=1, nu=1)],
    )


def test_a_prepared_offer_gives_exactly_what_the_raw_data_gives():
    for raw in (example(), _small_offer()):
        prepared = wijzer.prepare(raw)
        for answers in PROFILES + NEAR_MISSES:
            assert wijzer.match(answers, prepared, TODAY) == wijzer.match(answers, raw, TODAY), answers


def test_one_prepared_offer_serves_many_searches_and_the_data_is_left_alone():
    raw = _small_offer()
    before = copy.deepcopy(raw)
    prepared = wijzer.prepare(raw)
    first = [wijzer.match(answers, prepared, TODAY) for answers in NEAR_MISSES]
    again = [wijzer.match(answers, prepared, TODAY) for answers in reversed(NEAR_MISSES)]
    assert first == list(reversed(again))
    assert raw == before
    assert any(result["bijna"] for result in first) and any(result["resultaten"] for result in first)


def test_prepare_never_raises_and_odd_data_prepares_to_an_empty_offer():
    for odd in (None, [], "tekst", {"vacatures": "geen lijst"}, {"vacatures": [None, 3, {"id": ""}]}):
        result = wijzer.match({"motieven": ["sociaal"]}, wijzer.prepare(odd), TODAY)
        assert result["resultaten"] == [] and result["bijna"] == []
        assert result["loket"]["aanbevolen"] is True


def test_the_cycle_collector_is_left_as_it_was():
    raw = _small_offer()
    assert gc.isenabled()
    wijzer.match({}, raw, TODAY)
    wijzer.prepare(raw)
    assert gc.isenabled()
    gc.disable()
    try:
        wijzer.match({}, raw, TODAY)
        wijzer.prepare(raw)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_cycle_collector_is_back_on_after_a_failing_call():
    class Explodes(dict):
        def get(self, *args):
            raise RuntimeError("kapot")

    for call in (lambda: wijzer.prepare(Explodes()), lambda: wijzer.match({}, Explodes(), TODAY)):
        try:
            call()
        except RuntimeError:
            pass
        else:
            raise AssertionError("expected the call to fail")
        assert gc.isenabled()
