"""The build's schema reads its vocabularies from the engine's vocab.

CPython only (it imports the build package, which never ships to the
browser); the Pyodide run skips test_cpython_* modules.
"""

from inspiratiebox.content import schema
from wijzer import answers, vocab


def test_the_schema_labels_every_engine_value_in_the_engines_order():
    pairs = {
        "MOTIEVEN": (vocab.MOTIEVEN, schema.MOTIEVEN),
        "SECTOREN": (vocab.SECTOREN, schema.SECTOREN),
        "TAKEN": (vocab.TAKEN, schema.TAKEN),
        "MOMENTEN": (vocab.MOMENTEN, schema.MOMENTEN),
        "TIJD": (vocab.TIJD, schema.TIJD),
        "SETTINGS": (vocab.SETTINGS, schema.SETTINGS),
        "NEDERLANDS_NODIG": (vocab.NEDERLANDS_NODIG, schema.NEDERLANDS_NODIG),
        "NEDERLANDS_KAN": (vocab.NEDERLANDS_KAN, schema.NEDERLANDS_KAN),
        "TOEGANKELIJKHEID": (vocab.TOEGANKELIJKHEID, schema.TOEGANKELIJKHEID),
        "BEGELEIDING": (vocab.BEGELEIDING, schema.BEGELEIDING_NODIG),
        "LEEFTIJD": (vocab.LEEFTIJD, schema.LEEFTIJD),
        "SITUATIES": (vocab.SITUATIES, schema.SITUATIES),
    }
    for name, (ours, theirs) in pairs.items():
        assert list(ours) == list(theirs), name  # same values, same order


def test_the_schemas_soft_criteria_are_the_engines_in_the_same_order():
    assert list(vocab.CRITERIA) == list(schema.CRITERIA)


def test_support_levels_and_thresholds_equal_the_schema():
    assert set(vocab.BEGELEIDING) == set(schema.BEGELEIDING_AANBOD)
    assert vocab.EXTRA_BEGELEIDING_VANAF == schema.EXTRA_BEGELEIDING_VANAF


def test_age_bands_start_where_the_schema_says():
    assert {band: lowest for band, (lowest, _) in vocab.LEEFTIJD.items()} == schema.LEEFTIJD_VANAF


def test_situations_belong_to_the_same_region():
    assert vocab.SITUATIES == {key: region for key, (region, _) in schema.SITUATIES.items()}


def test_the_engine_understands_every_question_the_schema_can_ask():
    assert set(answers.KNOWN) == set(schema.VRAGEN)


def test_flexible_is_not_a_moment_value():
    assert vocab.FLEXIBEL not in schema.MOMENTEN
