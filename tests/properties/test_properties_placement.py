"""allocate() finds the best placement that exhaustive search finds, and
every limit holds, on small random groups and offers."""

from brute_placement import best, holds
from hypothesis import given
from hypothesis import strategies as st
from wijzer_strategies import PROPERTY, TODAYS, offers, valid_answers

import wijzer

TODAY = "2026-01-10"
SECTORS = ["buurt", "cultuur", "natuur", "sport"]


@st.composite
def crowded_offers(draw):
    """Few organisations with little room, few places, support levels that
    split the group: the cases where proposing one by one goes wrong."""
    orgs = [{"id": f"org-{i}", "naam": f"Organisatie {i}",
             "draagkracht": {"maximum": draw(st.integers(0, 3)), "nu": draw(st.integers(0, 2)), "ervaring_met": []}}
            for i in range(draw(st.integers(1, 3)))]
    vacancies = [{"id": f"vac-{i}", "titel": draw(st.sampled_from(["Koffie", "Tuin", "Kassa"])),
                  "organisatie": draw(st.sampled_from([o["id"] for o in orgs])),
                  "plaatsen": draw(st.sampled_from([None, 1, 1, 2, 3])),
                  "begeleiding": draw(st.integers(0, 3)), "flexibel": True,
                  "sectoren": draw(st.lists(st.sampled_from(SECTORS), unique=True, max_size=2))}
                 for i in range(draw(st.integers(1, 5)))]
    return {"gemeente": {"deelgemeenten": ["Centrum"]}, "organisaties": orgs, "vacatures": vacancies,
            "wijzer": {"gewichten": {"interesses": 3, "begeleiding": 1}}}


GROUP_MEMBER = st.fixed_dictionaries({}, optional={
    "begeleiding": st.integers(0, 3),
    "interesses": st.lists(st.sampled_from(SECTORS), unique=True, max_size=2),
})


def _assert_best(group, data, today):
    result = wijzer.allocate(group, data, today)
    assignment = [entry["vacature"] for entry in result["toewijzing"]]
    assert holds(assignment, group, data, today), assignment
    placed, total, expected = best(group, data, today)
    scores = [entry["score"] for entry in result["toewijzing"] if entry["vacature"]]
    assert (len(scores), sum(scores)) == (placed, total), (assignment, expected)
    assert assignment == expected  # the documented tie-break, too
    for entry in result["toewijzing"]:
        assert (entry["vacature"] is None) == (entry["waarom_niet"] is not None), entry


@PROPERTY
@given(group=st.lists(GROUP_MEMBER, max_size=6), data=crowded_offers())
def test_in_crowded_offers_the_placement_is_the_best_exhaustive_search_finds(group, data):
    _assert_best(group, data, TODAY)


@PROPERTY
@given(group=st.lists(valid_answers(), max_size=4), data=offers(max_vacancies=5), today=TODAYS)
def test_in_any_valid_offer_the_placement_is_the_best_exhaustive_search_finds(group, data, today):
    _assert_best(group, data, today)


@PROPERTY
@given(group=st.lists(GROUP_MEMBER, max_size=5), data=crowded_offers(), seed=st.randoms(use_true_random=False))
def test_the_order_of_the_vacancies_in_the_data_does_not_change_the_placement(group, data, seed):
    shuffled = {**data, "vacatures": list(data["vacatures"])}
    seed.shuffle(shuffled["vacatures"])
    assert wijzer.allocate(group, data, TODAY) == wijzer.allocate(group, shuffled, TODAY)
